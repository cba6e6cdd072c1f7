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

// cmpFinding compares two findings in Sort's order, ties aside (a stable sort keeps them in
// their order).
func cmpFinding(a, b *model.Finding) int {
	if ra, rb := findingRank(a), findingRank(b); ra != rb {
		return cmp.Compare(ra, rb)
	}
	if c := strings.Compare(a.Subject, b.Subject); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// allSorted reports whether each part is in Sort's order.
func allSorted(parts [][]model.Finding) bool {
	for _, p := range parts {
		for i := 1; i < len(p); i++ {
			if cmpFinding(&p[i-1], &p[i]) > 0 {
				return false
			}
		}
	}
	return true
}

// mergeSorted is Merge for parts each in Sort's order, n findings in all: pairs of neighbouring
// runs are merged, level by level, each pair on a goroutine of its own; a tie takes the earlier
// run's finding first, as the stable sort of the concatenation does. The runs lie one after
// another in one array of pointers, and each level merges them into a second array at the same
// places: two arrays for every level, not one each.
func mergeSorted(parts [][]model.Finding, n int) []model.Finding {
	var starts []int // of each run in ptrs, and n
	ptrs := make([]*model.Finding, 0, n)
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		starts = append(starts, len(ptrs))
		for i := range p {
			ptrs = append(ptrs, &p[i])
		}
	}
	starts = append(starts, n)
	src, dst := ptrs, make([]*model.Finding, n)
	for runs := len(starts) - 1; runs > 1; runs = len(starts) - 1 {
		next := make([]int, 0, runs/2+2)
		var wg sync.WaitGroup
		for i := 0; i+1 < runs; i += 2 {
			lo, mid, hi := starts[i], starts[i+1], starts[i+2]
			wg.Go(func() { merge2Into(dst[lo:hi], src[lo:mid], src[mid:hi]) })
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
	out := make([]model.Finding, n)
	for k, f := range src {
		out[k] = *f
	}
	return out
}

// merge2Into merges two runs in Sort's order into out, of len(a)+len(b) pointers, a's
// findings first among equals.
func merge2Into(out, a, b []*model.Finding) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmpFinding(b[j], a[i]) < 0 {
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
