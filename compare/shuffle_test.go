package compare

import (
	"strings"
	"testing"
)

// FuzzLastField: lastField is the last of strings.Fields.
func FuzzLastField(f *testing.F) {
	for _, s := range []string{"", " ", "a", "marco rubio", " a b \t", "x\u00a0y", "x\u0085", "\u2003z\u3000", "a\xffb c\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		if ws := strings.Fields(s); len(ws) > 0 {
			want = ws[len(ws)-1]
		}
		if got := lastField(s); got != want {
			t.Fatalf("lastField(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzCountFields: countFields is len(strings.Fields).
func FuzzCountFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", "marco rubio", " a b \t", "x\u00a0y", "x\u0085", "\u2003z\u3000", "a\xffb c\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
	})
}
