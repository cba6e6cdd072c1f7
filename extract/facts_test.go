package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// TestFactsMatchLookups checks that the facts read once per word answer as the lookups they
// replace, over the generated corpus and the seed articles.
func TestFactsMatchLookups(t *testing.T) {
	arts, _ := benchArticles()
	arts = append(arts, &model.Article{Text: "Gen. Mark Milley met U.S. Secretary-General António Guterres and Ursula von der Leyen. Former Prime Minister Smith's deputy, Mr. Jones, said."})
	for _, a := range arts[:40] {
		d := Prepare(a, Options{})
		pp := d.people
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := range s.Tokens {
				if got, want := s.has(k, fSpeech), speechVerbs[s.Lower(k)]; got != want {
					t.Fatalf("%q speech: %v, want %v", s.Lower(k), got, want)
				}
				if got, want := s.has(k, fPlacePrep), placePrepositions[s.Lower(k)]; got != want {
					t.Fatalf("%q place preposition: %v, want %v", s.Lower(k), got, want)
				}
				if got, want := s.has(k, fAux), isAux(s.Lower(k)); got != want {
					t.Fatalf("%q aux: %v, want %v", s.Lower(k), got, want)
				}
				if got, want := s.Lower(k), strings.ToLower(s.Tokens[k].Text); got != want {
					t.Fatalf("lower %q, want %q", got, want)
				}
			}
			ws := pp.words[si]
			for i, w := range ws {
				if w.punct || w.nkeys() != 1 {
					continue
				}
				k := w.key()
				if got, want := pp.isHonorificWord(w), pp.titles.IsHonorific(k); got != want {
					t.Fatalf("%q honorific: %v, want %v", k, got, want)
				}
				hn, _ := pp.titles.Head(w.keyList(), 0)
				cn, _ := pp.titles.Country(w.keyList(), 0)
				sn, _, _ := pp.titles.Status(w.keyList(), 0)
				title := hn > 0 || cn == 1 && w.cap || sn > 0 || pp.titles.Rank([]string{k}, 0) > 0 || pp.titles.IsDomain(k) || pp.titles.IsBody(k)
				if got := pp.isTitleWord(w); got != title {
					t.Fatalf("%q title word: %v, want %v", k, got, title)
				}
				if w.cap {
					name := !(notNameWords[k] || notPlaces[k] || placeSuffixes[k] || pp.titles.IsBody(k) || pp.titles.IsHonorific(k) || hn == 1 || cn == 1 || sn > 0)
					name = name && !(opensSentence(ws, i) && pp.commonOpener(ws, i)) // names_common.go
					if got := pp.isNameWord(ws, i); got != name {
						t.Fatalf("%q name word: %v, want %v", k, got, name)
					}
				}
				if pp.titles.DetectHead(w.keyList(), 0) > 0 && w.kf&fDetect == 0 {
					t.Fatalf("%q detected with no detect fact", k)
				}
			}
		}
	}
}

// TestFactTabSlots checks that the open-addressed slots answer as the map for every listed word
// and for the words of the corpus.
func TestFactTabSlots(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	for w, f := range tab.m {
		if got := tab.get(w); got != f {
			t.Fatalf("get(%q) = %v, want %v", w, got, f)
		}
	}
	arts, _ := benchArticles()
	for _, a := range arts[:40] {
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			for _, v := range []string{w, strings.Trim(w, `.,;:"'()`)} {
				if got, want := tab.get(v), tab.m[v]; got != want {
					t.Fatalf("get(%q) = %v, want %v", v, got, want)
				}
			}
		}
	}
}
