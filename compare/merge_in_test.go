package compare_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestMergeInRandom: MergeIn over parts laid out in one array in a shuffled order gives what
// Merge gives over the parts, sorted or not, ties and empty parts among them.
func TestMergeInRandom(t *testing.T) {
	kinds := []model.Kind{model.KindConflict, model.KindCorroborated, model.KindSingle}
	sevs := []model.Severity{model.SeverityError, model.SeverityWarning, model.SeverityInfo}
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 300; round++ {
		var parts [][]model.Finding
		serial := 0
		for p := r.IntN(12); p >= 0; p-- {
			part := make([]model.Finding, r.IntN(20))
			for i := range part {
				serial++
				part[i] = model.Finding{Kind: kinds[r.IntN(3)], Severity: sevs[r.IntN(3)],
					Subject: strconv.Itoa(r.IntN(3)), ID: strconv.Itoa(r.IntN(3)), Message: strconv.Itoa(serial)}
			}
			if round%5 != 0 {
				compare.Sort(part)
			}
			parts = append(parts, part)
		}
		want := compare.Merge(parts)
		// the parts in one array, in another order than Merge's
		var all []model.Finding
		at, to := make([]int, len(parts)), make([]int, len(parts))
		for _, k := range r.Perm(len(parts)) {
			at[k] = len(all)
			all = append(all, parts[k]...)
			to[k] = len(all)
		}
		got := compare.MergeIn(slices.Clip(all), at, to)
		require.Equal(t, want, got, "round %d", round)
	}
}
