package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/model"
)

// Indexer is CompareIndexed for a caller that compares batch after batch on one goroutine: the
// findings under construction, the groups and every scratch array of the comparison are kept
// from batch to batch instead of being made anew by the thousand, and each batch's findings come
// in an array of their own of the exact size. The zero value is ready; one goroutine uses it.
type Indexer struct {
	c, d  comparer // d: the second goroutine's share of a large batch (decideIn)
	items []sortItem
	// Unpacked leaves the ids and messages of the findings CompareFlatInto returns in the
	// Indexer's memory, which its next comparison writes over, rather than packing them
	// anew: for a caller that copies them out at once.
	Unpacked bool
}

// Flat is the claims of an Indexer's findings, flat: finding k's are Index[Ends[k-1]:Ends[k]]
// (from 0 for the first), each the index of one of the claims compared, or -1-j for Changed[j],
// a claim the comparator changed. Four bytes a claim, where Members take sixteen.
type Flat struct {
	Index, Ends []int32
	Changed     []*model.Claim
}

// CompareFlat is Compare with the findings' claims as a Flat.
func (x *Indexer) CompareFlat(dates Dates, claims []model.Claim, opt Options) ([]model.Finding, Flat) {
	return x.CompareFlatInto(nil, Flat{}, dates, claims, opt)
}

// CompareFlatInto is CompareFlat with the findings in dst's array and the Flat in reuse's
// arrays when they are large enough (a caller done with the findings of a batch before, and
// their Flat, hands them back rather than leaving them as garbage).
func (x *Indexer) CompareFlatInto(dst []model.Finding, reuse Flat, dates Dates, claims []model.Claim, opt Options) ([]model.Finding, Flat) {
	var flat Flat
	fs := x.compareInto(dst, true, !x.Unpacked, dates, claims, opt, func(c *comparer, order []int32) {
		n := 0
		for _, cs := range c.cs {
			n += len(cs)
		}
		flat.Index = reuse.Index[:0]
		if cap(flat.Index) < n {
			flat.Index = make([]int32, 0, n+n/4)
		}
		flat.Ends = reuse.Ends[:0]
		if cap(flat.Ends) < len(order) {
			flat.Ends = make([]int32, len(order), len(order)+len(order)/4)
		}
		flat.Ends = flat.Ends[:len(order)]
		for k, i := range order {
			for _, p := range c.cs[i] {
				if at, ok := indexIn(claims, p); ok {
					flat.Index = append(flat.Index, int32(at))
				} else {
					flat.Index = append(flat.Index, int32(-1-len(flat.Changed)))
					flat.Changed = append(flat.Changed, p)
				}
			}
			flat.Ends[k] = int32(len(flat.Index))
		}
	})
	return fs, flat
}

// Compare is CompareIndexed(dates, claims, opt). What it returns is the caller's: its ids and
// messages are packed anew (packStrings), and the batch's arrays hold nothing of it.
func (x *Indexer) Compare(dates Dates, claims []model.Claim, opt Options) (fs []model.Finding, members [][]Member) {
	fs = x.compare(dates, claims, opt, func(c *comparer, order []int32) { members = membersOf(c, claims, order) })
	return fs, members
}

// compare decides the findings of claims, and returns them in order, after claimsOf has taken
// their claims, in that order, from c.cs.
func (x *Indexer) compare(dates Dates, claims []model.Claim, opt Options, claimsOf func(c *comparer, order []int32)) []model.Finding {
	return x.compareInto(nil, false, true, dates, claims, opt, claimsOf)
}

// compareInto is compare with the findings in dst's array when it is large enough, and an array
// with room to spare when it is not and reused (the caller hands arrays back); their ids and
// messages packed unless not pack.
func (x *Indexer) compareInto(dst []model.Finding, reused, pack bool, dates Dates, claims []model.Claim, opt Options, claimsOf func(c *comparer, order []int32)) []model.Finding {
	c := &x.c
	c.opt, c.pub, c.spare = opt, dates, &x.d
	// the ids and messages of the batch before were packed: their text is free again
	c.text, x.d.text = c.text[:0], x.d.text[:0]
	defer c.reset()
	decideIn(c, claims)
	if len(c.out) == 0 {
		return nil
	}
	order := sortOrderIn(&x.items, len(c.out), func(i int) *model.Finding { return &c.out[i] })
	claimsOf(c, order)
	fs := dst[:0]
	if cap(fs) < len(order) {
		// room for a little more when the array serves again (reused): the next batches'
		// findings are about as many, as often more as fewer
		fs = make([]model.Finding, len(order), len(order)+len(order)/4*b2i(reused))
	}
	fs = fs[:len(order)]
	for k, i := range order {
		fs[k] = c.out[i]
	}
	if pack {
		packStrings(fs)
	}
	return fs
}

// reset empties the comparer's findings for the next batch, keeping their arrays: the findings'
// strings and claims then keep nothing alive.
func (c *comparer) reset() {
	clear(c.out)
	clear(c.cs)
	c.out, c.cs = c.out[:0], c.cs[:0]
}

// grouping is the scratch of groupByKey and groupByStoryKey: a comparer's (Indexer's) serves one
// batch after another; a new one allocates every array as the functions did.
type grouping struct {
	ptrs, flat                                                               []*model.Claim
	ukeys, keys                                                              []string
	names                                                                    []string
	ends, sid, gid, count, order, pos, inKey, seen, at, ranks, byName, srank []int32
	ids, num                                                                 map[string]int32
	scopes                                                                   scopeMaps // scopes.go
}

// int32s returns (*buf)[:n] zeroed, *buf grown to n when short.
func int32s(buf *[]int32, n int) []int32 {
	if cap(*buf) < n {
		*buf = make([]int32, n)
		return *buf
	}
	*buf = (*buf)[:n]
	clear(*buf)
	return *buf
}

// flatOf returns g.flat as n pointers (their values to be written).
func (g *grouping) flatOf(n int) []*model.Claim {
	if cap(g.flat) < n {
		g.flat = make([]*model.Claim, n)
	}
	g.flat = g.flat[:n]
	return g.flat
}

// keyIDs returns the empty map of key numbers.
func (g *grouping) keyIDs() map[string]int32 {
	if g.ids == nil {
		g.ids = map[string]int32{}
	}
	clear(g.ids)
	return g.ids
}

// stories returns the empty map of story numbers.
func (g *grouping) stories() map[string]int32 {
	if g.num == nil {
		g.num = map[string]int32{}
	}
	clear(g.num)
	return g.num
}

// splitQuotes is splitQuotes (quotes.go) in g's array.
func (g *grouping) splitQuotes(cs []model.Claim) (rest, quotes []*model.Claim) {
	if cap(g.ptrs) < len(cs) {
		g.ptrs = make([]*model.Claim, len(cs))
	}
	return splitQuotesIn(g.ptrs[:len(cs)], cs)
}

// membersOf lists the claims of c's findings in the order given, as CompareIndexed returns them.
func membersOf(c *comparer, claims []model.Claim, order []int32) [][]Member {
	n := 0
	for _, cs := range c.cs {
		n += len(cs)
	}
	all := make([]Member, n)
	members := make([][]Member, len(order))
	for k, i := range order {
		cs := c.cs[i]
		if cs == nil {
			continue
		}
		m := all[:len(cs):len(cs)]
		all = all[len(cs):]
		for j, p := range cs {
			if at, ok := indexIn(claims, p); ok {
				m[j] = Member{Index: at}
			} else {
				m[j] = Member{Index: -1, Changed: p}
			}
		}
		members[k] = m
	}
	return members
}

// sortOrderIn is sortOrder with its items in *items, grown when short.
func sortOrderIn(items *[]sortItem, n int, at func(int) *model.Finding) []int32 {
	*items = slices.Grow((*items)[:0], n)[:n]
	defer clear(*items) // their strings
	return sortItems(*items, at)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
