package pipeline

import (
	"slices"
	"testing"
)

// BenchmarkCompareLean is the comparison of a lean run alone, over the encoded claims of the
// 5 MB corpus: decoding batches, comparing, keeping the findings' claims as references.
func BenchmarkCompareLean(b *testing.B) {
	dir, _ := benchDir(b, 1000)
	ex := extractAll([]string{dir}, Options{DropText: true}, true)
	blocks := ex.blocks
	parts := make([][]uint32, len(blocks))
	for i := range blocks {
		parts[i] = slices.Clone(blocks[i].parts)
	}
	b.ReportAllocs()
	for b.Loop() {
		run := *ex
		run.blocks = slices.Clone(blocks)
		for i := range run.blocks {
			run.blocks[i].parts = slices.Clone(parts[i])
		}
		compareLean(&run, Options{})
	}
}
