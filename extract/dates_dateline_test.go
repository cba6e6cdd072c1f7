package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestReadDatelineDate: a dateline with a full date gives its day; one without a year, or a
// sentence that opens with a date, gives none.
func TestReadDatelineDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"YORK, March 9, 2026 (Reuters) - Northbrook Water said", "2026-03-09"},
		{"GENEVA, 9 March 2026 (AFP) — The talks", "2026-03-09"},
		{"WASHINGTON, Jan. 14, 2026 (AP) — Officials", "2026-01-14"},
		{"TAMPA, Fla., Sept. 3, 2025 -- A storm", "2025-09-03"},
		{"KYIV, Ukraine, Feb 24, 2026 (Reuters) - Russia", "2026-02-24"},
		// near misses
		{"LONDON, March 3 (PA) - A man", ""},                  // no year: no day
		{"HELSINKI, Feb 26 (Reuters) - Finnish operator", ""}, // no year
		{"March 9, 2026 was the coldest day - officials said", ""},
		{"YORK, February 30, 2026 (Reuters) - A", ""}, // no such day
		{"The council met on March 9, 2026 - and voted", ""},
	}
	for _, tt := range tests {
		got, ok := readDatelineDate(tt.text)
		if tt.want == "" {
			assert.False(t, ok, tt.text)
			continue
		}
		if assert.True(t, ok, tt.text) {
			assert.Equal(t, tt.want, got.Format(time.DateOnly), tt.text)
		}
	}
}

// TestReadDatelineWithDay: a dateline that writes its date after the city or region still names
// its city.
func TestReadDatelineWithDay(t *testing.T) {
	tests := []struct{ text, want string }{
		{"HELSINKI, Feb 26 (Reuters) - Finnish operator", "Helsinki"},
		{"HELSINKI, Feb 26, 2026 (Reuters) - Finnish operator", "Helsinki"},
		{"KYIV, Ukraine, Feb 24 (Reuters) - Russia", "Kyiv"},
		{"LONDON, 3 March (PA) - A man", "London"},
		{"TAMPA, Fla. (AP) — A storm", "Tampa"}, // as before
		// near misses
		{"HELSINKI, Feb 26 - 28 hotels were full", "Helsinki"}, // a dash after the day: still a dateline
		{"NATO, Feb 26 (Reuters) - The alliance", ""},          // no dateline lead
		{"HELSINKI, February was cold - officials said", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, readDateline(tt.text), tt.text)
	}
}
