package segment

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordBytes checks the eight-byte classification against the byte tables, for every byte in
// every position.
func TestWordBytes(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			x := uint64(0x2d41613920ff7a5a) // a mix of classes around the byte tested
			x &^= 0xff << (8 * pos)
			x |= uint64(c) << (8 * pos)
			word, upper := wordBytes(x)
			for k := range 8 {
				b := byte(x >> (8 * k))
				if got, want := word>>(8*k)&0xff == 0x80, asciiWordByte[b]; got != want || word>>(8*k)&0x7f != 0 {
					t.Fatalf("word byte %#x at %d of %#x: %v, want %v", b, k, x, got, want)
				}
				if got, want := upper>>(8*k)&0xff == 0x80, 'A' <= b && b <= 'Z'; got != want || upper>>(8*k)&0x7f != 0 {
					t.Fatalf("capital %#x at %d of %#x: %v, want %v", b, k, x, got, want)
				}
				letter, lupper := letterBytes(x)
				isLetter := 'a' <= b|0x20 && b|0x20 <= 'z'
				if got := letter>>(8*k)&0xff == 0x80; got != isLetter || letter>>(8*k)&0x7f != 0 {
					t.Fatalf("letter byte %#x at %d of %#x: %v, want %v", b, k, x, got, isLetter)
				}
				if got, want := lupper>>(8*k)&0xff == 0x80, 'A' <= b && b <= 'Z'; got != want || lupper>>(8*k)&0x7f != 0 {
					t.Fatalf("letterBytes capital %#x at %d of %#x: %v, want %v", b, k, x, got, want)
				}
				_, _, digit := wordBytesDigits(x)
				if got, want := digit>>(8*k)&0xff == 0x80, '0' <= b && b <= '9'; got != want || digit>>(8*k)&0x7f != 0 {
					t.Fatalf("digit %#x at %d of %#x: %v, want %v", b, k, x, got, want)
				}
			}
		}
	}
}

// TestAppendLowerASCII checks the eight-byte lowering against strings.ToLower on ASCII texts of
// every length up to 40, with every ASCII byte, after a prefix that must stay as it was.
func TestAppendLowerASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 41 {
		for range 200 {
			b := make([]byte, n)
			for k := range b {
				b[k] = byte(rng.IntN(128))
			}
			got := appendLowerASCII([]byte("Keep"), string(b))
			if want := "Keep" + strings.ToLower(string(b)); string(got) != want {
				t.Fatalf("appendLowerASCII(%q) = %q, want %q", b, got, want)
			}
		}
	}
}

// TestLetterBytesPrefix: letterBytesPrefix agrees with letterBytes on every byte up to and with
// the first that is no ASCII letter, for random words mixing letters, ASCII and bytes beyond it.
func TestLetterBytesPrefix(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pick := []byte("aZzAmQ09 -'.\x7f\x80\xc3\xa9\xe2\xff@[`{")
	for range 2_000_000 {
		var x uint64
		for k := range 8 {
			var b byte
			switch rng.IntN(4) {
			case 0, 1:
				b = byte('a'+rng.IntN(26)) &^ byte(rng.IntN(2)<<5)
			case 2:
				b = pick[rng.IntN(len(pick))]
			default:
				b = byte(rng.IntN(256))
			}
			x |= uint64(b) << (8 * k)
		}
		letter, upper := letterBytes(x)
		pl, pu := letterBytesPrefix(x)
		stop := ^letter & swarHigh
		keep := stop ^ (stop - 1) // the bytes up to and with the first stop (all when none)
		if pl&keep != letter&keep || pu&keep != upper&keep {
			t.Fatalf("letterBytesPrefix(%#x) = %#x, %#x; want %#x, %#x under %#x", x, pl, pu, letter, upper, keep)
		}
	}
}
