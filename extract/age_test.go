package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// TestAges: a named person's age is read in its common forms and keyed by the full name; groups,
// hedges and ages without a name are not.
func TestAges(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "key value"
	}{
		{"appositive", "Gary Whitfield, 61, was convicted in July.", []string{"quantity|age|gary whitfield 61"}},
		{"aged", "Gary Whitfield, aged 61, was convicted in July.", []string{"quantity|age|gary whitfield 61"}},
		{"brackets", "Gary Whitfield (61) was convicted in July.", []string{"quantity|age|gary whitfield 61"}},
		{"year-old before the name", "The 61-year-old Gary Whitfield was convicted in July.", []string{"quantity|age|gary whitfield 61"}},
		{"year-old before a description and the name", "A 61-year-old retired teacher, Gary Whitfield, was convicted.", []string{"quantity|age|gary whitfield 61"}},
		{"a surname alone resolves", "Gary Whitfield was convicted in July. Whitfield, 61, will appeal.", []string{"quantity|age|gary whitfield 61"}},
		// deliberately not
		{"no name", "A 61-year-old man was convicted in July.", nil},
		{"a group", "Two men, aged 25 and 31, were convicted in July.", nil},
		{"a range", "Gary Whitfield, aged 60 to 65, was convicted.", nil},
		{"a body", "Eastbrook Council, 61, was fined.", nil},
		{"minutes in a list", "Goals from Harry Kane (23) and Bukayo Saka (67) sealed it.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: tt.text}
			var got []string
			for _, c := range extractKind(a, "age") {
				got = append(got, c.Key+" "+c.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestAgesCompare: two reports giving one person different ages conflict; the same age
// corroborates; two people's ages never meet.
func TestAgesCompare(t *testing.T) {
	age := func(c *model.Claim) bool { return c.Kind == "age" }
	kinds, _, _ := pairKinds("Gary Whitfield, 61, was convicted.", "The 62-year-old Gary Whitfield was convicted.", age)
	assert.Equal(t, []model.Kind{model.KindConflict}, kinds)
	kinds, _, _ = pairKinds("Gary Whitfield, 61, was convicted.", "Gary Whitfield (61) was convicted.", age)
	assert.Equal(t, []model.Kind{model.KindCorroborated}, kinds)
	kinds, _, _ = pairKinds("Gary Whitfield, 61, was convicted.", "Helen Ortiz, 62, was the judge.", age)
	assert.Empty(t, kinds)
}

// extractKind is the claims of kind kind that a reads to.
func extractKind(a *model.Article, kind string) []model.Claim {
	var out []model.Claim
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}
