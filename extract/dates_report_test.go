package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestDateReportingClause: a reporting clause dates the statement only when the date sits in it.
// A date in the clause it reports, before or after it, is not the statement's, even when the
// reported verb is one the scans do not know ("cut").
func TestDateReportingClause(t *testing.T) {
	tests := []struct{ text, value, key, subject, start string }{
		// the reporting clause follows the date's clause
		{"The carmaker will cut 2,400 jobs by the end of 2027, the company said on Monday.", "by the end of 2027", "", "date deadline", "2027-12"},
		{"The carmaker will cut 2,400 jobs by the end of 2027, the company said on Monday.", "on Monday", "", "statement by company", "2026-03-09"},
		{"The carmaker will cut 200 jobs by Friday, the company said.", "by Friday", "", "date deadline", "2026-03-13"},
		{"By the end of 2027, the carmaker will cut 2,400 jobs, the company said.", "By the end of 2027", "", "date deadline", "2027-12"},
		// the reporting clause precedes it
		{"The company said the carmaker would cut 2,400 jobs by the end of 2027.", "by the end of 2027", "", "date deadline", "2027-12"},
		{"Officials said the plant will close on Friday.", "on Friday", "date|end|plant", "closure of plant", "2026-03-13"},
		{"The company said the carmaker cut 2,400 jobs in 2025.", "in 2025", "", "date", "2025"},
		{"Officials said the fire on Monday was the worst in years.", "on Monday", "", "fire", "2026-03-09"},
		{"The spokesman said this on Monday.", "on Monday", "", "statement by spokesman", "2026-03-09"},
		{"The minister announced the plan on Monday.", "on Monday", "date|statement|minister|plan|2026-03-09/", "statement by minister (plan)", "2026-03-09"},
		{"Zelensky said in an interview on Friday that talks were over.", "on Friday", "date|statement|zelensky|interview|2026-03-06/", "statement by Volodymyr Zelensky (interview)", "2026-03-06"},
		{"Officials said this week that the plant would close.", "this week", "date|statement|officials|plant|2026-03-09/2026-03-10", "statement by Officials (plant)", "2026-03-09"},
		// a known verb of the date's clause was already read
		{"The plant will close by the end of 2027, the company announced.", "by the end of 2027", "date|end|deadline|plant", "closure of plant deadline", "2027-12"},
		// the date sits in the reporting clause: the statement's
		{"On Monday, the company said it would cut jobs.", "On Monday", "date|statement|company|cut|2026-03-09/", "statement by company (cut)", "2026-03-09"},
		{"Putin, on Friday, said the talks were over.", "on Friday", "date|statement|putin|talks|2026-03-06/", "statement by Vladimir Putin (talks)", "2026-03-06"},
		{"On Friday, Ford's chief executive, Jim Farley, said the plant would close.", "On Friday", "date|statement|farley|plant|2026-03-06/", "statement by Jim Farley (plant)", "2026-03-06"},
		{"Zelensky, speaking on Friday, said the talks were over.", "on Friday", "date|statement|zelensky|talks|2026-03-06/", "statement by Volodymyr Zelensky (talks)", "2026-03-06"},
		{"Speaking to reporters on Friday, Zelensky said the talks were over.", "on Friday", "date|statement|zelensky|talks|2026-03-06/", "statement by Volodymyr Zelensky (talks)", "2026-03-06"},
		{"In a statement on Friday, the ministry said the talks were over.", "on Friday", "date|statement|ministry|talks|2026-03-06/", "statement by ministry (talks)", "2026-03-06"},
		{"The company said on Monday that it will cut 2,400 jobs.", "on Monday", "date|statement|company|cut|2026-03-09/", "statement by company (cut)", "2026-03-09"},
	}
	for _, tt := range tests {
		var got *model.Claim
		cs := dateClaims(t, article(t, "a", "2026-03-10", tt.text))
		for i := range cs {
			if cs[i].Value == tt.value {
				got = &cs[i]
			}
		}
		require.NotNil(t, got, "%s: no claim for %q", tt.text, tt.value)
		assert.Equal(t, tt.key, got.Key, tt.text)
		assert.Equal(t, tt.subject, got.Subject, tt.text)
		assert.Equal(t, tt.start, got.Date.Start, tt.text)
	}
}

// TestDateReportingCompare: two sources reporting one statement day with different deadlines do
// not conflict over the statement.
func TestDateReportingCompare(t *testing.T) {
	a := article(t, "a", "2026-03-10", "The carmaker will cut 2,400 jobs by the end of 2027, the company said on Monday.")
	b := article(t, "b", "2026-03-10", "The carmaker will cut 2,400 jobs by the end of 2028, the company said on Monday.")
	cs := append(dateClaims(t, a), dateClaims(t, b)...)
	for _, f := range compare.Compare([]model.Source{a.Source, b.Source}, cs, compare.Options{}) {
		assert.NotEqual(t, model.KindConflict, f.Kind, f.Subject)
	}
}
