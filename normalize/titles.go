package normalize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/titles.txt
var defaultTitlesText string

// Titles holds what is known about titles and posts: office nouns, countries, grades, statuses and
// equivalent wordings. It turns a title as written ("Ukraine's Defense Minister") into a Post.
type Titles struct {
	sections map[string]*phraseMap // section name → variants
	// detect holds the office nouns and every equivalent wording holding one ("chief constable =
	// police chief" makes "chief constable" a title): what a title is recognised by in text.
	detect *phraseMap
	// classes maps every variant of the table to the sections holding it (Classes).
	classes map[string]Class
	// posts remembers what Normalize read of a title: articles about one story write the same few
	// titles again and again. At most maxPostMemo are kept.
	postsMu sync.RWMutex
	posts   map[string]postMemo
}

// postMemo is one remembered answer of Normalize.
type postMemo struct {
	post Post
	ok   bool
}

// maxPostMemo bounds the titles Normalize remembers, whatever the input.
const maxPostMemo = 1 << 14

// Class is a set of sections of the title table a word belongs to, for callers that classify each
// word of a text once instead of asking each section in turn.
type Class uint16

// Classes of a word: it is a whole variant of that section ("minister" is ClassHead); ClassDetect
// marks the first words of office nouns and their equivalent wordings (what DetectHead starts on).
const (
	ClassHead Class = 1 << iota
	ClassCountry
	ClassStatus // acting, former or incoming
	ClassRank
	ClassDomain
	ClassBody
	ClassHonorific
	ClassDetect
)

// Classes returns, for every word and phrase of the table, the sections holding it. The map is
// shared: callers must not change it. A word absent from it belongs to no section.
func (t *Titles) Classes() map[string]Class { return t.classes }

// Post is a title reduced to comparable parts.
type Post struct {
	Office  string // canonical office, word order normalized: "defence minister", "permanent representative to nato"
	Country string // canonical country or body qualifying the post ("ukraine", "us", "nato"), "" when none
	Head    string // canonical office noun: "minister", "secretary of state", "chief"
	Rank    string // grade inside the office ("deputy", "vice"), "" when none
	Acting  bool   // acting, interim, caretaker: a current post
	Former  bool   // former, then-: a past post, not the current one
	Future  bool   // incoming, -elect, designate: a post not yet held
	Vague   bool   // the office noun describes rather than names a post ("chief", "head")
}

// String renders a post canonically: "defence minister (ukraine)", "former prime minister".
// Acting is left out: an acting minister holds the post.
func (p Post) String() string {
	s := p.Office
	switch {
	case p.Former:
		s = "former " + s
	case p.Future:
		s = "incoming " + s
	}
	if p.Country != "" {
		s += " (" + p.Country + ")"
	}
	return s
}

// Current reports whether the post is held now: neither former nor incoming.
func (p Post) Current() bool { return !p.Former && !p.Future }

// Bare reports whether the office is its noun alone ("president", "minister").
func (p Post) Bare() bool { return p.Office == p.Head }

// sections of titles.txt.
const (
	secEquivalent = "equivalent"
	secCountries  = "countries"
	secHeads      = "heads"
	secVague      = "vague"
	secRanks      = "ranks"
	secActing     = "acting"
	secFormer     = "former"
	secIncoming   = "incoming"
	secHonorifics = "honorifics"
	secDomains    = "domains"
	secBodies     = "bodies"
)

var knownSections = map[string]bool{
	secEquivalent: true, secCountries: true, secHeads: true, secVague: true, secRanks: true,
	secActing: true, secFormer: true, secIncoming: true, secHonorifics: true, secDomains: true, secBodies: true,
}

// phraseMap maps word sequences (joined by single spaces) to a canonical phrase.
type phraseMap struct {
	m      map[string]string
	maxLen int                 // longest variant, in words
	first  map[string]struct{} // first words of the variants: most words start none, and are refused at once
	// cheaper still, before any map lookup: the first bytes of the variants and the longest one in bytes
	firstByte [4]uint64
	maxBytes  int
	// pre holds every variant and every prefix of one that ends before a space ("minister of" for
	// "minister of defence"): match reads a phrase word by word and stops where no variant goes on.
	pre map[string]phraseEntry
}

// phraseEntry is a prefix of variants; full when it is a variant itself, canon then its canonical form.
type phraseEntry struct {
	canon string
	full  bool
}

func newPhraseMap() *phraseMap {
	return &phraseMap{m: map[string]string{}, first: map[string]struct{}{}, pre: map[string]phraseEntry{}}
}

func (p *phraseMap) add(variant, canon string) {
	p.m[variant] = canon
	p.pre[variant] = phraseEntry{canon: canon, full: true}
	for k := 0; k < len(variant); k++ {
		if variant[k] == ' ' {
			if _, ok := p.pre[variant[:k]]; !ok {
				p.pre[variant[:k]] = phraseEntry{}
			}
		}
	}
	if variant != "" {
		p.firstByte[variant[0]>>6] |= 1 << (variant[0] & 63)
	}
	p.maxBytes = max(p.maxBytes, len(variant))
	first, _, _ := strings.Cut(variant, " ")
	p.first[first] = struct{}{}
	if n := strings.Count(variant, " ") + 1; n > p.maxLen {
		p.maxLen = n
	}
}

// match finds the longest variant starting at words[i]: its length in words and canonical form.
func (p *phraseMap) match(words []string, i int) (int, string) {
	if p == nil || i >= len(words) {
		return 0, ""
	}
	if w := words[i]; w != "" && (p.firstByte[w[0]>>6]&(1<<(w[0]&63)) == 0 || len(w) > p.maxBytes) {
		return 0, "" // every variant starts otherwise, or is shorter
	}
	// the phrase grows a word at a time, joined in a stack buffer, until no variant starts with it;
	// the longest variant met is the answer (as when trying every length from the longest down)
	var buf [128]byte
	b := buf[:0]
	best, canon := 0, ""
	for n := 1; n <= p.maxLen && i+n <= len(words); n++ {
		if n > 1 {
			b = append(b, ' ')
		}
		b = append(b, words[i+n-1]...)
		if len(b) > p.maxBytes {
			break // longer than every variant
		}
		e, ok := p.pre[string(b)]
		if !ok {
			break
		}
		if e.full {
			best, canon = n, e.canon
		}
	}
	return best, canon
}

func (p *phraseMap) has(w string) bool {
	if p == nil {
		return false
	}
	if w != "" && (p.firstByte[w[0]>>6]&(1<<(w[0]&63)) == 0 || len(w) > p.maxBytes) {
		return false // every variant starts otherwise, or is shorter
	}
	_, ok := p.m[w]
	return ok
}

var (
	titlesOnce sync.Once
	titlesTab  *Titles
)

// DefaultTitles returns the table shipped in the binary, parsed once on first use.
func DefaultTitles() *Titles {
	titlesOnce.Do(func() {
		t, err := ParseTitles(strings.NewReader(defaultTitlesText), "titles.txt")
		if err != nil {
			panic("normalize: embedded titles: " + err.Error()) // a build defect, caught by tests
		}
		titlesTab = t
	})
	return titlesTab
}

// ParseTitles reads a title table: "[section]" headers, then one entry a line, canonical form first
// and variants after " = ". Lines before any header are equivalences, so a config file may hold just
// "ambassador to nato = permanent representative to nato" lines. Errors name the line.
func ParseTitles(r io.Reader, name string) (*Titles, error) {
	t := &Titles{sections: map[string]*phraseMap{}}
	for s := range knownSections {
		t.sections[s] = newPhraseMap()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line, section := 0, secEquivalent
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			section = strings.ToLower(strings.TrimSpace(s[1 : len(s)-1]))
			if !knownSections[section] {
				return nil, fmt.Errorf("%s:%d: unknown section %q", name, line, s)
			}
			continue
		}
		parts := strings.Split(s, "=")
		canon := titlePhrase(parts[0])
		if canon == "" {
			return nil, fmt.Errorf("%s:%d: empty canonical form", name, line)
		}
		if section == secEquivalent && len(parts) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"canonical = variant = …\", got %q", name, line, s)
		}
		for _, p := range parts {
			v := titlePhrase(p)
			if v == "" {
				return nil, fmt.Errorf("%s:%d: empty variant", name, line)
			}
			t.sections[section].add(v, canon)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	// vague office nouns are office nouns too
	for v, c := range t.sections[secVague].m {
		if !t.sections[secHeads].has(v) {
			t.sections[secHeads].add(v, c)
		}
	}
	t.finish()
	return t, nil
}

// finish builds the detection table from the sections.
func (t *Titles) finish() {
	t.detect = newPhraseMap()
	for v, c := range t.sections[secHeads].m {
		t.detect.add(v, c)
	}
	for v, c := range t.sections[secEquivalent].m {
		if _, _, n := t.findHead(strings.Fields(c)); n > 0 && !t.detect.has(v) {
			t.detect.add(v, c)
		}
	}
	t.classes = map[string]Class{}
	for sec, c := range map[string]Class{secHeads: ClassHead, secCountries: ClassCountry, secActing: ClassStatus,
		secFormer: ClassStatus, secIncoming: ClassStatus, secRanks: ClassRank, secDomains: ClassDomain,
		secBodies: ClassBody, secHonorifics: ClassHonorific} {
		for v := range t.sections[sec].m {
			t.classes[v] |= c
		}
	}
	for w := range t.detect.first {
		t.classes[w] |= ClassDetect
	}
}

// DetectHead finds the longest office noun, or equivalent wording holding one, starting at
// keys[i]: its length in words.
func (t *Titles) DetectHead(keys []string, i int) int {
	n, _ := t.detect.match(keys, i)
	return n
}

// WithEquivalences returns a copy of t with extra equivalence lines ("canonical = variant = …"),
// as a config file gives them; name is used in errors.
func (t *Titles) WithEquivalences(lines []string, name string) (*Titles, error) {
	o, err := ParseTitles(strings.NewReader(strings.Join(lines, "\n")), name)
	if err != nil {
		return nil, err
	}
	return t.Merge(o), nil
}

// Merge returns a table holding t's entries overridden and extended by o's.
func (t *Titles) Merge(o *Titles) *Titles {
	out := &Titles{sections: map[string]*phraseMap{}}
	for s := range knownSections {
		m := newPhraseMap()
		for _, src := range []*Titles{t, o} {
			if src == nil || src.sections[s] == nil {
				continue
			}
			for v, c := range src.sections[s].m {
				m.add(v, c)
			}
		}
		out.sections[s] = m
	}
	out.finish()
	return out
}

// titlePhrase folds a phrase of the table into space-separated title words.
func titlePhrase(s string) string {
	var words []string
	for _, w := range splitTitle(s) {
		words = append(words, w.key...)
	}
	return strings.Join(words, " ")
}

// titleWord is one written word of a title, folded.
type titleWord struct {
	key  []string // folded words ("U.S." → [us]; "Secretary-General" → [secretary general])
	poss bool     // written with a possessive 's
	cap  bool     // written with a capital
}

// splitTitle splits written text into title words: white space and punctuation other than
// periods, apostrophes and hyphens inside words separate them.
func splitTitle(s string) []titleWord {
	var out []titleWord
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '.' || r == '\'' || r == '’' || r == '-' || r == '‑')
	})
	for _, f := range fields {
		w := titleWord{}
		r, _ := utf8.DecodeRuneInString(f)
		w.cap = unicode.IsUpper(r)
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(f, suf) && len(f) > len(suf) {
				f = f[:len(f)-len(suf)]
				w.poss = true
				break
			}
		}
		if strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’") {
			w.poss = true
		}
		k := Key(f)
		if k == "" {
			continue
		}
		w.key = strings.Fields(k)
		out = append(out, w)
	}
	return out
}

// TitleKeys folds one written word for lookups: "U.S." → ["us"], "Ukraine's" → ["ukraine"]
// (possessive true), "Secretary-General" → ["secretary", "general"].
func TitleKeys(word string) (keys []string, possessive bool) {
	if k, ok := asciiLetters(word); ok {
		return []string{k}, false // one plain word, the usual case (ascii.go)
	}
	ws := splitTitle(word)
	for _, w := range ws {
		keys = append(keys, w.key...)
		possessive = possessive || w.poss
	}
	return keys, possessive
}

// Head finds the longest office noun starting at keys[i]: its length in words and canonical form.
func (t *Titles) Head(keys []string, i int) (int, string) { return t.sections[secHeads].match(keys, i) }

// Country finds the longest country or body starting at keys[i].
func (t *Titles) Country(keys []string, i int) (int, string) {
	return t.sections[secCountries].match(keys, i)
}

// Status finds a status phrase at keys[i]: its length and whether it marks an acting, a former or a
// future post (both of the last count as former: not the current post).
func (t *Titles) Status(keys []string, i int) (n int, acting, former bool) {
	n, acting, former, _ = t.status(keys, i)
	return n, acting, former
}

func (t *Titles) status(keys []string, i int) (n int, acting, former, future bool) {
	if n, _ := t.sections[secActing].match(keys, i); n > 0 {
		return n, true, false, false
	}
	if n, _ := t.sections[secFormer].match(keys, i); n > 0 {
		return n, false, true, false
	}
	if n, _ := t.sections[secIncoming].match(keys, i); n > 0 {
		return n, false, true, true
	}
	return 0, false, false, false
}

// setStatus records a status on a post.
func (p *Post) setStatus(acting, former, future bool) {
	p.Acting = p.Acting || acting
	if future {
		p.Future = !p.Former
	} else if former {
		p.Former, p.Future = true, false
	}
}

// Rank finds a grade at keys[i] ("deputy", "first deputy").
func (t *Titles) Rank(keys []string, i int) int {
	n, _ := t.sections[secRanks].match(keys, i)
	return n
}

// IsHonorific reports whether a folded word is a courtesy or military title before a name ("mr", "gen").
func (t *Titles) IsHonorific(key string) bool { return t.sections[secHonorifics].has(key) }

// IsDomain reports whether a lower-case folded word may qualify an office noun ("foreign", "defence").
func (t *Titles) IsDomain(key string) bool { return t.sections[secDomains].has(key) }

// IsBody reports whether a folded word belongs to an institution's name rather than a person's ("army").
func (t *Titles) IsBody(key string) bool { return t.sections[secBodies].has(key) }

// IsVague reports whether a canonical office noun describes rather than names a post.
func (t *Titles) IsVague(head string) bool { return t.sections[secVague].has(head) }

// generic owners: "the country's defence minister" names no country.
var genericOwners = map[string]bool{
	"country": true, "nation": true, "company": true, "firm": true, "group": true, "organisation": true,
	"organization": true, "government": true, "state": true, "city": true, "region": true, "party": true,
	"bloc": true, "alliance": true, "kingdom": true, "republic": true, "island": true, "territory": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "that": true,
}

// Normalize reads a title as written ("the acting US envoy to the UN", "Britain's Defence
// Secretary", "Minister of Foreign Affairs") into a Post. ok is false when the text holds no office noun.
func (t *Titles) Normalize(title string) (Post, bool) {
	t.postsMu.RLock()
	m, found := t.posts[title]
	t.postsMu.RUnlock()
	if found {
		return m.post, m.ok
	}
	p, ok := t.normalize(title)
	t.postsMu.Lock()
	if t.posts == nil {
		t.posts = map[string]postMemo{}
	}
	if len(t.posts) < maxPostMemo {
		t.posts[strings.Clone(title)] = postMemo{p, ok} // not the article's text: it would stay alive
	}
	t.postsMu.Unlock()
	return p, ok
}

func (t *Titles) normalize(title string) (Post, bool) {
	ws := splitTitle(title)
	var p Post
	// qualifiers before the office: determiners, statuses, countries, owners
	var office []string
	for len(ws) > 0 {
		w := ws[0]
		k := w.key[0]
		if determiners[k] && len(w.key) == 1 {
			ws = ws[1:]
			continue
		}
		flat := flatten(ws)
		if n, acting, former, future := t.status(flat, 0); n > 0 {
			p.setStatus(acting, former, future)
			ws = dropWords(ws, n)
			continue
		}
		if n, c := t.Country(flat, 0); n > 0 && p.Country == "" && wordsSpan(ws, n) > 0 && (w.cap || ws[wordsSpan(ws, n)-1].poss) {
			p.Country = c
			ws = ws[wordsSpan(ws, n):]
			continue
		}
		if w.poss && genericOwners[w.key[len(w.key)-1]] {
			ws = ws[1:]
			continue
		}
		break
	}
	for _, w := range ws {
		office = append(office, w.key...)
	}
	office = removeWord(office, "the")
	// a status after the office: "President-elect", "Prime Minister designate"
	for len(office) > 1 {
		n, acting, former, future := t.status(office, len(office)-1)
		if n == 0 {
			break
		}
		p.setStatus(acting, former, future)
		office = office[:len(office)-1]
	}
	office = t.equivalents(office)
	head, at, hn := t.findHead(office)
	if hn == 0 {
		return Post{}, false
	}
	pre := append([]string(nil), office[:at]...)
	post := append([]string(nil), office[at+hn:]...)
	// "minister of defence" → "defence minister"; "president of ukraine" → country ukraine
	if len(post) > 0 && (post[0] == "of" || post[0] == "for") {
		comp := post[1:]
		if n, c := t.Country(comp, 0); n == len(comp) && n > 0 && (p.Country == "" || p.Country == c) {
			p.Country = c
			post = nil
		} else if len(comp) > 0 && len(comp) <= 3 && !containsAny(comp, "of", "for", "to") {
			pre = append(pre, comp...)
			post = nil
		}
	}
	if len(post) > 0 && post[0] == "to" {
		post = append([]string{"to"}, t.countryWords(post[1:])...)
	}
	// "NATO ambassador" → "ambassador to nato": alliances receive ambassadors, they send none
	if (head == "ambassador" || head == "permanent representative") && len(post) == 0 && hostBodies[p.Country] {
		post = []string{"to", p.Country}
		p.Country = ""
	}
	if isEnvoy(head) && len(post) == 0 && len(pre) > 0 {
		for i := range pre {
			if n, c := t.Country(pre, i); n > 0 && i+n == len(pre) {
				post = append([]string{"to"}, strings.Fields(c)...)
				pre = pre[:i]
				break
			}
		}
	}
	// "Ukraine president" (from "president of Ukraine") → country
	if n, c := t.Country(pre, 0); n > 0 && p.Country == "" {
		p.Country = c
		pre = pre[n:]
	}
	words := append(append(append([]string(nil), pre...), strings.Fields(head)...), post...)
	words = t.equivalents(words)
	p.Office = strings.Join(words, " ")
	t.fill(&p)
	if p.Head == "" {
		return Post{}, false
	}
	return p, true
}

// fill sets Head, Rank and Vague from the office words.
func (t *Titles) fill(p *Post) {
	words := strings.Fields(p.Office)
	head, at, hn := t.findHead(words)
	p.Head, p.Vague, p.Rank = head, false, ""
	if hn == 0 {
		return
	}
	p.Vague = t.IsVague(head)
	for i := 0; i < len(words); i++ {
		if n := t.Rank(words, i); n > 0 && (i < at || i >= at && i < at+hn) {
			p.Rank = strings.Join(words[i:i+n], " ")
			break
		}
	}
}

// findHead returns the office noun of a title: the last one before any "of", "for" or "to".
func (t *Titles) findHead(words []string) (head string, at, n int) {
	for i := 0; i < len(words); i++ {
		if (words[i] == "of" || words[i] == "for" || words[i] == "to") && n > 0 {
			break
		}
		if k, c := t.Head(words, i); k > 0 {
			head, at, n = c, i, k
			i += k - 1
		}
	}
	return head, at, n
}

// equivalents rewrites variant phrases to their canonical form, longest first, until nothing changes.
func (t *Titles) equivalents(words []string) []string {
	eq := t.sections[secEquivalent]
	heads := t.sections[secHeads]
	for pass := 0; pass < 4; pass++ {
		var out []string
		changed := false
		for i := 0; i < len(words); {
			n, c := eq.match(words, i)
			if hn, hc := heads.match(words, i); hn > n {
				n, c = hn, hc
			}
			if n == 0 {
				out = append(out, words[i])
				i++
				continue
			}
			cw := strings.Fields(c)
			if strings.Join(cw, " ") != strings.Join(words[i:i+n], " ") {
				changed = true
			}
			out = append(out, cw...)
			i += n
		}
		words = out
		if !changed {
			break
		}
	}
	return words
}

// countryWords canonicalizes countries inside a complement: "to the united states" → "to us".
func (t *Titles) countryWords(words []string) []string {
	var out []string
	for i := 0; i < len(words); {
		if n, c := t.Country(words, i); n > 0 {
			out = append(out, strings.Fields(c)...)
			i += n
			continue
		}
		out = append(out, words[i])
		i++
	}
	return out
}

// hostBodies are bodies that ambassadors are sent to.
var hostBodies = map[string]bool{"nato": true, "un": true}

func isEnvoy(head string) bool {
	switch head {
	case "ambassador", "envoy", "permanent representative", "representative":
		return true
	}
	return false
}

// ParseCanonical reads a post back from its canonical rendering (Post.String).
func (t *Titles) ParseCanonical(s string) Post {
	var p Post
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i >= 0 {
			p.Country = s[i+2 : len(s)-1]
			s = s[:i]
		}
	}
	if rest, ok := strings.CutPrefix(s, "former "); ok {
		p.Former = true
		s = rest
	} else if rest, ok := strings.CutPrefix(s, "incoming "); ok {
		p.Future = true
		s = rest
	}
	p.Office = s
	t.fill(&p)
	return p
}

// Compatible reports whether two canonical posts of one person can both hold: equal posts, one a
// less specific wording of the other ("minister" and "defence minister (ukraine)"), a vague
// description ("nato chief"), or a former post. "interior minister" and "defence minister" cannot.
func (t *Titles) Compatible(a, b string) bool {
	pa, pb := t.ParseCanonical(a), t.ParseCanonical(b)
	return t.CompatiblePosts(pa, pb)
}

// CompatiblePosts is Compatible on parsed posts.
func (t *Titles) CompatiblePosts(a, b Post) bool { return t.compatiblePosts(a, b, true) }

// compatiblePosts is CompatiblePosts; with joint false, two posts one person may hold together
// ("deputy prime minister", "digital affairs minister") are not compatible: they are two posts,
// not two wordings of one.
func (t *Titles) compatiblePosts(a, b Post, joint bool) bool {
	if a.Former || b.Former || a.Future || b.Future {
		return true // a past or future post is no claim about the current one
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	if a.Office == b.Office || a.Vague || b.Vague {
		return true
	}
	if joint {
		if heldWith(a, b) || heldWith(b, a) {
			return true
		}
		if pa, ok := t.bothPosts(a); ok {
			return t.CompatiblePosts(pa[0], b) || t.CompatiblePosts(pa[1], b)
		}
		if pb, ok := t.bothPosts(b); ok {
			return t.CompatiblePosts(a, pb[0]) || t.CompatiblePosts(a, pb[1])
		}
	}
	if a.Rank != b.Rank {
		return false
	}
	wa, wb := strings.Fields(a.Office), strings.Fields(b.Office)
	return subset(wa, wb) || subset(wb, wa)
}

// heldWith reports whether post a is one that is commonly held with post b: a deputy prime
// minister (or vice-premier) usually runs a ministry too, so "Deputy Prime Minister" and "Digital
// Affairs Minister" may both be one person's current posts.
func heldWith(a, b Post) bool {
	return a.Head == "prime minister" && a.Rank != "" && b.Head == "minister"
}

// bothPosts splits a post written as two ("finance minister and deputy prime minister") into
// them, each with the post's country; ok is false for one post whose name holds "and"
// ("secretary of state for health and social care": "social care" is no post).
func (t *Titles) bothPosts(p Post) (two [2]Post, ok bool) {
	x, y, found := strings.Cut(p.Office, " and ")
	if !found {
		return two, false
	}
	for i, part := range [2]string{x, y} {
		q := t.ParseCanonical(part)
		if q.Head == "" || q.Vague || q.Office != part {
			return two, false
		}
		q.Country, q.Former, q.Future = p.Country, p.Former, p.Future
		two[i] = q
	}
	return two, true
}

// Same reports whether two canonical posts name the same post for corroboration: compatible (two
// posts one person may hold together are not one post), and both current or both former.
func (t *Titles) Same(a, b string) bool {
	pa, pb := t.ParseCanonical(a), t.ParseCanonical(b)
	if pa.Former != pb.Former || pa.Future != pb.Future {
		return false
	}
	pa.Former, pb.Former, pa.Future, pb.Future = false, false, false, false
	return t.compatiblePosts(pa, pb, false)
}

// Specificity orders posts from least to most specific: more office words, then a country.
func (t *Titles) Specificity(s string) int {
	p := t.ParseCanonical(s)
	n := 2 * len(strings.Fields(p.Office))
	if p.Country != "" {
		n++
	}
	if p.Vague {
		n -= 100
	}
	return n
}

func subset(a, b []string) bool {
	set := map[string]bool{}
	for _, w := range b {
		set[w] = true
	}
	for _, w := range a {
		if !set[w] {
			return false
		}
	}
	return true
}

func flatten(ws []titleWord) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.key...)
	}
	return out
}

// wordsSpan converts a length in folded words into a length in written words, 0 when it splits one.
func wordsSpan(ws []titleWord, n int) int {
	c := 0
	for i, w := range ws {
		c += len(w.key)
		if c == n {
			return i + 1
		}
		if c > n {
			return 0
		}
	}
	return 0
}

// dropWords drops n folded words from the front, splitting a written word if needed.
func dropWords(ws []titleWord, n int) []titleWord {
	for n > 0 && len(ws) > 0 {
		if len(ws[0].key) <= n {
			n -= len(ws[0].key)
			ws = ws[1:]
			continue
		}
		w := ws[0]
		w.key = w.key[n:]
		ws = append([]titleWord{w}, ws[1:]...)
		n = 0
	}
	return ws
}

func removeWord(ws []string, w string) []string {
	out := ws[:0:0]
	for _, x := range ws {
		if x != w {
			out = append(out, x)
		}
	}
	return out
}

func containsAny(ws []string, xs ...string) bool {
	for _, w := range ws {
		for _, x := range xs {
			if w == x {
				return true
			}
		}
	}
	return false
}

// Countries lists the canonical countries and bodies, sorted (for tests and listings).
func (t *Titles) Countries() []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range t.sections[secCountries].m {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// SamePerson reports whether two canonical names may name one person: equal keys, or one a
// surname alone matching the other's last name ("Whitaker", "Matthew Whitaker").
func SamePerson(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	fa, fb := strings.Fields(ka), strings.Fields(kb)
	if len(fa) == 1 && len(fb) > 1 {
		return fa[0] == fb[len(fb)-1]
	}
	if len(fb) == 1 && len(fa) > 1 {
		return fb[0] == fa[len(fa)-1]
	}
	return false
}
