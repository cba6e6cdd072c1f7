package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCalendarSurnames: a surname that is also a month, a weekday or a common word ("Theresa
// May", "Doris Day") belongs to the name when a known given name stands before it and a speech
// verb, a possessive or a title says a person is meant; elsewhere such words stay dates.
func TestCalendarSurnames(t *testing.T) {
	const q = `"a blow to the whole region"`
	const w = "a blow to the whole region"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"given name, month, said", `Theresa May said the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w}},
		{"title before the name", `Former prime minister Theresa May said the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w, "role: Theresa May = former prime minister"}},
		{"auxiliary before the verb", `Theresa May has told reporters the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w}},
		{"an appositive after the name", `Theresa May, the former prime minister, said the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w, "role: Theresa May = former prime minister"}},
		{"a relative clause after the name", `Theresa May, who led the party until 2019, said the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w}},
		{"a post before the surname alone", `Prime Minister May said the plan was ` + q + `.`,
			[]string{"quote: May: " + w, "role: May = prime minister"}},
		{"a post in lower case and a weekday, wire style", `The governor Friday said the plan was ` + q + `.`, []string{}},
		{"inverted attribution", q + `, said Theresa May.`,
			[]string{"quote: Theresa May: " + w}},
		{"honorific and surname resolve to the full name", `Prime Minister Theresa May arrived on Monday. Mrs May said the plan was ` + q + `.`,
			[]string{"quote: Theresa May: " + w, "role: Theresa May = prime minister"}},
		{"a weekday surname", `Billy Sunday said the plan was ` + q + `.`,
			[]string{"quote: Billy Sunday: " + w}},
		{"a surname the lists never refused is unchanged", `Gordon Brown said the plan was ` + q + `.`,
			[]string{"quote: Gordon Brown: " + w}},

		// not a name: no given name, or a preposition before the month
		{"a month after a preposition", `In May officials said the plan was ` + q + `.`, []string{}},
		{"a company and a weekday, wire style", `Apple Friday said the plan was ` + q + `.`, []string{}},
		{"a common-word surname is left out", `Doris Day said the plan was ` + q + `.`, []string{}},
		{"an unknown given name is not enough", `Zorblat May said the plan was ` + q + `.`, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kindSignatures(t, tt.text, "quote", "role"))
		})
	}
}

// TestCalendarSurnameKeepsDates: the months and weekdays that are not surnames stay dates.
func TestCalendarSurnameKeepsDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"in May", "Theresa said the vote would be held in May 2027.", []string{"2027-05"}},
		{"the surname is no date", "Theresa May said the talks failed on 12 June 2026.", []string{"2026-06-12"}},
		{"a weekday surname is no date", "Billy Sunday said the talks failed on 12 June 2026.", []string{"2026-06-12"}},
		{"a weekday after a surname of that name still is", "Billy Sunday said the vote was held on Sunday, 14 June 2026.", []string{"2026-06-14"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range kindSignatures(t, tt.text, "date") {
				got = append(got, s)
			}
			assert.Len(t, got, len(tt.want), "%v", got)
			for i, w := range tt.want {
				if i < len(got) {
					assert.Contains(t, got[i], w)
				}
			}
		})
	}
}
