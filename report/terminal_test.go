package report

import (
	"strings"
	"testing"
	"unicode"
)

// terminalRef is Terminal before its fast path for printable ASCII.
func terminalRef(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzTerminal: Terminal, fast path included, is terminalRef.
func FuzzTerminal(f *testing.F) {
	for _, s := range append(hostileStrings, " a", "a ", "a  b", "a b", "~x!", "\x7f", "a\tb", " ", "  ", "a b c d", " “x” ", "a\u00a0b", "a\u200eb", "\u0085x", "x\ufffd") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Terminal(s), terminalRef(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	})
}
