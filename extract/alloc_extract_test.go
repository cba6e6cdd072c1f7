package extract

import (
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestExtractTo: claims written into the array of another article's claims are those Extract
// returns.
func TestExtractTo(t *testing.T) {
	arts, _ := benchArticles()
	var buf []model.Claim
	for _, a := range arts[:60] {
		want := Extract(a, Options{})
		a2 := *a
		buf = ExtractTo(buf[:0], &a2, Options{})
		if len(want) == 0 && len(buf) != 0 || len(want) > 0 && !reflect.DeepEqual(buf, want) {
			t.Fatalf("%s: ExtractTo gave %d claims, Extract %d, or other claims", a.ID, len(buf), len(want))
		}
	}
	if cap(buf) == 0 {
		t.Fatal("no claims read")
	}
}

// BenchmarkExtractTo is BenchmarkExtract with one claim array passed from article to article.
func BenchmarkExtractTo(b *testing.B) {
	arts, n := benchArticles()
	b.SetBytes(n)
	b.ReportAllocs()
	var buf []model.Claim
	for b.Loop() {
		for _, a := range arts {
			buf = ExtractTo(buf[:0], a, Options{})
		}
	}
}
