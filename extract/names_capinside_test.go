package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// capInsideSentsRef is capInsideSents as it was before it looked for capitals in the text: every
// token of every sentence read.
func capInsideSentsRef(sents []Sent, w string) bool {
	if w == "" {
		return false
	}
	up := byte(0x80)
	if c := w[0]; 'a' <= c && c <= 'z' {
		up = c - ('a' - 'A')
	}
	for si := range sents {
		s := &sents[si]
		n := min(len(s.Tokens), len(s.lower))
		toks := s.Tokens[:n]
		found := false
		for k := 1; k < n; k++ {
			for ; uint(k) < uint(len(toks)); k++ {
				if t := toks[k].Text; t == "" || t[0] == up || t[0] >= utf8.RuneSelf {
					break
				}
			}
			if k >= len(toks) {
				break
			}
			l := s.lower[k]
			if len(l) < len(w) || l[0] != w[0] || l != w && strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s") != w {
				continue
			}
			if s.Tokens[k-1].Kind == segment.Punct || !s.Tokens[k].IsCapitalized() {
				continue
			}
			found = true
			break
		}
		if found && !titleCaseSent(s) {
			return true
		}
	}
	return false
}

// capInsideAsk is the words checkCapInside asks of a document: the lists' words, and the lower
// case of every token and of its first letters (so that words of any first byte are asked).
func capInsideAsk(d *Doc) []string {
	ws := append([]string{"", "power", "witness", "ice", "kelvin", "k", "i"}, openPersonWords...)
	ws = append(ws, openCommonWords...)
	for si := range d.Sentences {
		for _, l := range d.Sentences[si].lower {
			ws = append(ws, l)
			if len(l) > 2 {
				ws = append(ws, l[:2])
			}
		}
	}
	return ws
}

// checkCapInside compares capInsideSents with capInsideSentsRef on a text, for every word asked.
func checkCapInside(t *testing.T, text string) {
	t.Helper()
	d := Prepare(&model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: text}, Options{})
	for _, w := range capInsideAsk(d) {
		if got, want := capInsideSents(d.Sentences, w), capInsideSentsRef(d.Sentences, w); got != want {
			t.Fatalf("capInsideSents(%q) = %v, want %v, in %q", w, got, want, text)
		}
	}
}

// TestCapInsideSentsRef checks capInsideSents against the token-by-token form on generated news
// and on cases of its own.
func TestCapInsideSentsRef(t *testing.T) {
	for _, f := range corpus.Articles(30, 3) {
		checkCapInside(t, string(corpus.PlainText(f)))
	}
	for _, s := range []string{
		"Samantha Power said it. Later Power added more.",
		"Power was restored. Then POWER's return was hailed by Power’s staff.",
		"The İnce report. Officials met İnce and Kelvin. KELVIN KELVİN.",
		"A McPherson quote: \"Power\" and -Power. PowerPoint Power, Powers.",
		"Heavy Rain Falls On The City Again Today. Rain fell. Then Rain stopped.",
		"Ünal spoke. They met Ünal and Élise, then ÉLISE.",
	} {
		checkCapInside(t, s)
	}
}

// FuzzCapInsideSents checks capInsideSents against the token-by-token form on any text.
func FuzzCapInsideSents(f *testing.F) {
	f.Add("Samantha Power said it. Later Power added more.")
	f.Add("They met İnce and Kelvin. A Power’s P P. Power")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		checkCapInside(t, s)
	})
}
