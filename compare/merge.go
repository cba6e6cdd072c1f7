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
// run's finding first, as the stable sort of the concatenation does.
func mergeSorted(parts [][]model.Finding, n int) []model.Finding {
	var runs [][]*model.Finding
	ptrs := make([]*model.Finding, 0, n)
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		at := len(ptrs)
		for i := range p {
			ptrs = append(ptrs, &p[i])
		}
		runs = append(runs, ptrs[at:len(ptrs):len(ptrs)])
	}
	for len(runs) > 1 {
		next := make([][]*model.Finding, (len(runs)+1)/2)
		var wg sync.WaitGroup
		for i := 0; i+1 < len(runs); i += 2 {
			wg.Go(func() { next[i/2] = merge2(runs[i], runs[i+1]) })
		}
		if len(runs)%2 == 1 {
			next[len(next)-1] = runs[len(runs)-1]
		}
		wg.Wait()
		runs = next
	}
	out := make([]model.Finding, n)
	for k, f := range runs[0] {
		out[k] = *f
	}
	return out
}

// merge2 merges two runs in Sort's order, a's findings first among equals.
func merge2(a, b []*model.Finding) []*model.Finding {
	out := make([]*model.Finding, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if cmpFinding(b[j], a[i]) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
