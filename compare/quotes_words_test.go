package compare

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// shortenFields and quoteKeyFields are shorten and quoteKey as they were written with strings.Fields.
func shortenFields(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) <= n {
		return s
	}
	return strings.Join(ws[:n], " ") + " …"
}

func quoteKeyFields(cs []*model.Claim) string {
	ws := strings.Fields(cs[0].Quote.Folded)
	if len(ws) > 8 {
		ws = ws[:8]
	}
	return "quote|" + normalize.Key(cs[0].Quote.Speaker) + "|" + strings.Join(ws, " ")
}

func FuzzFirstWords(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "one two three four five six seven eight nine ten eleven twelve thirteen",
		"one two three four five six seven eight", "\u00a0x\u0085y\u2003z", "a\xffb \xfe", "  lead and trail  "} {
		f.Add(s, 3)
		f.Add(s, 12)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n & 15
		if got, want := shorten(s, n), shortenFields(s, n); got != want {
			t.Fatalf("shorten(%q, %d) = %q, want %q", s, n, got, want)
		}
		cs := []*model.Claim{{Quote: &model.Quote{Folded: s, Speaker: "Ann Lee"}}}
		if got, want := quoteKey(cs), quoteKeyFields(cs); got != want {
			t.Fatalf("quoteKey(%q) = %q, want %q", s, got, want)
		}
	})
}
