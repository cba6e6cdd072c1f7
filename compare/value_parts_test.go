package compare

import (
	"math/rand"
	"strings"
	"testing"
)

// sign is c as -1, 0 or 1.
func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// TestCmpPartsIsCompareOfJoined: cmpParts and cmpDate order as strings.Compare of the joined and
// padded strings, over random pieces of a small alphabet (many equal prefixes).
func TestCmpPartsIsCompareOfJoined(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	piece := func() string {
		b := make([]byte, r.Intn(5))
		for i := range b {
			b[i] = "ab-\xff"[r.Intn(4)]
		}
		return string(b)
	}
	for n := 0; n < 200000; n++ {
		a1, a2, a3, b1, b2, b3 := piece(), piece(), piece(), piece(), piece(), piece()
		want := strings.Compare(a1+a2+a3, b1+b2+b3)
		if got := cmpParts(a1, a2, a3, b1, b2, b3); sign(got) != want {
			t.Fatalf("cmpParts(%q %q %q, %q %q %q) = %d, want %d", a1, a2, a3, b1, b2, b3, got, want)
		}
	}
	dates := []string{"2025", "2026", "2025-08", "2025-12", "2026-01", "2025-08-08", "2025-08-31", "2025-12-31", "2026-01-01", "", "x"}
	for _, a := range dates {
		for _, b := range dates {
			for _, ah := range []bool{false, true} {
				for _, bh := range []bool{false, true} {
					want := strings.Compare(a+datePad(a, ah), b+datePad(b, bh))
					if got := cmpDate(a, ah, b, bh); sign(got) != want {
						t.Fatalf("cmpDate(%q %v, %q %v) = %d, want %d", a, ah, b, bh, got, want)
					}
				}
			}
		}
	}
}

func FuzzCmpParts(f *testing.F) {
	f.Add("2025", "-01-01", "", "2025-08-08", "", "")
	f.Fuzz(func(t *testing.T, a1, a2, a3, b1, b2, b3 string) {
		if got, want := sign(cmpParts(a1, a2, a3, b1, b2, b3)), strings.Compare(a1+a2+a3, b1+b2+b3); got != want {
			t.Fatalf("cmpParts = %d, want %d", got, want)
		}
	})
}
