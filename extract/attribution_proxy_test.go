package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProxyForTitledPerson: a spokesman or an aide for a titled person speaks on the person's
// behalf: the figure is credited to "spokesman for Keir Starmer", and a quotation is never the
// person's own words.
func TestProxyForTitledPerson(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"a spokesman for a titled person", "A spokesman for Prime Minister Keir Starmer said 300 nurses would be hired.", "count", []string{"spokesman for Keir Starmer"}},
		{"a spokesman to a titled person, opening the sentence", "Spokesman to Prime Minister Keir Starmer said 300 nurses would be hired.", "count", []string{"Spokesman to Keir Starmer"}},
		{"an aide to a president", "An aide to President Donald Trump said 300 troops would be sent.", "count", []string{"aide to Donald Trump"}},
		{"a spokesman's quotation is not the person's", `"We will hire 300 more nurses for the health service," a spokesman for Prime Minister Keir Starmer said.`, "quote", []string{}},
		// near misses
		{"a spokesman for an untitled person, as before", "A spokesman for Keir Starmer said 300 nurses would be hired.", "count", []string{"spokesman for Keir Starmer"}},
		{"the titled person himself", "Prime Minister Keir Starmer said 300 nurses would be hired.", "count", []string{"Keir Starmer"}},
		{"a title's own 'to'", "Ambassador to NATO Matthew Whitaker said 300 troops would be sent.", "count", []string{"Matthew Whitaker"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, tt.kind))
		})
	}
}
