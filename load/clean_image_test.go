package load

import (
	"math/rand/v2"
	"testing"
)

// TestMayBeImageTable checks mayBeImageTrimmed, which reads its bytes by a table, against
// mayBeImageTrimmedRef, on random lines of the bytes its tests turn on.
func TestMayBeImageTable(t *testing.T) {
	alphabet := []byte("..!ajpgswJPGSWx \t\n\f\r\v\xc5\xbf\x80é")
	rng := rand.New(rand.NewPCG(7, 11))
	for n := range 12 {
		for range 20000 {
			b := make([]byte, n)
			for k := range b {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			}
			s := string(b)
			if got, want := mayBeImageTrimmed(s), mayBeImageTrimmedRef(s); got != want {
				t.Fatalf("mayBeImageTrimmed(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// mayBeImageTrimmedRef is mayBeImageTrimmed as it was, testing each byte in turn.
func mayBeImageTrimmedRef(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '!' {
		return true
	}
	ext := false // a dot before a letter that can open an image extension (ſ folds to s)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isReSpace(c):
			return false
		case c == '.' && i+1 < len(s):
			switch s[i+1] | 0x20 {
			case 'w', 'j', 'p', 'g', 's', 'a', 0xc5 | 0x20:
				ext = true
			}
		}
	}
	return ext
}
