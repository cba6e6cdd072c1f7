// Package normalize folds text and maps names, places and titles to one canonical form so that equal things compare equal.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s, strips diacritics from Latin letters only (Cyrillic and other scripts keep
// their marks), unifies quotes, apostrophes and dashes, and collapses white space. Fold is idempotent.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s) // ascii.go
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, "\uFFFD")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining marks: keep them only after a non-Latin base letter
			if last, _ := utf8.DecodeLastRuneInString(b.String()); last != utf8.RuneError && !unicode.Is(unicode.Latin, last) && unicode.IsLetter(last) {
				b.WriteRune(r)
			}
			continue
		case r == '’' || r == '‘' || r == '`' || r == '´' || r == 'ʼ':
			r = '\''
		case r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			r = '"'
		case r == '–' || r == '—' || r == '‑' || r == '‐' || r == '−':
			r = '-'
		case r == 'ß' || r == 'ẞ':
			if space {
				b.WriteByte(' ')
			}
			b.WriteString("ss")
			space = false
			continue
		case r == 'ł' || r == 'Ł':
			r = 'l'
		case r == 'ø' || r == 'Ø':
			r = 'o'
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// Key folds s and drops punctuation other than inner hyphens and apostrophes: a comparison key
// for names ("J.D. Vance" and "JD Vance" give "jd vance").
func Key(s string) string {
	if isASCII(s) {
		return keyASCII(s) // ascii.go
	}
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '.' || r == '\'':
			// dropped without a break: "j.d." → "jd", "o'brien" → "obrien"
		default:
			space = true
		}
	}
	return b.String()
}

// AppendKey appends Key(s) to b: an ASCII key is built with no string of its own.
func AppendKey(b []byte, s string) []byte {
	if isASCII(s) {
		return appendKeyASCII(b, s)
	}
	return append(b, Key(s)...)
}

// QuoteGaps replaces editorial insertions in quoted words ("[Putin]", nested brackets included) by an
// ellipsis: they stand for words the speaker used, so they are a gap, never words to compare.
func QuoteGaps(s string) string {
	if !strings.ContainsRune(s, '[') && !strings.ContainsRune(s, ']') {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	depth := 0
	for _, r := range s {
		switch {
		case r == '[':
			if depth == 0 {
				b.WriteString(" … ")
			}
			depth++
		case r == ']':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
