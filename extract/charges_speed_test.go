package extract

import (
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// TestChargeMayRefusesNone checks that every number chargeMay refuses is one chargeAt reads no
// charges from, over the generated corpus and the fixtures' sentences.
func TestChargeMayRefusesNone(t *testing.T) {
	docs := speedCorpusDocs(t)
	n, refused, read := 0, 0, 0
	for _, d := range docs {
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for ni := range s.Numbers {
				n++
				if chargeMay(s, s.Numbers[ni].Last) {
					if _, ok := chargeAt(s, ni); ok {
						read++
					}
					continue
				}
				refused++
				if _, ok := chargeAt(s, ni); ok {
					t.Fatalf("chargeMay refuses a charge: %q", s.Text)
				}
			}
		}
	}
	if refused == 0 || read == 0 {
		t.Fatalf("of %d numbers %d refused, %d read as charges", n, refused, read)
	}
}

// speedCorpusDocs prepares generated articles and the articles of the fixtures: the sentences the
// cheap refusals of the quantity readers are checked over.
func speedCorpusDocs(t *testing.T) []*Doc {
	t.Helper()
	var docs []*Doc
	for _, f := range corpus.Articles(200, 13) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		docs = append(docs, Prepare(a, Options{}))
	}
	dirs, _ := filepath.Glob("../fixtures/*")
	res := load.Load(dirs, load.Options{})
	for _, a := range res.Articles {
		docs = append(docs, Prepare(a, Options{}))
	}
	if len(res.Articles) == 0 {
		t.Fatal("no fixture articles")
	}
	return docs
}

// TestIsChargeHead: the switch holds the words of the table.
func TestIsChargeHead(t *testing.T) {
	for _, w := range []string{"counts", "count", "charges", "charge", "", "charged", "c", "countss", "Counts"} {
		if isChargeHead(w) != chargeHeads[w] {
			t.Errorf("isChargeHead(%q) = %v", w, !chargeHeads[w])
		}
	}
	if len(chargeHeads) != 4 {
		t.Errorf("chargeHeads has %d words, the switch 4", len(chargeHeads))
	}
}

// TestIsYearText checks the byte order against the string comparison.
func TestIsYearText(t *testing.T) {
	ws := []string{"", "1900", "1899", "2100", "2101", "19a0", "2099", "200", "20000", "1999", "2000", "1:00", "2/00", "\xff\xff\xff\xff", "2100\x00"}
	for a := byte('0') - 2; a <= '9'+2; a++ {
		for b := byte('0') - 2; b <= '9'+2; b++ {
			ws = append(ws, string([]byte{'1', a, b, '0'}), string([]byte{'2', a, '0', b}), string([]byte{a, '9', '0', b}))
		}
	}
	for _, w := range ws {
		if got, want := isYearText(w), len(w) == 4 && w >= "1900" && w <= "2100"; got != want {
			t.Errorf("isYearText(%q) = %v", w, got)
		}
	}
}
