package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPronounGenderQuotes: "he" and "she" stand for the last person named who may be meant,
// by what the article tells of their gender (a given name, an honorific, an appositive); a
// person whose gender is not known fits either; a pronoun that fits no one credits no one.
func TestPronounGenderQuotes(t *testing.T) {
	const q = "“We will rebuild every school in this town,”"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"she after a man named last", "Tom Haley met Olga Brennan on Monday. " + q + " she said.", []string{"Olga Brennan"}},
		{"he after a woman named last", "Olga Brennan met Tom Haley on Monday. Olga Brennan toured the school. " + q + " he said.", []string{"Tom Haley"}},
		{"honorifics", "Ms Ortiz opened the meeting. Mr Haley arrived later. " + q + " she said.", []string{"Ortiz"}},
		{"honorific with a period", "Mrs. Sam Ortiz opened the meeting. Mr. Haley arrived later. " + q + " she said.", []string{"Sam Ortiz"}},
		{"appositive", "Sam Ortiz, a mother of three, lost her home. Tom Haley toured the street. " + q + " she said.", []string{"Sam Ortiz"}},
		{"gendered title before the name", "Spokeswoman Sam Ortiz spoke first. Tom Haley spoke next. " + q + " she said.", []string{"Sam Ortiz"}},
		{"kinship before the name", "Her husband Sam Ortiz spoke first. Olga Haley spoke next. " + q + " he said.", []string{"Sam Ortiz"}},
		{"unknown gender fits she", "Tom Haley spoke first. Sasha Brennan spoke next. " + q + " she said.", []string{"Sasha Brennan"}},
		{"unknown gender fits he", "Tom Haley spoke first. Sasha Brennan spoke next. " + q + " he said.", []string{"Sasha Brennan"}},
		{"ambiguous given names reject no one", "Jean Ortiz spoke first. Andrea Brennan spoke next. " + q + " he said.", []string{"Andrea Brennan"}},
		{"same gender: the nearest, as before", "Olga Brennan spoke first. Maria Ortiz spoke next. " + q + " she said.", []string{"Maria Ortiz"}},
		{"a man's words: he, as before", "Tom Haley met Olga Brennan on Monday. Tom Haley toured the school. " + q + " he said.", []string{"Tom Haley"}},
		{"no one fits: no speaker", "Tom Haley said the town was flooded. " + q + " she said.", []string{}},
		{"no one fits: not the speaker of the quotation before",
			"“We will look at the federal money first,” Tom Haley said. " + q + " she said.", []string{"Tom Haley"}},
		{"a named speaker is never second-guessed", "Olga Brennan met Tom Haley on Monday. " + q + " Olga Brennan said.", []string{"Olga Brennan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quote"))
		})
	}
}

// TestPronounGenderFigures: a figure credited to "he" or "she" goes to the last speaker who may
// be meant; with no one before the pronoun who fits, to no one, not to a speaker named after it.
func TestPronounGenderFigures(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"she skips a man who spoke last",
			"Olga Brennan said the town was flooded. Tom Haley said the school was closed. She said 31 people died in the flood.",
			[]string{"Olga Brennan"}},
		{"he skips a woman who spoke last",
			"Tom Haley said the town was flooded. Olga Brennan said the school was closed. He said 31 people died in the flood.",
			[]string{"Tom Haley"}},
		{"she in the sentence of a man's words",
			"Olga Brennan said the town was flooded. Tom Haley said the school was closed and she said 31 people died.",
			[]string{"Olga Brennan"}},
		{"no woman spoke: no one", "Tom Haley said the town was flooded. She said 31 people died in the flood.", []string{""}},
		{"an unresolved pronoun is not the speaker named after it",
			"The town was flooded. He said 31 people died in the flood, Olga Brennan said later.", []string{""}},
		{"a pronoun of the other gender is not the speaker named after it",
			"Olga Brennan said the town was flooded. He said 31 people died in the flood, Tom Haley said later.", []string{""}},
		{"according to her",
			"Olga Brennan said the town was flooded. Tom Haley said the school was closed. According to her, 31 people died.",
			[]string{"Olga Brennan"}},
		{"past a speaker of the other gender, only a person",
			"Ukraine says the town was shelled. Serhiy Lysak said the school was hit. She said 31 people died.", []string{""}},
		{"past a speaker of the other gender, a woman by her title",
			"Ms Brennan said the town was shelled. Serhiy Lysak said the school was hit. She said 31 people died.", []string{"Brennan"}},
		{"unknown gender: as before", "Sasha Brennan said the town was flooded. He said 31 people died in the flood.", []string{"Sasha Brennan"}},
		{"a figure of the speaker named after a plural pronoun (left alone)",
			"The town was flooded. They said 31 people died in the flood, Olga Brennan said later.", []string{"Olga Brennan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestIntroductoryPhrases: a sentence opening with an introductory phrase is about the person
// after it, not the one the phrase names.
func TestIntroductoryPhrases(t *testing.T) {
	const q = "“We will rebuild every school in this town.”"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"asked about, colon", "Asked about Tom Haley, Olga Brennan struck a defiant tone: " + q, []string{"Olga Brennan"}},
		{"flanked by, saying", "Flanked by Tom Haley, Olga Brennan thanked the volunteers, saying: " + q, []string{"Olga Brennan"}},
		{"speaking after, saying", "Speaking after meeting Tom Haley, Olga Brennan thanked the volunteers, saying: " + q, []string{"Olga Brennan"}},
		{"responding to, colon", "Responding to Tom Haley's remarks, Olga Brennan was blunt: " + q, []string{"Olga Brennan"}},
		{"alongside: a quotation of its own", "Alongside Tom Haley, Olga Brennan visited the shelter. " + q, []string{"Olga Brennan"}},
		{"unlike: a quotation of its own", "Unlike Tom Haley, Olga Brennan visited the shelter. " + q, []string{"Olga Brennan"}},
		{"hours after", "Hours after Tom Haley spoke, Olga Brennan visited the shelter. " + q, []string{"Olga Brennan"}},
		{"as X watched, then a pronoun",
			"Jane Ortiz said the river had risen. As Tom Haley watched, Sam Brennan visited the shelter. “We will rebuild every farm in this town,” he said.",
			[]string{"Sam Brennan"}},
		{"together with, then a pronoun",
			"Jane Ortiz said the river had risen. Together with Tom Haley, Sam Brennan visited the shelter. “We will rebuild every farm in this town,” he said.",
			[]string{"Sam Brennan"}},
		{"according to, then the quotation", "Tom Haley toured the town. According to Olga Brennan, " + "“we will rebuild every school in this town.”", []string{"Olga Brennan"}},
		{"according to, a quotation inside the clause", "Tom Haley toured the town. According to Mayor Olga Brennan, the town “will rebuild every farm it has lost.”", []string{"Olga Brennan"}},
		{"according to, then a speaker of the quotation", "According to Olga Brennan, Tom Haley said: " + q, []string{"Tom Haley"}},
		{"according to, then a frame of its own", "According to Olga Brennan, Tom Haley struck a defiant tone: " + q, []string{"Tom Haley"}},
		{"according to a report, then a frame", "According to the report, Olga Brennan struck a defiant tone: " + q, []string{"Olga Brennan"}},
		{"according to a pronoun, resolved as she said", "Olga Brennan toured the town. According to her, " + "“we will rebuild every school in this town.”", []string{"Olga Brennan"}},
		{"said after an opening phrase, as before", "Asked about Tom Haley, Olga Brennan said: " + q, []string{"Olga Brennan"}},
		{"a topic with no one named after it stays the subject (left alone)",
			"For Olga Brennan, the flood was personal. “We lost everything we had in one night,” she said.",
			[]string{"Olga Brennan"}},
		{"no comma: the opening is not told from the subject (left alone)",
			"Jane Ortiz said the river had risen. As Tom Haley watched Sam Brennan visited the shelter. “We will rebuild every farm in this town,” he said.",
			[]string{"Tom Haley"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quote"))
		})
	}
}
