package report_test

import (
	"io"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// BenchmarkWrite writes the report of 1,000 generated articles in every registered format.
func BenchmarkWrite(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.WriteDir(dir, corpus.Articles(1000, 1)); err != nil {
		b.Fatal(err)
	}
	rep := pipeline.Compare([]string{dir}, pipeline.Options{})
	for _, format := range report.Formats() {
		b.Run(format, func(b *testing.B) {
			var n countWriter
			if err := report.Write(format, &n, rep, report.Options{All: true}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(n)) // MB/s of output
			b.ReportAllocs()
			start := report.CPUTime()
			for b.Loop() {
				if err := report.Write(format, io.Discard, rep, report.Options{All: true}); err != nil {
					b.Fatal(err)
				}
			}
			report.ReportCPU(b, start, int64(n))
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
