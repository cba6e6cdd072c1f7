package extract

import "testing"

// TestDtSwitches: each switch of dates_switch.go says what its map says, of the map's words and
// of others.
func TestDtSwitches(t *testing.T) {
	cases := []struct {
		name string
		f    func(string) bool
		m    map[string]bool
	}{
		{"recurringEvents", dtRecurring, recurringEvents},
		{"dtKeyedAlone", dtKeyedAloneHead, dtKeyedAlone},
		{"dtFutureWords", dtFutureWord, dtFutureWords},
		{"dtPastWords", dtPastWord, dtPastWords},
		{"dtBefallVerbs", dtBefalls, dtBefallVerbs},
		{"dtHolidayPreps", dtHolidayPrep, dtHolidayPreps},
	}
	others := []string{"", "a", "on", "the", "attack", "talks", "visit", "crash", "crashes", "Upcoming", "agoo", "summits", "than"}
	for _, c := range cases {
		words := append([]string(nil), others...)
		for w := range c.m {
			words = append(words, w, w+"s", w[:len(w)-1])
		}
		for _, w := range words {
			if got, want := c.f(w), c.m[w]; got != want {
				t.Errorf("%s: %q = %v, want %v", c.name, w, got, want)
			}
		}
	}
}
