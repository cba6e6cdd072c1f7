package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// checkRoleNounFact compares roleNounFact with roleNounAt at every token of a text.
func checkRoleNounFact(t *testing.T, text string) {
	t.Helper()
	d := Prepare(&model.Article{Source: model.Source{ID: "r"}, Format: "text", Text: text}, Options{})
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for k := -1; k <= len(s.Tokens)+1; k++ {
			if got, want := roleNounFact(s, k), roleNounAt(s, k); got != want {
				t.Fatalf("roleNounFact(%d) = %v, want %v in %q", k, got, want, s.Text)
			}
		}
	}
}

// TestRoleNounFact: fRoleNoun tells what roleNounAt's maps do, on generated news and every
// listed word.
func TestRoleNounFact(t *testing.T) {
	for _, f := range corpus.Articles(30, 9) {
		checkRoleNounFact(t, string(corpus.PlainText(f)))
	}
	text := "The"
	for w := range singularSources {
		text += " " + w + " said, the " + w + "'s"
	}
	for w := range roleSpeakerNouns {
		text += " " + w + " and " + w + "s"
	}
	checkRoleNounFact(t, text+". The Minister, the MAYOR and the spokesman said.")
}

// FuzzRoleNounFact: the same over any text.
func FuzzRoleNounFact(f *testing.F) {
	f.Add("The governor said the police chief and the spokesman had left, the minister's aide said.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		checkRoleNounFact(t, s)
	})
}

// TestCommonWordsFirstSlot: every listed word of commonWords lies in its first slot unless a
// word before it in commonWords took it, and the table answers as its map for all its words.
func TestCommonWordsFirstSlot(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	for i, w := range commonWords {
		if _, ok := tab.m[w]; !ok && wordClasses[w] == 0 {
			continue // not in the table
		}
		h := factHash(w)
		if sl := tab.slots[h&tab.mask]; sl.w != w {
			taken := false
			for _, v := range commonWords[:i] {
				taken = taken || v == sl.w
			}
			if !taken {
				t.Errorf("%q is not in its first slot, which holds %q", w, sl.w)
			}
		}
	}
	for w, f := range tab.m {
		if w != "" && tab.get(w) != f {
			t.Errorf("get(%q) = %v, want %v", w, tab.get(w), f)
		}
	}
}
