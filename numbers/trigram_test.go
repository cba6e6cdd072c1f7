package numbers

import "testing"

// TestMayStartTrigram checks mayStartTrigram against the tests it stands for, on every first two
// bytes and a sample of third bytes.
func TestMayStartTrigram(t *testing.T) {
	w := []byte("xyz")
	for a := range 256 {
		for b := range 256 {
			for _, c := range []int{0, '0', '@', 'A', 'N', 'Z', '[', '`', 'a', 'd', 'e', 'n', 'o', 'r', 'u', 'x', 'z', '{', 0x7f, 0x80, 0xc3, 0xff} {
				w[0], w[1], w[2] = byte(a), byte(b), byte(c)
				s := string(w)
				want := !(isASCIILetter(s[0]) && isASCIILetter(s[1]) && isASCIILetter(s[2]) && !numberTrigram(s))
				if got := mayStartTrigram(s); got != want {
					t.Fatalf("mayStartTrigram(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
	for c := range 256 {
		for _, p := range []string{"hu", "Th", "do", "SE", "ab"} {
			s := p + string([]byte{byte(c)})
			want := !(isASCIILetter(s[0]) && isASCIILetter(s[1]) && isASCIILetter(s[2]) && !numberTrigram(s))
			if got := mayStartTrigram(s); got != want {
				t.Fatalf("mayStartTrigram(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
