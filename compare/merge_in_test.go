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
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 300; round++ {
		parts := randomParts(r, round) // merge_test.go
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

// BenchmarkMergeIn merges 110,000 findings of 140 sorted parts (a 10,000-article run's): into
// a new array (Merge) and in place (MergeIn).
func BenchmarkMergeIn(b *testing.B) {
	kinds := []model.Kind{model.KindConflict, model.KindCorroborated, model.KindSingle}
	sevs := []model.Severity{model.SeverityError, model.SeverityWarning, model.SeverityInfo}
	r := rand.New(rand.NewPCG(7, 8))
	parts := make([][]model.Finding, 140)
	var all []model.Finding
	at, to := make([]int, len(parts)), make([]int, len(parts))
	for k := range parts {
		parts[k] = make([]model.Finding, 786)
		for i := range parts[k] {
			parts[k][i] = model.Finding{Kind: kinds[r.IntN(3)], Severity: sevs[r.IntN(3)],
				Subject: "subject " + strconv.Itoa(r.IntN(5000)), ID: "f" + strconv.Itoa(r.IntN(1<<20))}
		}
		compare.Sort(parts[k])
		at[k] = len(all)
		all = append(all, parts[k]...)
		to[k] = len(all)
	}
	b.Run("Merge", func(b *testing.B) {
		for b.Loop() {
			compare.Merge(parts)
		}
	})
	b.Run("MergeIn", func(b *testing.B) {
		work := make([]model.Finding, len(all))
		for b.Loop() {
			copy(work, all)
			compare.MergeIn(work, at, to)
		}
	})
}
