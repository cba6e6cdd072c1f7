package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDateObjectRelative: an event noun that is the object of a relative clause's verb ("the
// deal that Russia signed on Monday") is the event dated, keyed as "Russia signed the deal on
// Monday" is; a complement clause, a statement and a subject relative are read as before.
func TestDateObjectRelative(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		{"The deal that Russia signed on Monday runs for five years.", "date|agreement|sign|russia", "signing of agreement · Russia"},
		{"Russia signed the deal on Monday.", "date|agreement|sign|russia", "signing of agreement · Russia"},
		{"The talks, which Qatar hosted on Monday, ended without a deal.", "date|talks|qatar", "talks · Qatar"},
		{"The invasion that Russia launched in 2022 continues.", "date|invasion|begin|russia", "start of invasion · Russia"},
		{"The strike that the union called off on Monday was planned for weeks.", "", "walkout postponed"}, // a labour strike (dates_strike.go),
		// a subject relative, read by subjectNoun as before
		{"The deal that was signed on Monday runs for five years.", "date|agreement|sign", "signing of agreement"},
		{"The bridge that reopened on Monday was closed for a year.", "date|resume|bridge", "reopening of bridge"},
		// deliberately not read as an object relative
		{"Officials said that Russia signed on Monday.", "date|sign|russia", "sign · Russia"},                                                           // no antecedent
		{"The ceasefire that Trump announced on Monday is holding.", "date|statement|trump|holding|2025-08-04/", "statement by Donald Trump (holding)"}, // a statement's date
		{"The deal that Russia signed with Ukraine on Monday expired.", "date|agreement|sign|russia|ukraine", "signing of agreement · Russia, Ukraine"},
		{"Russia signed the deal with Ukraine on Monday.", "date|agreement|sign|russia|ukraine", "signing of agreement · Russia, Ukraine"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDateObjectRelativeCompare: the relative and the main-clause phrasing of one signing meet.
func TestDateObjectRelativeCompare(t *testing.T) {
	checkDatePair(t, "2025-08-06", "The deal that Russia signed on Monday runs for five years.", "2025-08-06", "Russia signed the deal on Tuesday.", model.KindConflict)
	checkDatePair(t, "2025-08-06", "The deal that Russia signed on Monday runs for five years.", "2025-08-07", "Russia signed the deal on August 4.", model.KindCorroborated)
}

// TestDateAfterAppositive: a date after a participle appositive belongs to the clause's own verb,
// an -s form the scan read as a noun, not to the participle ("the deal, signed on Monday, runs to
// 2030" does not date the signing 2030).
func TestDateAfterAppositive(t *testing.T) {
	cs := dateClaims(t, article(t, "a", "2025-08-13", "The proposed deal, signed on Monday, runs to 2030."))
	require.Len(t, cs, 2)
	assert.Equal(t, "date|agreement|sign|proposed", cs[0].Key)
	assert.Equal(t, "", cs[1].Key, "to 2030 is no date of the signing")
	cs = dateClaims(t, article(t, "a", "2025-08-13", "The law, passed in 2019, takes effect on January 1."))
	require.Len(t, cs, 2)
	assert.Equal(t, "date|approve|law", cs[0].Key)
	assert.Equal(t, "date|effect|law", cs[1].Key)
}
