package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDatePlanSubjects: a plan framed around its subject ("is set for", "is slated for", "is
// due on") is keyed by the subject noun phrase, not the participle; an indefinite subject only
// with an ordinal ("a second round"), and a head with an "of" complement by both ("round of
// voting" is not any round).
func TestDatePlanSubjects(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		{"A second round is set for September 1.", "date|round|second", "second round"},
		{"The second round is set for September 1.", "date|round|second", "second round"},
		{"A third round of voting is scheduled for September 8.", "date|round of voting|third", "third round of voting"},
		{"The first phase of the trade plan is scheduled for June 1.", "date|phase of trade plan|first", "first phase of trade plan"},
		{"The vote is slated for October 3.", "date|vote", "vote"},
		{"The election is due on November 4.", "date|election", "election"},
		{"The presidential election is due on November 4.", "date|election|presidential", "presidential election"},
		{"The verdict is now due on Thursday.", "date|ruling", "ruling"},
		{"The port of Odesa reopened on May 3.", "date|resume|port|odesa", "reopening of port · Odesa"},
		// deliberately not keyed
		{"A new round is set for September 1.", "", "set"},                // any round
		{"A first round is set for September 1.", "", "first set"},        // one of many first rounds
		{"Another round is set for September 1.", "", "again set"},        // which one? ("Another" is no name)
		{"A hearing is set for September 1.", "", "hearing"},              // an indefinite: any hearing
		{"The talks are due on Monday.", "", "date"},                      // talks run in rounds: named ones only
		{"Jones is due in court on Monday.", "", "date"},                  // a person: keyed by name only
		{"The first group of them arrived on Monday.", "", "first visit"}, // a complement that tells nothing
		{"The election is due to take place on November 4.", "date|election", "election"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDatePlanSubjectCompare: one planned event in two phrasings meets, dated apart it conflicts;
// two phases or two rounds of different things never meet.
func TestDatePlanSubjectCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"round indefinite and definite", "2025-08-10", "A second round is set for September 1.", "2025-08-11", "The second round will take place on September 1.", model.KindCorroborated},
		{"round dated apart", "2025-08-10", "A second round is set for September 1.", "2025-08-11", "The second round is scheduled for September 8.", model.KindConflict},
		{"election due and held", "2025-08-10", "The election is due on November 4.", "2025-08-11", "The election will be held on November 4.", model.KindCorroborated},
		{"election due and held apart", "2025-08-10", "The election is due on October 4.", "2025-08-10", "The election will be held on October 11.", model.KindConflict},
		{"phases of two things", "2025-08-10", "The first phase of the trade plan is scheduled for June 1.", "2025-08-10", "The first phase of the reconstruction project is scheduled for July 1.", model.KindSingle},
		{"rounds of two things", "2025-08-10", "A third round of voting is scheduled for September 8.", "2025-08-10", "The third round is set for September 15.", model.KindSingle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}
