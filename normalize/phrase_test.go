package normalize

import (
	"strings"
	"testing"
)

// matchSlow is phraseMap.match as it was: every length from the longest down, joined and looked up.
func (p *phraseMap) matchSlow(words []string, i int) (int, string) {
	if p == nil || i >= len(words) {
		return 0, ""
	}
	for n := min(p.maxLen, len(words)-i); n >= 1; n-- {
		if c, ok := p.m[strings.Join(words[i:i+n], " ")]; ok {
			return n, c
		}
	}
	return 0, ""
}

// phraseWords are words of every section of the default table, and a few that are none.
func phraseWords() []string {
	t := DefaultTitles()
	seen := map[string]bool{"": true, "the": true, "of": true, "and": true, "to": true, "x": true, "a b": true, "minister of": true}
	for _, p := range t.sections {
		for v := range p.m {
			for _, w := range strings.Split(v, " ") {
				seen[w] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	return out
}

// TestMatchAsSlow checks the word-by-word match against trying every length, on every variant of
// every section (alone, extended and cut) and on runs of the table's words.
func TestMatchAsSlow(t *testing.T) {
	tab := DefaultTitles()
	maps := []*phraseMap{tab.detect}
	for _, p := range tab.sections {
		maps = append(maps, p)
	}
	words := phraseWords()
	check := func(p *phraseMap, ws []string) {
		for i := range ws {
			gn, gc := p.match(ws, i)
			wn, wc := p.matchSlow(ws, i)
			if gn != wn || gc != wc {
				t.Fatalf("match(%q, %d) = %d %q, want %d %q", ws, i, gn, gc, wn, wc)
			}
		}
	}
	for _, p := range maps {
		for v := range p.m {
			f := strings.Split(v, " ")
			check(p, f)
			check(p, append(append([]string{"the"}, f...), "of", "defence", "x"))
			check(p, f[:len(f)-1])
			check(p, []string{v, "of"})
		}
		for k := 0; k+6 <= len(words); k += 3 {
			check(p, words[k:k+6])
		}
	}
}

// FuzzMatch checks match against trying every length on any words.
func FuzzMatch(f *testing.F) {
	f.Add("minister of defence of ukraine")
	f.Add("secretary general  of the un")
	f.Add("permanent representative to nato")
	tab := DefaultTitles()
	maps := []*phraseMap{tab.detect}
	for _, p := range tab.sections {
		maps = append(maps, p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := strings.Split(s, " ")
		for _, p := range maps {
			for i := range ws {
				gn, gc := p.match(ws, i)
				wn, wc := p.matchSlow(ws, i)
				if gn != wn || gc != wc {
					t.Fatalf("match(%q, %d) = %d %q, want %d %q", ws, i, gn, gc, wn, wc)
				}
			}
		}
	})
}
