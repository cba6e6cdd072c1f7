package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/normalize"
)

var wordKeySeeds = []string{
	"Ukraine's", "UKRAINE'S", "parents'", "PARENTS'", "1,200", "10:30", "well-known", "U.S.", "don't",
	"O'Brien", "Secretary-General", "al-", "-", ".'s", "'s", "s'", "a--b", "'a'", "Jr.", "3.5", "Kyiv’s",
	"Zürich", "x'S", "co-op's", "a.b-c", "A&B", "x_y", "a`b", "e-mail's'", "1-2-3-4-5-6-7-8-9",
}

func checkWordKeys(t *testing.T, w string) {
	low := strings.ToLower(w)
	var buf [8]string
	keys, poss, ok := asciiWordKeys(w, low, &buf)
	if !ok {
		return
	}
	wk, wp := normalize.TitleKeys(w)
	if !slices.Equal(keys, wk) || poss != wp {
		t.Fatalf("asciiWordKeys(%q) = %q %v, TitleKeys = %q %v", w, keys, poss, wk, wp)
	}
}

// TestASCIIWordKeys checks the fast keys against normalize.TitleKeys on the seeds and on every
// word of the generated corpus.
func TestASCIIWordKeys(t *testing.T) {
	for _, w := range wordKeySeeds {
		checkWordKeys(t, w)
	}
	arts, _ := benchArticles()
	for _, a := range arts[:60] {
		d := Prepare(a, Options{})
		for _, ws := range d.people.words {
			for _, w := range ws {
				checkWordKeys(t, w.text())
				if w.nkeys() > 0 {
					if wk, wp := normalize.TitleKeys(w.text()); !slices.Equal(w.keyList(), wk) || w.poss != wp {
						t.Fatalf("word %q keys %q %v, TitleKeys %q %v", w.text(), w.keyList(), w.poss, wk, wp)
					}
				}
			}
		}
	}
}

// FuzzASCIIWordKeys checks the fast keys against normalize.TitleKeys on any word.
func FuzzASCIIWordKeys(f *testing.F) {
	for _, w := range wordKeySeeds {
		f.Add(w)
	}
	f.Fuzz(checkWordKeys)
}

// TestSplitKey checks splitKey against strings.Fields on keys of every length around the buffer's.
func TestSplitKey(t *testing.T) {
	for _, name := range []string{"", "Zelensky", "Volodymyr Zelensky", "Ursula von der Leyen", "a b c d e f g h", "a b c d e f g h i", "a b c d e f g h i j k", "J.D. Vance", "Łódź  Mayor"} {
		k := normalize.Key(name)
		var buf [8]string
		if got, want := splitKey(k, &buf), strings.Fields(k); !slices.Equal(got, want) {
			t.Fatalf("splitKey(%q) = %q, want %q", k, got, want)
		}
		if got, want := lastKey(name), ""; len(strings.Fields(k)) > 0 {
			want = strings.Fields(k)[len(strings.Fields(k))-1]
			if got != want {
				t.Fatalf("lastKey(%q) = %q, want %q", name, got, want)
			}
		} else if got != want {
			t.Fatalf("lastKey(%q) = %q, want %q", name, got, want)
		}
	}
}
