package segment

import (
	"strings"
	"testing"
)

// TestEndsSentenceWords compares endsSentence with the old form for every abbreviation and month,
// in lower, title and upper case, quoted or not, before a capital and before a digit, and for
// words that differ from them by a letter or a length.
func TestEndsSentenceWords(t *testing.T) {
	var words []string
	for w := range abbreviations {
		words = append(words, w, w+"x", w[:len(w)-1]+"q")
	}
	for w := range monthAbbrev {
		words = append(words, w, w+"x")
	}
	words = append(words, "said", "monday", "toolong", "a", "I", "j.d", "4.2", "’s", "“mr", "(dr", "x\u00e9")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], "“" + w, "‘" + w, "'" + w} {
			for _, next := range []string{"Smith", "5 people"} {
				text := "He met " + v + ". " + next
				dot := len("He met ") + len(v)
				if got, want := endsSentence(text, 0, dot, text[dot+2:]), endsSentenceOld(text, 0, dot, text[dot+2:]); got != want {
					t.Errorf("endsSentence(%q) = %v, want %v", text, got, want)
				}
			}
		}
	}
}
