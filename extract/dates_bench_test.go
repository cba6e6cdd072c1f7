package extract

import (
	"os"
	"testing"

	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// datesBenchDocs prepares the articles of /tmp/c1k (generated, with publication dates, so that
// dates resolve and tenses are read as in a real run); the benchmark is skipped without it.
func datesBenchDocs(b *testing.B) ([]*Doc, int64) {
	const dir = "/tmp/c1k"
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no " + dir)
	}
	res := load.Load([]string{dir}, load.Options{})
	var docs []*Doc
	var n int64
	for _, a := range res.Articles {
		docs = append(docs, Prepare(a, Options{}))
		n += int64(len(a.Text))
	}
	return docs, n
}

// BenchmarkDatesC1k runs the date extractor alone over the prepared articles of /tmp/c1k.
func BenchmarkDatesC1k(b *testing.B) {
	docs, n := datesBenchDocs(b)
	b.SetBytes(n)
	b.ReportAllocs()
	var out []model.Claim
	for b.Loop() {
		for _, d := range docs {
			out = appendDateClaims(out[:0], d)
		}
	}
}
