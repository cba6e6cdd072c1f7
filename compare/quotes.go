package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unsafe"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

func init() { DiffHook = QuoteDiff }

// Thresholds of quote matching, in words.
const (
	// minSharedWords: two quotations are one only when they share this many words, in order...
	minSharedWords = 4
	// minSharedRun: ...with this many in a row...
	minSharedRun = 3
	// minMisattributed: the same words credited to two people must be at least this long to tell
	// a misattribution from a stock phrase.
	minMisattributed = 6
	// maxTripleShare: a run of three words found in more quotations than this is a stock phrase
	// and pairs nothing, which keeps candidate pairs near linear in a large corpus.
	maxTripleShare = 64
)

// quoteRel is how two quotations relate.
type quoteRel int

const (
	relNone      quoteRel = iota // different quotations
	relIdentical                 // the same words (case and punctuation aside)
	relExcerpt                   // one is a stretch of the other, or both of one longer statement
	relShortened                 // words left out inside without an ellipsis
	relAltered                   // words changed
)

// quoteMatch is the comparison of two quotations.
type quoteMatch struct {
	rel    quoteRel
	shared int // words in common, in order
	ops    []model.DiffOp
}

// splitQuotes separates quote claims, which are matched by their words rather than grouped by
// key: pointers to the claims, in their order.
func splitQuotes(cs []model.Claim) (rest, quotes []*model.Claim) {
	return splitQuotesIn(make([]*model.Claim, len(cs)), cs)
}

// splitQuotesIn is splitQuotes in ps, an array of len(cs) pointers.
func splitQuotesIn(ps []*model.Claim, cs []model.Claim) (rest, quotes []*model.Claim) {
	n := 0
	for i := range cs {
		if isQuote(&cs[i]) {
			n++
		}
	}
	rest, quotes = ps[:0:len(cs)-n], ps[len(cs)-n:len(cs)-n]
	for i := range cs {
		if isQuote(&cs[i]) {
			quotes = append(quotes, &cs[i])
		} else {
			rest = append(rest, &cs[i])
		}
	}
	return rest, quotes
}

func isQuote(c *model.Claim) bool { return c.Quote != nil && c.Type == model.TypeQuote }

// quoteCompatible reports whether two quotations can both stand: false only when one is an
// altered version of the other.
func quoteCompatible(a, b *model.Claim) bool {
	m := matchQuotes(a.Quote.Folded, b.Quote.Folded)
	return m.rel != relAltered && m.rel != relShortened
}

// QuoteDiff is the word diff from a's quotation to b's.
func QuoteDiff(a, b model.Claim) []model.DiffOp { return quoteDiff(&a, &b) }

func quoteDiff(a, b *model.Claim) []model.DiffOp {
	if a.Quote == nil || b.Quote == nil {
		return nil
	}
	return wordDiff(displayWords(a.Quote), displayWords(b.Quote))
}

// compareQuotes matches quotations by their words across sources and speakers: the same words
// from the same speaker corroborate; changed words are an altered quote (error; words left out
// without an ellipsis, a warning); the same words credited to different people are a
// misattributed quote (error). Candidate pairs come from shared word triples, so unrelated
// quotations are never compared.
func (c *comparer) compareQuotes(cs []*model.Claim) {
	if len(cs) == 0 {
		return
	}
	cs = c.dedupe(cs)
	// in the order of what they say, not of their sources' ids: which pair a finding shows and
	// which wording is its reference must not change when a file is renamed
	slices.SortStableFunc(cs, contentCmp)
	n := len(cs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	var matches quoteMatches
	words := splitWords(cs)
	for _, p := range candidatePairsOf(cs, words) { // in order: matches stay sorted
		m := words.match(cs, p[0], p[1])
		if m.rel == relNone {
			continue
		}
		matches.keys = append(matches.keys, pairKey(p[0], p[1]))
		matches.ms = append(matches.ms, m)
		if a, b := find(p[0]), find(p[1]); a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	// the clusters, in the order of their first quotation, each in order: a root is its
	// cluster's least quotation, so clusters come as their roots first appear
	start := make([]int, n+1) // by root: the cluster's place in all, then its end
	for i := range cs {
		parent[i] = find(i)
		start[parent[i]+1]++
	}
	for r := 1; r <= n; r++ {
		start[r] += start[r-1]
	}
	all := make([]int, n)
	for i := range cs {
		r := parent[i]
		all[start[r]] = i
		start[r]++
	}
	from := 0
	for r := 0; r < n; r++ { // start[r] is now the end of r's cluster
		if parent[r] == r {
			c.decideQuoteCluster(cs, all[from:start[r]:start[r]], &matches)
			from = start[r]
		}
	}
}

// quoteMatches are the matches of a batch's pairs of quotations, sorted by pairKey: two arrays
// rather than a map of a hundred thousand pairs.
type quoteMatches struct {
	keys []uint64
	ms   []quoteMatch
}

// pairKey is the pair of quotations a < b as one number.
func pairKey(a, b int) uint64 { return uint64(a)<<32 | uint64(b) }

// index returns where in ms the match of quotations a < b is, or -1 for none.
func (q *quoteMatches) index(a, b int) int {
	k, ok := slices.BinarySearch(q.keys, pairKey(a, b))
	if !ok {
		return -1
	}
	return k
}

// candidatePairs lists the pairs of quotations sharing at least one run of three words.
func candidatePairs(cs []*model.Claim) [][2]int { return candidatePairsOf(cs, splitWords(cs)) }

// candidatePairsOf is candidatePairs over the words of cs split once.
func candidatePairsOf(cs []*model.Claim, words *quoteWords) [][2]int {
	// the quotations of each run: most runs are one quotation's alone, kept in first without a
	// list of their own; a run met again moves to a list in shared (first holds -1-k for
	// list k). A run is its three words' numbers as written (words hold no space, so the
	// words are the run as its text joined by single spaces), in one number: no string per run
	// to hash, and maps the collector need not scan.
	num := map[string]uint64{} // a word as written, numbered from 1
	first := map[uint64]int32{}
	var shared runLists
	seen := map[uint64]bool{}
	var ids []uint64
	for i := range cs {
		ws := words.ws[i]
		ids = ids[:0]
		for _, w := range ws {
			id, ok := num[w]
			if !ok {
				id = uint64(len(num) + 1)
				num[w] = id
			}
			ids = append(ids, id)
		}
		if len(num) >= 1<<21 {
			return candidatePairsText(cs, words) // more words than three numbers fit in one
		}
		clear(seen)
		for k := 0; k+minSharedRun <= len(ws); k++ {
			if containsStr(ws[k:k+minSharedRun], "…") {
				continue
			}
			key := ids[k]<<42 | ids[k+1]<<21 | ids[k+2]
			if seen[key] {
				continue
			}
			seen[key] = true
			noteRun(first, &shared, key, i)
		}
	}
	return sharedPairs(&shared)
}

// candidatePairsText is candidatePairsOf with each run as its text.
func candidatePairsText(cs []*model.Claim, words *quoteWords) [][2]int {
	first := map[string]int32{}
	var shared runLists
	seen := map[string]bool{}
	var at []int
	for i, c := range cs {
		s := c.Quote.Folded
		ws := words.ws[i]
		_, at = fieldsAt(s, nil, at[:0]) // where each word starts
		clear(seen)
		for k := 0; k+minSharedRun <= len(ws); k++ {
			g := ws[k : k+minSharedRun]
			if containsStr(g, "…") {
				continue
			}
			key := s[at[k] : at[k+2]+len(g[2])] // the run as it stands in the text: no new string...
			if !spaced(s, at[k:k+3], g) {
				key = strings.Join(g, " ") // ...unless other than one space parts its words
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			noteRun(first, &shared, key, i)
		}
	}
	return sharedPairs(&shared)
}

// runLists are the lists of quotations runs shared by several hold, kept flat: note k puts
// quotation uint32(notes[k]) in list notes[k]>>32, and n[j] counts list j's notes. Two arrays
// rather than a slice per list grown note by note.
type runLists struct {
	notes []uint64
	n     []int32
}

// noteRun records that quotation i holds the run key: first holds the one quotation a run was
// seen in so far, or -1-j once several share it, listed in r's list j.
func noteRun[K uint64 | string](first map[K]int32, r *runLists, key K, i int) {
	switch f, ok := first[key]; {
	case !ok:
		first[key] = int32(i)
	case f >= 0:
		j := int32(len(r.n))
		first[key] = -1 - j
		r.n = append(r.n, 2)
		r.notes = append(r.notes, uint64(j)<<32|uint64(f), uint64(j)<<32|uint64(i))
	default:
		r.n[-1-f]++
		r.notes = append(r.notes, uint64(-1-f)<<32|uint64(i))
	}
}

// sharedPairs lists the pairs of quotations each list of shared names, those of stock phrases
// left out.
func sharedPairs(r *runLists) [][2]int {
	// each list's quotations in the order noted, one after another in flat: list j's from at[j]
	at := make([]int32, len(r.n)+1)
	for j, c := range r.n {
		at[j+1] = at[j] + c
	}
	flat := make([]int32, len(r.notes))
	next := slices.Clone(at[:len(r.n)])
	for _, note := range r.notes {
		j := note >> 32
		flat[next[j]] = int32(uint32(note))
		next[j]++
	}
	// every pair of quotations a run shares, once, in order: a sorted list without repeats,
	// each pair as one number (a<<32 | b), rather than a map of the pairs
	n := 0
	for _, c := range r.n {
		if c <= maxTripleShare {
			n += int(c) * int(c-1) / 2
		}
	}
	keys := make([]uint64, 0, n)
	for j := range r.n {
		ids := flat[at[j]:at[j+1]]
		if len(ids) > maxTripleShare {
			continue // a stock phrase ("the united states"): quotations that truly match share rarer runs too
		}
		for a := 0; a < len(ids); a++ {
			for b := a + 1; b < len(ids); b++ {
				keys = append(keys, uint64(ids[a])<<32|uint64(ids[b]))
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	out := make([][2]int, len(keys))
	for k, p := range keys {
		out[k] = [2]int{int(p >> 32), int(uint32(p))}
	}
	return out
}

// fieldsAt splits s as strings.Fields does, appending the words to ws and where they start to at.
func fieldsAt(s string, ws []string, at []int) ([]string, []int) {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				ws, at = append(ws, s[start:i]), append(at, start)
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		ws, at = append(ws, s[start:]), append(at, start)
	}
	return ws, at
}

// spaced reports whether one space parts each word of ws (starting in s at at) from the next.
func spaced(s string, at []int, ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		end := at[i] + len(ws[i])
		if at[i+1] != end+1 || s[end] != ' ' {
			return false
		}
	}
	return true
}

// decideQuoteCluster judges one set of quotations that share their words.
func (c *comparer) decideQuoteCluster(cs []*model.Claim, idx []int, matches *quoteMatches) {
	claims := make([]*model.Claim, len(idx))
	for k, i := range idx {
		claims[k] = cs[i]
	}
	// small enough to be inlined where it is called: a caller that reads no ops of an
	// inverted match then inverts them on the stack
	get := func(a, b int) (quoteMatch, bool) {
		k := matches.index(min(a, b), max(a, b))
		if k < 0 {
			return quoteMatch{}, false
		}
		m := matches.ms[k]
		if a > b {
			m.ops = invertOps(m.ops)
		}
		return m, true
	}
	// speakers: one group per person; quotations whose speaker was only inferred ("he said") join
	// the one named speaker of the cluster when there is just one
	speakerOf := map[int]int{}
	var speakers []string
	for _, i := range idx {
		g := -1
		for k, s := range speakers {
			if sameSpeaker(s, cs[i].Quote.Speaker) {
				g = k
				break
			}
		}
		if g < 0 {
			speakers = append(speakers, cs[i].Quote.Speaker)
			g = len(speakers) - 1
		}
		speakerOf[i] = g
	}
	// a described speaker ("the governor") is no named one, and never the one an inferred
	// quotation joins: the governor may or may not be the person another source names
	named := map[int]bool{}
	for _, i := range idx {
		if !cs[i].Inferred && !describedSpeaker(cs[i].Quote.Speaker) {
			named[speakerOf[i]] = true
		}
	}
	if len(named) == 1 {
		for g := range named {
			for _, i := range idx {
				if cs[i].Inferred && !describedSpeaker(cs[i].Quote.Speaker) {
					speakerOf[i] = g
				}
			}
		}
	}

	// misattribution: the same words, two named speakers, two sources
	var misA, misB = -1, -1
	for x := 0; x < len(idx) && misA < 0; x++ {
		for y := x + 1; y < len(idx); y++ {
			i, j := idx[x], idx[y]
			if cs[i].Source == cs[j].Source || speakerOf[i] == speakerOf[j] || cs[i].Inferred || cs[j].Inferred {
				continue
			}
			if describedSpeaker(cs[i].Quote.Speaker) || describedSpeaker(cs[j].Quote.Speaker) {
				continue // "the governor" may be the person the other source names
			}
			m, ok := get(i, j)
			if !ok || !sameWords(m, cs[i].Quote.Folded, cs[j].Quote.Folded) {
				continue
			}
			misA, misB = i, j
			break
		}
	}
	if misA >= 0 {
		sortClaims(claims)
		names := distinctSpeakers(claims)
		f := finding{Finding: model.Finding{
			Key: quoteKey(claims), Kind: model.KindConflict, Type: model.TypeQuote, Severity: model.SeverityError,
			Subject: strings.Join(names, " / ") + " · quote",
			Message: fmt.Sprintf("misattributed quote: %s credits “%s” to %s, %s credits it to %s",
				cs[misA].Source, shorten(cs[misA].Value, 12), cs[misA].Quote.Speaker, cs[misB].Source, cs[misB].Quote.Speaker),
		}, cs: claims}
		if m, _ := get(misA, misB); m.rel != relIdentical {
			f.Diff = quoteDiff(cs[misA], cs[misB])
		}
		c.add(f)
		return
	}

	// per speaker: altered, corroborated or single-source
	for g := range speakers {
		var mine []int
		for _, i := range idx {
			if speakerOf[i] == g {
				mine = append(mine, i)
			}
		}
		if len(mine) == 0 {
			continue
		}
		group := make([]*model.Claim, len(mine))
		for k, i := range mine {
			group[k] = cs[i]
		}
		sortClaims(group)
		speaker := bestSpeaker(group)
		f := finding{Finding: model.Finding{Key: quoteKey(group), Type: model.TypeQuote, Subject: speaker + " · quote"}, cs: group}
		// the reference wording is the one most other sources bear out; the diff runs from it to
		// the first wording that changes it
		ref, refScore := -1, -1
		for _, i := range mine {
			score := 0
			for _, j := range mine {
				if m, ok := get(i, j); ok && cs[i].Source != cs[j].Source && (m.rel == relIdentical || m.rel == relExcerpt) {
					score++
				}
			}
			if score > refScore {
				ref, refScore = i, score
			}
		}
		altA, altB, shortened := -1, -1, false
		for _, pass := range []bool{true, false} {
			for x := 0; x < len(mine) && altA < 0; x++ {
				for y := 0; y < len(mine); y++ {
					i, j := mine[x], mine[y]
					if i == j || cs[i].Source == cs[j].Source || pass && i != ref {
						continue
					}
					if m, ok := get(i, j); ok && (m.rel == relAltered || m.rel == relShortened) {
						altA, altB, shortened = i, j, m.rel == relShortened
						break
					}
				}
			}
		}
		srcs := distinctSources(group)
		switch {
		case altA >= 0:
			f.Kind = model.KindConflict
			f.Severity = model.SeverityError
			f.Diff = quoteDiff(cs[altA], cs[altB])
			what := "altered quote"
			if shortened {
				f.Severity = model.SeverityWarning
				what = "altered quote (words left out without an ellipsis)"
			}
			f.Message = fmt.Sprintf("%s: %s changes %s's words as %s quotes them: %s", what, cs[altB].Source, speaker, strings.Join(sourcesAlike(cs, mine, altA, get), ", "), renderDiff(f.Diff))
		case len(srcs) == 1:
			f.Kind = model.KindSingle
			f.Severity = model.SeverityInfo
			f.Message = fmt.Sprintf("only %s quotes %s: “%s”", srcs[0], speaker, shorten(group[0].Value, 12))
		default:
			f.Kind = model.KindCorroborated
			f.Severity = model.SeverityInfo
			f.Message = fmt.Sprintf("%d sources quote %s alike: “%s”", len(srcs), speaker, shorten(longestValue(group), 12))
		}
		f.Message += spellingNote(group)
		c.add(f)
	}
}

// sourcesAlike lists the sources quoting the reference wording ref alike (ref's own first).
func sourcesAlike(cs []*model.Claim, mine []int, ref int, get func(a, b int) (quoteMatch, bool)) []string {
	out := []string{cs[ref].Source}
	for _, j := range mine {
		if m, ok := get(ref, j); ok && j != ref && (m.rel == relIdentical || m.rel == relExcerpt) && !containsStr(out, cs[j].Source) {
			out = append(out, cs[j].Source)
		}
	}
	sort.Strings(out[1:])
	return out
}

// sameWords: two quotations carry the same statement closely enough that crediting it to two
// people is a misattribution rather than a shared phrase.
func sameWords(m quoteMatch, a, b string) bool {
	if m.shared < minMisattributed {
		return false
	}
	switch m.rel {
	case relIdentical, relExcerpt:
		return true
	case relAltered, relShortened:
		shorter := min(countWords(a), countWords(b))
		return m.shared >= 8 && m.shared*5 >= shorter*4
	}
	return false
}

// matchQuotes compares two folded quotations word by word.
func matchQuotes(a, b string) quoteMatch {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if a == b {
		return quoteMatch{rel: relIdentical, shared: countWords(a), ops: []model.DiffOp{{Op: "=", Text: a}}}
	}
	ops := wordDiffRaw(wa, wb, false) // matching reads the plain diff; semantic cleanup is for display
	return matchWords(wa, wb, countWords(a), countWords(b), ops)
}

// matchWords is matchQuotes of two different quotations, given their words, how many words each
// counts (countWords) and their plain word diff.
func matchWords(wa, wb []string, na, nb int, ops []model.DiffOp) quoteMatch {
	shared, run := 0, 0
	for _, o := range ops {
		if o.Op != "=" {
			continue
		}
		n := countWords(o.Text)
		shared += n
		run = max(run, n)
	}
	shorter := min(na, nb)
	if shared < minSharedWords || run < minSharedRun || shared*2 < shorter {
		return quoteMatch{rel: relNone, shared: shared, ops: ops}
	}
	m := quoteMatch{rel: relExcerpt, shared: shared, ops: ops}
	first, last := -1, -1
	for k, o := range ops {
		if o.Op == "=" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	// changes before the first and after the last shared word: where an excerpt starts and ends,
	// unless both sides have their own words there (a changed first or last word)
	edge := func(group []model.DiffOp) {
		del, ins := changed(group)
		if del && ins && !spokenSame(group) {
			m.rel = relAltered
		}
	}
	edge(ops[:first])
	edge(ops[last+1:])
	// changes between shared words: substitutions alter, silent omissions shorten, an ellipsis
	// on the shorter side excuses an omission
	for k := first + 1; k < last; {
		if ops[k].Op == "=" {
			k++
			continue
		}
		e := k
		for e < last && ops[e].Op != "=" {
			e++
		}
		del, ins := changed(ops[k:e])
		elided := hasEllipsis(ops[k:e])
		switch {
		case del && ins && spokenSame(ops[k:e]):
			// the same words written otherwise ("we're" / "we are"): no change
		case del && ins:
			m.rel = relAltered
		case (del || ins) && !elided && m.rel != relAltered:
			m.rel = relShortened
		}
		k = e
	}
	if m.rel == relExcerpt && (strings.Join(removeEllipses(wa), " ") == strings.Join(removeEllipses(wb), " ") || spokenWordsEqual(wa, wb)) {
		m.rel = relIdentical
	}
	return m
}

// changed reports whether a run of diff steps deletes or inserts words (ellipses aside).
func changed(ops []model.DiffOp) (del, ins bool) {
	for _, o := range ops {
		if countWords(o.Text) == 0 {
			continue
		}
		switch o.Op {
		case "-":
			del = true
		case "+":
			ins = true
		}
	}
	return del, ins
}

func hasEllipsis(ops []model.DiffOp) bool {
	for _, o := range ops {
		if strings.Contains(o.Text, "…") {
			return true
		}
	}
	return false
}

func removeEllipses(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if w != "…" {
			out = append(out, w)
		}
	}
	return out
}

// countWords counts the words of a folded text, ellipses aside.
func countWords(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if w != "…" {
			n++
		}
	}
	return n
}

// wordDiff diffs two word lists word by word: each distinct word becomes one private-use rune,
// the runes are diffed and cleaned up semantically, and mapped back to words.
func wordDiff(a, b []string) []model.DiffOp { return wordDiffRaw(a, b, true) }

// wordDiffRaw is wordDiff with the semantic cleanup optional.
func wordDiffRaw(a, b []string, cleanup bool) []model.DiffOp {
	dict := map[string]rune{}
	var words []string
	enc := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := dict[fold1(w)]
			if !ok {
				r = privateRune(len(words))
				dict[fold1(w)] = r
				words = append(words, w)
			}
			out[i] = r
		}
		return out
	}
	return wordDiffRunes(a, b, enc(a), enc(b), cleanup)
}

// wordDiffRunes is wordDiffRaw of the words a and b numbered as the runes ra and rb.
func wordDiffRunes(a, b []string, ra, rb []rune, cleanup bool) []model.DiffOp {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	if cleanup {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	// map back, taking each side's own spelling of equal words
	var out []model.DiffOp
	ia, ib := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		var ws []string
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ws = a[ia : ia+n]
			ia += n
			ib += n
			out = appendOp(out, "=", ws)
		case diffmatchpatch.DiffDelete:
			ws = a[ia : ia+n]
			ia += n
			out = appendOp(out, "-", ws)
		case diffmatchpatch.DiffInsert:
			ws = b[ib : ib+n]
			ib += n
			out = appendOp(out, "+", ws)
		}
	}
	return out
}

func appendOp(out []model.DiffOp, op string, ws []string) []model.DiffOp {
	if len(ws) == 0 {
		return out
	}
	if len(out) > 0 && out[len(out)-1].Op == op {
		out[len(out)-1].Text += " " + strings.Join(ws, " ")
		return out
	}
	return append(out, model.DiffOp{Op: op, Text: strings.Join(ws, " ")})
}

// privateRune maps a word number to a rune of a private-use area (BMP, then plane 15).
func privateRune(i int) rune {
	if i < 0xF8FF-0xE000 {
		return rune(0xE000 + i)
	}
	return rune(0xF0000 + i - (0xF8FF - 0xE000))
}

func invertOps(ops []model.DiffOp) []model.DiffOp {
	out := make([]model.DiffOp, len(ops))
	for i, o := range ops {
		switch o.Op {
		case "-":
			o.Op = "+"
		case "+":
			o.Op = "-"
		}
		out[i] = o
	}
	return out
}

// displayWords are a quotation's words as written (punctuation dropped), when they line up with
// its folded words; else the folded words.
func displayWords(q *model.Quote) []string {
	folded := strings.Fields(q.Folded)
	var written []string
	words := normalize.QuoteGaps(strings.ReplaceAll(strings.ReplaceAll(q.Words, "...", " … "), "…", " … "))
	for _, f := range strings.FieldsFunc(words, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-' || r == '…')
	}) {
		f = strings.Trim(f, "'’-")
		if f != "" {
			written = append(written, f)
		}
	}
	var out []string
	k := 0
	for _, f := range folded {
		if f == "…" {
			out = append(out, f)
			if k < len(written) && written[k] == "…" {
				k++
			}
			continue
		}
		for k < len(written) && written[k] == "…" {
			k++
		}
		if k >= len(written) || fold1(written[k]) != f {
			return folded
		}
		out = append(out, written[k])
		k++
	}
	return out
}

// fold1 folds one word for diffing: case, diacritics and apostrophe forms aside.
func fold1(w string) string { return strings.ReplaceAll(normalize.Fold(w), "’", "'") }

// renderDiff writes a word diff compactly: "i'm [-hoping-]{+hope+} he can …".
func renderDiff(ops []model.DiffOp) string {
	var parts []string
	for i, o := range ops {
		switch o.Op {
		case "=":
			ws := strings.Fields(o.Text)
			if len(ws) > 6 {
				switch {
				case i == 0:
					ws = append([]string{"…"}, ws[len(ws)-3:]...)
				case i == len(ops)-1:
					ws = append(ws[:3:3], "…")
				default:
					ws = append(append(ws[:3:3], "…"), ws[len(ws)-3:]...)
				}
			}
			parts = append(parts, strings.Join(ws, " "))
		case "-":
			parts = append(parts, "[-"+o.Text+"-]")
		case "+":
			parts = append(parts, "{+"+o.Text+"+}")
		}
	}
	return strings.Join(parts, " ")
}

// quoteKey is a finding key for a set of quotations: speaker and opening words of the first.
func quoteKey(cs []*model.Claim) string {
	speaker := normalize.Key(cs[0].Quote.Speaker)
	folded := cs[0].Quote.Folded
	b := make([]byte, 0, len("quote|")+len(speaker)+1+len(folded))
	b = append(append(append(b, "quote|"...), speaker...), '|')
	b, _ = appendFirstWords(b, folded, 8)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendFirstWords appends the first n words of s, as strings.Fields splits it, joined by single
// spaces, and reports whether s has more: strings.Join(strings.Fields(s)[:n], " ") without the
// slice of all the words.
func appendFirstWords(dst []byte, s string, n int) ([]byte, bool) {
	start, words := -1, 0
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				if words == n {
					return dst, true
				}
				if words > 0 {
					dst = append(dst, ' ')
				}
				dst = append(dst, s[start:i]...)
				words++
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		if words == n {
			return dst, true
		}
		if words > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, s[start:]...)
	}
	return dst, false
}

// bestSpeaker is the fullest name the claims give their speaker.
func bestSpeaker(cs []*model.Claim) string {
	best, bestGuessed, bestWords := "", true, 0
	for _, c := range cs {
		s, guessed := c.Quote.Speaker, c.Inferred
		words := countFields(s)
		// a speaker a source names outranks one guessed from a pronoun; then the fullest name;
		// then the first in byte order, so that the subject does not depend on file names
		better := false
		switch {
		case words == 0:
		case bestWords == 0:
			better = true
		case bestGuessed != guessed:
			better = bestGuessed
		case words != bestWords:
			better = words > bestWords
		default:
			better = s < best
		}
		if better {
			best, bestGuessed, bestWords = s, guessed, words
		}
	}
	return best
}

func distinctSpeakers(cs []*model.Claim) []string {
	var out []string
	for _, c := range cs {
		dup := false
		for _, s := range out {
			if sameSpeaker(s, c.Quote.Speaker) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, c.Quote.Speaker)
		}
	}
	sort.Strings(out)
	return out
}

func longestValue(cs []*model.Claim) string {
	best := ""
	for _, c := range cs {
		// of two as long ("once-in-a-generation" / "once in a generation"), the first in byte
		// order: the claims' order must not decide
		if len(c.Value) > len(best) || len(c.Value) == len(best) && c.Value < best {
			best = c.Value
		}
	}
	return best
}

// shorten keeps the first n words of s.
func shorten(s string, n int) string {
	if countFields(s) <= n {
		return s
	}
	b, more := appendFirstWords(make([]byte, 0, len(s)+len(" …")), s, n)
	if !more {
		return s
	}
	b = append(b, " …"...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// describedSpeaker reports whether a quotation's speaker is a description rather than a name:
// "the governor", "the Health Ministry", "police". The quote reader writes a description in
// lower case first, a name never (extract/quotes_described.go).
func describedSpeaker(s string) bool {
	return s != "" && 'a' <= s[0] && s[0] <= 'z'
}

// sameSpeaker reports whether two speakers are one: the same person, or the same description.
// A description and a name are never one ("police" is not "Tom Police").
func sameSpeaker(a, b string) bool {
	if describedSpeaker(a) != describedSpeaker(b) {
		return false
	}
	return normalize.SamePerson(a, b) || spelledAlike(a, b)
}
