package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShortWrappedText: a line cut mid-sentence runs on into a next line that opens in lower case,
// even in a text too short for hardWrapped; every other newline still ends a paragraph.
func TestShortWrappedText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"cut mid-sentence", "The flood killed 12\npeople in Harwick on Monday.\n",
			[]string{"The flood killed 12\npeople in Harwick on Monday."}},
		{"cut after a comma", "Rescuers searched the river,\nofficials said.\n",
			[]string{"Rescuers searched the river,\nofficials said."}},
		{"next line capitalised", "Flood in Harwick\nThe river rose overnight.\n",
			[]string{"Flood in Harwick", "The river rose overnight."}},
		{"line ends a sentence", "The river rose.\nofficials were not available.\n",
			[]string{"The river rose.", "officials were not available."}},
		{"quotation closed after a comma", "\u201cWe are ready,\u201d\nsaid the mayor.\n",
			[]string{"\u201cWe are ready,\u201d\nsaid the mayor."}},
		{"line ends a quotation", "\u201cWe are ready.\u201d\nofficials agreed.\n",
			[]string{"\u201cWe are ready.\u201d", "officials agreed."}},
		{"list items", "- rice\n- water\n",
			[]string{"- rice", "- water"}},
		{"blank line between", "The flood killed 12\n\npeople were missing.\n",
			[]string{"The flood killed 12", "people were missing."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.text, Options{}) {
				got = append(got, s.Text)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
