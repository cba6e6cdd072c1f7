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

// TestMergeRandom: parts in Sort's order, with many ties (equal kind, severity, subject and id,
// told apart by Message), merge to the stable sort of their concatenation; so do parts out of
// order, which Merge sorts.
func TestMergeRandom(t *testing.T) {
	kinds := []model.Kind{model.KindConflict, model.KindCorroborated, model.KindSingle}
	sevs := []model.Severity{model.SeverityError, model.SeverityWarning, model.SeverityInfo}
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 300; round++ {
		var parts [][]model.Finding
		var all []model.Finding
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
			all = append(all, part...)
		}
		want := slices.Clone(all)
		compare.Sort(want)
		if len(want) == 0 {
			want = nil
		}
		require.Equal(t, want, compare.Merge(parts), "round %d", round)
	}
}
