package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// TestRelativePeriods: a period written relative to the day of writing ("last month", "last
// year") is keyed by the month or year it names, so it meets the same period written by name;
// without a publication date it stays as written.
func TestRelativePeriods(t *testing.T) {
	pub := time.Date(2026, 11, 12, 10, 0, 0, 0, time.UTC)
	jan := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		pub  *time.Time
		text string
		want string // the key's last part
	}{
		{"last month", &pub, "Consumer price inflation reached 3.6 per cent last month.", "october"},
		{"a month by name", &pub, "Consumer price inflation reached 3.6 per cent in October.", "october"},
		{"a month's abbreviation", &pub, "Consumer price inflation reached 3.6 per cent in Oct.", "october"},
		{"last month across a year's turn", &jan, "Consumer price inflation reached 3.6 per cent last month.", "december"},
		{"last year", &pub, "Turnout fell to 58% last year.", "2025"},
		{"next year", &pub, "The bank expects growth of 1.2% next year.", "2027"},
		{"a year by number", &pub, "Turnout fell to 58% in 2025.", "2025"},
		{"no publication date", nil, "Turnout fell to 58% last year.", "last year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Source: model.Source{ID: "a", Published: tt.pub}, Format: "text", Text: tt.text}
			var keys []string
			for _, c := range extract.Extract(a, extract.Options{}) {
				if c.Kind == "percent" {
					keys = append(keys, c.Key)
				}
			}
			if assert.Len(t, keys, 1) {
				assert.Regexp(t, `\|`+tt.want+`$`, keys[0])
			}
		})
	}
}

// TestPeriodOtherClause: a period in a clause of its own after ", with" is not the figure's.
func TestPeriodOtherClause(t *testing.T) {
	for text, want := range map[string]bool{
		"Exports rose 3%, with sales strongest in June.":         false,
		"Exports rose 3% in June, with sales strongest in Asia.": true,
	} {
		cs := claimsOf(t, "a", text, "percent")
		if assert.Len(t, cs, 1, text) {
			assert.Equal(t, want, strings.Contains(cs[0].Key, "june"), "%q: %s", text, cs[0].Key)
		}
	}
}
