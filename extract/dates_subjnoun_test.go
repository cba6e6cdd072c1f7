package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateNounPhraseVerbs: words of a noun phrase are not read as the verb a date attaches to:
// a word after an article ("a revised offer", "the flooded harbour"), the head of "a pay offer",
// "final" before its noun ("a final offer"); an -s verb after a year is still a verb ("the
// contract signed in 2022 expires"), and "for" opens a subject's complement ("the contract for
// the port's dock workers").
func TestDateNounPhraseVerbs(t *testing.T) {
	tests := []struct{ text, key, subject, start string }{
		// published Wednesday 2025-08-13: the past Monday is 08-11, the coming one 08-18
		{"The dockers rejected a pay offer from the Port Authority in a ballot on Monday.", "-", "", "2025-08-11"},
		{"Negotiators had drawn up a revised offer on Monday.", "", "draw", "2025-08-11"},
		{"Governor Tom Haley toured the flooded harbour with Brennan on Monday.", "date|visit|brennan|haley", "visit · Brennan, Tom Haley", "2025-08-11"},
		{"The talks collapsed after negotiators drew up a final offer on Monday.", "", "draw", "2025-08-11"},
		{"The contract for the port's 4,000 dock workers expires on August 31.", "date|end|contract", "end of contract", "2025-08-31"},
		// a noun phrase's head has no tense: the past verb before it dates the attack
		{"Five people were killed in a drone attack in Kharkiv on Monday.", "date|attack|kharkiv|2025-08-11/", "attack · Kharkiv", "2025-08-11"},
		// kept as before
		{"The final will be played on Sunday.", "", "final match", "2025-08-17"},
		{"The contract expires on Friday.", "date|end|contract", "end of contract", "2025-08-15"},
		{"Five people were killed in the drone attack in Kharkiv on Monday.", "date|attack|kharkiv|2025-08-11/", "attack · Kharkiv", "2025-08-11"},
		{"The unions threaten to strike on Monday.", "", "attack", "2025-08-18"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-13", tt.text))
		require.Len(t, cs, 1, tt.text)
		if tt.key != "-" {
			assert.Equal(t, tt.key, cs[0].Key, tt.text)
		}
		if tt.subject != "" {
			assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
		}
		assert.Equal(t, tt.start, cs[0].Date.Start, tt.text)
	}
}

// TestDatePlannedModifier: "planned", "expected" and "scheduled" after a determiner keep their
// reading as a plan's verb, so a statement verb further back does not take the date.
func TestDatePlannedModifier(t *testing.T) {
	cs := dateClaims(t, article(t, "a", "2025-08-13", "Officials said the planned visit on Monday would go ahead."))
	require.Len(t, cs, 1)
	assert.Equal(t, "visit", cs[0].Subject)
}

// TestDateCollectiveSubjects: after "the", a noun before a base form may be its plural subject
// ("the people vote", "the council meet"): the base form stays the verb.
func TestDateCollectiveSubjects(t *testing.T) {
	for _, tt := range []struct{ text, start string }{
		{"The people vote on Sunday.", "2025-08-17"},
		{"The council meet on Monday.", "2025-08-18"},
		{"Officials will discuss the revised offer on Monday.", "2025-08-18"},
	} {
		cs := dateClaims(t, article(t, "a", "2025-08-13", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.start, cs[0].Date.Start, tt.text)
	}
}
