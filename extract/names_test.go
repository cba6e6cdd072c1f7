package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/normalize"
)

func TestNamesOneFormPerEntity(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"surname after the full name", "Defence Minister Denys Shmyhal met the press. “We need air defence, not words,” Shmyhal said.",
			[]string{"quote: Denys Shmyhal: we need air defence not words"}},
		{"the article's own full name beats the table", "Brigitte Macron visited the school. “Children need books more than screens,” Macron said.",
			[]string{"quote: Brigitte Macron: children need books more than screens"}},
		{"transliteration from the table", "“We will never give up our land,” Zelenskyy said.",
			[]string{"quote: Volodymyr Zelensky: we will never give up our land"}},
		{"a surname alone, unknown, is no speaker", "“The talks will go on for a while,” Pistorius said.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kindSignatures(t, tt.text, "quote"))
		})
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ilić", "Ilic", true},
		{"J.D. Vance", "JD Vance", true},
		{"Whitaker", "Matthew Whitaker", true},
		{"Matthew Whitaker", "Mark Whitaker", false},
		{"Iran", "Iraq", false},
		{"Kiev", "Kyiv", false}, // spelling variants need the alias table, never a likeness
	}
	for _, tt := range tests {
		t.Run(tt.a+" ~ "+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, normalize.SamePerson(tt.a, tt.b))
		})
	}
	al := normalize.DefaultAliases()
	assert.Equal(t, al.Canonical("Kyiv"), al.Canonical("Kiev"))
	assert.Equal(t, al.Canonical("Zelenskiy"), al.Canonical("Zelenskyy"))
	assert.Equal(t, al.Canonical("J.D. Vance"), al.Canonical("JD Vance"))
	assert.NotEqual(t, al.Canonical("Iran"), al.Canonical("Iraq"))
}
