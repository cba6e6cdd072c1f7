package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestDateSubjectKeys: an event named as the definite subject of an intransitive verb ("the vote
// took place", "the port reopened", "the summit was held") is keyed by its noun phrase; subjects
// that tell nothing apart (pronouns, indefinites, people) and transitive verbs stay unkeyed.
func TestDateSubjectKeys(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		// event nouns without a named participant
		{"The vote took place on March 3.", "date|vote", "vote"},
		{"The referendum was held on March 3.", "date|referendum", "referendum"},
		{"The vote is scheduled for March 3.", "date|vote", "vote"},
		{"The treaty was signed on April 2.", "date|agreement|sign", "signing of agreement"},
		{"The presidential election will be held on June 12.", "date|election|presidential", "presidential election"},
		{"The second vote took place on March 9.", "date|vote|second", "second vote"},
		{"The polls closed on Tuesday.", "date|election|end", "end of election"},
		{"The council vote on a 40 million euro repair fund is scheduled for Thursday.", "date|vote|council", "council vote"},
		{"The earthquake struck on Monday.", "date|earthquake", "earthquake"},
		{"The storm hit the coast on Monday.", "", "storm"}, // an object: not read (yet)
		{"The fire broke out on Friday.", "date|fire|begin", "start of fire"},
		// recurring events: keyed with their date, so they only corroborate
		{"The attack happened last Tuesday.", "date|attack|2025-08-05/", "attack"},
		// any noun as the subject of an occurrence verb is the event
		{"The incident happened on Tuesday.", "date|incident", "incident"},
		{"The evacuation took place on Tuesday.", "date|evacuation", "evacuation"},
		// a stage or mishap of a thing: the thing tells it apart
		{"The port reopened on May 3.", "date|resume|port", "reopening of port"},
		{"The airport reopened on May 5.", "date|resume|airport", "reopening of airport"},
		{"The bridge collapsed on Friday.", "date|collapse|bridge", "collapse of bridge"},
		{"The bridge over the river collapsed on Friday.", "date|collapse|bridge", "collapse of bridge"},
		{"The container port reopened to traffic on May 3.", "date|resume|container port", "reopening of container port"},
		{"Baltimore's port reopened on May 3.", "date|resume|port|baltimore", "reopening of port · Baltimore"},
		{"The port of Odesa reopened on May 3.", "date|resume|port|odesa", "reopening of port · Odesa"},
		{"The new rules took effect on Monday.", "date|effect|rules", "entry into force of rules"},
		{"The cargo plane crashed on Friday.", "date|crash|cargo plane", "crash of cargo plane"},
		{"On Friday, the bridge collapsed.", "date|collapse|bridge", "collapse of bridge"},
		{"The museum, built in 1755, will reopen on Thursday.", "date|resume|museum", "reopening of museum"},
		// keys that were already built stay as they were
		{"The summit will be held on June 12.", "date|summit", "summit"},
		{"The ceasefire began on Sunday.", "date|ceasefire|begin", "start of ceasefire"},
		{"The truce took effect at midnight on Sunday.", "date|ceasefire|effect", "ceasefire takes effect"},
		{"The talks in Geneva, which took place on Monday, ended.", "date|talks|geneva", "talks · Geneva"},
		// deliberately not keyed
		{"The talks, which took place on Monday, ended.", "", "talks"}, // talks run in rounds: named ones only
		{"It reopened on May 3.", "", "resume"},                        // a pronoun
		{"An explosion happened on Tuesday.", "", "explosion"},         // an indefinite: any explosion
		{"A plant closed in mid-September.", "", "end"},
		{"The minister resigned on Friday.", "", "resignation"},                                 // a person: keyed by name only
		{"The soldiers died on Friday.", "", "death"},                                           // people
		{"The company released its report on Friday.", "", "release"},                           // transitive: dates the report
		{"The government closed the border on Friday.", "", "end"},                              // transitive
		{"The market closed higher on Friday.", "", "end"},                                      // a trading day
		{"The market closed on Friday.", "", "end"},                                             // opens and closes every day
		{"The festival, which lasts until Sunday, draws crowds.", "", "festival lasting until"}, // no verb read
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDateSubjectCompare: two sources dating one subject-named event differently conflict, alike
// corroborate, and two events of one story (the port and the airport) never meet.
func TestDateSubjectCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"port dated apart", "2026-05-06", "The port reopened on May 3.", "2026-05-06", "The port reopened on May 4 after the storm.", model.KindConflict},
		{"port dated alike", "2026-05-06", "The port reopened on Sunday.", "2026-05-07", "The port reopened on May 3.", model.KindCorroborated},
		{"port and airport", "2026-05-06", "The port reopened on May 3.", "2026-05-06", "The airport reopened on May 5.", model.KindSingle},
		{"vote on weekdays", "2026-03-05", "The vote took place on Tuesday.", "2026-03-05", "The vote was held on Wednesday.", model.KindConflict},
		{"bridge passive and active", "2026-03-09", "The bridge collapsed on Friday.", "2026-03-10", "The bridge collapsed on March 6.", model.KindCorroborated},
		{"two elections", "2026-05-01", "The presidential election will be held on June 12.", "2026-05-01", "The parliamentary election will be held on June 19.", model.KindSingle},
		{"attacks recur", "2026-03-05", "The attack happened on Tuesday.", "2026-03-05", "The attack happened on Wednesday.", model.KindSingle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}

// checkDatePair compares the one date claim of article a (published pubA) with that of b: the
// findings include want, and no conflict unless want is one.
func checkDatePair(t *testing.T, pubA, a, pubB, b string, want model.Kind) {
	t.Helper()
	aa, ab := article(t, "a", pubA, a), article(t, "b", pubB, b)
	cs := append(dateClaims(t, aa), dateClaims(t, ab)...)
	require.Len(t, cs, 2)
	fs := compare.Compare([]model.Source{aa.Source, ab.Source}, cs, compare.Options{})
	kinds := map[model.Kind]bool{}
	for _, f := range fs {
		kinds[f.Kind] = true
	}
	assert.True(t, kinds[want], "%v: keys %q %q", kinds, cs[0].Key, cs[1].Key)
	if want != model.KindConflict {
		assert.False(t, kinds[model.KindConflict], "keys %q %q", cs[0].Key, cs[1].Key)
	}
}
