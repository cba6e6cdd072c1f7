package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// ownerAndAttributionOf lists "owner / attribution" for the claims of the given kind in text.
func ownerAndAttributionOf(text, kind string) []string {
	a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: text}
	out := []string{}
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Kind == kind {
			out = append(out, c.Context+" / "+c.Attribution)
		}
	}
	return out
}

// TestGroupPlaceOwner: a place after a group's noun ("Residents of Paris") is neither the owner
// nor the speaker; a title's place ("Mayor of London Sadiq Khan") leaves the person named.
func TestGroupPlaceOwner(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"residents of a city counted", "Residents of Paris counted 300 cars.", "count", []string{" / Residents of Paris"}},
		{"officials in a city said", "Officials in Kharkiv said 30 people were killed.", "casualty", []string{" / Officials in Kharkiv"}},
		{"a group that is no source", "Drivers in Paris counted 300 cars.", "count", []string{" / "}},
		{"a title of a place before the owner", "Mayor of London Sadiq Khan pledged 300 buses.", "count", []string{"Sadiq Khan / "}},
		{"a title of a two-word place before the owner", "Governor of New York Kathy Hochul pledged 300 buses.", "count", []string{"Kathy Hochul / "}},
		// near misses
		{"a title of a place before the speaker, as before", "Floods destroyed 200 homes, Mayor of London Sadiq Khan said.", "count", []string{"Floods / Sadiq Khan"}},
		{"a body of something is still the speaker", "The Department of Health said 300 nurses were hired.", "count", []string{" / The Department of Health"}},
		{"a company owner, as before", "Siemens will cut 1,200 jobs.", "count", []string{"Siemens / "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ownerAndAttributionOf(tt.text, tt.kind))
		})
	}
}
