package pipeline

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
)

// BenchmarkCompareLean is the comparison of a lean run alone, over the encoded claims of the
// 5 MB and 50 MB corpora, stories grouped as by default: decoding batches, comparing, keeping
// the findings' claims as references. ns/claim and B/claim stay about flat if comparison is
// linear.
func BenchmarkCompareLean(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir, _ := benchDir(b, n)
			ex := extractAll([]string{dir}, Options{DropText: true}, true)
			opt := withStories(ex, Options{})
			blocks := ex.blocks
			parts := make([][]uint32, len(blocks))
			claims := 0
			for i := range blocks {
				parts[i] = slices.Clone(blocks[i].parts)
				claims += len(blocks[i].offs)
			}
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				run := *ex
				run.blocks = slices.Clone(blocks)
				for i := range run.blocks {
					run.blocks[i].parts = slices.Clone(parts[i])
				}
				compareLean(&run, opt)
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(claims), "ns/claim")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(claims), "B/claim")
		})
	}
}
