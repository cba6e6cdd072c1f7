package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
)

// benchArticles are about 1 MB of generated articles as loaded articles (front matter left out).
func benchArticles() ([]*model.Article, int64) {
	var out []*model.Article
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		out = append(out, a)
		n += int64(len(a.Text))
	}
	return out, n
}

// BenchmarkPrepare splits, tokenizes and reads numbers: the work every extractor shares.
func BenchmarkPrepare(b *testing.B) {
	arts, n := benchArticles()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Prepare(a, Options{})
		}
	}
}

// BenchmarkExtractors runs each extractor alone over prepared documents; MB/s is article text.
func BenchmarkExtractors(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	for _, e := range extractors {
		b.Run(e.Name(), func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					e.Extract(d)
				}
			}
		})
	}
}

// BenchmarkExtract is the whole extraction stage: prepare and every extractor.
func BenchmarkExtract(b *testing.B) {
	arts, n := benchArticles()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Extract(a, Options{})
		}
	}
}

// BenchmarkQuantities runs the quantity extractors (casualties, money, percent, count, duration,
// magnitude) together over prepared documents: their combined cost per byte of article text.
func BenchmarkQuantities(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	qs := []Extractor{casualties{}, money{}, percents{}, counts{}, durations{}, magnitudes{}}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for _, e := range qs {
				e.Extract(d)
			}
		}
	}
}
