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

// markdownEscapeRef is markdownEscape before it copied runs of plain bytes at once.
func markdownEscapeRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch ch {
		case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '<', '>', '~', '&':
			b.WriteByte('\\')
			b.WriteByte(ch)
		case '#':
			b.WriteString("\\#" + zwsp)
		case '@':
			b.WriteString("@" + zwsp)
		case ':':
			b.WriteByte(':')
			if strings.HasPrefix(s[i+1:], "//") {
				b.WriteString(zwsp)
			}
		case '.':
			b.WriteByte('.')
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteString(zwsp)
			}
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// FuzzMarkdownEscape: markdownEscape is markdownEscapeRef.
func FuzzMarkdownEscape(f *testing.F) {
	for _, s := range append(hostileStrings, "see www.x.org or http://a.b/c", "#1 @me [x](y) *a* _b_ ~c~ `d` <e> &f; \\g !h |i|", "WWW.", "a:/", "") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := markdownEscape(s), markdownEscapeRef(s); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	})
}
