package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateOpenerNotName: a common word that a sentence capitalises by its place is no participant
// of the event dated; a name that is also a common word stays one when the article writes it
// capitalised inside a sentence, or a capitalised word follows it.
func TestDateOpenerNotName(t *testing.T) {
	tests := []struct{ text, value, key, subject string }{
		{"Power was restored to the street on Tuesday, the council said.", "on Tuesday", "", "restore"},
		{"Power will be restored by Friday, the utility said.", "by Friday", "", "restore deadline"},
		{"Unemployment in the region stood at 6% last year.", "last year", "", "date"}, // a level (dates_level.go)
		{"Electricity will return on Friday.", "on Friday", "", "return"},
		{"MILLBROOK - Floodwaters that swept through the town of Millbrook this week damaged 14 schools.", "this week", "date|sweep|millbrook", "sweep · Millbrook"},
		// names kept
		{"Samantha Power visited Kyiv on Monday. Power said the visit was useful.", "on Monday", "date|visit|kyiv|power", "visit · Kyiv, Samantha Power"},
		{"Witkoff will visit Moscow on Sunday.", "on Sunday", "date|visit|moscow|witkoff", "visit · Moscow, Steve Witkoff"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-10", tt.text))
		found := false
		for _, c := range cs {
			if c.Value != tt.value {
				continue
			}
			found = true
			assert.Equal(t, tt.key, c.Key, tt.text)
			assert.Equal(t, tt.subject, c.Subject, tt.text)
		}
		require.True(t, found, "%s: no claim for %q", tt.text, tt.value)
	}
}
