package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// seenLowerRef is seenLower's scan as it was: every token compared, length and first byte first.
func seenLowerRef(d *Doc, w string) bool {
	opens, lower := false, false
	for i := range d.Sentences {
		s := &d.Sentences[i]
		n := min(len(s.lower), len(s.Tokens))
		toks, low := s.Tokens[:n], s.lower[:n]
		for k, l := range low {
			if len(l) != len(w) || len(w) > 0 && l[0] != w[0] || l != w || toks[k].Kind != segment.Word {
				continue
			}
			if toks[k].IsCapitalized() {
				opens = opens || k == 0 || toks[k-1].Kind == segment.Punct
			} else {
				lower = true
			}
		}
		if opens && lower {
			break
		}
	}
	return opens && lower
}

// checkSeenLower asks seenLower of every word of d (and of its trimmed possessives), twice
// (the second answer from the memo), against the old scan.
func checkSeenLower(t *testing.T, d *Doc) {
	t.Helper()
	c := takeDateCtx(d)
	defer dropDateCtx(c)
	for round := 0; round < 2; round++ {
		for i := range d.Sentences {
			s := &d.Sentences[i]
			for k := range s.Tokens {
				for _, w := range []string{s.Lower(k), trimPossessives(s.Lower(k)), ""} {
					if got, want := c.seenLower(w), seenLowerRef(d, w); got != want {
						t.Fatalf("seenLower(%q) = %v, want %v in %q", w, got, want, d.Article.Text)
					}
				}
			}
		}
	}
}

// TestSeenLower: seenLower answers as the old scan on the corpus.
func TestSeenLower(t *testing.T) {
	arts, _ := benchArticles()
	for _, a := range arts[:40] {
		checkSeenLower(t, Prepare(a, Options{}))
	}
}

// FuzzSeenLower: seenLower answers as the old scan on any text.
func FuzzSeenLower(f *testing.F) {
	for _, s := range []string{"Putin met Trump. Putin said so.", "Officials said. \"Officials\" met officials.",
		"The talks. the talks", "İstanbul. istanbul", "\u212Aiev. kiev", "A a. A. a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSeenLower(t, Prepare(&model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}, Options{}))
	})
}
