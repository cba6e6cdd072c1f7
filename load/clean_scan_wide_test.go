package load

import (
	"math/bits"
	"math/rand/v2"
	"testing"
)

// TestScanBodyWide checks scanBody, which reads plain text sixteen bytes at a time, against
// scanBodyRef, eight at a time, on random texts of the bytes its tests turn on, at every length
// and alignment.
func TestScanBodyWide(t *testing.T) {
	alphabet := []byte{' ', ' ', ' ', 'a', 'a', 'a', 'a', 'a', '\n', '\t', 0x7f, 0xc2, 0xa0, 0x85, 0xe2, 0x80, 0x8b, 0x1f, '\r'}
	rng := rand.New(rand.NewPCG(5, 9))
	for n := range 70 {
		for range 3000 {
			b := make([]byte, n)
			for k := range b {
				if rng.IntN(4) == 0 {
					b[k] = alphabet[rng.IntN(len(alphabet))]
				} else {
					b[k] = "ab "[rng.IntN(3)]
				}
			}
			s := string(b)
			if got, want := scanBody(s), scanBodyRef(s); got != want {
				t.Fatalf("scanBody(%q) = %+v, want %+v", s, got, want)
			}
		}
	}
}

// FuzzScanBodyWide is TestScanBodyWide on the fuzzer's texts.
func FuzzScanBodyWide(f *testing.F) {
	f.Add("plain text, sixteen bytes and more  with two spaces\nand a line")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanBody(s), scanBodyRef(s); got != want {
			t.Fatalf("scanBody(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// scanBodyRef is scanBody as it was, eight bytes at a time.
func scanBodyRef(s string) bodyScan {
	r := bodyScan{single: true}
	i := 0
	var lastSpace uint64 // 1 when the byte before s[i] is a space
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// most chunks are plain: no byte below 0x20 or above 0x7e (the first test may mark
		// a byte wrongly, never miss one), and no two spaces in a row, within the chunk (a
		// zero byte of y|y>>8, the top byte kept apart) or across its start
		y := x ^ ' '*scanOnes
		v := y | y>>8 | 0xff<<56
		if ((x-0x20*scanOnes)&^x|(x&scanLows+scanOnes)|x|(v-scanOnes)&^v)&scanHighs == 0 &&
			(lastSpace == 0 || byte(x) != ' ') {
			lastSpace = 0
			if x>>56 == ' ' {
				lastSpace = 1
			}
			continue
		}
		ctrl := ^((x & scanLows) + 0x6060606060606060) &^ x & scanHighs // bytes below 0x20
		ctrl &^= zeroBytes(x ^ '\n'*scanOnes)
		m := ctrl | zeroBytes(x^0x7f*scanOnes) | x&scanHighs
		sp := zeroBytes(x ^ ' '*scanOnes)
		if sp&(sp>>8) != 0 || lastSpace&(sp>>7) != 0 {
			r.single = false
		}
		lastSpace = sp >> 63
		for m != 0 {
			j := i + bits.TrailingZeros64(m)/8
			m &= m - 1
			r.byteAt(s, j)
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if lastSpace != 0 {
				r.single = false
			}
			lastSpace = 1
			continue
		}
		lastSpace = 0
		if c < 0x20 && c != '\n' || c >= 0x7f {
			r.byteAt(s, i)
		}
	}
	return r
}
