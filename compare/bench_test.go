package compare_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// benchClaims extracts the claims of n generated articles.
func benchClaims(n int) ([]model.Source, []model.Claim) {
	var srcs []model.Source
	var claims []model.Claim
	for _, f := range corpus.Articles(n, 1) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		srcs = append(srcs, a.Source)
		claims = append(claims, extract.Extract(a, extract.Options{})...)
	}
	return srcs, claims
}

// BenchmarkCompare groups and decides the claims of 1,000 and 10,000 articles. Grouping is by
// key, so ns per claim stays flat as the corpus grows tenfold (no pairwise pass over all claims).
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			srcs, claims := benchClaims(n) // here, so that a filtered-out size costs nothing
			b.ReportAllocs()
			for b.Loop() {
				compare.Compare(srcs, claims, compare.Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(claims)), "ns/claim")
		})
	}
}

// BenchmarkCompareOwned is BenchmarkCompare for claims handed over: they are moved, not copied.
func BenchmarkCompareOwned(b *testing.B) {
	srcs, claims := benchClaims(1000)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		cs := slices.Clone(claims)
		b.StartTimer()
		compare.CompareOwned(srcs, cs, compare.Options{})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(claims)), "ns/claim")
}
