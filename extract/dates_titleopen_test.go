package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateTitleCaseHeadlines: a Title Case headline keys its event as sentence case does: a
// common opening word before a capitalised event noun ("Fee Talks") and the verbs and particles
// Title Case capitalises ("Called Off", "Closes", "Meets") are no participants; names still are.
func TestDateTitleCaseHeadlines(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Fee Talks Collapse on Tuesday", "date|talks|collapse"},
		{"Fee talks collapse on Tuesday", "date|talks|collapse"},
		{"Pension Talks Collapse on Tuesday", "date|talks|collapse"},
		{"Trump Meets Putin in Alaska on Friday", "date|talks|alaska|putin|trump"},
		{"Power Station Closes on Friday", "date|end|power-station"},
		{"Pension Strike Called Off on Monday", ""}, // no "off" participant; a bare subject is not keyed
		// near misses: names stay
		{"Brexit Talks Collapse on Tuesday", "date|talks|collapse|brexit"},
		{"Power Station workers walked out on Friday.", "date|walked|power-station"}, // sentence case: as before
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
	}
}

// TestDateHeadlineInfinitive: a headline's "<noun> to <verb>" is a plan, its weekday ahead; a
// verb before "to", or a body sentence, keeps its reading.
func TestDateHeadlineInfinitive(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Minister to visit Kyiv on Friday", "2026-03-06"},
		{"Ferry walkout to end on Thursday", "2026-03-05"},
		// near misses
		{"Ferry walkout to end on Thursday.", "2026-03-05"}, // headline style with a full stop (dates_headstop.go)
		{"Man sentenced to die on Friday", "2026-02-27"},    // a verb before "to"
		{"Troops ordered to withdraw on Friday", "2026-02-27"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.want, cs[0].Date.Start, tt.text)
	}
}
