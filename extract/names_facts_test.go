package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/normalize"
)

// TestFactTabEntries checks get and getBoth against the maps they stand for, for every listed
// word, near misses of them and the words of the corpus.
func TestFactTabEntries(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	check := func(w string) {
		t.Helper()
		if got, want := tab.get(w), tab.m[w]; got != want {
			t.Fatalf("get(%q) = %v, want %v", w, got, want)
		}
		f, c := tab.getBoth(w)
		if f != tab.m[w] || c != wordClasses[w] {
			t.Fatalf("getBoth(%q) = %v %v, want %v %v", w, f, c, tab.m[w], wordClasses[w])
		}
	}
	check("")
	for _, set := range []map[string]facts{tab.m} {
		for w := range set {
			check(w)
			check(w + "s")
			check(w[:len(w)/2])
			check(strings.ToUpper(w))
		}
	}
	for w := range wordClasses {
		check(w)
		check(w + "x")
	}
	for _, w := range benchLowers() {
		check(w)
	}
}
