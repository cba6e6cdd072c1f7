package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestDateAnaphor: "the same day", "that day", "the following day" are read from the one day
// named just before them (same sentence or the one before), and left unread otherwise.
func TestDateAnaphor(t *testing.T) {
	tests := []struct{ text, value, start string }{
		{"The plant closed on March 2, and the union called a strike the same day.", "the same day", "2026-03-02"},
		{"Witkoff arrived in Moscow on Thursday and met Putin that day.", "that day", "2026-03-05"},
		{"Witkoff arrived on Thursday and met Putin that same day.", "that same day", "2026-03-05"},
		{"Talks began on March 3. They collapsed the following day.", "the following day", "2026-03-04"},
		{"The storm hit on Sunday. Power was restored the next day.", "the next day", "2026-03-09"},
		{"The result was announced on March 2. Voting had ended the previous day.", "the previous day", "2026-03-01"},
		{"Voting ended on March 1; results were announced the day after.", "the day after", "2026-03-02"},
		{"Talks began on March 3. They stalled the next day. The following day, they collapsed.", "The following day", "2026-03-05"},
		// left unread: no one day just named, or another reference named
		{"Voting was held in March. The result was announced the next day.", "the next day", ""},
		{"Talks began on March 3. Nothing happened. They collapsed the following day.", "the following day", ""},
		{"The vote took place on March 3. Results came out the same day as the count ended.", "the same day", ""},
		{"Voting was held on March 1. The result was announced the day before the deadline.", "the day before", ""},
		{"The deal must be signed before March 3. Talks ended the same day.", "the same day", ""},
		{"Talks ended the same day.", "the same day", ""},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-10", tt.text))
		var got *model.Claim
		for i := range cs {
			if cs[i].Value == tt.value {
				got = &cs[i]
			}
		}
		if tt.start == "" {
			assert.Nil(t, got, tt.text)
			continue
		}
		if assert.NotNil(t, got, tt.text) {
			assert.Equal(t, tt.start, got.Date.Start, tt.text)
			assert.True(t, got.Date.Resolved, tt.text)
		}
	}
}

// TestDateAnaphorCompare: an event dated "the following day" meets another source's calendar date.
func TestDateAnaphorCompare(t *testing.T) {
	a := article(t, "a", "2026-03-10", "The storm hit Halden on Sunday. The bridge collapsed the next day.")
	b := article(t, "b", "2026-03-10", "The bridge collapsed on March 10.")
	c := article(t, "c", "2026-03-10", "The bridge collapsed on March 9.")
	kinds := func(x, y *model.Article) map[model.Kind]bool {
		cs := append(dateClaims(t, x), dateClaims(t, y)...)
		out := map[model.Kind]bool{}
		for _, f := range compare.Compare([]model.Source{x.Source, y.Source}, cs, compare.Options{}) {
			out[f.Kind] = true
		}
		return out
	}
	assert.True(t, kinds(a, b)[model.KindConflict])
	assert.True(t, kinds(a, c)[model.KindCorroborated])
	assert.False(t, kinds(a, c)[model.KindConflict])
}
