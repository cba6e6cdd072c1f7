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
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 300; round++ {
		parts := randomParts(r, round)
		var all []model.Finding
		for _, part := range parts {
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

// randomParts are up to twelve parts of up to twenty findings with many ties (equal kind,
// severity, subject and id, told apart by Message), each sorted but in every fifth round.
func randomParts(r *rand.Rand, round int) [][]model.Finding {
	kinds := []model.Kind{model.KindConflict, model.KindCorroborated, model.KindSingle}
	sevs := []model.Severity{model.SeverityError, model.SeverityWarning, model.SeverityInfo}
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
	return parts
}
