package report_test

import (
	"io"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// BenchmarkWrite writes the report of 1,000 generated articles in every registered format
// (cpu-MB/s: of output, per CPU second of the whole process).
func BenchmarkWrite(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.WriteDir(dir, corpus.Articles(1000, 1)); err != nil {
		b.Fatal(err)
	}
	for _, format := range report.Formats() {
		b.Run(format, func(b *testing.B) {
			// a report of its own: the other formats materialize the claims that json decodes
			rep := pipeline.Compare([]string{dir}, pipeline.Options{})
			var n countWriter
			if err := report.Write(format, &n, rep, report.Options{All: true}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(n)) // MB/s of output
			b.ReportAllocs()
			start := cputime.Process()
			for b.Loop() {
				if err := report.Write(format, io.Discard, rep, report.Options{All: true}); err != nil {
					b.Fatal(err)
				}
			}
			cputime.ReportMBs(b, start, int64(n))
		})
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
