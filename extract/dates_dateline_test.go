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
