package compare

import (
	"cmp"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/model"
)

// findingRank is the first key of Sort's order: kind, then severity, worst first.
func findingRank(f *model.Finding) int32 {
	return int32(f.Kind.Rank()*8 + 7 - f.Severity.Rank())
}

// mergeKeys is the findings of parts, in one array in their order, with the rank of each (the
// first key of Sort's order, found once per finding), and where each part's run starts (and n,
// last), for mergeSorted; sorted tells whether every part is in Sort's order.
func mergeKeys(parts [][]model.Finding, n int) (ptrs []*model.Finding, ranks []int8, starts []int, sorted bool) {
	ptrs = make([]*model.Finding, 0, n)
	ranks = make([]int8, 0, n) // a rank is below 64
	sorted = true
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		starts = append(starts, len(ptrs))
		for i := range p {
			f := &p[i]
			ptrs = append(ptrs, f)
			ranks = append(ranks, int8(findingRank(f)))
			if i > 0 && sorted && cmpRanked(ptrs, ranks, int32(len(ptrs)-2), int32(len(ptrs)-1)) > 0 {
				sorted = false
			}
		}
	}
	return ptrs, ranks, append(starts, n), sorted
}

// cmpRanked compares findings a and b of ptrs, of ranks ranks, in Sort's order, ties aside (a
// stable sort keeps them in their order).
func cmpRanked(ptrs []*model.Finding, ranks []int8, a, b int32) int {
	if ra, rb := ranks[a], ranks[b]; ra != rb {
		return cmp.Compare(ra, rb)
	}
	fa, fb := ptrs[a], ptrs[b]
	if c := strings.Compare(fa.Subject, fb.Subject); c != 0 {
		return c
	}
	return strings.Compare(fa.ID, fb.ID)
}

// mergeSorted is Merge for parts each in Sort's order, n findings in all, given mergeKeys:
// pairs of neighbouring runs are merged, level by level, each pair on a goroutine of its own; a
// tie takes the earlier run's finding first, as the stable sort of the concatenation does. The
// runs lie one after another in one array of finding numbers, and each level merges them into a
// second array at the same places: two arrays for every level, not one each. Numbers rather
// than pointers: moving them needs no write barrier while the garbage collector runs. The
// findings are then copied out in halves, one per core.
func mergeSorted(ptrs []*model.Finding, ranks []int8, starts []int, n int) []model.Finding {
	src := mergeOrder(ptrs, ranks, starts, n)
	out := make([]model.Finding, n)
	half := n / 2
	var wg sync.WaitGroup
	wg.Go(func() {
		for k, i := range src[:half] {
			out[k] = *ptrs[i]
		}
	})
	for k, i := range src[half:] {
		out[half+k] = *ptrs[i]
	}
	wg.Wait()
	return out
}

// mergeOrder is the order of mergeSorted, as finding numbers (indices into ptrs).
func mergeOrder(ptrs []*model.Finding, ranks []int8, starts []int, n int) []int32 {
	src, dst := make([]int32, n), make([]int32, n)
	for i := range src {
		src[i] = int32(i)
	}
	for runs := len(starts) - 1; runs > 1; runs = len(starts) - 1 {
		next := make([]int, 0, runs/2+2)
		var wg sync.WaitGroup
		for i := 0; i+1 < runs; i += 2 {
			lo, mid, hi := starts[i], starts[i+1], starts[i+2]
			wg.Go(func() { merge2Into(dst[lo:hi], src[lo:mid], src[mid:hi], ptrs, ranks) })
			next = append(next, lo)
		}
		if runs%2 == 1 {
			lo := starts[runs-1]
			copy(dst[lo:], src[lo:])
			next = append(next, lo)
		}
		wg.Wait()
		starts = append(next, n)
		src, dst = dst, src
	}
	return src
}

// merge2Into merges two runs of finding numbers in Sort's order into out, of len(a)+len(b),
// a's findings first among equals.
func merge2Into(out, a, b []int32, ptrs []*model.Finding, ranks []int8) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmpRanked(ptrs, ranks, b[j], a[i]) < 0 {
			out[k] = b[j]
			j++
		} else {
			out[k] = a[i]
			i++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
}

// MergeIn is Merge for parts that lie in all: part k is all[from[k]:to[k]], parts given in the
// order Merge takes them, together all of all once each. The findings are put in order within
// all, whose memory is the result's: one copy of the findings rather than the parts and a merged
// array, and no array the size of all to allocate. Nil for none.
func MergeIn(all []model.Finding, from, to []int) []model.Finding {
	n := len(all)
	if n == 0 {
		return nil
	}
	// the parts in Merge's order, and the place in all of each finding as mergeKeys lists them
	parts := make([][]model.Finding, len(from))
	pos := make([]int32, 0, n)
	for k := range from {
		parts[k] = all[from[k]:to[k]]
		for i := from[k]; i < to[k]; i++ {
			pos = append(pos, int32(i))
		}
	}
	ptrs, ranks, starts, sorted := mergeKeys(parts, n)
	var order []int32
	if sorted {
		order = mergeOrder(ptrs, ranks, starts, n)
	} else {
		order = sortOrder(n, func(i int) *model.Finding { return ptrs[i] })
	}
	// src[k] is the place in all of the finding that goes to k
	src := order
	for k, i := range order {
		src[k] = pos[i]
	}
	permuteIn(all, src)
	return all
}

// permuteIn puts all[from[k]] at k for every k, in place, following each cycle of the permutation
// once; it spends from (each entry done is set to its own index).
func permuteIn(all []model.Finding, from []int32) {
	for k := range from {
		if from[k] == int32(k) {
			continue
		}
		tmp := all[k]
		j := int32(k)
		for {
			s := from[j]
			from[j] = j
			if s == int32(k) {
				all[j] = tmp
				break
			}
			all[j] = all[s]
			j = s
		}
	}
}
