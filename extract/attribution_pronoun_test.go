package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// attributionsOf lists "kind: attribution" for the claims of the given kind in text.
func attributionsOf(text, kind string) []string {
	a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: text}
	out := []string{}
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Kind == kind || c.Type == model.ClaimType(kind) {
			out = append(out, c.Attribution)
		}
	}
	return out
}

// TestPronounAttribution: a pronoun speaker is the person named nearest before it, in its own
// sentence before it or in the sentences before; never a person named after it.
func TestPronounAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"speaker named later in the sentence is not the pronoun's",
			"Volodymyr Zelensky said on Monday the city was in mourning. He said 31 people were killed in the strike, Andriy Yermak said later.",
			[]string{"Volodymyr Zelensky"}},
		{"speaker named earlier in the sentence wins over earlier sentences",
			"Volodymyr Zelensky said on Monday the city was in mourning. Ihor Klymenko said rescuers were still searching and he said 31 people were killed.",
			[]string{"Ihor Klymenko"}},
		{"nearest of two speakers before the pronoun",
			"Ihor Klymenko said rescuers were searching, Volodymyr Zelensky said, and he said 31 people were killed.",
			[]string{"Volodymyr Zelensky"}},
		{"auxiliary between speaker and verb",
			"Ihor Klymenko has said rescuers were searching, and he said 31 people were killed.",
			[]string{"Ihor Klymenko"}},
		{"direct speaker unaffected", "Volodymyr Zelensky said 31 people were killed.", []string{"Volodymyr Zelensky"}},
		{"according to a pronoun",
			"Ihor Klymenko spoke in Kyiv on Monday. According to him, 31 people were killed, Volodymyr Zelensky said later.",
			[]string{"Ihor Klymenko"}}, // the one man named before "him" (not speaking), not Zelensky, named after it
		{"a quotation's pronoun before a person named later",
			"Kaja Kallas said the city was in mourning. \"At least 31 people were killed,\" she said, before Mayor Olga Brennan said the toll could rise.",
			[]string{"Kaja Kallas"}},
		{"a plural pronoun is no name",
			"Kaja Kallas said the city was in mourning. They said 31 people were killed.",
			[]string{""}},
		{"a plural pronoun is no speaker for a later he",
			"They said the city was in mourning. He said 31 people were killed.",
			[]string{""}},
		{"a spokesman for someone",
			"Kaja Kallas said the city was in mourning. A spokesman for Olga Brennan said 31 people were killed.",
			[]string{"spokesman for Olga Brennan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}
