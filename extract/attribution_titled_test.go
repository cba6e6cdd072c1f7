package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitledSpeaker: a title's qualifiers before a speaker's name ("Interior Minister", "Bank of
// England Governor") are no part of the name, so the speaker, and a he/she or quotation after
// him, are credited to the person.
func TestTitledSpeaker(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"qualified title before the name",
			"Interior Minister Ali Yerlikaya said 112 buildings had collapsed.", "count",
			[]string{"Ali Yerlikaya"}},
		{"a title after an institution's name",
			"Bank of England Governor Andrew Bailey said 40 staff would move.", "count",
			[]string{"Andrew Bailey"}},
		{"the pronoun after a titled speaker",
			"Interior Minister Ali Yerlikaya said rescuers were searching. He said 112 buildings had collapsed.", "count",
			[]string{"Ali Yerlikaya"}},
		{"a quotation by the pronoun after a titled speaker",
			"Interior Minister Ali Yerlikaya said rescuers were searching. \"Our teams are working in every street,\" he said.", "quote",
			[]string{"Ali Yerlikaya"}},
		{"a title's domain after its head",
			"Chief Executive Anna Lindquist said 600 jobs would go.", "count",
			[]string{"Anna Lindquist"}},
		{"a title's domain after a capitalised head",
			"Secretary General Antonio Guterres said 40 staff were hurt.", "count",
			[]string{"António Guterres"}},
		{"a quotation's speaker after it, with a title's domain",
			"\"This is a once in a generation opportunity for the region,\" Chief Executive Anna Lindquist told reporters.", "quote",
			[]string{"Anna Lindquist"}},
		{"a two-word name after a domain word stays whole",
			"\"We will build the leading bank in the region,\" Olive Senior told reporters.", "quote",
			[]string{"Olive Senior"}},
		{"a plain title before the name, as before",
			"President Volodymyr Zelensky said 31 people were killed.", "casualty",
			[]string{"Volodymyr Zelensky"}},
		{"a body is no title",
			"West Yorkshire Police said 31 people were hurt.", "casualty",
			[]string{"West Yorkshire Police"}},
		// a body's name with "of" or "for" in it (attribution_bodies.go)
		{"according to a department of something",
			"The fire has burned 200 homes, according to the Oregon Department of Forestry.", "count",
			[]string{"Oregon Department of Forestry"}},
		{"a ministry of something before the verb",
			"Floods destroyed 200 homes, the Ministry of Health said.", "count",
			[]string{"Ministry of Health"}},
		{"an office for something",
			"The survey counted 200 homes, the Office for National Statistics said.", "count",
			[]string{"Office for National Statistics"}},
		{"a bank of a country",
			"The lender shed 200 jobs, according to the Bank of England.", "count",
			[]string{"Bank of England"}},
		{"a title of a place before the name",
			"Floods destroyed 200 homes, Mayor of London Sadiq Khan said.", "count",
			[]string{"Sadiq Khan"}},
		{"a title of a two-word place before the name",
			"Floods destroyed 200 homes, Governor of New York Kathy Hochul said.", "count",
			[]string{"Kathy Hochul"}},
		{"a person of a body",
			"Crews saved 200 homes, said Lisa Ford of the Forest Service.", "count",
			[]string{"Lisa Ford"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, tt.kind))
		})
	}
}
