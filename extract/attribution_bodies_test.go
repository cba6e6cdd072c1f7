package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPronounBodiesFigures: "he" and "she" stand for one person, never for a body or group
// (police, officials, a ministry, a news agency, a country), whose gender is unknown but who is
// no "he"; with no person before the pronoun, the figure is credited to no one.
func TestPronounBodiesFigures(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"police are no he", "Police said the road was closed. He said 31 people died.", []string{""}},
		{"officials are no she", "Local officials said the road was closed. She said 31 people died.", []string{""}},
		{"a ministry is no he", "The interior ministry said the road was closed. He said 31 people died.", []string{""}},
		{"rescuers are no he", "Rescuers said the road was closed. He said 31 people died.", []string{""}},
		{"the army is no he", "The army said the road was closed. He said 31 people died.", []string{""}},
		{"the UN is no he", "The UN said the road was closed. He said 31 people died.", []string{""}},
		{"a news agency is no he", "Reuters reported the road was closed. He said 31 people died.", []string{""}},
		{"a country is no he", "Ukraine said the road was closed. He said 31 people died.", []string{""}},
		{"the person before the body is meant",
			"Olga Brennan said the road was closed. Police said the bridge was shut. She said 31 people died.",
			[]string{"Olga Brennan"}},
		{"a body in the pronoun's sentence is passed over",
			"Tom Haley said the road was closed. Police said the bridge was shut and he said 31 people died.",
			[]string{"Tom Haley"}},
		// a role in lower case naming one person is a speaker a pronoun may stand for
		{"a singular role", "The governor said the road was closed. He said 31 people died.", []string{"governor"}},
		{"a spokeswoman", "A spokeswoman said the road was closed. She said 31 people died.", []string{"spokeswoman"}},
		{"a spokesman for someone is a person",
			"A spokesman for Olga Brennan said the road was closed. He said 31 people died.",
			[]string{"spokesman for Olga Brennan"}},
		{"aides are no he", "Aides to Olga Brennan said the road was closed. He said 31 people died.", []string{""}},
		{"a full name is a person", "Tom Haley said the road was closed. He said 31 people died.", []string{"Tom Haley"}},
		{"a surname with an honorific is a person", "Mr Haley said the road was closed. He said 31 people died.", []string{"Haley"}},
		{"a name ending like a source noun is a person",
			"Kim Jong Un said the road was closed. He said 31 people died.", []string{"Kim Jong Un"}},
		{"they: the body that spoke just before", "Police said the road was closed. They said 31 people died.", []string{"Police"}},
		{"a body named directly stands", "Police said 31 people died.", []string{"Police"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestAccordingToPronoun: "according to him/her" before or after a figure or quotation is
// resolved like "he said"; "according to her office" names the office.
func TestAccordingToPronoun(t *testing.T) {
	const q = "“we will rebuild every school in this town.”"
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"figure, according to her", "Olga Brennan said the road was closed. According to her, 31 people died.", "quantity", []string{"Olga Brennan"}},
		{"figure, according to him", "Tom Haley said the road was closed. According to him, 31 people died.", "quantity", []string{"Tom Haley"}},
		{"figure, trailing according to him", "Tom Haley said the road was closed. 31 people died, according to him.", "quantity", []string{"Tom Haley"}},
		{"figure, according to him after a body", "Police said the road was closed. According to him, 31 people died.", "quantity", []string{""}},
		{"figure, according to her of the other gender", "Tom Haley said the road was closed. According to her, 31 people died.", "quantity", []string{""}},
		{"figure, according to her office", "Olga Brennan said the road was closed. According to her office, 31 people died.", "quantity", []string{"her office"}},
		{"quotation, according to her", "Olga Brennan toured the town. According to her, " + q, "quote", []string{"Olga Brennan"}},
		{"quotation, trailing according to him",
			"Tom Haley toured the town. “We will rebuild every school in this town,” according to him.", "quote", []string{"Tom Haley"}},
		{"quotation, by her", "Tom Haley toured the town with Olga Brennan. He was told by her: " + q, "quote", []string{"Olga Brennan"}},
		{"quotation, according to him after a body",
			"Tom Haley toured the town. Police said the road was closed. According to him, " + q, "quote", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, tt.kind))
		})
	}
}

// TestPronounBodiesQuotes: a quotation's "he said" right after a body speaks ("Police said …
// “…,” he said") is likely the body's spokesman, unnamed: no speaker rather than the person
// named before the body.
func TestPronounBodiesQuotes(t *testing.T) {
	const q = "“We will rebuild every school in this town,”"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after police", "Tom Haley said the road was closed. Police said the bridge was shut. " + q + " he said.", []string{}},
		{"after a ministry", "Olga Brennan said the road was closed. The interior ministry said the bridge was shut. " + q + " she said.", []string{}},
		{"after officials in the same sentence", "Tom Haley said the road was closed. Officials said the bridge was shut and " + q + " he said.", []string{}},
		{"a person after the body is meant",
			"Police said the bridge was shut. Tom Haley said the road was closed. " + q + " he said.", []string{"Tom Haley"}},
		{"a body long before does not block",
			"Police said the bridge was shut. The river rose. The rain went on. The town flooded. Tom Haley toured it. " + q + " he said.",
			[]string{"Tom Haley"}},
		{"a singular role does not block",
			"Tom Haley said the road was closed. The governor said the bridge was shut. " + q + " he said.", []string{"Tom Haley"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quote"))
		})
	}
}
