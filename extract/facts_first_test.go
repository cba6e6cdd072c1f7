package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// TestFactsFirstSlot checks factsOf and factsClassesOf, which tell short words in their first
// slot without find, against the table's map and wordClasses: for every listed word, the word
// with one byte changed in each place, and its prefixes.
func TestFactsFirstSlot(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	var words []string
	for _, sl := range tab.slots {
		w := sl.w
		if w == "" {
			continue
		}
		words = append(words, w)
		for k := range len(w) {
			b := []byte(w)
			b[k] ^= 1
			words = append(words, string(b))
			words = append(words, w[:k+1])
		}
	}
	for _, w := range words {
		toks := []segment.Token{{Text: w, Kind: segment.Word}}
		low := []string{w}
		fs, cs, lens := make([]facts, 1), make([]wordBits, 1), make([]byte, 1)
		if got, want := tab.factsOf(toks, low, fs, lens), tab.m[w]; got != want || fs[0] != want {
			t.Fatalf("factsOf(%q) = %v, want %v", w, got, want)
		}
		got := tab.factsClassesOf(toks, low, fs, cs, lens)
		if want := tab.m[w]; got != want || fs[0] != want || cs[0] != wordClasses[w] {
			t.Fatalf("factsClassesOf(%q) = %v %v, want %v %v", w, got, cs[0], want, wordClasses[w])
		}
	}
}
