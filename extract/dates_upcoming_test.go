package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestDateUpcoming: dates more than the recent window ahead are "upcoming", compared with each
// other and kept apart from background dates, which name earlier occurrences.
func TestDateUpcoming(t *testing.T) {
	cs := dateClaims(t, article(t, "a", "2026-03-10", "The election will be held on 12 March 2027."))
	assert.Equal(t, "upcoming", cs[0].Context)
	cs = dateClaims(t, article(t, "a", "2026-03-10", "The election was held in 2022."))
	assert.Equal(t, "background", cs[0].Context)
	cs = dateClaims(t, article(t, "a", "2026-03-10", "The election will be held on 12 April."))
	assert.Equal(t, "recent", cs[0].Context)

	tests := []struct {
		name             string
		pubA, a, pubB, b string
		want             model.Kind
	}{
		{"planned vote dated apart", "2026-03-10", "The election will be held on 12 March 2027.", "2026-03-11", "The election will be held on 19 March 2027.", model.KindConflict},
		{"planned vote dated alike", "2026-03-10", "The election will be held on 12 March 2027.", "2026-03-12", "The election is scheduled for March 12, 2027.", model.KindCorroborated},
		{"earlier vote and planned vote", "2026-03-10", "The election was held in 2022.", "2026-03-10", "The election will be held on 19 March 2027.", model.KindSingle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatePair(t, tt.pubA, tt.a, tt.pubB, tt.b, tt.want) })
	}
}
