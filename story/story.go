// Package story groups the sources of a run into stories by the names they share, so that claims are compared within a story only.
package story

import (
	"math"
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/model"
)

// How a run is grouped. A folder holding a day's news has many stories, several outlets each;
// one story's articles name the same places and people (model.Source.Terms, the most mentioned
// first), and different stories may share a country or a common surname but not their main
// names. Each name of an article weighs by its rarity in the run (inverse document frequency,
// squared so that the rare names a story is about outweigh several common ones) and by its
// rank in the article (1/(1+rank): the town a story happened in is mentioned more than the
// country). Two articles are linked when the names they share make at least minOverlap of
// either one's weight: a shared town links, a shared country and surname do not when each
// article's own town differs. Stories are the connected groups of links.
//
// Articles are compared only with their neighbours in the list of articles giving each name
// (window of them), never all pairs: a name given by every article of a one-story folder of any
// size chains them all, and the cost stays linear in the articles.
const (
	minOverlap = 0.6
	window     = 8
)

// smallRun is the most sources a run may have for mergeOnAnyName: a handful of articles is what
// a fact-checker gathers about one story, and among so few the rarity of a name tells little.
const smallRun = 12

// Assign returns the story of each source, in the order of srcs: the smallest id among the
// story's sources. Sources that link to nothing join the story their names point to when they
// all point to one; when the run has a single story of several sources, every source is in it,
// and when nothing links at all the run is one story (as a run without grouping): an article
// whose names were not read never loses comparisons in a one-story folder. Two stories then
// join on a name one of them is most about (mergeOnTopNames), all stories on a name that most
// articles naming it are most about (mergeOnDefiningNames), and in a small run on any name but
// a country (mergeOnAnyName): a story split in two hides the conflicts between its halves, and
// a few articles are almost always gathered about one story.
func Assign(srcs []model.Source) []string {
	n := len(srcs)
	out := make([]string, n)
	if n == 0 {
		return out
	}
	// sources in order of their ids, so that the stories do not depend on the order given
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return srcs[order[a]].ID < srcs[order[b]].ID })
	sorted := make([]model.Source, n)
	for k, i := range order {
		sorted[k] = srcs[i]
	}
	docs, names := index(sorted)
	uf := newUnionFind(n)
	link(docs, uf)
	_, members := components(uf, n)
	attachLoners(docs, uf, members)
	mergeOnTopNames(docs, names, uf)
	mergeOnDefiningNames(docs, names, uf)
	if n <= smallRun {
		mergeOnAnyName(docs, names, uf)
	}
	// the root of a set is its smallest member: the smallest id
	for k, i := range order {
		out[i] = sorted[uf.find(k)].ID
	}
	return out
}

// doc is one source's names given by another source too, as numbers in increasing order with
// their weights, and the weight of all its names (its own ones too: they link nothing, but
// weigh against a link).
type doc struct {
	terms  []int32
	weight []float64
	total  float64
	top    int32 // the number of its most mentioned name when another source gives it too, else -1
}

// index numbers the names given by two sources or more and weighs every source's names.
func index(srcs []model.Source) ([]doc, []string) {
	// every name by number, in order of first mention, with the sources giving it, and the
	// numbers of each source's names in order (source i's from at[i]): one map look-up per
	// name of a source
	num := map[string]int32{}
	var all []string
	var df []int
	var nums []int32
	at := make([]int, len(srcs)+1)
	for i, s := range srcs {
		for _, t := range dedupe(s.Terms) {
			k, ok := num[t]
			if !ok {
				k = int32(len(all))
				num[t] = k
				all = append(all, t)
				df = append(df, 0)
			}
			df[k]++
			nums = append(nums, k)
		}
		at[i+1] = len(nums)
	}
	names := make([]string, 0, len(all))
	for k, t := range all {
		if df[k] >= 2 {
			names = append(names, t)
		}
	}
	sort.Strings(names)
	id := make([]int32, len(all)) // by number: the name's in names, -1 for none
	for k := range id {
		id[k] = -1
	}
	for i, t := range names {
		id[num[t]] = int32(i)
	}
	docs := make([]doc, len(srcs))
	rarity := make([]float64, len(all)) // by number: weightOf, once per name (0 until found)
	for i := range srcs {
		d := &docs[i]
		d.top = -1
		for rank, n := range nums[at[i]:at[i+1]] {
			if rarity[n] == 0 {
				rarity[n] = weightOf(len(srcs), df[n])
			}
			w := rarity[n] / float64(1+rank)
			d.total += w
			if k := id[n]; k >= 0 {
				if rank == 0 {
					d.top = k
				}
				d.terms = append(d.terms, k)
				d.weight = append(d.weight, w)
			}
		}
		sort.Sort(byTerm{d})
	}
	return docs, names
}

// byTerm sorts a doc's names by number, weights alongside.
type byTerm struct{ d *doc }

func (b byTerm) Len() int           { return len(b.d.terms) }
func (b byTerm) Less(i, j int) bool { return b.d.terms[i] < b.d.terms[j] }
func (b byTerm) Swap(i, j int) {
	b.d.terms[i], b.d.terms[j] = b.d.terms[j], b.d.terms[i]
	b.d.weight[i], b.d.weight[j] = b.d.weight[j], b.d.weight[i]
}

// dedupe returns ts without repeats, in order (extraction writes no repeats; a hand-made claims
// file may).
func dedupe(ts []string) []string {
	for i := 1; i < len(ts); i++ {
		if slices.Contains(ts[:i], ts[i]) {
			var out []string
			for _, t := range ts {
				if !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
			return out
		}
	}
	return ts
}

// weightOf is the rarity weight of a name given by df of n sources: its inverse document
// frequency, above zero for a name every source gives (a one-story folder), squared. A name no
// other source gives weighs as one two give: in a small folder every article has a name of its
// own, and it must not outweigh the names they share.
func weightOf(n, df int) float64 {
	w := math.Log(1 + float64(n)/float64(max(df, 2)))
	return w * w
}

// link unites documents whose shared names make at least minOverlap of either one's weight,
// comparing each with its window next neighbours under each name.
func link(docs []doc, uf *unionFind) {
	n := 0
	for _, d := range docs {
		for _, t := range d.terms {
			n = max(n, int(t)+1)
		}
	}
	post := make([][]int32, n)
	for i, d := range docs {
		for _, t := range d.terms {
			post[t] = append(post[t], int32(i))
		}
	}
	for _, p := range post {
		for x := range p {
			for y := x + 1; y < len(p) && y <= x+window; y++ {
				a, b := int(p[x]), int(p[y])
				if uf.find(a) != uf.find(b) && linked(&docs[a], &docs[b]) {
					uf.union(a, b)
				}
			}
		}
	}
}

// linked reports whether the names a and b share make at least minOverlap of a's weight or of
// b's.
func linked(a, b *doc) bool {
	wa, wb := 0.0, 0.0
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i] < b.terms[j]:
			i++
		case a.terms[i] > b.terms[j]:
			j++
		default:
			wa += a.weight[i]
			wb += b.weight[j]
			i++
			j++
		}
	}
	return wa >= minOverlap*a.total || wb >= minOverlap*b.total
}

// components lists the union-find's groups in order of their first member, each with its
// members in order.
func components(uf *unionFind, n int) (roots []int, members [][]int32) {
	at := map[int]int{}
	for i := 0; i < n; i++ {
		r := uf.find(i)
		g, ok := at[r]
		if !ok {
			g = len(roots)
			at[r] = g
			roots = append(roots, r)
			members = append(members, nil)
		}
		members[g] = append(members[g], int32(i))
	}
	return roots, members
}

// attachLoners puts each source that linked to nothing in a story: the one every source sharing
// a name with it is in, if there is one such; the run's only story of several sources, if it
// has one; every source together if none linked. Otherwise it stands alone: its names point to
// several stories, or to none.
func attachLoners(docs []doc, uf *unionFind, members [][]int32) {
	var multi []int32 // the first member of each story of several sources
	var loners []int32
	size := map[int]int{} // by root, the smallest member
	for _, ms := range members {
		size[int(ms[0])] = len(ms)
		if len(ms) > 1 {
			multi = append(multi, ms[0])
		} else {
			loners = append(loners, ms[0])
		}
	}
	switch {
	case len(loners) == 0:
		return
	case len(multi) == 0:
		for _, l := range loners[1:] {
			uf.union(int(loners[0]), int(l))
		}
		return
	case len(multi) == 1:
		for _, l := range loners {
			uf.union(int(multi[0]), int(l))
		}
		return
	}
	post := map[int32][]int32{}
	for i, d := range docs {
		for _, t := range d.terms {
			post[t] = append(post[t], int32(i))
		}
	}
	// decided on the stories as they are before any loner joins, so the order does not matter
	target := make([]int, len(loners))
	for k, l := range loners {
		target[k] = -1
		for _, t := range docs[l].terms {
			for _, o := range post[t] {
				r := uf.find(int(o))
				if o == l || size[r] < 2 {
					continue
				}
				if target[k] >= 0 && target[k] != r {
					target[k] = -2
					break
				}
				target[k] = r
			}
			if target[k] == -2 {
				break
			}
		}
	}
	for k, l := range loners {
		if target[k] >= 0 {
			uf.union(target[k], int(l))
		}
	}
}

// mergeOnTopNames joins two stories of several sources each when the name one of their
// articles is most about is named by an article of the other story too, and by no third story.
// Linking weighs all of an article's names, so one story seen from two sides splits: the rescue
// in Ternopil (the town, its governor, its mayor) and the NATO chief's visit to Kyiv that
// mentions the strike on Ternopil. Their death tolls are the same thing and must meet. A name in
// three stories or more is a figure of the day's news (a president, a capital), not what one
// story is about, and joins nothing; nor does a country (countries). A source standing alone was
// placed by attachLoners and stays so. Decided on the stories as they are before any merge, so
// the order does not matter.
func mergeOnTopNames(docs []doc, names []string, uf *unionFind) {
	size := map[int]int{}
	for i := range docs {
		size[uf.find(i)]++
	}
	// by name, the first two stories naming it, in order, and whether a third does: a name
	// given by hundreds of articles is not looked up in a list of its stories for each
	first, second := make([]int, len(names)), make([]int, len(names))
	for t := range names {
		first[t], second[t] = -1, -1
	}
	third := make([]bool, len(names))
	for i, d := range docs {
		r := uf.find(i)
		for _, t := range d.terms {
			switch {
			case first[t] < 0:
				first[t] = r
			case first[t] == r || second[t] == r:
			case second[t] < 0:
				second[t] = r
			default:
				third[t] = true
			}
		}
	}
	var pairs [][2]int
	for _, d := range docs {
		if d.top < 0 || countries[names[d.top]] {
			continue
		}
		if t := d.top; second[t] >= 0 && !third[t] && size[first[t]] > 1 && size[second[t]] > 1 {
			pairs = append(pairs, [2]int{first[t], second[t]})
		}
	}
	for _, p := range pairs {
		uf.union(p[0], p[1])
	}
}

// mergeOnDefiningNames joins every source naming a name that most of the sources naming it are
// about: their most mentioned name, for more than half of them. A large folder about
// one event can hold many articles that each quote people of their own: the names of their own
// outweigh the town they share, they link to nothing, and the town is in too many groups for
// mergeOnTopNames. A name in the news of the day (a president, a capital) is mentioned by many
// stories in passing, and defines none; nor does a country.
func mergeOnDefiningNames(docs []doc, names []string, uf *unionFind) {
	df := make([]int, len(names))
	lead := make([]int, len(names))
	for _, d := range docs {
		for _, t := range d.terms {
			df[t]++
		}
		if d.top >= 0 {
			lead[d.top]++
		}
	}
	joinOnNames(docs, uf, func(t int32) bool { return 2*lead[t] > df[t] && !countries[names[t]] })
}

// mergeOnAnyName joins every two stories of a small run that share a name other than a
// country: a few articles are almost always one story, so they are told apart only when nothing
// but a country links them (floods in Piura and a bus crash near Cusco, both in Peru).
func mergeOnAnyName(docs []doc, names []string, uf *unionFind) {
	joinOnNames(docs, uf, func(t int32) bool { return !countries[names[t]] })
}

// joinOnNames joins all sources that give a name for which join holds.
func joinOnNames(docs []doc, uf *unionFind, join func(t int32) bool) {
	first := map[int32]int{} // by name, the first source giving it
	for i, d := range docs {
		for _, t := range d.terms {
			if !join(t) {
				continue
			}
			if f, ok := first[t]; ok {
				uf.union(f, i)
			} else {
				first[t] = i
			}
		}
	}
}

// unionFind is a disjoint-set forest; the root of a set is its smallest element, so that
// roots do not depend on the order of unions.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	switch {
	case a < b:
		u.parent[b] = a
	case b < a:
		u.parent[a] = b
	}
}
