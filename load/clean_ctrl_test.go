package load

import (
	"math/rand/v2"
	"testing"
)

// TestCountBinaryCtrlBlocks checks countBinaryCtrl on texts of every length up to 200 bytes with a
// control byte, a newline or none at each place of the 32-byte blocks and the tail.
func TestCountBinaryCtrlBlocks(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 9))
	for n := 0; n <= 200; n++ {
		for trial := 0; trial < 20; trial++ {
			b := make([]byte, n)
			for k := range b {
				b[k] = byte(' ' + r.IntN(95))
				switch r.IntN(40) {
				case 0:
					b[k] = '\n'
				case 1:
					b[k] = byte(r.IntN(0x20))
				case 2:
					b[k] = byte(0x80 + r.IntN(0x80))
				}
			}
			want := 0
			for _, c := range b {
				want += int(binaryCtrl[c])
			}
			if got := countBinaryCtrl(b); got != want {
				t.Fatalf("countBinaryCtrl(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
