package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateVerbsMore: the verbs dtVerbListMore adds end the scan for a date's verb where the
// clause's verb is, so the date is no longer given to a verb or event noun further back; a noun
// that shares a past tense's verb ("tear gas", "a trade deal") is not read as a verb.
func TestDateVerbsMore(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		// the verb nearest the date is the clause's: no more the collapse of the talks before it
		{"The talks collapsed after negotiators drew up the plan on Tuesday.", "", "draw"},
		{"The ceasefire ended after the army struck back and militants fled on Thursday.", "", "flee"},
		{"Negotiators drew up the plan on Tuesday.", "", "draw"},
		{"The ministers will draw up a plan on Friday.", "", "draw"},
		// a future of a verb the table lacked: keyed by its lemma, as its past is
		{"Ann Jones will appear in court on Monday, prosecutors said.", "date|appear|jones", "appear · Ann Jones"},
		{"Mayor Ann Jones appeared in court on Monday.", "date|appear|jones", "appear · Ann Jones"},
		{"Kyiv condemned the attack on Friday.", "date|condemn:attack|kyiv", "condemn attack · Kyiv"},
		// an event's own name between its noun and the verb: the storm is the event dated
		{"Hurricane Milton tore across Florida on Thursday.", "date|storm|florida|milton", "storm · Florida, Milton"},
		{"Hurricane Milton battered Florida on Thursday.", "date|storm|florida|milton", "storm · Florida, Milton"},
		{"Storm Ciaran swept across Cornwall on Thursday.", "date|storm|ciaran|cornwall", "storm · Ciaran, Cornwall"},
		// nouns whose verb is only read in the past: the verb of the clause keeps the date
		{"Police fired tear gas on Monday.", "", "fire"},
		{"The ceasefire collapsed amid a price freeze on Monday.", "date|ceasefire|collapse", "collapse of ceasefire"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDateTableLemmas: the lemmas the event tables name are in the verb table, so their -ed forms
// read as them: "denied" is a statement, "commenced" a start.
func TestDateTableLemmas(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		{"Moscow denied on Monday that it had attacked the port.", "date|statement|moscow|attacked|2025-08-04/", "statement by Moscow (attacked)"},
		{"The trial commenced on Monday.", "date|trial|begin", "start of trial"},
		{"The trial commences on Monday.", "date|trial|begin", "start of trial"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}
