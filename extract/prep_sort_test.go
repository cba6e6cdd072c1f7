package extract

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// sortClaimsRef is sortClaims before sorted parts were merged: one stable sort of them all.
func sortClaimsRef(parts [][]model.Claim, n int) []model.Claim {
	ptrs := make([]*model.Claim, 0, n)
	for _, p := range parts {
		for i := range p {
			ptrs = append(ptrs, &p[i])
		}
	}
	slices.SortStableFunc(ptrs, byPosition)
	out := make([]model.Claim, n)
	for i, p := range ptrs {
		out[i] = *p
	}
	return out
}

// TestSortClaims compares sortClaims with a stable sort, on parts sorted (merged) and not
// (sorted), with many ties (equal positions, types and keys, told apart by Value), and sizes on
// both sides of the stack array.
func TestSortClaims(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	types := []model.ClaimType{"casualty", "date", "quantity"}
	for round := range 1000 {
		nparts := 1 + rng.IntN(12)
		parts := make([][]model.Claim, nparts)
		n := 0
		width := 1 + rng.IntN(50) // few distinct positions: many ties
		for k := range parts {
			m := rng.IntN(30)
			if round%50 == 0 {
				m = rng.IntN(200)
			}
			p := make([]model.Claim, m)
			for i := range p {
				p[i] = model.Claim{
					ValueSpan: model.Span{Start: rng.IntN(width)},
					Type:      types[rng.IntN(len(types))],
					Key:       string(rune('a' + rng.IntN(3))),
					Value:     string(rune('A'+k)) + string(rune('0'+i%10)),
				}
			}
			if round%3 != 0 { // most parts come sorted, as extractors return them
				slices.SortStableFunc(p, func(a, b model.Claim) int { return byPosition(&a, &b) })
			}
			parts[k] = p
			n += m
		}
		got, want := sortClaims(parts, n), sortClaimsRef(parts, n)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d claims, want %d", round, len(got), len(want))
		}
		for i := range got {
			if got[i].ValueSpan != want[i].ValueSpan || got[i].Type != want[i].Type || got[i].Key != want[i].Key || got[i].Value != want[i].Value {
				t.Fatalf("round %d: claim %d is %+v, want %+v", round, i, got[i], want[i])
			}
		}
	}
}

// benchSortClaims sorts the claims each extractor returns for about 1 MB of articles.
func benchSortClaims(b *testing.B, sort func([][]model.Claim, int) []model.Claim) {
	arts, size := benchArticles()
	type doc struct {
		parts [][]model.Claim
		n     int
	}
	var docs []doc
	for _, a := range arts {
		d := Prepare(a, Options{})
		var dc doc
		for _, e := range extractors {
			if r := e.Extract(d); len(r) > 0 {
				dc.parts = append(dc.parts, slices.Clone(r))
				dc.n += len(r)
			}
		}
		docs = append(docs, dc)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			sort(d.parts, d.n)
		}
	}
}

func BenchmarkSortClaimsNow(b *testing.B) { benchSortClaims(b, sortClaims) }
func BenchmarkSortClaimsRef(b *testing.B) { benchSortClaims(b, sortClaimsRef) }
