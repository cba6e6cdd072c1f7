package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

func TestGivenNameGender(t *testing.T) {
	for name, want := range map[string]gender{
		"Olga": genderFemale, "TOM": genderMale, "Volodymyr": genderMale, "Yulia": genderFemale,
		"Anna-Lena": genderFemale, "Jean-Luc": genderUnknown, // "Jean" is no one's alone
		// ambiguous or unknown: never used to rule anyone out
		"Alex": genderUnknown, "Sasha": genderUnknown, "Jean": genderUnknown, "Andrea": genderUnknown,
		"Kim": genderUnknown, "Karen": genderUnknown, "J.": genderUnknown, "": genderUnknown,
		"Zzyzx": genderUnknown,
	} {
		assert.Equal(t, want, givenNameGender(name), name)
	}
}

func TestPersonGender(t *testing.T) {
	tests := []struct {
		text, person string
		want         gender
	}{
		{"Mrs. Olga Brennan spoke.", "Sam Brennan", genderFemale},
		{"Mr Brennan spoke.", "Brennan", genderMale},
		{"Sam Brennan, the mayor's wife, spoke.", "Sam Brennan", genderFemale},
		{"Sam Brennan, a mother of three, spoke.", "Sam Brennan", genderFemale},
		{"Sam Brennan, the first woman to lead the city, spoke.", "Sam Brennan", genderFemale},
		{"The boy's mother, Sam Brennan, spoke.", "Sam Brennan", genderFemale},
		{"Her husband Sam Brennan spoke.", "Sam Brennan", genderMale},
		{"Congresswoman Sam Brennan spoke.", "Sam Brennan", genderFemale},
		{"A spokeswoman for Tom Haley spoke.", "spokeswoman for Tom Haley", genderFemale},
		{"An aide to Olga Haley spoke.", "aide to Olga Haley", genderUnknown}, // not the one spoken for
		{"The given name first: Mrs Tom Haley.", "Tom Haley", genderMale},
		// no evidence
		{"Sam Brennan, his wife and their two sons were rescued.", "Sam Brennan", genderUnknown},
		{"Sam Brennan, a woman and two children were rescued.", "Sam Brennan", genderUnknown},
		{"Police questioned the husband, Sam Brennan said.", "Sam Brennan", genderUnknown},
		{"Sam Brennan, whose husband died, spoke.", "Sam Brennan", genderUnknown},
		{"Sam Brennan, a friend of the man, spoke.", "Sam Brennan", genderUnknown},
		{"Mr Brennan and Mrs Brennan spoke.", "Brennan", genderUnknown},
		{"Mayor Sam Brennan spoke.", "Sam Brennan", genderUnknown},
		{"Sheikh Hasina spoke.", "Sheikh Hasina", genderUnknown},
	}
	for _, tt := range tests {
		d := Prepare(&model.Article{Text: tt.text}, Options{})
		assert.Equal(t, tt.want, d.personGender(tt.person), tt.text)
	}
}
