package extract

import (
	"strconv"
	"strings"
	"testing"
)

// TestJoinLabel: a label joined in the chunk is the parts' concatenation, and stays so while
// later labels fill the chunk and the next ones.
func TestJoinLabel(t *testing.T) {
	d := &Doc{}
	var got, want []string
	for i := range 2000 {
		parts := []string{"share of ", strings.Repeat("x", i%37), " ", strconv.Itoa(i)}
		got = append(got, d.joinLabel(parts...))
		want = append(want, strings.Join(parts, ""))
	}
	got = append(got, d.joinLabel(strings.Repeat("long", 200), " tail"), d.joinLabel("", ""), (*Doc)(nil).joinLabel("a", "b"))
	want = append(want, strings.Repeat("long", 200)+" tail", "", "ab")
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("label %d = %q, want %q", i, got[i], want[i])
		}
	}
}
