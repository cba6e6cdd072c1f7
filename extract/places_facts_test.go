package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
)

// checkPlaceFacts compares placeSuffixAt, placeOfNounAt and lastPlaceSuffix with the map lookups
// they replace, at every token of a text (and one past its end).
func checkPlaceFacts(t *testing.T, text string) {
	t.Helper()
	d := Prepare(&model.Article{Source: model.Source{ID: "p"}, Format: "text", Text: text}, Options{})
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for j := -1; j <= len(s.Tokens)+1; j++ {
			if got, want := s.placeSuffixAt(j), placeSuffixes[s.Lower(j)]; got != want {
				t.Fatalf("placeSuffixAt(%d) = %v, want %v in %q", j, got, want, s.Text)
			}
			if got, want := placeOfNounAt(s, j), placeOfNoun(s.Lower(j)); got != want {
				t.Fatalf("placeOfNounAt(%d) = %v, want %v in %q", j, got, want, s.Text)
			}
			if j < 0 || j >= len(s.Tokens) {
				continue
			}
			w := s.Tokens[j].Text
			for _, v := range []string{w, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")} {
				if got, want := lastPlaceSuffix(s, v, j), placeSuffixes[strings.ToLower(v)]; got != want {
					t.Fatalf("lastPlaceSuffix(%q, %d) = %v, want %v", v, j, got, want)
				}
			}
		}
	}
}

// TestPlaceFacts: the places' suffix tests read from the facts answer as the map does.
func TestPlaceFacts(t *testing.T) {
	for _, f := range corpus.Articles(30, 5) {
		checkPlaceFacts(t, string(corpus.PlainText(f)))
	}
	checkPlaceFacts(t, "Shelling hit the Kharkiv Region and Donetsk Oblast's towns. In the town of Vranje, "+
		"the PROVINCE of Sindh and the City of London, officials in the county's north, Kasai province's "+
		"capital and Área Province said so. In the province, REGION'S and region’s.")
}

// FuzzPlaceFacts: the same over any text.
func FuzzPlaceFacts(f *testing.F) {
	f.Add("In the city of Lviv, the Ternopil Region's and Congo's Kasai province.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		checkPlaceFacts(t, s)
	})
}
