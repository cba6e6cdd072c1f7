package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOwnerDescriptors: a common noun opening the sentence before a name ("Rival Veltamotor",
// "Carmaker Nordvik", "Developer Mark Ellis") is no part of the owner's or the speaker's name;
// names that begin with such a word's look-alikes ("Union Pacific") keep it.
func TestOwnerDescriptors(t *testing.T) {
	for _, tc := range []struct{ text, kind, ctx, att string }{
		{"Rival Veltamotor will cut 300 jobs.", "count", "Veltamotor", ""},
		{"Rival Veltamotor said it would cut 300 jobs.", "count", "Veltamotor", "Veltamotor"},
		{"Rival Veltamotor said on Monday that 300 jobs would go.", "count", "", "Veltamotor"},
		{"Carmaker Nordvik will shed 2,400 jobs.", "count", "Nordvik", ""},
		{"Chipmaker Nordvik will shed 2,400 jobs.", "count", "Nordvik", ""},
		{"Developer Mark Ellis said the homes would cost £300,000.", "money", "", "Mark Ellis"},
		// a name's own first word
		{"Union Pacific will cut 300 jobs.", "count", "Union Pacific", ""},
		{"Union Pacific said 300 jobs would go.", "count", "", "Union Pacific"},
		{"Veltamotor will cut 300 jobs.", "count", "Veltamotor", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tc.text, tc.kind)
			if assert.Len(t, cs, 1) {
				assert.Equal(t, tc.ctx, cs[0].Context)
				assert.Equal(t, tc.att, cs[0].Attribution)
			}
		})
	}
}
