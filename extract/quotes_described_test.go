package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDescribedSpeakers: a quotation credited to a post or a body the text does not name is
// credited to that description, written in lower case first; groups of several people and
// pronouns no one fits give no speaker.
func TestDescribedSpeakers(t *testing.T) {
	const q = `"We will fight for every job in this region,"`
	const w = "we will fight for every job in this region"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the governor before, colon", `The governor said: "We will fight for every job in this region."`, []string{"the governor (named): " + w}},
		{"after an introductory phrase", `On Monday, the governor told reporters: "We will fight for every job in this region."`, []string{"the governor (named): " + w}},
		{"the governor after", q + " the governor said.", []string{"the governor (named): " + w}},
		{"inverted, a body", q + " said the Health Ministry in a statement.", []string{"the Health Ministry (named): " + w}},
		{"police, bare", q + " police said.", []string{"police (named): " + w}},
		{"police opening the sentence", `Police said: "We will fight for every job in this region."`, []string{"police (named): " + w}},
		{"a country's ministry", q + " the Russian defence ministry said.", []string{"the Russian defence ministry (named): " + w}},
		{"inverted, the description's appositive names the speaker", q + " said the mayor, Olga Brennan.", []string{"Olga Brennan (named): " + w}},
		{"a named person still wins", "Governor Olga Brennan arrived. " + q + " Brennan said.", []string{"Olga Brennan (named): " + w}},
		{"the post held by the person named before", "Governor Olga Brennan arrived. " + q + " the governor said.", []string{"Olga Brennan (inferred): " + w}},

		{"a quotation continuing the description's", `The governor said: "We will fight for every job in this region." "We will not let this plant close without a fight."`,
			[]string{"the governor (named): " + w, "the governor (inferred): we will not let this plant close without a fight"}},
		{"another's words in a frame", `The ministry said a report calling the strikes "a clear violation of international law" was biased.`, []string{}},
		{"a reported utterance", `Police said the man shouted "I will kill you all tonight" before his arrest.`, []string{}},
		{"a quotation of its own after a body's", `The ministry said: "We will fight for every job in this region." "The dam is safe and the water is falling," the 62-year-old said.`,
			[]string{"the ministry (named): " + w}},

		{"a former post is not the post described", "Former prime minister Gordon Brown arrived. " + q + " the governor said.", []string{"the governor (named): " + w}},
		{"a former post described as former", "Former prime minister Gordon Brown arrived. " + q + " the former prime minister said.", []string{"Gordon Brown (inferred): " + w}},
		{"an indefinite speaker does not continue the one before", `Olga Brennan said: "We will rebuild every school in this city." "This is a betrayal of every worker," a union spokesman said. "We have lost everything we had," residents said.`,
			[]string{"Olga Brennan (named): we will rebuild every school in this city"}},
		{"a quotation standing alone continues the one before", `Olga Brennan said: "We will rebuild every school in this city." "And every hospital will be rebuilt too."`,
			[]string{"Olga Brennan (named): we will rebuild every school in this city", "Olga Brennan (inferred): and every hospital will be rebuilt too"}},

		{"a post of a place", q + " the mayor of Port Alden said.", []string{"the mayor of Port Alden (named): " + w}},
		{"a lower-case body and its modifier", `The county sheriff told reporters: "We will fight for every job in this region."`, []string{"the county sheriff (named): " + w}},
		{"an attribution the readers cannot tell does not continue the speaker before", `Olga Brennan said: "We will rebuild every school in this city." "We are restoring power to every home," the utility said in a statement.`,
			[]string{"Olga Brennan (named): we will rebuild every school in this city"}},
		{"kin of a person is not the person", q + " the mother of Olga Brennan said.", []string{}},

		{"it said after a body", `The ministry said: "We will fight for every job in this region." "Every plant will stay open this year," it added.`,
			[]string{"the ministry (named): " + w, "the ministry (inferred): every plant will stay open this year"}},
		{"they said after the police", q + ` police said. "Nobody was hurt in the protest today," they said.`,
			[]string{"police (named): " + w, "police (inferred): nobody was hurt in the protest today"}},
		{"it said after a post is not the post", `The governor said: "We will fight for every job in this region." "Every plant will stay open this year," it said.`,
			[]string{"the governor (named): " + w}},
		{"it said after a post of a place is not the post", q + ` the mayor of Port Alden said. "Every plant will stay open this year," it said.`,
			[]string{"the mayor of Port Alden (named): " + w}},
		{"it said after a person between", `The ministry said: "We will fight for every job in this region." Olga Brennan disagreed. "Every plant will stay open this year," it said.`,
			[]string{"the ministry (named): " + w}},

		// no speaker: several people, an indefinite one, a pronoun, a vague post, a proxy
		{"a group", "Union leaders said they were shocked. " + q + " they said.", []string{}},
		{"officials", q + " officials said.", []string{}},
		{"an indefinite spokesman", q + " a spokesman said.", []string{}},
		{"a vague post", q + " the leader said.", []string{}},
		{"someone's office", q + " Tom Haley's office said.", []string{}},
		{"a spokesman for the governor", `A spokesman for the governor said: "We will fight for every job in this region."`, []string{}},
		{"two speakers", `The mayor and the governor said: "We will fight for every job in this region."`, []string{}},
		{"a passive", q + " the governor was told.", []string{}},
		{"a nested report", q + " the governor said Brennan told him.", []string{}},
		{"an unknown noun", q + " the carmaker said.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteSpeakers(tt.text))
		})
	}
}
