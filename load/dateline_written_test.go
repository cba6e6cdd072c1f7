package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWrittenDateLine: a first line that is a date written out gives the publication date; a
// sentence that opens with a date does not.
func TestWrittenDateLine(t *testing.T) {
	tests := []struct{ line, want string }{
		{"January 14, 2026", "2026-01-14"},
		{"Wednesday, 14 January 2026", "2026-01-14"},
		{"14 January 2026", "2026-01-14"},
		{"Published: Jan. 14, 2026 10:30 GMT", "2026-01-14"},
		{"Updated Sept. 3, 2025 at 4:15 pm ET", "2025-09-03"},
		{"Mon 5 May 2025", "2025-05-05"},
		{"  Dec 1 2025 | 08:00  ", "2025-12-01"},
		// deliberately not
		{"January 14, 2026 was the coldest day of the year in Harlow.", ""},
		{"March 2026", ""},
		{"14 Janvier 2026", ""},
		{"January 32, 2026", ""},
		{"Posted by Admin on January 14, 2026", ""},
		{"12 people died on January 14, 2026", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := writtenDateLine(tt.line); ok {
			got = d.Format("2006-01-02")
		}
		assert.Equal(t, tt.want, got, "%q", tt.line)
	}
	c := cleanBody("Wednesday, 14 January 2026\n\nPower returns to Harlow\n", true)
	if assert.NotNil(t, c.published) {
		assert.Equal(t, "2026-01-14", c.published.Format("2006-01-02"))
	}
	assert.Equal(t, "\n\nPower returns to Harlow\n", c.text, "the date line goes, line numbers stay")
}
