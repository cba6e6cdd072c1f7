package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrisonTermPerson: a prison term is the term of the person sentenced, so the terms of two
// defendants never meet, and two reports of one defendant's term do; a term that names no one
// keeps the key of a prison term alone.
func TestPrisonTermPerson(t *testing.T) {
	key := func(text string) string {
		cs := claimsOf(t, "a", text, "duration")
		require.Len(t, cs, 1, "%s: %+v", text, cs)
		return cs[0].Key
	}
	tests := []struct {
		name, a, b string
		meet       bool
	}{
		{"one defendant, two wordings", "Derek Hale was sentenced to seven years in prison.", "Former mayor Derek Hale was jailed for eight years.", true},
		{"a surname alone after the full name", "Derek Hale, 61, stood trial in Bristol. Hale was jailed for eight years.", "Derek Hale was sentenced to eight years.", true},
		{"a name before an age", "Derek Hale, 61, was jailed for eight years.", "Derek Hale was sentenced to seven years in prison.", true},
		{"no one named, as before", "He was jailed for 10 years.", "He was sentenced to 12 years in prison.", true},
		{"behind bars", "Gary Whitfield was sentenced to eight years behind bars.", "Gary Whitfield was jailed for seven years.", true},
		// deliberately apart
		{"two defendants", "Derek Hale was sentenced to seven years in prison.", "Developer Mark Ellis was jailed for four years.", false},
		{"a named and an unnamed term", "Derek Hale was jailed for seven years.", "Two developers were jailed for four years each.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.meet, key(tt.a) == key(tt.b), "%s vs %s", key(tt.a), key(tt.b))
		})
	}
}
