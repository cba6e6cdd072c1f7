package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// BenchmarkNamesIndex reads the names index and the places of prepared documents again, as
// Prepare does (indexNames, dominantPlace), on recycled word arrays; MB/s is article text, and
// cpu-MB/s the same per CPU second of the process (steadier on a shared machine).
func BenchmarkNamesIndex(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	b.SetBytes(n)
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		for _, d := range docs {
			d.release()
			d.sentPlaces = nil
			d.indexNames()
			d.topPlace = d.dominantPlace()
		}
	}
	cputime.ReportMBs(b, start, n)
}
