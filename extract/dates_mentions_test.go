package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
)

// TestDateMentionsRegistered: `claims --mentions` lists the dates with the other mentions, and the
// day of "August 8" is not listed again as a bare number.
func TestDateMentionsRegistered(t *testing.T) {
	a := article(t, "r", "2025-07-15", "Trump expects a ceasefire by August 8.")
	var dates []string
	for _, m := range extract.ExtractMentions(a, extract.Options{}) {
		if m.Kind == "date" {
			dates = append(dates, m.Text+" = "+m.Normalized)
		}
		assert.NotEqual(t, "8", m.Text, "the day is part of the date mention")
	}
	assert.Equal(t, []string{"by August 8 = 2025-08-08"}, dates)
}
