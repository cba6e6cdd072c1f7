package extract

import (
	"strings"
	"testing"
)

// TestDtLemmaSameAsLists: dtLemmaLife, dtLemmaEvent and dtLemmaStatement answer as the lists, for
// the lemmas of dtVerbs (found by address), copies of them and other words (asked of the lists).
func TestDtLemmaSameAsLists(t *testing.T) {
	words := []string{"", "xyzed", "say", "visit", "resume", "hold", "stalled"}
	for _, v := range dtVerbs {
		words = append(words, v.lemma, strings.Clone(v.lemma), v.lemma+"x")
	}
	for w := range dtLifeVerbs {
		words = append(words, w, strings.Clone(w))
	}
	for w := range dtEventVerbs {
		words = append(words, w)
	}
	for w := range dtStatementVerbs {
		words = append(words, w)
	}
	found := 0
	for _, w := range words {
		if _, ok := dtLemmaOf(w); ok {
			found++
		}
		life, ok := dtLemmaLife(w)
		wlife, wok := dtLifeVerbs[w]
		if life != wlife || ok != wok {
			t.Errorf("dtLemmaLife(%q) = %q, %v; want %q, %v", w, life, ok, wlife, wok)
		}
		if got, want := dtLemmaEvent(w), dtEventVerbs[w]; got != want {
			t.Errorf("dtLemmaEvent(%q) = %q, want %q", w, got, want)
		}
		if got, want := dtLemmaStatement(w), dtStatementVerbs[w]; got != want {
			t.Errorf("dtLemmaStatement(%q) = %v, want %v", w, got, want)
		}
	}
	if found < len(dtVerbs) {
		t.Errorf("%d lemmas found by address, want at least %d", found, len(dtVerbs))
	}
}

// TestDtLemmaProbes: the lemma table finds a lemma within a few slots of its hash.
func TestDtLemmaProbes(t *testing.T) {
	dtLemmas.once.Do(buildDtLemmas)
	total, n, worst := 0, 0, 0
	for i, sl := range dtLemmas.slots {
		if sl.p == nil {
			continue
		}
		d := int((uintptr(i) - dtLemmaHash(sl.p, dtLemmas.shift)) & dtLemmas.mask)
		total, n, worst = total+d, n+1, max(worst, d)
	}
	t.Logf("%d lemmas in %d slots, mean distance %.2f, worst %d", n, len(dtLemmas.slots), float64(total)/float64(n), worst)
	if n > 0 && float64(total)/float64(n) > 1 {
		t.Errorf("mean probe distance %.2f", float64(total)/float64(n))
	}
}
