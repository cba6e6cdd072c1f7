package extract_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// quoteSpeakers lists "speaker (named|inferred): first words" for each quotation read in text.
func quoteSpeakers(text string) []string {
	a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: text}
	out := []string{}
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Type != model.TypeQuote {
			continue
		}
		how := "named"
		if c.Inferred {
			how = "inferred"
		}
		out = append(out, fmt.Sprintf("%s (%s): %s", c.Quote.Speaker, how, c.Quote.Folded))
	}
	return out
}

// TestQuoteAttributionPhrasings: who said a quotation, in the ways news copy credits it. A named
// speaker that is wrong raises a false "misattributed quote", so a phrasing that does not say
// who spoke gives no speaker rather than a guess.
func TestQuoteAttributionPhrasings(t *testing.T) {
	const q = `"We will rebuild every school in this city,"`
	const w = "we will rebuild every school in this city"
	tests := []struct {
		name, text string
		want       []string
	}{
		// speaker before or after, the usual tags
		{"after, said in a statement", q + " Mayor Olga Brennan said in a statement.", []string{"Olga Brennan (named): " + w}},
		{"after, told reporters", q + " Mayor Olga Brennan told reporters on Tuesday.", []string{"Olga Brennan (named): " + w}},
		{"after, according to", q + " according to Mayor Olga Brennan.", []string{"Olga Brennan (named): " + w}},
		{"after, inverted with appositive", q + " said Olga Brennan, the mayor.", []string{"Olga Brennan (named): " + w}},
		{"before, told reporters", `Mayor Olga Brennan told reporters: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"before, in a statement", `In a statement, Olga Brennan said: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"the spokesman named in an appositive", "Tom Haley arrived. " + q + " Tom Haley's spokesman, Mark Dunn, said.", []string{"Mark Dunn (named): " + w}},
		{"paraphrase is no quotation", "Mayor Olga Brennan said the city would rebuild every school, according to local media.", []string{}},

		// pronouns: the person named before, never one named after in the same sentence
		{"pronoun before a person named later", "Kaja Kallas spoke first. " + q + " she said, as Mayor Olga Brennan looked on.", []string{"Kaja Kallas (inferred): " + w}},
		{"pronoun after a second person spoke", "Kaja Kallas spoke first. Mayor Olga Brennan said the city would recover. " + q + " she said.", []string{"Olga Brennan (inferred): " + w}},
		{"pronoun after a long introductory phrase", "Governor Tom Haley spent Wednesday in Millbrook. Speaking to reporters after touring the shelter with the governor, Mayor Olga Brennan was asked whether the town could pay. " + q + " she said.",
			[]string{"Olga Brennan (inferred): " + w}},
		{"the person in an introductory phrase is not the subject", "After meeting Tom Haley, Olga Brennan spoke to reporters. " + q + " she said.",
			[]string{"Olga Brennan (inferred): " + w}},
		{"split by he said", "Tom Haley arrived. \"We will rebuild every school,\" he said, \"and every hospital too.\"", []string{"Tom Haley (inferred): we will rebuild every school and every hospital too"}},

		// two speakers in one paragraph
		{"a reply names its own speaker", `"We will rebuild every school," Olga Brennan said. "The money is there," countered Governor Tom Haley, "but the will is not."`,
			[]string{"Olga Brennan (named): we will rebuild every school", "Tom Haley (named): the money is there but the will is not"}},
		{"a sentence about someone else hands over the floor", `Olga Brennan said: "We will rebuild every school in this city." Tom Haley disagreed. "There is no money for any of that work."`,
			[]string{"Olga Brennan (named): " + w, "Tom Haley (inferred): there is no money for any of that work"}},
		{"a quotation straight after continues its speaker", `Olga Brennan said: "We will rebuild every school in this city." "There is no money for any of that work."`,
			[]string{"Olga Brennan (named): " + w, "Olga Brennan (inferred): there is no money for any of that work"}},

		// the subject of the sentence is not the speaker
		{"passive: the agent speaks", q + " Tom Haley was told by Olga Brennan.", []string{"Olga Brennan (named): " + w}},
		{"passive, agent before the quotation", `Tom Haley was told by Olga Brennan: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"passive without agent: no speaker", q + " Tom Haley was told.", []string{}},
		{"passive before the quotation without agent", `Tom Haley was told: "We will rebuild every school in this city."`, []string{}},
		{"a relative clause in the passive is passed over", q + " Olga Brennan, who was asked about the plan, said.", []string{"Olga Brennan (named): " + w}},
		{"quoted as saying", `Tom Haley quoted Olga Brennan as saying: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"was quoted as saying", `Olga Brennan was quoted as saying: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"progressive is not passive", `Olga Brennan was saying: "We will rebuild every school in this city."`, []string{"Olga Brennan (named): " + w}},
		{"a spokesman for, after", "Olga Brennan spoke. " + q + " a spokesperson for Prime Minister Tom Haley told reporters.", []string{}},
		{"a spokesman for, before", `Olga Brennan spoke. A spokesman for Tom Haley said: "We will rebuild every school in this city."`, []string{}},
		{"a lawyer for", "Olga Brennan spoke. " + q + " a lawyer for Tom Haley said.", []string{}},
		{"a title with for is still a title", `Minister for Foreign Affairs Penny Wong said: "We will rebuild every school in this city."`, []string{"Penny Wong (named): " + w}},

		{"quoting: the words are the one quoted", q + " Tom Haley said, quoting Olga Brennan.", []string{"Olga Brennan (named): " + w}},
		{"a statement quoting", q + " the statement said, quoting Olga Brennan.", []string{"Olga Brennan (named): " + w}},
		{"a participle after the tag is no second speaker", q + " Olga Brennan wrote on X calling for calm.", []string{"Olga Brennan (named): " + w}},
		{"passive with the agent cut off", q + " Tom Haley was told by", []string{}},
		{"recalled someone saying", q + " Tom Haley recalled Olga Brennan saying.", []string{}},

		// descriptions: the person known to hold the post
		{"the mayor is the one named mayor", "Mayor Olga Brennan arrived. Tom Haley was there too. " + q + " the mayor said.", []string{"Olga Brennan (inferred): " + w}},
		{"a post no one named holds is credited to the post", "Olga Brennan, the mayor, arrived. " + q + " the governor said.", []string{"the governor (named): " + w}},

		// deliberately left without a speaker: the words are not plainly the named person's
		{"nested report", q + " Tom Haley said Olga Brennan told him.", []string{}},
		{"an office", "Olga Brennan spoke. " + q + " Tom Haley's office said in a statement.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteSpeakers(tt.text))
		})
	}
}
