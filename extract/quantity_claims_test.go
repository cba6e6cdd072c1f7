package extract

import (
	"slices"
	"testing"
)

// TestWithComplement checks withComplement against its first form, which joined both and kept the
// last two stems.
func TestWithComplement(t *testing.T) {
	old := func(head, comp []string) []string {
		w := append(append([]string{}, comp...), head...)
		if len(w) > 2 {
			w = w[len(w)-2:]
		}
		return w
	}
	parts := [][]string{nil, {"a"}, {"a", "b"}, {"a", "b", "c"}}
	for _, h := range parts {
		for _, c := range parts {
			if got, want := withComplement(h, c), old(h, c); !slices.Equal(got, want) {
				t.Errorf("withComplement(%q, %q) = %q, want %q", h, c, got, want)
			}
		}
	}
}
