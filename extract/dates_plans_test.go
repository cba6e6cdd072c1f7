package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDatePlanKeys: what a date dates is read from "-s" verbs after a lower-case noun, from bare
// plural subjects, from a fronted place, and an expectation is keyed apart from a report. The
// article is published on Wednesday 2025-08-06.
func TestDatePlanKeys(t *testing.T) {
	tests := []struct{ text, key, subject, date string }{
		// "-s" forms that are never nouns are verbs after a lower-case noun (and present: ahead)
		{"The contract expires on Friday.", "date|end|contract", "end of contract", "2025-08-08"},
		{"The contract expires on Friday, officials said.", "date|end|contract", "end of contract", "2025-08-08"},
		{"The agreement expires on Friday.", "date|agreement|end", "end of agreement", "2025-08-08"},
		{"The ceasefire takes effect at midnight on Sunday.", "date|ceasefire|effect", "ceasefire takes effect", "2025-08-10"},
		{"The trial begins on 3 September.", "date|trial|begin", "start of trial", "2025-09-03"},
		{"The summit takes place on Friday.", "date|summit", "summit", "2025-08-08"},
		{"The museum reopens on Friday.", "date|resume|museum", "reopening of museum", "2025-08-08"},
		{"The decision comes into force on September 1.", "date|effect|decision", "entry into force of decision", "2025-09-01"},
		{"The festival continues until Sunday.", "", "festival lasting until", "2025-08-10"}, // present: ahead
		// bare plural and mass subjects opening their clause: the stage of a thing
		{"Schools reopened on Monday.", "date|resume|schools", "reopening of schools", "2025-08-04"},
		{"In the city, schools reopened on Monday.", "date|resume|schools", "reopening of schools", "2025-08-04"},
		{"Officials said ferry crossings resumed on Monday.", "date|resume|ferry crossings", "resumption of ferry crossings", "2025-08-04"},
		{"Flights were cancelled until Friday.", "date|postpone|until|flights", "cancellation of flights lasting until", "2025-08-01"},
		{"Schools in the area were closed on Monday.", "date|end|schools", "closure of schools", "2025-08-04"},
		{"The road stayed closed until Friday.", "date|end|until|road", "closure of road lasting until", "2025-08-01"},
		// a fronted place tells the thing apart, unless it is the article's own place (here the
		// only one): "the port" of an article about Antwerp is Antwerp's
		{"Ships wait in Rotterdam. In Antwerp, the port reopened on Monday.", "date|resume|port|antwerp", "reopening of port · Antwerp", "2025-08-04"},
		{"In Antwerp, the port reopened on Monday.", "date|resume|port", "reopening of port", "2025-08-04"},
		{"The port of Antwerp reopened on Monday in Antwerp.", "date|resume|port", "reopening of port", "2025-08-04"},
		// an expectation is keyed apart from a report of the same stage
		{"The port is expected to reopen next week.", "date|resume|port|expected", "expected reopening of port", "2025-08-11"},
		{"Schools could reopen on Monday.", "date|resume|schools|expected", "expected reopening of schools", "2025-08-11"},
		{"The bridge could also reopen on Monday.", "date|resume|bridge|expected", "expected reopening of bridge", "2025-08-11"},
		// plans stay comparable with reports
		{"The port will reopen on Monday.", "date|resume|port", "reopening of port", "2025-08-11"},
		// meetings keyed by who meets
		{"Zelensky will meet Trump on Friday.", "date|talks|trump|zelensky", "talks · Donald Trump, Volodymyr Zelensky", "2025-08-08"},
		{"Zelensky and Trump meet on Friday.", "date|talks|trump|zelensky", "talks · Donald Trump, Volodymyr Zelensky", "2025-08-08"},
		{"The Zelensky-Trump meeting takes place on Friday.", "date|talks|trump|zelensky", "talks · Donald Trump, Volodymyr Zelensky", "2025-08-08"},
		{"Talks between Zelensky and Trump are scheduled for Friday.", "date|talks|trump|zelensky", "talks · Donald Trump, Volodymyr Zelensky", "2025-08-08"},
		// a place keeps two meetings of the same people apart (and splits one meeting that only
		// one outlet places): left as it was
		{"Zelensky will meet Trump in Washington on Friday.", "date|talks|trump|washington|zelensky", "talks · Donald Trump, Washington, Volodymyr Zelensky", "2025-08-08"},
		// a capitalised plural opening a sentence is a name when another sentence capitalises
		// it too, or when it names a people
		{"Jones resigned on Friday. Tom Jones had led the party.", "date|resignation|jones", "resignation · Jones", "2025-08-01"},
		{"Ukrainians voted on Sunday.", "date|vote|ukrainians", "vote · Ukrainians", "2025-08-03"},
		// deliberately left alone
		{"The talks were held on Monday.", "", "talks", "2025-08-04"},         // talks run over days: named ones only
		{"The meeting will take place on Friday.", "", "talks", "2025-08-08"}, // which meeting: no one named
		{"Dredgers worked on Tuesday.", "", "worked", "2025-08-05"},           // a common plural, no name
		{"Elections were held on Sunday.", "", "election", "2025-08-03"},      // any elections
		{"Protests took place on Monday.", "", "protest", "2025-08-04"},       // recurring, bare
		{"The peace talks on Friday ended.", "", "talks", "2025-08-01"},       // "talks" stays a noun
		{"Stocks closed higher on Friday.", "", "end", "2025-08-01"},          // a trading day
		{"Shops and schools closed on Friday.", "", "end", "2025-08-01"},      // a coordination: not read
		{"Officials ordered schools closed on Friday.", "", "end", "2025-08-01"},
		{"The announcement comes days after the talks on Friday collapsed.", "", "talks", "2025-08-01"}, // "comes" is no verb of the date
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
		assert.Equal(t, tt.date, cs[0].Date.Start, tt.text)
	}
}

// TestDatePlanCompare: one contract, meeting or port dated apart conflicts; an expectation does
// not contradict a report, nor one port another.
func TestDatePlanCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"contract dated apart", "2026-03-04", "The contract expires on Friday.", "2026-03-04", "The contract expires on March 9.", model.KindConflict},
		{"contract dated alike", "2026-03-04", "The contract expires on Friday.", "2026-03-05", "The contract expires at midnight on March 6.", model.KindCorroborated},
		{"meeting dated apart", "2026-03-04", "Berg will meet Vik on Thursday.", "2026-03-04", "Berg and Vik are due to meet on Friday.", model.KindConflict},
		{"schools bare and capitalised", "2026-03-04", "Schools reopened on Monday.", "2026-03-04", "In the city, schools reopened on Tuesday.", model.KindConflict},
		{"expectation and report", "2026-03-04", "The port reopened on Monday.", "2026-03-05", "The port is expected to reopen next week.", model.KindSingle},
		{"two ports", "2026-03-04", "Ships wait in Rotterdam. In Antwerp, the port reopened on Monday.", "2026-03-04", "Ships wait in Antwerp. The port of Rotterdam reopened on Tuesday.", model.KindSingle},
		{"the port of the article's place", "2026-03-04", "In Rotterdam, the port reopened on Monday.", "2026-03-04", "The port of Rotterdam reopened on Tuesday, officials in Rotterdam said.", model.KindConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}
