//go:build linux

package extract

import (
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// BenchmarkDatesCPU runs the date extractor over prepared documents and reports the thread's
// CPU time per operation (cpu-ns/op) beside the wall-clock figure.
func BenchmarkDatesCPU(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	start, ops := cputime.Thread(), 0
	for b.Loop() {
		for _, d := range docs {
			dates{}.Extract(d)
		}
		ops++
	}
	b.ReportMetric(float64(cputime.Thread()-start)/float64(ops), "cpu-ns/op")
}
