package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// nameAtSlow is nameAt as it was: the notPlaces map asked, the name joined with strings.Join.
func (d *Doc) nameAtSlow(s *Sent, j int) (Place, bool) {
	if j >= len(s.Tokens) {
		return Place{}, false
	}
	t := s.Tokens[j]
	if t.Kind != segment.Word || !t.IsCapitalized() || notPlaces[strings.TrimSuffix(strings.TrimSuffix(s.Lower(j), "'s"), "’s")] || len(t.Text) < 2 {
		return Place{}, false
	}
	if isPersonTitle(s.Lower(j)) {
		return Place{}, false
	}
	k := j
	for k+1 < len(s.Tokens) && k-j < 4 {
		n := s.Tokens[k+1]
		if n.Kind == segment.Word && n.IsCapitalized() && !notPlaces[s.Lower(k+1)] && n.Start == s.Tokens[k].End+1 {
			k++
			continue
		}
		if n.Text == "." && placeAbbrev[s.Lower(k)] && k+2 < len(s.Tokens) && s.Tokens[k+2].IsCapitalized() && n.Start == s.Tokens[k].End {
			k += 2
			continue
		}
		break
	}
	var buf [8]string
	words := buf[:0]
	for m := j; m <= k; m++ {
		w := s.Tokens[m].Text
		if w == "." {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		words = append(words, w)
	}
	if len(words) > 1 && placeSuffixes[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	name := d.Aliases.Canonical(strings.Join(words, " "))
	return Place{Name: name, First: j, Last: k}, true
}

// TestNameAtAsSlow checks nameAt against nameAtSlow at every token of the generated corpus and
// of lines with possessives, abbreviations, suffixes, line breaks and tabs inside names.
func TestNameAtAsSlow(t *testing.T) {
	arts, _ := benchArticles()
	arts = append(arts[:80], &model.Article{Text: "Storms hit Port St. Lucie and St Lucie County's shore, New York City's Queens, " +
		"Kyiv's suburbs, Ternopil Region, the Kharkiv Oblast’s towns, New\nYork and Lviv\tOblast. Gaza Strip's " +
		"north, Mt. Vernon Hills Region, In January, President Biden, The Hague, Zürich Canton, ÉVORA. A B C D E F G."})
	for _, a := range arts {
		d := Prepare(a, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for j := 0; j <= len(s.Tokens); j++ {
				got, gok := d.nameAt(s, j)
				want, wok := d.nameAtSlow(s, j)
				if got != want || gok != wok {
					t.Fatalf("%q at %d: %+v %v, want %+v %v", s.Text, j, got, gok, want, wok)
				}
			}
		}
	}
}

// TestRecycledPlaces checks the places of documents whose place lists are recycled from other
// documents (Doc.release) against findPlaces.
func TestRecycledPlaces(t *testing.T) {
	arts, _ := benchArticles()
	arts = arts[:60]
	for round := 0; round < 2; round++ {
		for i := range arts {
			a := arts[(i*7+round)%len(arts)]
			d := Prepare(a, Options{})
			last := ""
			for si := range d.Sentences {
				want := d.findPlaces(&d.Sentences[si], last)
				got := d.places(&d.Sentences[si])
				if len(got) != len(want) {
					t.Fatalf("%s sentence %d: places %v, want %v", a.ID, si, got, want)
				}
				for k := range got {
					if got[k] != want[k] {
						t.Fatalf("%s sentence %d: places %v, want %v", a.ID, si, got, want)
					}
				}
				if len(want) > 0 {
					last = want[len(want)-1].Name
				}
			}
			d.release()
		}
	}
}
