package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateLevel: a figure's level ("stood at 6% last year") is dated by its period, no event; a
// stay ("remained at a base until Friday") still is one.
func TestDateLevel(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Unemployment in the region stood at 60% last year, well above the national average.", ""},
		{"Inflation remained at about 3.1% in 2023.", ""},
		{"Turnout stood at a record 72% in 2022.", ""},
		{"Unemployment in Halden stood at 4% last year.", ""},
		{"The troops remained at a base near Kyiv until Friday.", "date|remain|until|kyiv"},
		{"The ceasefire remained in place until Friday.", "date|ceasefire|until"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-10", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
	}
}
