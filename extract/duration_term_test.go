package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPrisonTermKeys: a prison term is read whatever date or place follows it, and keyed by the
// person sentenced; a term only possible or asked for, a suspended sentence and a term given to
// several at once each have a key of their own, so that none meets the term imposed.
func TestPrisonTermKeys(t *testing.T) {
	tests := []struct{ text, key, value string }{
		{"Piet Larsen was jailed for nine years.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen was jailed for nine years on Friday.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen was jailed for nine years in March.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen was jailed for nine years at Oslo Crown Court.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen was sentenced on Friday to nine years in prison.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen was given a nine-year sentence.", "quantity|duration|sentenc|years|larsen|", "nine-year"},
		{"Piet Larsen was handed a nine-year prison term.", "quantity|duration|sentenc|years|larsen|", "nine-year"},
		{"The judge handed Piet Larsen a nine-year sentence.", "quantity|duration|sentenc|years|larsen|", "nine-year"},
		{"Piet Larsen is serving a nine-year sentence.", "quantity|duration|sentenc|years|larsen|", "nine-year"},
		// a term with part of it suspended is still the term passed
		{"Piet Larsen was sentenced to seven years, with five suspended.", "quantity|duration|sentenc|years|larsen|", "seven years"},
		// a year says which term: an earlier one is another figure
		{"Piet Larsen had been sentenced to eight years in prison in 2015.", "quantity|duration|sentenc|years|larsen|2015", "eight years"},
		// other figures than the term imposed
		{"Piet Larsen received a two-year suspended sentence.", "quantity|duration|sentenc suspend|years|larsen|", "two-year"},
		{"Piet Larsen was jailed for two years, suspended for 18 months.", "quantity|duration|sentenc suspend|years|larsen|", "two years"},
		{"Piet Larsen faces up to 20 years in prison.", "quantity|duration|sentenc possibl|years||", "up to 20 years"},
		{"Piet Larsen could be jailed for up to 14 years.", "quantity|duration|sentenc possibl|years|larsen|", "up to 14 years"},
		{"Prosecutors had sought a 12-year sentence for Piet Larsen.", "quantity|duration|sentenc sought|years|larsen|", "12-year"},
		{"Piet Larsen was jailed in May for nine years.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen, who could have faced up to 20 years, was jailed for nine years.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Piet Larsen, who was convicted of 14 counts of fraud, was jailed for nine years.", "quantity|duration|sentenc|years|larsen|", "nine years"},
		{"Two developers were jailed for four years each.", "quantity|duration|sentenc each|years||", "four years"},
		{"The two men were sentenced to four years in prison.", "quantity|duration|sentenc each|years||", "four years"},
		{"Piet Larsen's co-defendant was jailed for four years.", "quantity|duration|sentenc other|years||", "four years"},
		{"His accomplice was sentenced to four years in prison.", "quantity|duration|sentenc other|years||", "four years"},
		{"The senator was elected to a six-year term after he was convicted of fraud.", "quantity|duration|term|years||", "six-year"},
		{"Piet Larsen was sentenced to a nine-year term.", "quantity|duration|sentenc|years|larsen|", "nine-year"},
		{"He was jailed for 10 years.", "quantity|duration|sentenc|years||", "10 years"},
		// a term of office is no prison term
		{"She was elected to a four-year term.", "quantity|duration|term|years||", "four-year"},
		// the time since, not a length: left as before
		{"Two years on, the town is rebuilt.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tt.text, "duration")
			if tt.key == "" {
				assert.Empty(t, cs)
				return
			}
			for _, c := range cs {
				if c.Value == tt.value {
					assert.Equal(t, tt.key, c.Key)
					return
				}
			}
			t.Errorf("no duration %q in %+v", tt.value, cs)
		})
	}
}

// TestPrisonTermDeliberatelyLeft: phrasings left as they were read before.
func TestPrisonTermDeliberatelyLeft(t *testing.T) {
	// no figure: nothing to compare
	assert.Empty(t, claimsOf(t, "a", "Piet Larsen was jailed for life.", "duration"))
	// a minimum term is another figure than the term, and "serve" alone says neither: unclear
	cs := claimsOf(t, "a", "Piet Larsen will serve at least seven years.", "duration")
	if assert.Len(t, cs, 1) {
		assert.Contains(t, cs[0].Key, "|?|")
	}
}
