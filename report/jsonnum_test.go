package report

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendIntEvery: appendInt writes what strconv writes for every number of each of its short
// ways, and across their borders.
func TestAppendIntEvery(t *testing.T) {
	var b []byte
	for n := 0; n < 1_100_000; n++ {
		b = appendInt(b[:0], n)
		if string(b) != strconv.Itoa(n) {
			t.Fatalf("%d: got %s", n, b)
		}
	}
}

// plainRunRef is plainRun a byte at a time.
func plainRunRef(s string) int {
	i := 0
	for i < len(s) && plain[s[i]] {
		i++
	}
	return i
}

// TestPlainRunMatchesBytewise: plainRun finds the first special byte wherever it stands in
// strings of every length up to 70.
func TestPlainRunMatchesBytewise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	specialBytes := []byte{'"', '\\', 0, '\n', 0x1f, 0x7f, 0x80, 0xe2, 0xff}
	for n := 0; n <= 70; n++ {
		for trial := 0; trial < 200; trial++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(0x20 + r.IntN(0x5f))
			}
			for k := r.IntN(3); k > 0 && n > 0; k-- {
				b[r.IntN(n)] = specialBytes[r.IntN(len(specialBytes))]
			}
			if got, want := plainRun(string(b)), plainRunRef(string(b)); got != want {
				t.Fatalf("%q: got %d, want %d", b, got, want)
			}
		}
	}
}
