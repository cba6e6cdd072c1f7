package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPartyAcronyms: a party written as its initials meets its full name; initials that spell two
// names of the group, or a word that only looks like initials, meet none.
func TestPartyAcronyms(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		same  [][2]string
		apart [][2]string
	}{
		{"initials of every word", []string{"BBC", "British Broadcasting Corporation"}, [][2]string{{"BBC", "British Broadcasting Corporation"}}, nil},
		{"leading the", []string{"the BBC", "The British Broadcasting Corporation"}, [][2]string{{"the BBC", "The British Broadcasting Corporation"}}, nil},
		{"little words left out", []string{"RCN", "Royal College of Nursing"}, [][2]string{{"RCN", "Royal College of Nursing"}}, nil},
		{"corporate suffix left out", []string{"GM", "General Motors Company"}, [][2]string{{"GM", "General Motors Company"}}, nil},
		{"dotted initials", []string{"U.N.", "United Nations"}, [][2]string{{"U.N.", "United Nations"}}, nil},
		{"with the short name of the full one", []string{"GM", "General Motors", "General"}, [][2]string{{"GM", "General Motors"}}, nil},
		{"two names with the same initials", []string{"BA", "British Airways", "British Athletics"}, nil,
			[][2]string{{"BA", "British Airways"}, {"BA", "British Athletics"}}},
		{"initials of another name", []string{"BBC", "British Airways"}, nil, [][2]string{{"BBC", "British Airways"}}},
		{"a one-word name in capitals is no acronym of a longer name", []string{"ACME", "Acme Corp."}, [][2]string{{"ACME", "Acme Corp."}}, nil},
		{"the initials as a word of the name", []string{"AG", "the AG Group"}, nil, [][2]string{{"AG", "the AG Group"}}},
		{"two acronyms stay apart", []string{"BBC", "ITV"}, nil, [][2]string{{"BBC", "ITV"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cls := partyClasses(tt.names)
			require.Len(t, cls, len(tt.names))
			for _, p := range tt.same {
				assert.Equal(t, cls[p[0]], cls[p[1]], "%q and %q should meet", p[0], p[1])
				assert.True(t, sameParty(p[0], p[1]))
			}
			for _, p := range tt.apart {
				assert.NotEqual(t, cls[p[0]], cls[p[1]], "%q and %q should stay apart", p[0], p[1])
			}
		})
	}
}
