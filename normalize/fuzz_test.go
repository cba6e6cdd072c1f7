package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var foldSeeds = []string{
	"", "Kyiv", "Київ", "KIEV", "Kiev's", "J.D. Vance", "JD  Vance", "O’Brien", "“quoted” — dash",
	"Straße", "STRASSE", "ẞ", "Łódź", "Øresund", "Đakovo", "İstanbul", "ǅ", "Ǆ", "ﬁnal", "K",
	"e\u0301", "д \u0301", "\u0301start", "東京", "ﾃｽﾄ", "\xff\xfe bad", "tab\tand\nnewline\u00a0nbsp",
}

// FuzzFold checks that Fold and Key are idempotent, produce valid UTF-8 without leading, trailing
// or doubled spaces, and that a key is its own key.
func FuzzFold(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if again := Fold(folded); again != folded {
			t.Fatalf("Fold not idempotent: Fold(%q) = %q, Fold of that = %q", s, folded, again)
		}
		if Fold(s) != folded {
			t.Fatalf("Fold(%q) differs between two calls", s)
		}
		key := Key(s)
		if got := string(AppendKey([]byte("x"), s)); got != "x"+key {
			t.Fatalf("AppendKey(%q) = %q, Key = %q", s, got, key)
		}
		if again := Key(key); again != key {
			t.Fatalf("Key not idempotent: Key(%q) = %q, Key of that = %q", s, key, again)
		}
		if k := Key(folded); k != key {
			t.Fatalf("Key(Fold(%q)) = %q, Key = %q", s, k, key)
		}
		for _, out := range []string{folded, key} {
			if !utf8.ValidString(out) && utf8.ValidString(s) {
				t.Fatalf("%q gave invalid UTF-8 %q", s, out)
			}
			if out != strings.TrimSpace(out) || strings.Contains(out, "  ") {
				t.Fatalf("%q gave untidy spaces %q", s, out)
			}
		}
	})
}

// FuzzCanonical checks that the canonical form of a name is stable (its own canonical form) in the
// shipped table and in a table read from arbitrary text, and that reading a table never panics.
func FuzzCanonical(f *testing.F) {
	def := DefaultAliases()
	for _, v := range def.Variants() {
		f.Add(v, "")
	}
	for _, s := range foldSeeds {
		f.Add(s, "Kyiv = Kiev = Kyjiw\n# comment\n\nOdesa = Odessa")
	}
	f.Add("Kiev", "Kyiv = Kiev\nKiev = Kyiv")
	f.Add("a", "=\n")
	f.Fuzz(func(t *testing.T, name, table string) {
		c := def.Canonical(name)
		if again := def.Canonical(c); again != c {
			t.Fatalf("shipped table: Canonical(%q) = %q, Canonical of that = %q", name, c, again)
		}
		if def.Canonical(name) != c {
			t.Fatalf("Canonical(%q) differs between two calls", name)
		}
		al, err := ParseAliases(strings.NewReader(table), "fuzz.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt:") {
				t.Fatalf("error %q does not name the table", err)
			}
			return
		}
		merged := def.Merge(al)
		for _, tab := range []*Aliases{al, merged} {
			c := tab.Canonical(name)
			if tab.Canonical(c) != tab.Canonical(c) {
				t.Fatalf("Canonical(%q) differs between two calls", c)
			}
			_ = tab.Known(name)
		}
	})
}

// TestFoldFuzzFindings pins what fuzzing found: capital sharp s, the space before a sharp s, and
// invalid UTF-8 before a decomposable letter.
func TestFoldFuzzFindings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ẞ", "ss"},
		{"STRAẞE", "strasse"},
		{"an der ßtraße", "an der sstrasse"},
		{"a  ß", "a ss"},
		{"\xf3Ǐ", "\uFFFDi"},
	} {
		assert.Equal(t, tc.want, Fold(tc.in), "Fold(%q)", tc.in)
	}
}
