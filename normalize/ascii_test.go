package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// foldSlow and keySlow are Fold and Key without the ASCII fast path: the reference.
func foldSlow(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, "\uFFFD")) {
		switch {
		case unicode.Is(unicode.Mn, r):
			if last, _ := utf8.DecodeLastRuneInString(b.String()); last != utf8.RuneError && !unicode.Is(unicode.Latin, last) && unicode.IsLetter(last) {
				b.WriteRune(r)
			}
			continue
		case r == '`':
			r = '\''
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

func keySlow(s string) string {
	f := foldSlow(s)
	var b strings.Builder
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
		default:
			space = true
		}
	}
	return b.String()
}

// TestASCIIFastPaths: on ASCII text, Fold and Key give what the general Unicode path gives.
func TestASCIIFastPaths(t *testing.T) {
	tests := []string{"", " ", "J.D. Vance", "  Kyiv\t\n ", "O'Brien`s", "Secretary-General", "U.S.", "a\vb\fc\rd",
		"\x00\x1f~!@#$%^&*()_+{}|:\"<>?", "26 PEOPLE  killed", "MIXED case, Words."}
	r := rand.New(rand.NewPCG(7, 8))
	for k := 0; k < 20000; k++ {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		tests = append(tests, string(b))
	}
	for _, s := range tests {
		assert.Equal(t, foldSlow(s), Fold(s), "Fold(%q)", s)
		assert.Equal(t, keySlow(s), Key(s), "Key(%q)", s)
	}
}

// TestTitleKeysFastPath: a plain ASCII word gets the keys the general path gives it.
func TestTitleKeysFastPath(t *testing.T) {
	for _, w := range []string{"Minister", "minister", "NATO", "x", "Ukraine's", "U.S.", "Secretary-General", "G7", "", "Zelensky’s"} {
		var keys []string
		poss := false
		for _, tw := range splitTitle(w) {
			keys = append(keys, tw.key...)
			poss = poss || tw.poss
		}
		got, gotPoss := TitleKeys(w)
		assert.Equal(t, keys, got, w)
		assert.Equal(t, poss, gotPoss, w)
	}
}
