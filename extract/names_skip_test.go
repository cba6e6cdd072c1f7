package extract

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// lastsEveryWord is the names index as indexNames built it before sentences were skipped by
// their maybeName count: every sentence that is no headline read word by word.
func lastsEveryWord(d *Doc) []lastName {
	pp := d.people
	var out []lastName
	for _, ws := range pp.words {
		if titleCase(ws) {
			continue
		}
		for i := 0; i < len(ws); i++ {
			if w := &ws[i]; !w.cap && w.lf&fParticle == 0 || w.punct || w.nkeys() == 0 || w.cap && w.nkeys() == 1 && w.kf&fNotNameCap != 0 {
				continue
			}
			j := pp.nameForward(ws, i)
			if j-i < 2 {
				continue
			}
			name := d.Aliases.Canonical(nameText(ws[i:j], d.Article.Text))
			if pp.personLikeOnce(name) {
				k := trimJunior(normalize.AppendKey(nil, name))
				last := string(k[bytes.LastIndexByte(k, ' ')+1:])
				seen := false
				for _, l := range out {
					seen = seen || l.last == last && l.full == name
				}
				if !seen {
					out = append(out, lastName{last, name})
				}
			}
			i = j - 1
		}
	}
	return out
}

// TestNamesSkipSame checks that skipping sentences with fewer than two maybeName words (one
// and a "Jr." after it read on) leaves the names index as it was.
func TestNamesSkipSame(t *testing.T) {
	texts := []string{
		"Smith jr. said so. Then John Smith Jr. came. Mr Adams JR spoke. Ursula von der Leyen met Jones sr. today.",
		"The minister, Anna Kowalska, said Kowalska would go. Ban Ki-moon and de Gaulle were named.",
	}
	for _, f := range corpus.Articles(60, 7) {
		texts = append(texts, string(corpus.PlainText(f)))
	}
	for _, text := range texts {
		d := Prepare(&model.Article{Text: text, Format: "text"}, Options{})
		if got, want := d.people.lasts, lastsEveryWord(d); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("lasts %v, want %v", got, want)
		}
	}
}
