package load

// Differential tests of the fourth performance round: each fast test against the code it
// replaced (copied below) and, for the necessary conditions, against the expression itself.

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// refBoilerOpenLongest is the length of the longest opening of each list of boilerByFirst.
var refBoilerOpenLongest = func() (longest [256]int) {
	for _, p := range boilerOpen {
		longest[p[0]] = max(longest[p[0]], len(p))
	}
	return longest
}()

func refMayBeBoilerLine(trim string) bool {
	s := trimReSpace(trim)
	if s == "" {
		return true
	}
	c := s[0]
	if c >= utf8.RuneSelf {
		return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "ſ")
	}
	if '0' <= c && c <= '9' {
		// "5 min read": only \d+ min(?:ute)?s? read opens with a digit, and m, i, n fold to nothing
		// but their other case
		j := 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		return len(s) >= j+4 && s[j] == ' ' && s[j+1]|0x20 == 'm' && s[j+2]|0x20 == 'i' && s[j+3]|0x20 == 'n'
	}
	lc := c
	if 'A' <= lc && lc <= 'Z' {
		lc += 'a' - 'A'
	}
	open := boilerByFirst[lc]
	if len(open) == 0 {
		return false // no alternative opens with this letter (which folds only to its other case)
	}
	if len(s) > boilerLongest {
		open = open[:boilerUnboundedByFirst[lc]]
	}
	var head [32]byte
	n := min(len(s), refBoilerOpenLongest[lc]) // bytes past the longest opening are never compared
	for i := range n {
		c := s[i]
		if c >= utf8.RuneSelf {
			n = i // a folded letter (K, ſ) may stand here: compare only the bytes before it
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		head[i] = c
	}
	h := string(head[:n])
	for _, p := range open {
		if strings.HasPrefix(h, p) || n < len(s) && n < len(p) && p[:n] == h {
			return true
		}
	}
	return false
}

// refIsNavWord is isNavWord as it was, through the map.
func refIsNavWord(w string) bool { return navWords[strings.ToLower(w)] }

// refMayBeCredit is mayBeCredit as it was: a first letter and a colon.
func refMayBeCredit(trim string) bool {
	s := trimReSpace(trim)
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'p', 'i', 'c', 'v', 'g', 'f':
		return strings.IndexByte(s, ':') >= 0
	}
	return false
}

func checkCleanP4(t *testing.T, l string) {
	trim := strings.TrimSpace(l)
	if got, want := mayBeBoilerLine(trim), refMayBeBoilerLine(trim); got != want {
		t.Fatalf("mayBeBoilerLine(%q) = %v, want %v", trim, got, want)
	}
	if creditLine.MatchString(trim) && !mayBeCredit(trim) {
		t.Fatalf("mayBeCredit(%q) = false, but creditLine matches", trim)
	}
	if mayBeCredit(trim) && !refMayBeCredit(trim) {
		t.Fatalf("mayBeCredit(%q) = true, but the old test said no", trim)
	}
	for _, w := range strings.Fields(l) {
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			ascii = ascii && c < utf8.RuneSelf && (isASCIILetter(c) || c == '&' || c == '-')
		}
		if ascii {
			if got, want := isNavWord(w, true), refIsNavWord(w); got != want {
				t.Fatalf("isNavWord(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

func TestCleanP4(t *testing.T) {
	lines := append(append([]string{}, mayBeLines...), equivLines...)
	lines = append(lines, "Photo: x", "PHOTOGRAPH credit: y", "File Photo : z", "Illustration:", "Credits  :",
		"Graphic: a", "Video credit: b", "Images:", "Pictures: no", "Phot:", "vide:", "Local News", "WORLD",
		"Sport & Life", "Middle-East", "ſource", "Kelvin", "skip to main content", "Share on Facebook")
	for w := range navWords {
		lines = append(lines, w, strings.ToUpper(w), w+"x", w[:len(w)-1])
	}
	for _, b := range equivBodies(t) {
		lines = append(lines, strings.Split(b, "\n")...)
	}
	for _, l := range lines {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l), " " + l + " "} {
			checkCleanP4(t, s)
		}
	}
}

func FuzzCleanP4(f *testing.F) {
	for _, l := range append(append([]string{}, mayBeLines...), equivLines...) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) { checkCleanP4(t, l) })
}

func checkTextOnlySingle(t *testing.T, s string) {
	want := textOnly(s)
	wantSingle := singleSpaced(want)
	got, single := textOnlySingle(s, false)
	if got != want || single != wantSingle {
		t.Fatalf("textOnlySingle(%q, false) = %q, %v; want %q, %v", s, got, single, want, wantSingle)
	}
	if utf8.ValidString(s) {
		if got, single := textOnlySingle(s, true); got != want || single != wantSingle {
			t.Fatalf("textOnlySingle(%q, true) = %q, %v; want %q, %v", s, got, single, want, wantSingle)
		}
	}
}

func TestTextOnlySingle(t *testing.T) {
	odd := []string{"", " ", "  ", "a  b", "abcdefg  hij", "abcdefgh  ", "1234567 \u00a0", "\t", "\r\n",
		"x\u2028y", "\u202e1234567", "12345678\u202e", "\xc2\x85", "\xc2", "\xe2\x80", "\xff “q”",
		"1234567 " + " 1234567", "\x7f", "a\x01b", "\u3000", "\u1680", "\u205f", "é  ", "“quoted”  text"}
	for _, s := range append(odd, equivLines...) {
		checkTextOnlySingle(t, s)
		checkTextOnlySingle(t, s+"\n"+s+" "+s)
	}
	for _, b := range equivBodies(t) {
		checkTextOnlySingle(t, b)
	}
}

func FuzzTextOnlySingle(f *testing.F) {
	for _, l := range equivLines {
		f.Add(l + "\n" + l)
	}
	f.Add("1234567 " + " \u00a0\u202e\t\xff")
	f.Fuzz(checkTextOnlySingle)
}
