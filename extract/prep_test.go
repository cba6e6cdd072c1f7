package extract

import (
	"reflect"
	"testing"
)

// TestExtractRecycles checks that Extract, which recycles a document's arrays for the next one,
// gives what extracting from a freshly prepared document gives, and that claims read earlier do
// not change when later documents reuse those arrays.
func TestExtractRecycles(t *testing.T) {
	arts, _ := benchArticles()
	arts = arts[:40]
	got := make([][]any, len(arts))
	for i, a := range arts {
		for _, c := range Extract(a, Options{}) {
			got[i] = append(got[i], c)
		}
	}
	if n := len(got[0]) + len(got[1]); n == 0 {
		t.Fatal("no claims to compare")
	}
	for i, a := range arts {
		var want []any
		for _, c := range ExtractDoc(Prepare(a, Options{})) {
			want = append(want, c)
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Fatalf("article %d: claims of Extract differ from those of a fresh document", i)
		}
	}
}
