package extract

import (
	"reflect"
	"testing"
)

// TestSentSumSkips: a sentence whose facts lack what readDurationsTo's word scan needs gives the
// same durations as when the scan runs, and every sentence with figures has its word classes.
func TestSentSumSkips(t *testing.T) {
	arts, _ := benchArticles()
	extra := []string{"They talked for a week and then for an hour-long call.", "A DAY-LONG strike, for A Decade."}
	for _, a := range arts[:60] {
		extra = append(extra, a.Text)
	}
	for i, text := range extra {
		a := arts[0]
		if i < 2 {
			c := *a
			c.Text = text
			a = &c
		}
		d := Prepare(a, Options{})
		found := 0
		for si := range d.Sentences {
			s := &d.Sentences[si]
			got := readDurationsTo(nil, s)
			found += len(got)
			full := *s
			full.sum = ^facts(0)
			full.cls = nil
			if want := readDurationsTo(nil, &full); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: durations %v, without the skip %v", s.Text, got, want)
			}
			for k := range s.Tokens {
				if s.classAt(k) != classOf(s.Lower(k)) {
					t.Fatalf("%q token %d: classAt %b, classOf %b", s.Text, k, s.classAt(k), classOf(s.Lower(k)))
				}
			}
			if len(s.Numbers) > 0 && len(s.cls) != len(s.Tokens) {
				t.Fatalf("%q: %d word classes for %d tokens", s.Text, len(s.cls), len(s.Tokens))
			}
		}
		if i < 2 && found < 2 {
			t.Errorf("%q: %d durations, want 2 or more", text, found)
		}
	}
}
