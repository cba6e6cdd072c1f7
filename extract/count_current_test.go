package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStateCountIsCurrent: a state that changes from day to day (without power, in hospital,
// homeless) marks its count Current, so that reports of different days tell of a change; how many
// were on board does not change, nor does a count with a verb of its own.
func TestStateCountIsCurrent(t *testing.T) {
	for _, tc := range []struct {
		text    string
		current bool
	}{
		{"About 1,500 homes in Ravel were without power.", true},
		{"Twelve people remain in hospital.", true},
		{"The fire left 200 people homeless.", true},
		{"Five people were in police custody.", true},
		// deliberately not
		{"The ferry had 112 people on board.", false},
		{"1,500 homes lost power.", false},
		{"The company cut 200 jobs.", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tc.text, "count")
			require.Len(t, cs, 1, "%+v", cs)
			assert.Equal(t, tc.current, cs[0].Current)
			assert.False(t, cs[0].Cumulative && cs[0].Current, "a figure only grows or rises and falls")
		})
	}
}
