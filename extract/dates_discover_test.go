package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDateDiscoveryKeys: the finding of a mishap (breach, leak, flaw) is one dated event keyed by
// the mishap, whichever verb of finding and whichever of its names the outlet uses; sightings of
// people and findings of other things are not keyed by it.
func TestDateDiscoveryKeys(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		{"The breach was detected on Feb. 19.", "date|discover|breach", "discovery of breach"},
		{"The breach was first spotted on February 17.", "date|discover|breach", "discovery of breach"},
		{"The intrusion was discovered on 17 February.", "date|discover|breach", "discovery of breach"},
		{"The data breach was uncovered on Feb. 12.", "date|discover|breach", "discovery of breach"},
		{"TechCorp first detected the data breach on Feb. 16.", "date|discover|breach", "discovery of breach"},
		{"Engineers discovered the fault on Monday.", "date|discover|fault", "discovery of fault"},
		{"The leak was spotted on Monday.", "date|discover|leak", "discovery of leak"},
		{"Accounts were exposed in a breach the company first spotted on February 17.", "date|discover|breach", "discovery of breach"},
		{"The company said the attack was detected on Feb. 19.", "date|discover|breach", "discovery of breach"},
		{"The firm said details were swiped in the raid, which it discovered on February 19.", "date|discover|breach", "discovery of breach"},
		// near misses: not a mishap's finding
		{"The drone attack was detected on Monday.", "date|attack|discover|drone", "drone attack"}, // war words: an attack
		{"Police said the man they spotted on Monday was armed.", "", "finding"},
		{"The suspect was spotted on Monday at a cafe.", "", "finding"},
		{"Scientists discovered a new species on Monday.", "", "finding"},
		{"The breach began on Feb. 12.", "date|begin|breach", "start of breach"}, // the start is another event
		{"A parking spot opened on Monday.", "", "begin"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDateDiscoveryCompare: outlets dating the finding of one breach apart conflict; the finding
// and the start of a breach never meet.
func TestDateDiscoveryCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"detected vs spotted", "2026-03-02", "The breach was detected on Feb. 19, the company said.", "2026-03-02", "The breach was first spotted on February 17.", model.KindConflict},
		{"discovered vs detected alike", "2026-03-02", "The intrusion was discovered on 17 February.", "2026-03-02", "TechCorp detected the breach on Feb. 17.", model.KindCorroborated},
		{"start vs finding", "2026-03-02", "The breach began on Feb. 12.", "2026-03-02", "The breach was detected on Feb. 19.", model.KindSingle},
		{"sightings never meet", "2026-03-02", "Smith was spotted on Monday at a cafe.", "2026-03-03", "Smith was spotted on Tuesday in Leeds.", model.KindSingle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}

// TestDateStrikeEnding: a strike that ends, is called off or suspended is a walkout; one with a
// target or war words stays an attack.
func TestDateStrikeEnding(t *testing.T) {
	tests := []struct{ text, key string }{
		{"The strike is expected to end on Friday.", "date|walkout|end|expected"},
		{"The strike ended on Friday.", "date|walkout|end"},
		{"The strike was called off on Tuesday.", "date|walkout|postpone"},
		{"The strike was suspended on Monday.", "date|walkout|postpone"},
		// near misses
		{"The strike will begin at midnight on Friday.", "date|attack|begin"},               // nothing says labour
		{"The strike on Kyiv ended at dawn on Friday.", "date|attack|end|kyiv"},             // a target
		{"The missile strike was called off on Tuesday.", "date|attack|postpone|missile"},   // war words win
		{"Israel suspended strikes on Gaza on Monday.", "date|attack|postpone|gaza|israel"}, // plural, a target
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
	}
}

// TestDatePlanApproved: in a past-tense report, a weekday after "approved X's plan to <verb>" dates
// the approval (past); a date with its own direction, or a past verb dated already, keeps the
// plan's future.
func TestDatePlanApproved(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Councillors approved Nordvik's plan to expand on Friday.", "2026-02-27"},
		{"Councillors approved plans to expand the harbour on Friday.", "2026-02-27"},
		{"The board rejected the controversial expansion plan to build on Friday.", "2026-02-27"},
		// near misses
		{"Councillors approved a plan to expand next Friday.", "2026-03-06"},
		{"The council plans to expand on Friday.", "2026-03-06"},
		{"The council will approve a plan to expand on Friday.", "2026-03-06"},
		{"The council is planning to expand on Friday.", "2026-03-06"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.NotEmpty(t, cs, tt.text)
		last := cs[len(cs)-1]
		assert.Equal(t, tt.want, last.Date.Start, tt.text)
	}
	// the past verb dated already: the later weekday is the plan's
	cs := dateClaims(t, article(t, "a", "2026-03-02", "On Monday councillors approved a plan to vote on Friday."))
	require.Len(t, cs, 2)
	assert.Equal(t, "2026-03-06", cs[1].Date.Start)
}

// TestDateDatelineAnchor: an article with no publication date counts its relative dates from a
// dateline with a year; a dateline without one resolves nothing.
func TestDateDatelineAnchor(t *testing.T) {
	cs := dateClaims(t, article(t, "a", "", "YORK, March 9, 2026 (Reuters) - The water firm said on Monday that the leak was detected on March 5."))
	require.Len(t, cs, 3)
	assert.Equal(t, "2026-03-09", cs[1].Date.Start) // on Monday: the dateline's day
	assert.Equal(t, "2026-03-05", cs[2].Date.Start)
	cs = dateClaims(t, article(t, "a", "", "LONDON, March 3 (PA) - The firm said on Monday that the leak was detected on March 1."))
	for _, c := range cs {
		assert.False(t, c.Date.Resolved, c.Value)
	}
}
