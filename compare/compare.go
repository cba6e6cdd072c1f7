// Package compare groups claims that are about the same thing and decides whether the sources agree, conflict, or stand alone.
package compare

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// Options tune the comparator.
type Options struct {
	// Tolerance is the relative tolerance for approximate figures ("about 1,200"), per measure;
	// the entry "" is the default for measures not listed.
	Tolerance map[string]float64
	// Story maps source ids to the story each is in (package story): claims are compared with
	// claims of their own story only. Nil compares every claim with every other of its key, the
	// run being one story.
	Story map[string]string
}

// DefaultTolerance applies when Options.Tolerance has no entry for a measure nor a default.
const DefaultTolerance = 0.1

func (o Options) tolerance(measure string) float64 {
	if t, ok := o.Tolerance[measure]; ok {
		return t
	}
	if t, ok := o.Tolerance[""]; ok {
		return t
	}
	return DefaultTolerance
}

// Compare groups claims by key (one pass, no pairwise comparison across the corpus) and returns
// findings in a stable order: conflicts first.
func Compare(sources []model.Source, claims []model.Claim, opt Options) []model.Finding {
	return compare(sources, claims, opt, false)
}

// CompareOwned is Compare for claims the caller hands over and does not use again: the findings'
// claims are moved within the claims' array (reordered and overwritten) instead of copied into a
// new one, which spares a copy of every claim at the peak of a run's memory.
func CompareOwned(sources []model.Source, claims []model.Claim, opt Options) []model.Finding {
	return compare(sources, claims, opt, true)
}

func compare(sources []model.Source, claims []model.Claim, opt Options, owned bool) []model.Finding {
	c := decideAll(sources, claims, opt)
	if owned {
		return c.finish(claims)
	}
	return c.finish(nil)
}

// decideAll decides every group and quotation of claims: the findings, with their claims as
// pointers, not yet in order.
func decideAll(sources []model.Source, claims []model.Claim, opt Options) *comparer {
	return decideIn(newComparer(sources, opt), claims)
}

// decideIn is decideAll for a new comparer c.
func decideIn(c *comparer, claims []model.Claim) *comparer {
	opt := c.opt
	rest, quotes := c.g.splitQuotes(claims) // quotes meet by their words, across speakers (quotes.go)
	var flat []*model.Claim
	var keys []string
	var ends []int32
	quoteSets := [][]*model.Claim{quotes}
	if opt.Story != nil && severalStories(opt.Story, rest, quotes) {
		// claims meet the claims of their own story only (stories.go)
		flat, keys, ends = c.g.byStoryKey(rest, opt.Story)
		quoteSets = byStory(quotes, opt.Story)
	} else {
		flat, keys, ends = c.g.byKey(rest)
	}
	c.grow(len(keys) + len(keys)/8 + len(quotes)/2)
	if runtime.GOMAXPROCS(0) < 2 || len(flat)+len(quotes) < parallelClaims {
		c.decideGroups(flat, keys, ends, 0, len(keys))
		c.compareQuoteSets(quoteSets)
	} else {
		// groups are independent: a second goroutine takes the later groups and the quotes, and
		// its findings follow ours, so the order is the one a single pass gives
		half := splitPoint(ends, quoteWeight*len(quotes))
		d := c.spare
		if d == nil {
			d = new(comparer)
		}
		d.opt, d.pub = opt, c.pub
		d.grow(len(keys) - half + len(quotes)/2)
		var wg sync.WaitGroup
		wg.Go(func() {
			d.decideGroups(flat, keys, ends, half, len(keys))
			d.compareQuoteSets(quoteSets)
		})
		c.decideGroups(flat, keys, ends, 0, half)
		wg.Wait()
		c.out, c.cs = append(c.out, d.out...), append(c.cs, d.cs...)
		d.reset()
	}
	return c
}

const (
	// parallelClaims: below this many claims, one goroutine does it all.
	parallelClaims = 4096
	// quoteWeight: a quotation costs about as much as this many other claims (word diffs).
	quoteWeight = 8
)

// splitPoint is the first group of the second goroutine's share: the later groups, which with
// the extra work weigh about as much as the earlier ones.
func splitPoint(ends []int32, extra int) int {
	if len(ends) == 0 {
		return 0
	}
	total := int(ends[len(ends)-1]) + extra
	half, _ := slices.BinarySearch(ends, int32(total/2))
	return min(half, len(ends))
}

// decideGroups decides groups from to to (exclusive) of groupByKey's result.
func (c *comparer) decideGroups(flat []*model.Claim, keys []string, ends []int32, from, to int) {
	start := 0
	if from > 0 {
		start = int(ends[from-1])
	}
	for k := from; k < to; k++ {
		g := flat[start:ends[k]]
		start = int(ends[k])
		c.subs = splitByContext(g, c.subs[:0])
		for _, sub := range c.subs {
			c.decide(keys[k], sub)
		}
	}
}

// comparer holds one comparison's findings and the scratch space its steps reuse. Claims are
// handled by pointer throughout and copied (or moved) once, into the findings, by finish: a claim
// is large and most groups end in a finding that lists each of their claims once.
type comparer struct {
	opt Options
	pub map[string]*time.Time
	out []model.Finding  // the findings, without their claims...
	cs  [][]*model.Claim // ...which are these

	g     grouping  // the groups' arrays (indexer.go)
	spare *comparer // for the second goroutine's share, when kept from batch to batch (Indexer)
	text  []byte    // ids and messages of findings, one after another (str)

	// scratch, reused from group to group
	cls    []int32
	reps   []*model.Claim
	next   []int32
	hashes map[uint64]int32
	offs   []int32
	tmp    []*model.Claim
	ord    []*model.Claim
	buf    []byte
	subs   [][]*model.Claim
}

// finding is a finding under construction: its claims are pointers until finish copies them.
type finding struct {
	model.Finding
	cs []*model.Claim
}

func newComparer(sources []model.Source, opt Options) *comparer {
	pub := make(map[string]*time.Time, len(sources))
	for _, s := range sources {
		pub[s.ID] = s.Published
	}
	return &comparer{opt: opt, pub: pub}
}

// add completes a finding (its id hashes its claims in their final order) and keeps it.
func (c *comparer) add(f finding) {
	id := findingDigits(f.Kind, f.Key, f.cs)
	f.ID = c.str(id[:])
	c.keep(f)
}

// str returns b as a string in c's text, which grows by chunks that it never writes again, so
// that a finding's id and message are not an allocation each. An Indexer rewinds it from batch to
// batch, when the batch's findings have their strings packed (packStrings) elsewhere.
func (c *comparer) str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if cap(c.text)-len(c.text) < len(b) {
		// chunks of up to 256 KiB: a comparison that keeps its findings (Compare) wastes at
		// most the rest of the last one
		c.text = make([]byte, 0, max(min(2*cap(c.text), 256<<10), 4<<10, len(b)))
	}
	at := len(c.text)
	c.text = append(c.text, b...)
	return unsafe.String(&c.text[at], len(b))
}

func (c *comparer) keep(f finding) {
	c.out = append(c.out, f.Finding)
	c.cs = append(c.cs, f.cs)
}

// grow makes room for about n more findings.
func (c *comparer) grow(n int) {
	c.out = slices.Grow(c.out, n)
	c.cs = slices.Grow(c.cs, n)
}

// finish sorts the findings and gives them their claims: moved within owned's array when the
// caller hands it over, else copied into one new array, in the findings' order.
func (c *comparer) finish(owned []model.Claim) []model.Finding {
	fs := c.out
	if len(fs) == 0 {
		return nil
	}
	order := sortOrder(len(fs), func(i int) *model.Finding { return &fs[i] })
	if owned == nil || !c.moveClaims(owned, order) {
		c.copyClaims(order)
	}
	permute(fs, order)
	return slices.Clip(fs)
}

// copyClaims copies the findings' claims into one new array, in the order given; two
// goroutines share a large copy (each claim is a cache miss away: reads are scattered).
func (c *comparer) copyClaims(order []int32) {
	n := 0
	for _, cs := range c.cs {
		n += len(cs)
	}
	all := make([]model.Claim, n)
	copyPart := func(order []int32, all []model.Claim) {
		for _, i := range order {
			cs := c.cs[i]
			if cs == nil {
				continue
			}
			cl := all[:len(cs):len(cs)]
			all = all[len(cs):]
			for j, p := range cs {
				cl[j] = *p
			}
			c.out[i].Claims = cl
		}
	}
	if runtime.GOMAXPROCS(0) < 2 || n < parallelClaims {
		copyPart(order, all)
		return
	}
	half, m := 0, 0 // the first half of the findings, by claims
	for half < len(order) && m < n/2 {
		m += len(c.cs[order[half]])
		half++
	}
	var wg sync.WaitGroup
	wg.Go(func() { copyPart(order[half:], all[m:]) })
	copyPart(order[:half], all[:m])
	wg.Wait()
}

// moveClaims lays the findings' claims out in claims' own array, in the order given, each moved
// once along the cycles of the permutation; the rest of the array is cleared. It declines,
// leaving claims alone, if a claim would be in two findings.
func (c *comparer) moveClaims(claims []model.Claim, order []int32) bool {
	type outside struct {
		at int
		c  *model.Claim // a claim not in the array (a surname resolved: roles.go)
	}
	from := make([]int32, len(claims)) // slot p takes the claim at from[p]
	taken := make([]bool, len(claims))
	var ext []outside
	p := 0
	for _, i := range order {
		for _, x := range c.cs[i] {
			from[p] = -1
			if k, ok := indexIn(claims, x); !ok {
				ext = append(ext, outside{p, x})
			} else if taken[k] {
				return false
			} else {
				taken[k], from[p] = true, int32(k)
			}
			p++
		}
	}
	// the other slots take the claims no finding lists, to make a permutation
	free := 0
	for q := range from {
		if q < p && from[q] >= 0 {
			continue
		}
		for taken[free] {
			free++
		}
		taken[free], from[q] = true, int32(free)
	}
	for s := range from {
		if from[s] < 0 || int(from[s]) == s {
			continue
		}
		tmp := claims[s]
		j := s
		for {
			k := int(from[j])
			from[j] = -1
			if k == s {
				claims[j] = tmp
				break
			}
			claims[j] = claims[k]
			j = k
		}
	}
	for _, e := range ext {
		claims[e.at] = *e.c
	}
	clear(claims[p:]) // keep no dropped claim's strings alive
	for _, i := range order {
		if n := len(c.cs[i]); c.cs[i] != nil {
			c.out[i].Claims = claims[:n:n]
			claims = claims[n:]
		}
	}
	return true
}

// indexIn is the index of the element of claims that x points to, if it points into claims' array.
func indexIn(claims []model.Claim, x *model.Claim) (int, bool) {
	size := unsafe.Sizeof(model.Claim{})
	off := uintptr(unsafe.Pointer(x)) - uintptr(unsafe.Pointer(unsafe.SliceData(claims)))
	if off >= uintptr(len(claims))*size || off%size != 0 {
		return 0, false
	}
	return int(off / size), true
}

// permute puts fs in the order given: fs[k] becomes the old fs[order[k]] (order is consumed).
func permute(fs []model.Finding, order []int32) {
	for s := range order {
		if order[s] < 0 || int(order[s]) == s {
			continue
		}
		tmp := fs[s]
		j := s
		for {
			k := int(order[j])
			order[j] = -1
			if k == s {
				fs[j] = tmp
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}

// groupByKey groups claims by Claim.Key in one pass (after resolving surnames, so that "Secretary
// Rubio" meets "Marco Rubio", roles.go): the groups lie one after another in flat, in the order of
// their sorted keys, group k ending at ends[k], each in the order of the claims. Claims without
// a key are left out.
func groupByKey(claims []*model.Claim) (flat []*model.Claim, keys []string, ends []int32) {
	return new(grouping).byKey(claims)
}

// numberKeys numbers the claims' keys in g's arrays: each claim's key number (gid, -1 for a claim
// without a key), the keys once each in the order first met, each key's number of claims, and the
// key numbers in the order of their keys.
func (g *grouping) numberKeys(claims []*model.Claim) (gid []int32, keys []string, count []int32, order []int32) {
	ids := g.keyIDs()
	gid = int32s(&g.gid, len(claims))
	keys = g.ukeys[:0]
	count = g.count[:0]
	for i, c := range claims {
		if c.Key == "" {
			gid[i] = -1
			continue
		}
		k, ok := ids[c.Key]
		if !ok {
			k = int32(len(keys))
			ids[c.Key] = k
			keys = append(keys, c.Key)
			count = append(count, 0)
		}
		gid[i] = k
		count[k]++
	}
	g.ukeys, g.count = keys, count
	order = int32s(&g.order, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	return gid, keys, count, order
}

// byKey is groupByKey in g's arrays.
func (g *grouping) byKey(claims []*model.Claim) (flat []*model.Claim, sorted []string, ends []int32) {
	claims = resolveSurnames(claims)
	resolveDeadlines(claims, nil) // deadlines.go
	g.scopes.resolve(claims, nil) // scopes.go
	// a casualty count placed from a neighbour takes its story's one event (contexts_inferred.go)
	resolveEventContexts(claims, nil)
	gid, keys, count, order := g.numberKeys(claims)
	pos := int32s(&g.pos, len(keys)) // where each group starts in flat
	ends = int32s(&g.ends, len(keys))
	if cap(g.keys) < len(keys) {
		g.keys = make([]string, len(keys))
	}
	sorted = g.keys[:len(keys)]
	g.keys = sorted
	n := int32(0)
	for k, i := range order {
		pos[i] = n
		n += count[i]
		ends[k] = n
		sorted[k] = keys[i]
	}
	flat = g.flatOf(int(n))
	for i, c := range claims {
		if k := gid[i]; k >= 0 {
			flat[pos[k]] = c
			pos[k]++
		}
	}
	return flat, sorted, ends
}

// Sort orders findings: by kind (conflicts first), severity (worst first), subject, key.
func Sort(fs []model.Finding) {
	order := sortOrder(len(fs), func(i int) *model.Finding { return &fs[i] })
	sorted := make([]model.Finding, len(fs))
	for k, i := range order {
		sorted[k] = fs[i]
	}
	copy(fs, sorted)
}

// Merge puts the findings of several comparisons together, in the order Sort gives their
// concatenation, in one new array of the exact size (nil for none): no concatenated copy to sort.
// Parts already in Sort's order (CompareIndexed's) are merged, pairs of parts on every core.
func Merge(parts [][]model.Finding) []model.Finding {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return nil
	}
	all, ranks, starts, sorted := mergeKeys(parts, n) // merge.go
	if sorted {
		return mergeSorted(all, ranks, starts, n)
	}
	order := sortOrder(len(all), func(i int) *model.Finding { return all[i] })
	out := make([]model.Finding, len(all))
	for k, i := range order {
		out[k] = *all[i]
	}
	return out
}

// sortOrder is the order Sort puts n findings in (a stable sort), as indices.
func sortOrder(n int, at func(int) *model.Finding) []int32 {
	return sortItems(make([]sortItem, n), at)
}

// sortItem is a finding as sortOrder compares it.
type sortItem struct {
	rank        int32 // kind, then severity, worst first
	i           int32
	subject, id string
}

// sortItems is sortOrder over len(items) findings, in items.
func sortItems(items []sortItem, at func(int) *model.Finding) []int32 {
	for i := range items {
		f := at(i)
		items[i] = sortItem{findingRank(f), int32(i), f.Subject, f.ID}
	}
	slices.SortFunc(items, func(a, b sortItem) int {
		if a.rank != b.rank {
			return cmp.Compare(a.rank, b.rank)
		}
		if c := strings.Compare(a.subject, b.subject); c != 0 {
			return c
		}
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i) // ties keep their order
	})
	order := make([]int32, len(items))
	for k := range items {
		order[k] = items[k].i
	}
	return order
}

// splitByContext separates claims about different events or owners under one key ("attack" vs
// "fire" in the same city; Siemens's jobs vs Bosch's). Contexts that name one party two ways
// ("Nordvik", "Nordvik Motors") stay together (contexts.go). Claims without a context join the
// only context there is, else stand apart. The groups are appended to out; with several contexts
// cs is reordered to hold them in turn.
func splitByContext(cs []*model.Claim, out [][]*model.Claim) [][]*model.Claim {
	first := ""
	several := false
	for _, c := range cs {
		if c.Context == "" || c.Context == first {
			continue
		}
		if first != "" {
			several = true
			break
		}
		first = c.Context
	}
	if !several {
		return append(out, cs)
	}
	ctxs := map[string][]*model.Claim{}
	var names []string
	var bare []*model.Claim
	for _, c := range cs {
		if c.Context == "" {
			bare = append(bare, c)
			continue
		}
		if _, ok := ctxs[c.Context]; !ok {
			names = append(names, c.Context)
		}
		ctxs[c.Context] = append(ctxs[c.Context], c)
	}
	sort.Strings(names)
	if partyContexts(cs) {
		if ctxs, names = partyGroups(cs, names); len(names) == 1 {
			return append(out, cs) // one party named several ways: the bare claims join it
		}
	}
	n := 0
	for _, name := range names {
		out = append(out, cs[n:n+copy(cs[n:], ctxs[name])])
		n += len(ctxs[name])
	}
	if len(bare) > 0 {
		out = append(out, cs[n:n+copy(cs[n:], bare)])
	}
	return out
}

// decide turns one group of claims about the same thing into findings.
func (c *comparer) decide(key string, cs []*model.Claim) {
	if cs[0].Type == model.TypeRole && cs[0].Role != nil {
		c.decideRoles(key, cs) // roles.go
		return
	}
	cs = c.dedupe(cs)
	nsrc := countSources(cs)
	f := finding{Finding: model.Finding{Key: key, Type: cs[0].Type, Subject: subjectOf(cs)}, cs: cs}
	if nsrc == 1 {
		f.Kind = model.KindSingle
		f.Severity = model.SeverityInfo
		b := append(c.buf[:0], "only "...)
		b = append(append(append(b, cs[0].Source...), " states "...), cs[0].Value...)
		c.buf = b
		f.Message = c.str(b)
		c.add(f)
		return
	}
	tol := c.opt.tolerance(cs[0].Measure)
	if !anyConflict(cs, tol) { // conflict.go: no pass over all pairs of a large group
		if anyIncompatible(cs, tol) {
			// values that cannot both hold but may not be compared (a place read from context):
			// neither a conflict nor an agreement; each set of agreeing claims stands on its own
			c.agreeingClusters(key, cs, tol)
			return
		}
		f.Kind = model.KindCorroborated
		f.Severity = model.SeverityInfo
		b := append(strconv.AppendInt(c.buf[:0], int64(nsrc), 10), " sources agree: "...)
		c.buf = c.appendValueList(b, cs)
		f.Message = c.str(c.buf)
		c.add(f)
		return
	}
	f.Kind = model.KindConflict
	f.Severity = model.SeverityError
	c.buf = c.appendValueList(append(c.buf[:0], "sources disagree: "...), cs)
	f.Message = c.str(c.buf)
	// whether the figure grows is asked of every claim, not the first: the claims of one key
	// may be read differently, and the answer must not hang on the sources' order
	if cs[0].Type == model.TypeQuantity && allClaims(cs, func(c *model.Claim) bool { return c.Cumulative }) {
		evolving(&f, c.pub, tol)
	} else if cs[0].Type == model.TypeQuantity && allClaims(cs, func(c *model.Claim) bool { return c.Current }) {
		changing(&f, c.pub, tol)
	}
	if note := attributionNote(cs); note != "" && !f.Evolving {
		f.Message += "; " + note
	}
	c.add(f)
}

// agreeingClusters splits claims that were not compared into sets of mutually compatible claims,
// in order of first appearance: a set from two or more sources is corroborated, a set from one
// source is single-source. The sets take cs's place in turn.
func (c *comparer) agreeingClusters(key string, cs []*model.Claim, tol float64) {
	// claims join clusters in the order of their values, not of their sources' ids, so that
	// renaming a file cannot regroup them; each cluster then lists its claims by source again
	order := append(c.ord[:0], cs...)
	slices.SortStableFunc(order, contentCmp)
	c.ord = order
	n := 0
	for _, members := range cluster(order, tol) {
		cl := cs[n : n+copy(cs[n:], members)]
		n += len(cl)
		sortClaims(cl)
		f := finding{Finding: model.Finding{Key: key, Type: cl[0].Type, Subject: subjectOf(cl), Severity: model.SeverityInfo}, cs: cl}
		if ns := countSources(cl); ns > 1 {
			f.Kind = model.KindCorroborated
			b := append(strconv.AppendInt(c.buf[:0], int64(ns), 10), " sources agree: "...)
			c.buf = c.appendValueList(b, cl)
			f.Message = c.str(c.buf)
		} else {
			f.Kind = model.KindSingle
			f.Message = "only " + cl[0].Source + " states " + cl[0].Value
		}
		c.add(f)
	}
}

// cluster puts each claim, in order, in the first cluster all of whose claims it is compatible with.
func cluster(order []*model.Claim, tol float64) [][]*model.Claim {
	var clusters [][]*model.Claim
	for _, c := range order {
		placed := false
		for k, cl := range clusters {
			fits := true
			for _, o := range cl {
				if !compatible(c, o, tol) {
					fits = false
					break
				}
			}
			if fits {
				clusters[k] = append(cl, c)
				placed = true
				break
			}
		}
		if !placed {
			clusters = append(clusters, []*model.Claim{c})
		}
	}
	return clusters
}

// contentCmp orders claims by what they state (value, then wording and place), the source id
// deciding only between claims that state the same in the same words at the same place.
func contentCmp(a, b *model.Claim) int {
	if a.Quantity != nil && b.Quantity != nil {
		if a.Quantity.Low != b.Quantity.Low {
			return cmpFloat(a.Quantity.Low, b.Quantity.Low)
		}
		if a.Quantity.High != b.Quantity.High {
			return cmpFloat(a.Quantity.High, b.Quantity.High)
		}
	}
	if c := cmpValue(a, b); c != 0 {
		return c
	}
	if c := strings.Compare(a.Text, b.Text); c != 0 {
		return c
	}
	if a.ValueSpan.Start != b.ValueSpan.Start {
		return cmp.Compare(a.ValueSpan.Start, b.ValueSpan.Start)
	}
	return strings.Compare(a.Source, b.Source)
}

// cmpFloat orders two unequal floats; NaN is neither before nor after anything.
func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// comparable: a claim whose subject was inferred from context raises a conflict only when both
// claims name the same kind of event.
func comparable(a, b *model.Claim) bool {
	if !a.Inferred && !b.Inferred {
		return true
	}
	return a.Context != "" && sameParty(a.Context, b.Context) // contexts.go
}

// Compatible reports whether two claims can both hold.
func Compatible(a, b model.Claim, tol float64) bool { return compatible(&a, &b, tol) }

func compatible(a, b *model.Claim, tol float64) bool {
	switch {
	case a.Quantity != nil && b.Quantity != nil:
		if a.Quantity.Unit != b.Quantity.Unit || a.Quantity.Currency != b.Quantity.Currency {
			return true // not comparable: never a conflict
		}
		return a.Quantity.Widen(tol).Overlaps(b.Quantity.Widen(tol))
	case a.Date != nil && b.Date != nil:
		if !a.Date.Resolved || !b.Date.Resolved {
			return true
		}
		return datesOverlap(a.Date, b.Date)
	case a.Role != nil && b.Role != nil:
		return roleCompatible(a, b) // roles.go
	case a.Quote != nil && b.Quote != nil:
		return quoteCompatible(a, b) // quotes.go
	}
	return a.Value == b.Value
}

// datesOverlap compares ISO dates or ranges by prefix ("2025-08" contains "2025-08-08").
func datesOverlap(a, b *model.DateValue) bool {
	aLo, aHi := a.Start, a.End
	if aHi == "" {
		aHi = aLo
	}
	bLo, bHi := b.Start, b.End
	if bHi == "" {
		bHi = bLo
	}
	// as full dates: lowDate(aLo) <= highDate(bHi) && lowDate(bLo) <= highDate(aHi)
	return cmpDate(aLo, false, bHi, true) <= 0 && cmpDate(bLo, false, aHi, true) <= 0
}

// lowDate pads a date to its first day.
func lowDate(s string) string { return s + datePad(s, false) }

// highDate pads a date to its last day.
func highDate(s string) string { return s + datePad(s, true) }

// evolving marks a conflict over a cumulative figure as a figure that rose over time when every
// source has a publication time and the values never fall as time goes on; the claims are then
// listed oldest first. A later lower figure stays a contradiction, and the message says so.
func evolving(f *finding, pub map[string]*time.Time, tol float64) {
	items, ok := byPublication(f, pub)
	if !ok {
		return
	}
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.c.Quantity.Widen(tol).Overlaps(b.c.Quantity.Widen(tol)) {
			continue
		}
		if b.t.Equal(a.t) {
			on := " at "
			if untimed(a.t) {
				on = " on "
			}
			f.Message += "; both published" + on + pubLabel(a.t) + ", so the change is no evolution"
			return
		}
		if a.day == b.day && (untimed(a.t) || untimed(b.t)) {
			f.Message += "; both published on " + a.day + ", one without a time of day, so which figure came first is unknown"
			return
		}
		if b.c.Quantity.Low < a.c.Quantity.Low {
			f.Message += fmt.Sprintf("; the later source (%s, %s) gives a lower figure than the earlier (%s, %s), so this is a contradiction, not a rising toll",
				b.c.Source, pubLabel(b.t), a.c.Source, pubLabel(a.t))
			return
		}
	}
	first, last := items[0], items[len(items)-1]
	f.Evolving = true
	f.Severity = model.SeverityWarning
	f.Latest = last.c.Value
	f.Message = fmt.Sprintf("figure rose from %s to %s between %s (%s) and %s (%s); the latest figure is %s",
		first.c.Value, last.c.Value, first.c.Source, pubLabel(first.t),
		last.c.Source, pubLabel(last.t), last.c.Value)
	for i := range items {
		f.cs[i] = items[i].c
	}
}

// published is a finding's claim with its source's publication time and day (UTC).
type published struct {
	c   *model.Claim
	t   time.Time
	day string
}

// byPublication lists f's claims oldest first (claims of one time by content: the sources' ids
// must not decide), or says in f's message that a publication time is unknown and returns false.
func byPublication(f *finding, pub map[string]*time.Time) ([]published, bool) {
	items := make([]published, 0, len(f.cs))
	for _, c := range f.cs {
		t := pub[c.Source]
		if t == nil {
			f.Message += "; publication times unknown, so a figure that changed over time cannot be told from a contradiction"
			return nil, false
		}
		items = append(items, published{c, *t, t.UTC().Format("2006-01-02")})
	}
	slices.SortStableFunc(items, func(a, b published) int {
		if !a.t.Equal(b.t) {
			return a.t.Compare(b.t)
		}
		return contentCmp(a.c, b.c)
	})
	return items, true
}

// changing marks a conflict over a state at the time of writing ("homes without power", "people
// in hospital") as a figure that changed over time when the sources were published on different
// days and those of each day agree: such a figure rises and falls as a story develops, so a
// difference between days is news, not a contradiction. Claims are then listed oldest first.
// Sources of one day that disagree keep the conflict.
func changing(f *finding, pub map[string]*time.Time, tol float64) {
	items, ok := byPublication(f, pub)
	if !ok {
		return
	}
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.day == b.day && !a.c.Quantity.Widen(tol).Overlaps(b.c.Quantity.Widen(tol)) {
			f.Message += "; both published on " + a.day + ", so the change is no development of the story"
			return
		}
	}
	first, last := items[0], items[len(items)-1]
	if first.day == last.day {
		return
	}
	f.Evolving = true
	f.Severity = model.SeverityWarning
	f.Latest = last.c.Value
	var b strings.Builder
	b.WriteString("figure changed as the story developed: ")
	for i, it := range items {
		if i > 0 {
			b.WriteString(", then ")
		}
		fmt.Fprintf(&b, "%s (%s, %s)", it.c.Value, it.c.Source, pubLabel(it.t))
	}
	b.WriteString("; such a state rises and falls from day to day; the latest figure is " + last.c.Value)
	f.Message = b.String()
	for i := range items {
		f.cs[i] = items[i].c
	}
}

// attributionNote tells whether disagreeing sources credit different people or the same one.
func attributionNote(cs []*model.Claim) string {
	atts := map[string]bool{}
	var list []string
	missing := false
	for _, c := range cs {
		if c.Attribution == "" {
			missing = true
			continue
		}
		if !atts[c.Attribution] {
			atts[c.Attribution] = true
			list = append(list, c.Attribution)
		}
	}
	sort.Strings(list)
	list = oneNamePerParty(list) // contexts.go: "Nordvik" and "Nordvik Motors" credit one party
	switch {
	case len(list) == 1 && !missing:
		return "all credit " + list[0] + ": at least one source misreports the same statement"
	case len(list) >= 2:
		return "the sources credit different people (" + strings.Join(list, " vs ") + ")"
	}
	return ""
}

// dedupe keeps one claim per source and value (a source repeating itself adds nothing), the
// first, and orders them by source and place. It reorders cs and returns its head.
func (c *comparer) dedupe(cs []*model.Claim) []*model.Claim {
	if !slices.IsSortedFunc(cs, cmpSource) {
		slices.SortStableFunc(cs, cmpSource) // within a source, in the order given
	}
	out := cs[:0]
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Source == cs[i].Source {
			j++
		}
		if j == i+1 {
			out = append(out, cs[i])
			i = j
			continue
		}
		start := len(out)
		cls, _ := c.classes(cs[i:j])
		seen := int32(0)
		for k, cl := range cls {
			if cl == seen { // the first of its value (classes are numbered in order of appearance)
				out = append(out, cs[i+readDirectly(cls, cs[i:j], k)])
				seen++
			}
		}
		if kept := out[start:]; !slices.IsSortedFunc(kept, cmpEvidence) {
			slices.SortStableFunc(kept, cmpEvidence)
		}
		i = j
	}
	return out
}

// readDirectly picks which of a source's claims of one value stands for them: the first, cs[k],
// unless its subject was only inferred from context (a headline's "toll rises to 127") and a later
// one of the same value reads it directly ("The death toll in Kasai has risen to 127"): an
// inferred claim meets other sources' figures only about the same kind of event, so keeping it
// would hide the conflict the direct one raises.
func readDirectly(cls []int32, cs []*model.Claim, k int) int {
	if !cs[k].Inferred {
		return k
	}
	for m := k + 1; m < len(cs); m++ {
		if cls[m] == cls[k] && !cs[m].Inferred {
			return m
		}
	}
	return k
}

func cmpSource(a, b *model.Claim) int   { return strings.Compare(a.Source, b.Source) }
func cmpEvidence(a, b *model.Claim) int { return cmp.Compare(a.Evidence.Start, b.Evidence.Start) }

// classes numbers the values of cs (normValue) in order of first appearance: the class of
// cs[k] is the k-th number returned (scratch space, valid until the next call), n the count.
func (c *comparer) classes(cs []*model.Claim) (cls []int32, n int) {
	cls = slices.Grow(c.cls[:0], len(cs))[:len(cs)]
	reps := c.reps[:0] // one claim of each class
	if len(cs) <= 16 {
		for k, x := range cs {
			id := int32(-1)
			for r, p := range reps {
				if sameValue(p, x) {
					id = int32(r)
					break
				}
			}
			if id < 0 {
				id = int32(len(reps))
				reps = append(reps, x)
			}
			cls[k] = id
		}
	} else {
		strict := mixedKinds(cs)
		if c.hashes == nil {
			c.hashes = map[uint64]int32{}
		}
		clear(c.hashes)
		next := c.next[:0] // the next class of the same hash, or -1
		for k, x := range cs {
			h := valueHash(x, strict)
			id := int32(-1)
			head, ok := c.hashes[h]
			if ok {
				for r := head; r >= 0; r = next[r] {
					if sameValue(reps[r], x) {
						id = r
						break
					}
				}
			} else {
				head = -1
			}
			if id < 0 {
				id = int32(len(reps))
				reps = append(reps, x)
				next = append(next, head)
				c.hashes[h] = id
			}
			cls[k] = id
		}
		c.next = next
	}
	c.cls, c.reps = cls, reps
	clear(reps) // keep no claim alive through the scratch space
	return cls, len(reps)
}

// normValue is a comparable rendering of a claim's value (value.go compares claims as their
// renderings compare, without building them).
func normValue(c *model.Claim) string {
	switch {
	case c.Quantity != nil:
		return quantityValue(c.Quantity)
	case c.Date != nil:
		return c.Date.Start + ".." + c.Date.End
	case c.Role != nil:
		return c.Role.Person + "|" + c.Role.Post
	case c.Quote != nil:
		return c.Quote.Speaker + "|" + c.Quote.Folded
	}
	return c.Value
}

// quantityValue is normValue of a quantity: fmt.Sprintf("%v|%v|%v|%v|%v|%v|%s|%s", q.Low,
// q.High, q.Unbounded, q.LowOpen, q.HighOpen, q.Approx, q.Unit, q.Currency), built by hand (%v
// of a float64 is strconv's shortest 'g'), some ten times faster, with no value boxed.
func quantityValue(q *model.Quantity) string {
	var room [128]byte
	b := strconv.AppendFloat(room[:0], q.Low, 'g', -1, 64)
	b = strconv.AppendFloat(append(b, '|'), q.High, 'g', -1, 64)
	for _, f := range [4]bool{q.Unbounded, q.LowOpen, q.HighOpen, q.Approx} {
		b = strconv.AppendBool(append(b, '|'), f)
	}
	b = append(append(append(append(b, '|'), q.Unit...), '|'), q.Currency...)
	return string(b)
}

// distinctSources lists the sources of cs, sorted.
func distinctSources(cs []*model.Claim) []string {
	if len(cs) == 0 {
		return nil
	}
	// sorted, then repeats dropped: one array, no map
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Source
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// countSources counts the distinct sources of cs, at a glance when cs is sorted by source.
func countSources(cs []*model.Claim) int {
	if !slices.IsSortedFunc(cs, cmpSource) {
		return len(distinctSources(cs))
	}
	n := 1
	for i := 1; i < len(cs); i++ {
		if cs[i].Source != cs[i-1].Source {
			n++
		}
	}
	return n
}

// valueList renders "26 (003) vs 31 (004)": equal values grouped, in order of first appearance,
// each shown in the wording its claims use most.
func (c *comparer) valueList(cs []*model.Claim) string {
	c.buf = c.appendValueList(c.buf[:0], cs)
	return string(c.buf)
}

// appendValueList appends valueList(cs) to buf.
func (c *comparer) appendValueList(buf []byte, cs []*model.Claim) []byte {
	cls, n := c.classes(cs)
	// the claims of each class in turn, in order (a counting sort)
	offs := slices.Grow(c.offs[:0], n+1)[:n+1]
	clear(offs)
	for _, k := range cls {
		offs[k+1]++
	}
	for k := 1; k <= n; k++ {
		offs[k] += offs[k-1]
	}
	byClass := slices.Grow(c.tmp[:0], len(cs))[:len(cs)]
	for i, k := range cls {
		byClass[offs[k]] = cs[i]
		offs[k]++
	}
	bySource := slices.IsSortedFunc(cs, cmpSource)
	start := 0
	for k := 0; k < n; k++ {
		group := byClass[start:offs[k]]
		start = int(offs[k])
		if k > 0 {
			buf = append(buf, " vs "...)
		}
		// the commonest wording, not the first source's: file names must not choose it
		buf = append(buf, commonest(group, claimValue)...)
		if d := group[0].Date; d != nil && d.Resolved && d.Start != "" {
			buf = append(buf, " = "...)
			buf = append(buf, d.Start...)
			if d.End != "" {
				buf = append(buf, '/')
				buf = append(buf, d.End...)
			}
		}
		buf = append(buf, " ("...)
		for i, x := range group {
			if i > 0 && (bySource && x.Source == group[i-1].Source || !bySource && sourceAmong(group[:i], x.Source)) {
				continue
			}
			if i > 0 {
				buf = append(buf, ", "...)
			}
			buf = append(buf, x.Source...)
		}
		buf = append(buf, ')')
	}
	clear(byClass)
	c.offs, c.tmp = offs, byClass
	return buf
}

func sourceAmong(cs []*model.Claim, src string) bool {
	for _, c := range cs {
		if c.Source == src {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func claimValue(c *model.Claim) string   { return c.Value }
func claimSubject(c *model.Claim) string { return c.Subject }

// commonest returns the string f gives most often over cs; of equally common ones the longest,
// then the first in byte order: a choice that depends neither on the order of the claims nor on
// the ids of their sources.
func commonest(cs []*model.Claim, f func(*model.Claim) string) string {
	first := f(cs[0])
	all := true
	for _, c := range cs[1:] {
		if f(c) != first {
			all = false
			break
		}
	}
	if all {
		return first
	}
	best, bestN := "", 0
	better := func(s string, k int) bool {
		return k > bestN || k == bestN && (len(s) > len(best) || len(s) == len(best) && s < best)
	}
	if len(cs) <= 32 {
		for i, c := range cs {
			s := f(c)
			counted := false
			for _, d := range cs[:i] {
				if f(d) == s {
					counted = true
					break
				}
			}
			if counted {
				continue
			}
			k := 1
			for _, d := range cs[i+1:] {
				if f(d) == s {
					k++
				}
			}
			if better(s, k) {
				best, bestN = s, k
			}
		}
		return best
	}
	n := map[string]int{}
	for _, c := range cs {
		n[f(c)]++
	}
	for s, k := range n {
		if better(s, k) {
			best, bestN = s, k
		}
	}
	return best
}

// subjectOf is the group's readable subject (the commonest the claims give); the event kind is
// added when the claims name one.
func subjectOf(cs []*model.Claim) string {
	s := commonest(cs, claimSubject)
	if cs[0].Type != model.TypeQuantity {
		return s // other types' contexts are internal discriminators ("recent"), not events
	}
	if x := partyName(cs); x != "" { // contexts.go: one name, whatever the claims' order
		return s + " (" + x + ")"
	}
	return s
}

// findingID hashes the kind, key, and the claims' sources and values (FNV-1a): its first 12 hex digits.
func findingID(kind model.Kind, key string, cs []*model.Claim) string {
	b := findingDigits(kind, key, cs)
	return string(b[:])
}

// findingDigits is findingID's digits.
func findingDigits(kind model.Kind, key string, cs []*model.Claim) [12]byte {
	h := fnvString(fnvString(fnvString(fnvOffset, string(kind)), "\x00"), key)
	for _, c := range cs {
		h = fnvString(fnvString(fnvString(fnvString(h, "\x00"), c.Source), "\x00"), c.Value)
	}
	var b [12]byte
	v := h >> 16
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = "0123456789abcdef"[v&15]
		v >>= 4
	}
	return b
}

// Summarize counts a report's findings.
func Summarize(sources, claims int, fs []model.Finding) model.Summary {
	s := model.Summary{Sources: sources, Claims: claims}
	for _, f := range fs {
		switch f.Kind {
		case model.KindConflict:
			s.Conflict++
		case model.KindCorroborated:
			s.Corroborated++
		case model.KindSingle:
			s.Single++
		case model.KindUnsupported:
			s.Unsupported++
		}
	}
	return s
}

// allClaims reports whether every claim of cs has the property.
func allClaims(cs []*model.Claim, has func(*model.Claim) bool) bool {
	for _, c := range cs {
		if !has(c) {
			return false
		}
	}
	return true
}
