package load

import (
	"strings"
	"testing"
)

// mayBeLines sit on the edges of the cheap tests in front of the boilerplate expressions.
var mayBeLines = []string{
	"5 min read", "5 MIN READ", "12 minutes read", "1 mins read", "05 minute read", "5 min", "5 mi",
	"5  min read", "5\tmin read", "5min read", "2025-10-13", "321 people were injured", "5 min read ",
	"Tag: x", "tags: a, b", "The end", "the", "Zebra", "[link]", "~", "Share", "sHaRe ThIs", "ſhare",
	"Sponsored", "Print", "Email", "Related", "Kelvin", "Advertisement", "By", "by Anna",
}

// TestMayBeBoilerLine checks that the cheap test says yes to every line boilerLine matches.
func TestMayBeBoilerLine(t *testing.T) {
	lines := append(append([]string{}, mayBeLines...), equivLines...)
	for _, l := range lines {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l), " " + l + " "} {
			if boilerLine.MatchString(s) && !mayBeBoilerLine(strings.TrimSpace(s)) {
				t.Errorf("mayBeBoilerLine(%q) = false, but boilerLine matches", s)
			}
		}
	}
}

// TestIsNavWord checks the length filter in front of the map of section names.
func TestIsNavWord(t *testing.T) {
	for w := range navWords {
		for _, s := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isNavWord(s, true) {
				t.Errorf("isNavWord(%q) = false", s)
			}
		}
		if isNavWord(w+"s"+"x", true) && navWords[w+"sx"] == false {
			t.Errorf("isNavWord(%q) = true", w+"sx")
		}
	}
}

func FuzzMayBeBoilerLine(f *testing.F) {
	for _, l := range mayBeLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		trim := strings.TrimSpace(l)
		if boilerLine.MatchString(trim) && !mayBeBoilerLine(trim) {
			t.Errorf("mayBeBoilerLine(%q) = false, but boilerLine matches", trim)
		}
	})
}

func FuzzNextTextOnlyMark(f *testing.F) {
	for _, l := range equivLines {
		f.Add(l + "\n" + l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !textOnlyMark[s[want]] {
				want++
			}
			if got := nextTextOnlyMark(s, i); got != want {
				t.Fatalf("nextTextOnlyMark(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}
