package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestHolidayDates: named days are read after a preposition, with the publication year and the
// tense choosing the year as for "August 8".
func TestHolidayDates(t *testing.T) {
	for _, tt := range []struct {
		name, pub, text string
		want            []string
	}{
		{"Christmas Day, past", "2025-12-28", "The fire started on Christmas Day, police said.", []string{"on Christmas Day=2025-12-25"}},
		{"Christmas Day, last year's", "2026-01-10", "The fire started on Christmas Day, police said.", []string{"on Christmas Day=2025-12-25"}},
		{"Christmas Eve, future", "2025-11-20", "The minister will visit the troops on Christmas Eve.", []string{"on Christmas Eve=2025-12-24"}},
		{"New Year's Eve", "2025-12-20", "The new law takes effect on New Year's Eve.", []string{"on New Year's Eve=2025-12-31"}},
		{"New Year’s Day, curly", "2026-01-03", "Two people died in the blaze on New Year’s Day.", []string{"on New Year’s Day=2026-01-01"}},
		{"Boxing Day with a year", "2025-06-01", "He was arrested on Boxing Day 2024 in Leeds.", []string{"on Boxing Day 2024=2024-12-26"}},
		{"on Christmas", "2025-12-28", "The family was evicted on Christmas, the charity said.", []string{"on Christmas=2025-12-25"}},
		{"the Fourth of July", "2025-07-10", "The shooting happened on the Fourth of July in Chicago.", []string{"on the Fourth of July=2025-07-04"}},
		{"July Fourth", "2025-07-10", "The shooting happened on July Fourth in Chicago.", []string{"on July Fourth=2025-07-04"}},
		{"US Independence Day", "2025-07-10", "The bill was signed on U.S. Independence Day.", []string{"on U.S. Independence Day=2025-07-04"}},
		{"Good Friday", "2025-05-01", "The strike began on Good Friday, the union said.", []string{"on Good Friday=2025-04-18"}},
		{"Easter Sunday, future", "2026-03-01", "The pope will celebrate Mass on Easter Sunday.", []string{"on Easter Sunday=2026-04-05"}},
		{"Easter Monday with a year", "2025-06-01", "The shop opened on Easter Monday 2024.", []string{"on Easter Monday 2024=2024-04-01"}},
		{"lower-case eve", "2025-12-28", "The shop was robbed on Christmas eve.", []string{"on Christmas eve=2025-12-24"}},
		{"on Christmas morning", "2025-12-28", "The shop was robbed on Christmas morning.", []string{"on Christmas=2025-12-25"}},
		{"by a holiday", "2025-11-20", "The bridge must reopen by Christmas Eve, the mayor said.", []string{"by Christmas Eve=2025-12-24"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, numericDates(t, tt.pub, "", tt.text))
		})
	}
}

// TestHolidayDatesNot: names and seasons that hold a holiday's words but date nothing, and
// Independence Day without the country it is the United States'.
func TestHolidayDatesNot(t *testing.T) {
	for _, tt := range []struct{ name, text string }{
		{"a season", "Shops closed over Christmas, the council said."},
		{"a season after for", "Families travelled home for Christmas."},
		{"Christmas alone after by", "Few expect a deal by Christmas."},
		{"an agreement's name", "Peace has held since the Good Friday Agreement was signed."},
		{"an agreement's name after on", "The parties disagreed on Good Friday Agreement safeguards."},
		{"a cricket match", "The crowd for the Boxing Day Test was a record."},
		{"a name after on", "The band played on Christmas Day Parade floats."},
		{"Independence Day of some country", "Crowds gathered on Independence Day in Kyiv."},
		{"Black Friday is no nearest Friday", "Black Friday sales rose by a tenth."},
		{"Super Tuesday is no nearest Tuesday", "Voters went to the polls on Super Tuesday."},
		{"Bloody Sunday", "Relatives of those killed on Bloody Sunday marched in Derry."},
		{"lower case", "the christmas day rush was calm on new year's eve."},
		{"Easter weekend", "Traffic peaked on Easter weekend, police said."},
		{"Easter alone after by", "The church hopes to reopen by Easter."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, numericDates(t, "2025-12-28", "", tt.text))
		})
	}
}

// TestHolidayDatePairs: a named day and its calendar day date one event alike; another day
// conflicts.
func TestHolidayDatePairs(t *testing.T) {
	for _, tt := range []struct {
		name, a, b string
		want       model.Kind
	}{
		{"Christmas Day and December 25 agree", "The fire broke out on Christmas Day, officials said.", "The fire broke out on December 25, officials said.", model.KindCorroborated},
		{"Christmas Eve and December 25 conflict", "The fire broke out on Christmas Eve, officials said.", "The fire broke out on December 25, officials said.", model.KindConflict},
		{"Boxing Day and 26/12/2025 agree", "The fire broke out on Boxing Day, officials said.", "The fire broke out on 26/12/2025, officials said.", model.KindCorroborated},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkDatePair(t, "2025-12-28", tt.a, "2025-12-28", tt.b, tt.want)
		})
	}
}
