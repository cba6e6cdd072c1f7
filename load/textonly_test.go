package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTextOnly(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\nwith lines\tand tabs", "plain text\nwith lines\tand tabs"},
		{"\x1b[2J said Smith", " [2J said Smith"},
		{"bell\x07 and C1 \u009b31m", "bell  and C1  31m"},
		{"evil \u202eoverride\u202c text", "evil override text"},
		{"Kyiv – “quoted” ÿ", "Kyiv – “quoted” ÿ"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, textOnly(tt.in), "%q", tt.in)
		assert.Equal(t, textOnly(tt.in), textOnly(textOnly(tt.in)), "idempotent")
	}
}

func TestLeadingDateLine(t *testing.T) {
	nav := cleanBody("date 2025-11-04 World Russia Society Opinion Science\nHeadline here\n", true)
	require.NotNil(t, nav.published)
	assert.Equal(t, "2025-11-04", nav.published.Format("2006-01-02"))
	assert.Equal(t, "\nHeadline here\n", nav.text, "a dateline over a nav bar goes, line numbers stay")

	para := cleanBody("2026-03-01 A magnitude 6.1 earthquake struck near Malatya early on Sunday, killing at least 14 people.", true)
	require.NotNil(t, para.published)
	assert.Equal(t, "           A magnitude 6.1 earthquake struck near Malatya early on Sunday, killing at least 14 people.", para.text,
		"a date opening a paragraph is blanked, the words stay")
}
