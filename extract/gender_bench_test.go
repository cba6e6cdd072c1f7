package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// BenchmarkPronounArticles extracts every claim of short news articles quoting men and women by
// "he said" and "she said" (testdata/pronouns), where the generated corpus quotes no one by a
// pronoun: the cost of resolving pronouns by gender.
func BenchmarkPronounArticles(b *testing.B) {
	paths, _ := filepath.Glob("testdata/pronouns/*")
	var arts []*model.Article
	var n int64
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, &model.Article{Source: model.Source{ID: p}, Format: "text", Text: string(text)})
		n += int64(len(text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Extract(a, Options{})
		}
	}
}
