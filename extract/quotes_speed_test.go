package extract

import (
	"testing"
	"unicode"
)

// TestQuoteWordRune checks the ASCII answers of quoteWordRune against the unicode tables.
func TestQuoteWordRune(t *testing.T) {
	for r := rune(-1); r <= 0x3000; r++ {
		if got, want := quoteWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Fatalf("quoteWordRune(%U) = %v", r, got)
		}
	}
}
