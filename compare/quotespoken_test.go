package compare

import "testing"

// TestSpokenSame: a contraction spelled out or a compound hyphenated otherwise is the same
// quotation; a changed word, or a contraction that reads as another word, is not.
func TestSpokenSame(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       quoteRel
	}{
		{"contraction spelled out", "We're throwing everything we have at it", "We are throwing everything we have at it", relIdentical},
		{"negation spelled out", "We won't leave anyone behind in this town", "We will not leave anyone behind in this town", relIdentical},
		{"cannot", "We cannot leave anyone behind in this town", "We can't leave anyone behind in this town", relIdentical},
		{"it's as it has", "It's been the hardest week of my whole life", "It has been the hardest week of my whole life", relIdentical},
		{"it's as it is", "It's the hardest week of my whole life", "It is the hardest week of my whole life", relIdentical},
		{"a hyphenated compound", "This is a once-in-a-generation opportunity to build the leading bank", "This is a once in a generation opportunity to build the leading bank", relIdentical},
		{"an excerpt that spells out a contraction", "we are throwing everything we have", "We're throwing everything we have at it", relExcerpt},
		{"a spelled-out contraction beside a changed word", "We're throwing everything we have at it", "We are throwing all we have at it", relAltered},
		{"a possessive is no contraction", "the country's army will defend every village", "the country is army will defend every village", relAltered},
		{"a different negation", "We will not leave anyone behind in this town", "We will now leave anyone behind in this town", relAltered},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertMatch(t, tt.a, tt.b, tt.want)
		})
	}
}
