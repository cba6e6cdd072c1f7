package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateHeadlineStyleWithStop: a headline's "<noun> to <verb>" written with a full stop (a
// standfirst, a one-line brief) is a plan, its weekday ahead; body sentences keep their reading.
func TestDateHeadlineStyleWithStop(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ferry walkout to end on Thursday.", "2026-03-05"},
		{"Ferry walkout to begin on Thursday.", "2026-03-05"},
		{"Dockers walkout to resume on Thursday.", "2026-03-05"},
		// near misses: a verb before "to", an article, a verb after the infinitive's phrase
		{"He ordered the troops to withdraw on Thursday.", "2026-02-26"},
		{"A deal to end the walkout on Thursday was agreed.", "2026-02-26"},
		{"Walkout to end on Thursday was the plan.", "2026-02-26"},
		{"Troops sent to the border on Thursday.", "2026-02-26"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2026-03-02", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.want, cs[0].Date.Start, tt.text)
	}
}
