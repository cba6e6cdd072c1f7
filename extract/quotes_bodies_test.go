package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProperBodySpeakers: a quotation credited to an institution whose capitalised name reads
// like a person's ("the Royal College of Nursing") is the institution's, as "the Bank of
// England" is; a lower-case noun after a name ("the Brennan campaign") is still no body.
func TestProperBodySpeakers(t *testing.T) {
	const q = `"We are short of 40,000 nurses across the country,"`
	const w = "we are short of 40,000 nurses across the country"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a royal college of something, after", q + " the Royal College of Nursing said.", []string{"the Royal College of Nursing (named): " + w}},
		{"a royal college, inverted", q + " said the Royal College of Nursing.", []string{"the Royal College of Nursing (named): " + w}},
		{"a royal college, before with a colon", `The Royal College of Surgeons said: "We are short of 40,000 nurses across the country."`, []string{"the Royal College of Surgeons (named): " + w}},
		{"a royal commission", q + " the Royal Commission said.", []string{"the Royal Commission (named): " + w}},
		{"a royal bank of a country", q + " the Royal Bank of Scotland said.", []string{"the Royal Bank of Scotland (named): " + w}},
		{"a bank of a country, as before", q + " the Bank of England said.", []string{"the Bank of England (named): " + w}},
		// near misses
		{"a person's campaign is no body", q + " the Brennan campaign said.", []string{}},
		{"a person titled by a body", q + " Royal College of Nursing chief executive Pat Cullen said.", []string{"Pat Cullen (named): " + w}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteSpeakers(tt.text))
		})
	}
}
