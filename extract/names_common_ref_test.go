package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestCapInsideWordsMatchesRef: the words capInsideWords lists are those capInsideSents finds,
// for every word of the lists, over articles that write them every way.
func TestCapInsideWordsMatchesRef(t *testing.T) {
	texts := []string{
		"Power was restored on Monday. Samantha Power said the grid held. POWER CUT IN LEEDS.",
		"Dock workers walked out. The Dock Workers Union Said It Would Strike Again Soon.",
		"Neighbour Tom Haley said the fire spread. A neighbour's dog barked. Water was cut. Rice rose.",
		"\"Power,\" she said, \"is back.\" Fire crews came. The Fire Brigade's chief, Water Smith, spoke.",
	}
	for _, text := range texts {
		d := Prepare(&model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: text}, Options{})
		got := capInsideWords(d.Sentences)
		for w := range openWords {
			want := capInsideSents(d.Sentences, w)
			has := false
			for _, g := range got {
				has = has || g == w
			}
			if has != want {
				t.Errorf("%q in %q: capInsideWords %v, capInsideSents %v", w, text, has, want)
			}
		}
	}
}
