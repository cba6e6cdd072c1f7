package compare

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestCandidatePairsStockPhrase: candidatePairs gives oldCandidatePairs' pairs where a run is
// shared by more quotations than maxTripleShare (left out), by exactly that many, and by a few.
func TestCandidatePairsStockPhrase(t *testing.T) {
	for _, n := range []int{maxTripleShare - 1, maxTripleShare, maxTripleShare + 1, 3 * maxTripleShare} {
		var cs []*model.Claim
		for i := range n {
			s := fmt.Sprintf("the united states will w%d x%d y%d", i%7, i%5, i%3)
			if i%4 == 0 {
				s = fmt.Sprintf("alone %d of its kind  here, w%d x%d y%d", i, i%7, i%5, i%3)
			}
			cs = append(cs, &model.Claim{Quote: &model.Quote{Folded: s}})
		}
		got, want := candidatePairs(cs), oldCandidatePairs(cs)
		if !reflect.DeepEqual(got, want) || len(got) == 0 {
			t.Fatalf("%d quotations: %d pairs, want %d", n, len(got), len(want))
		}
	}
}

// TestCandidatePairsNumbered: runs numbered by their words give the pairs runs as text give
// (candidatePairsText, the fallback), with odd spacing, ellipses and case.
func TestCandidatePairsNumbered(t *testing.T) {
	var cs []*model.Claim
	for i := range 300 {
		s := fmt.Sprintf("we will  rebuild w%d the\u00a0bridge x%d … y%d We will rebuild", i%11, i%13, i%5)
		if i%3 == 0 {
			s = fmt.Sprintf("we will rebuild w%d the bridge x%d y%d", i%11, i%13, i%5)
		}
		cs = append(cs, &model.Claim{Quote: &model.Quote{Folded: s}})
	}
	words := splitWords(cs)
	got, want := candidatePairsOf(cs, words), candidatePairsText(cs, words)
	if !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Fatalf("%d pairs, want %d", len(got), len(want))
	}
	if old := oldCandidatePairs(cs); !reflect.DeepEqual(got, old) {
		t.Fatalf("%d pairs, old %d", len(got), len(old))
	}
}
