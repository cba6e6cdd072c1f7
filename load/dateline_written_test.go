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

// TestBylineDate: a byline under the title that ends with a written date gives the publication
// date; a sentence or a byline without a date does not, nor does a date below the article's head.
func TestBylineDate(t *testing.T) {
	tests := []struct{ line, want string }{
		{"By a staff reporter, 7 February 2026", "2026-02-07"},
		{"By Jane Doe | Jan. 14, 2026 10:30 GMT", "2026-01-14"},
		{"By Jane Doe - Wednesday, 14 January 2026", "2026-01-14"},
		{"Posted by Admin on January 14, 2026", "2026-01-14"},
		{"by Ola Nordmann, Oslo, 3 March 2025", "2025-03-03"},
		// deliberately not
		{"By Jane Doe", ""},
		{"By Jane Doe, Political Editor", ""},
		{"By 2030, 14 January 2026 will be forgotten", ""},
		{"Byline: none", ""},
		{"By the end of the day, 26 people had died on January 14, 2026.", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := bylineDate(tt.line); ok {
			got = d.Format("2006-01-02")
		}
		assert.Equal(t, tt.want, got, "%q", tt.line)
	}
	heads := []struct{ name, body, want string }{
		{"title then byline", "Turkey earthquake: dozens dead\nBy a staff reporter, 7 February 2026\n\nAt least 45 people died.\n", "2026-02-07"},
		{"title then a date alone", "Turkey earthquake: dozens dead\n\n7 February 2026\n\nAt least 45 people died.\n", "2026-02-07"},
		{"a date line after the first paragraph is no dateline", "Turkey earthquake: dozens dead\n\nAt least 45 people died in the quake.\n\n7 February 2026\n", ""},
		{"a byline in the body is not read", "Quake\n\nAt least 45 people died, officials said.\n\nBy Jane Doe, 7 February 2026\n", ""},
	}
	for _, tt := range heads {
		c := cleanBody(tt.body, true)
		got := ""
		if c.published != nil {
			got = c.published.Format("2006-01-02")
		}
		assert.Equal(t, tt.want, got, tt.name)
	}
}
