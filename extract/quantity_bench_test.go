package extract

import "testing"

// BenchmarkQuantityAppend runs the quantity extractors the way ExtractDoc does (appendClaims into
// one pooled claimBufs, counts last) over prepared documents.
func BenchmarkQuantityAppend(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	var early, late []claimAppender
	for _, e := range extractors {
		if l, ok := e.(lateAppender); ok {
			late = append(late, l)
		} else if a, ok := e.(claimAppender); ok {
			early = append(early, a)
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			sc := claimScratch.Get().(*claimBufs)
			for _, a := range early {
				a.appendClaims(d, sc)
			}
			for _, a := range late {
				a.appendClaims(d, sc)
			}
			sc.recycle()
		}
	}
}
