package load

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/internal/cputime"
)

// BenchmarkLoad reads about 1 MB of generated articles (.txt and .md) from a folder: read,
// decode, parse, clean.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	fs := corpus.Articles(200, 1)
	if err := corpus.WriteDir(dir, fs); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(corpus.Size(fs))
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		res := Load([]string{dir}, Options{})
		if len(res.Articles) != len(fs) {
			b.Fatalf("loaded %d articles of %d: %v", len(res.Articles), len(fs), res.Errors)
		}
	}
	cputime.ReportMBs(b, start, corpus.Size(fs))
}

// BenchmarkClean removes boilerplate from decoded plain-text bodies (the "clean" stage alone).
func BenchmarkClean(b *testing.B) {
	var bodies []string
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		bodies = append(bodies, s)
		n += int64(len(s))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		for _, s := range bodies {
			cleanBody(s, true)
		}
	}
	cputime.ReportMBs(b, start, n)
}
