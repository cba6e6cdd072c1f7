package load

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRepeatedLines: a line seen before is dropped only where dropping it cuts no sentence.
func TestRepeatedLines(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       int // times the repeated line is kept
	}{
		{"paragraph per line", "Officials said the bridge would reopen on Friday.\n\nRain fell.\n\nOfficials said the bridge would reopen on Friday.\n", 1},
		{"single newlines", "Officials said the bridge would reopen on Friday.\nRain fell.\nOfficials said the bridge would reopen on Friday.\n", 1},
		{"last line, no newline", "Officials said the bridge would reopen on Friday.\n\nOfficials said the bridge would reopen on Friday.", 1},
		{"heading-like line before a blank", "Schools closed across the region\n\nRain fell.\n\nSchools closed across the region\n\nMore rain.\n", 1},
		{"wrapped head of a sentence", "Officials urged calm online. Schools in\nthe area were closed on Monday.\n\nOfficials urged calm online. Schools in\nthe district were closed on Tuesday.\n", 2},
		{"wrapped tail of a sentence", "The flood reached the town early and\nofficials urged calm online today.\n\nA second wave came and\nofficials urged calm online today.\n", 2},
		{"quoted paragraph", "\u201cWe will rebuild the town together,\u201d\n\nRain.\n\n\u201cWe will rebuild the town together,\u201d\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			repeated := strings.SplitN(strings.TrimSpace(strings.SplitN(tc.body, "\n\n", 2)[0]), "\n", 2)[0]
			if tc.name == "wrapped tail of a sentence" {
				repeated = "officials urged calm online today."
			}
			got := cleanBody(tc.body, false).text
			assert.Equal(t, tc.want, strings.Count(got, repeated), "%q", got)
			ref := refCleanBody(tc.body, false).text
			assert.Equal(t, ref, got)
		})
	}
}
