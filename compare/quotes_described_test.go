package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestDescribedSpeakerQuotes: quotations credited to a description ("the governor", "police")
// are compared with those credited to the same description; a description and a name, or two
// descriptions, are never one speaker, so no quotation between them is called misattributed
// or altered.
func TestDescribedSpeakerQuotes(t *testing.T) {
	const said = "We will fight for every job in this region and we will win"
	const changed = "We will fight for every single job in this region and we will win"
	tests := []struct {
		name   string
		claims []model.Claim
		want   []string // kind: subject of each quote finding, in order
	}{
		{"the same description, altered", []model.Claim{
			quote("a", "the governor", said, false),
			quote("b", "the governor", changed, false),
		}, []string{"conflict: the governor · quote"}},
		{"the same description, alike", []model.Claim{
			quote("a", "the governor", said, false),
			quote("b", "the governor", said+".", false),
		}, []string{"corroborated: the governor · quote"}},
		{"two descriptions: no misattribution, no altered quote", []model.Claim{
			quote("a", "the governor", said, false),
			quote("b", "police", said, false),
		}, []string{"single-source: police · quote", "single-source: the governor · quote"}},
		{"two descriptions, changed words", []model.Claim{
			quote("a", "the governor", said, false),
			quote("b", "the Health Ministry", changed, false),
		}, []string{"single-source: the Health Ministry · quote", "single-source: the governor · quote"}},
		{"a description and a name: no misattribution", []model.Claim{
			quote("a", "Olga Brennan", said, false),
			quote("b", "the governor", said, false),
		}, []string{"single-source: Olga Brennan · quote", "single-source: the governor · quote"}},
		{"an inferred quotation joins the name, not the description", []model.Claim{
			quote("a", "Olga Brennan", said, false),
			quote("b", "the governor", said, false),
			quote("c", "Tom Haley", said, true),
		}, []string{"corroborated: Olga Brennan · quote", "single-source: the governor · quote"}},
		{"a body alone and with the article", []model.Claim{
			quote("a", "police", said, false),
			quote("b", "the police", changed, false),
		}, []string{"conflict: the police · quote"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Compare(nil, tt.claims, Options{}) {
				if f.Type == model.TypeQuote {
					got = append(got, string(f.Kind)+": "+f.Subject)
				}
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestDescribedSpeaker(t *testing.T) {
	assert.True(t, describedSpeaker("the governor"))
	assert.True(t, describedSpeaker("police"))
	assert.False(t, describedSpeaker("Olga Brennan"))
	assert.False(t, describedSpeaker(""))
	assert.False(t, sameSpeaker("police", "Tom Police"))
	assert.True(t, sameSpeaker("police", "the police"))
	assert.True(t, sameSpeaker("Brennan", "Olga Brennan"))
}
