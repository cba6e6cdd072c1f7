package extract

import (
	"reflect"
	"testing"
)

// TestReleasedSlabsReadAlike checks that documents prepared on recycled word arrays read the same
// claims and mentions as documents prepared on fresh ones.
func TestReleasedSlabsReadAlike(t *testing.T) {
	arts, _ := benchArticles()
	arts = arts[:50]
	want := make([][]any, len(arts))
	for i, a := range arts {
		d := Prepare(a, Options{})
		want[i] = []any{ExtractDoc(d), Mentions(Prepare(a, Options{}))}
	}
	for round := 0; round < 2; round++ {
		for i := len(arts) - 1; i >= 0; i-- { // another order: arrays change hands
			a := arts[i]
			d := Prepare(a, Options{})
			claims := ExtractDoc(d)
			d.release()
			got := []any{claims, ExtractMentions(a, Options{})}
			if !reflect.DeepEqual(got, want[i]) {
				t.Fatalf("%s: claims or mentions differ on a recycled word array", a.ID)
			}
		}
	}
	d := Prepare(arts[0], Options{})
	d.release()
	d.release() // twice is harmless
}
