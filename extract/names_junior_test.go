package extract_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
	"github.com/stretchr/testify/assert"
)

// TestJuniorSurname: a surname used alone resolves to the full name given with "Jr." or "Sr.", and
// two juniors are not one person.
func TestJuniorSurname(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Interior Minister John Smith Jr. visited Harwick on Monday.\n\n\u201cWe will rebuild every school,\u201d Smith told reporters.", "John Smith Jr."},
		{"Senator Robert Hale Sr. toured the site.\n\n\u201cThe state will pay for every classroom,\u201d Hale said.", "Robert Hale Sr."},
		{"John Smith Jr. and Mary Jones Jr. toured the site.\n\n\u201cThe state will pay for every classroom,\u201d Jones said.", "Mary Jones Jr."},
	} {
		a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: tc.text}
		var speakers []string
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Type == model.TypeQuote {
				speakers = append(speakers, c.Quote.Speaker)
			}
		}
		assert.Equal(t, []string{tc.want}, speakers, tc.text)
	}
}
