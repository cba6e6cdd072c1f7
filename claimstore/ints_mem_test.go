package claimstore

import "testing"

// FuzzInts: decoder.ints reads what as many calls of int read, and stops where they stop.
func FuzzInts(f *testing.F) {
	for _, b := range [][]byte{{0, 1, 2, 3, 4, 5, 6}, {0x80, 1, 0xff, 0x7f, 0x80, 0x80, 1, 3, 4, 5, 6}, {0x80}, {1, 2}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2, 1}} {
		f.Add(b, uint8(7))
	}
	f.Fuzz(func(t *testing.T, b []byte, n uint8) {
		n %= 12
		got := make([]int, n)
		d := decoder{b: b}
		d.ints(got)
		w := decoder{b: b}
		for k := range got {
			if v := w.int(); w.err == nil && v != got[k] {
				t.Fatalf("ints(% x)[%d] = %d, want %d", b, k, got[k], v)
			}
		}
		if d.i != w.i || (d.err == nil) != (w.err == nil) {
			t.Fatalf("ints(% x) ends at %d, %v; int at %d, %v", b, d.i, d.err, w.i, w.err)
		}
	})
}
