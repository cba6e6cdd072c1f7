package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// requireNoDateMissed checks that every sentence mayHoldDate refuses holds no date expression.
func requireNoDateMissed(t *testing.T, d *Doc) {
	t.Helper()
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !mayHoldDate(s) {
			if es := scanDates(nil, s); len(es) > 0 {
				t.Fatalf("mayHoldDate refused %q, which holds %q", s.Text, d.Article.Text[es[0].start:es[0].end])
			}
		}
	}
}

// TestMayHoldDate: the early rejection of sentences never loses a date of the generated corpus.
func TestMayHoldDate(t *testing.T) {
	arts, _ := benchArticles()
	for _, a := range arts {
		requireNoDateMissed(t, Prepare(a, Options{}))
	}
}

// FuzzMayHoldDate: on any text, the early rejection of sentences never loses a date.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range []string{
		"Witkoff will visit Moscow on Sunday.", "by August 8", "Nov. 20, 2025", "the end of next month",
		"mid-October", "2025-02-30", "on Monday, Jan. 12", "the first week of November", "Friday’s attack",
		"last week's talks", "8th of August", "three days ago", "this past weekend", "the day before yesterday",
		"in the first half of the year", "this spring", "last night", "the 2022 invasion", "from June 15 to 17",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}
		requireNoDateMissed(t, Prepare(a, Options{}))
	})
}
