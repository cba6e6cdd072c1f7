package compare

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// randomQuantity draws claims whose intervals, hedges, units, sources, contexts and inference
// collide often, so that every branch of the bound logic meets its edge cases.
func randomQuantity(r *rand.Rand, n int) []model.Claim {
	cs := make([]model.Claim, n)
	for i := range cs {
		v := float64(r.IntN(6) * 5)
		iv := model.Interval{Low: v, High: v}
		switch r.IntN(7) {
		case 0:
			iv = model.Interval{Low: v, Unbounded: true}
		case 1:
			iv = model.Interval{Low: v, LowOpen: true, Unbounded: true}
		case 2:
			iv = model.Interval{Low: 0, High: v, HighOpen: true}
		case 3:
			iv = model.Interval{Low: v, High: v + 5}
		case 4:
			iv.Approx = true
		case 5:
			iv = model.Interval{Low: v * 0.9, High: v, HighOpen: true}
		}
		cs[i] = model.Claim{
			ID:       fmt.Sprintf("c%d", i),
			Source:   fmt.Sprintf("s%d", r.IntN(4)),
			Quantity: &model.Quantity{Interval: iv, Unit: []string{"people", "people", "percent"}[r.IntN(3)], Currency: []string{"", "", "USD"}[r.IntN(3)]},
			Inferred: r.IntN(3) == 0,
			Context:  []string{"", "", "attack", "fire"}[r.IntN(4)],
		}
	}
	return cs
}

func randomDates(r *rand.Rand, n int) []model.Claim {
	days := []string{"2025", "2025-08", "2025-08-07", "2025-08-08", "2025-08-31", "2025-09-01", "2025-09"}
	cs := make([]model.Claim, n)
	for i := range cs {
		d := &model.DateValue{Start: days[r.IntN(len(days))], Resolved: r.IntN(5) > 0}
		if r.IntN(4) == 0 {
			d.End = days[r.IntN(len(days))]
			if lowDate(d.End) < lowDate(d.Start) {
				d.Start, d.End = d.End, d.Start
			}
		}
		cs[i] = model.Claim{ID: fmt.Sprintf("c%d", i), Source: fmt.Sprintf("s%d", r.IntN(4)), Date: d,
			Inferred: r.IntN(3) == 0, Context: []string{"", "attack"}[r.IntN(2)]}
	}
	return cs
}

// TestAnyConflictIsPairwise: the fast answer equals the pair-by-pair definition on random groups.
func TestAnyConflictIsPairwise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		gen  func(*rand.Rand, int) []model.Claim
	}{
		{"quantities", randomQuantity},
		{"dates", randomDates},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := map[bool]int{}
			for k := 0; k < 4000; k++ {
				cs := ptrs(tt.gen(r, 8+r.IntN(12)))
				tol := []float64{0, 0.1}[r.IntN(2)]
				want := pairwiseConflict(cs, tol)
				seen[want]++
				require.Equal(t, want, anyConflict(cs, tol), "case %d: %+v", k, cs)
				require.Equal(t, pairwiseIncompatible(cs, tol), anyIncompatible(cs, tol), "case %d: %+v", k, cs)
			}
			assert.Positive(t, seen[true])
			assert.Positive(t, seen[false])
		})
	}
}

// TestAnyConflictMixed: a group mixing kinds is compared pair by pair.
func TestAnyConflictMixed(t *testing.T) {
	cs := randomQuantity(rand.New(rand.NewPCG(3, 4)), 10)
	for i := range cs {
		cs[i].Quantity = &model.Quantity{Interval: model.Exact(5), Unit: "people"}
	}
	cs[3].Quantity, cs[3].Value = nil, "x"
	cs[4].Quantity, cs[4].Value = nil, "y"
	ps := ptrs(cs)
	assert.Equal(t, pairwiseConflict(ps, 0.1), anyConflict(ps, 0.1))
	assert.Equal(t, pairwiseIncompatible(ps, 0.1), anyIncompatible(ps, 0.1))
}

// BenchmarkAnyConflict: one group of 5,000 agreeing figures (the worst case of a pairwise pass).
func BenchmarkAnyConflict(b *testing.B) {
	cs := make([]model.Claim, 5000)
	for i := range cs {
		cs[i] = model.Claim{Source: fmt.Sprintf("s%d", i), Inferred: true,
			Quantity: &model.Quantity{Interval: model.Interval{Low: float64(i % 50), Unbounded: true}, Unit: "people"}}
	}
	ps := ptrs(cs)
	b.ReportAllocs()
	for b.Loop() {
		if anyConflict(ps, 0.1) {
			b.Fatal("open-ended figures never conflict")
		}
	}
}

// ptrs points at each claim of cs, as the comparator handles them.
func ptrs(cs []model.Claim) []*model.Claim {
	out := make([]*model.Claim, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}
