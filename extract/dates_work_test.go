package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDateWorkKeys: building works named any way are the thing "construction", with what is built
// as its complement; a sentence-opening abstract noun is no participant; "expected to" dates a
// scheduled event's stage as a plan; a named group's leaders meeting is its summit. The article
// is published on Wednesday 2025-08-06.
func TestDateWorkKeys(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		// building works
		{"Construction is due to begin in April 2027.", "date|begin|construction", "start of construction"},
		{"Construction work will start in May 2027.", "date|begin|construction", "start of construction"},
		{"Building work will start in May 2027.", "date|begin|construction", "start of construction"},
		{"Building work on the new terminal will start in June 2027.", "date|begin|construction of terminal", "start of construction of terminal"},
		{"Construction of the terminal will begin in September 2027.", "date|begin|construction of terminal", "start of construction of terminal"},
		{"Work on the terminal will begin in May 2027.", "date|begin|construction of terminal", "start of construction of terminal"},
		{"The construction of the new bridge will begin in May 2027.", "date|begin|construction of bridge", "start of construction of bridge"},
		{"The airport said, with building work starting in June 2027.", "date|begin|construction", "start of construction"},
		// an absolute clause after "with" for any thing
		{"Flights were halted, with schools reopening on Monday.", "date|resume|schools", "reopening of schools"},
		// sentence-opening abstract nouns are common words, not names
		{"Coalition talks are due to start on Wednesday.", "date|talks|begin", "start of talks"},
		{"Government talks are due to start on Wednesday.", "date|talks|begin", "start of talks"},
		// "expected to" with a scheduled event: a plan
		{"Michal is expected to begin coalition talks on Tuesday.", "date|talks|begin", "start of talks"},
		{"The trial is expected to open on Monday.", "date|trial|begin", "start of trial"},
		// a group's leaders meeting: its summit
		{"Leaders of the G7 will meet in Evian on 14 June.", "date|summit|evian|g7", "summit · Evian, G7"},
		{"G7 leaders will meet in Evian on June 14.", "date|summit|evian|g7", "summit · Evian, G7"},
		{"The G7 summit in Evian is scheduled for June 15-17.", "date|summit|evian|g7", "summit · Evian, G7"},
		{"EU leaders will meet in Brussels on Thursday.", "date|summit|brussels|european-union", "summit · Brussels, European Union"},
		// deliberately left alone
		{"Parliament will vote on Tuesday.", "date|vote|parliament", "vote · Parliament"},                        // a body's name before its verb
		{"The trial is expected to end next month.", "date|trial|end|expected", "end of expected trial"},         // an end: an estimate
		{"Work resumed on Monday.", "", "resume"},                                                                // which work: none named
		{"The building collapsed on Monday.", "date|collapse|building", "collapse of building"},                  // a building, not building works
		{"Talks could resume on Monday.", "date|talks|resume|expected", "resumption of expected talks"},          // a real hedge
		{"The port is expected to reopen next week.", "date|resume|port|expected", "expected reopening of port"}, // a thing's stage: an estimate
		{"Trump and Xi will meet in Busan on Thursday.", "date|talks|busan|jinping|trump", "talks · Busan, Xi Jinping, Donald Trump"},
		{"The two leaders will meet in Alaska on Friday.", "date|talks|alaska", "talks · Alaska"},
		{"G7 leaders will meet on the sidelines of the summit on Friday.", "date|talks|g7", "talks · G7"},
		{"The leaders of the US and China will meet on Friday.", "date|talks|china|united-states", "talks · China, United States"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.NotEmpty(t, cs, tt.text)
		c := cs[len(cs)-1] // the last date: the one the case is about
		assert.Equal(t, tt.key, c.Key, tt.text)
		assert.Equal(t, tt.subject, c.Subject, tt.text)
	}
}

// TestDateWorkCompare: the two outlets' starts of building works, of coalition talks and of the
// G7's meeting in Evian conflict; an estimate does not contradict a report, nor a summit talks on
// its sidelines.
func TestDateWorkCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"building works on one terminal", "2026-03-02", "Building work on the new terminal will start in June 2027.", "2026-03-02", "Construction of the terminal will begin in September 2027.", model.KindConflict},
		{"building works unnamed", "2026-03-02", "Construction is due to begin in April 2027.", "2026-03-02", "Construction work will start in June 2027.", model.KindConflict},
		{"building works alike", "2026-03-02", "Work on the terminal will begin in June 2027.", "2026-03-03", "Construction of the terminal will begin in June 2027.", model.KindCorroborated},
		{"coalition talks", "2026-09-28", "Michal is expected to begin coalition talks on Tuesday.", "2026-09-28", "Coalition talks are due to start on Wednesday.", model.KindConflict},
		{"G7 leaders and summit", "2026-03-02", "Leaders of the G7 will meet in Evian on 14 June.", "2026-03-02", "The G7 summit in Evian is scheduled for June 15-17.", model.KindConflict},
		{"summit and sideline talks", "2026-03-02", "G7 leaders will meet on the sidelines of the summit on Friday.", "2026-03-02", "The G7 summit is scheduled for Saturday.", model.KindSingle},
		{"estimate and report", "2026-03-04", "The port reopened on Monday.", "2026-03-05", "The port is expected to reopen next week.", model.KindSingle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}
