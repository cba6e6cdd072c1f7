package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGroupPronounAttribution: "they said" credits the body or group credited just before, in its
// sentence or the one before; never one person, nor a speaker further back.
func TestGroupPronounAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"police, then they", "Police said the road was closed. They said 40 officers were injured.", []string{"Police"}},
		{"officials, then they told", "Local officials said the dam had held. They told reporters 12 people were missing.",
			[]string{"Local officials"}},
		{"a ministry, then they", "The health ministry said hospitals were full. They said 31 people died.", []string{"health ministry"}},
		{"rescuers in the same sentence", "Rescuers said the search would go on and they said 31 people were missing.",
			[]string{"Rescuers"}},
		{"according to witnesses, then they",
			"According to witnesses, the bridge fell at dawn. They said 31 people were hurt.", []string{"witnesses"}},
		{"they chained over sentences",
			"Police said the road was closed. They said the bridge was shut. They said 31 people died.", []string{"Police"}},
		// deliberately not
		{"two people are no they", "Tom Haley and Olga Brennan said the road was closed. They said 31 people died.", []string{""}},
		{"one person is no they", "Olga Brennan said the road was closed. They said 31 people died.", []string{""}},
		{"a singular role is no they", "The governor said the road was closed. They said 31 people died.", []string{""}},
		{"a group that did not speak", "Police arrived at the scene. They said 31 people died.", []string{""}},
		{"a group two sentences back", "Police said the road was closed. The storm passed. They said 31 people died.", []string{""}},
		{"a report is no they", "Reports said the road was closed. They said 31 people died.", []string{""}},
		{"it: the ministry that spoke just before", "The interior ministry said the road was closed. It said 31 people died.",
			[]string{"interior ministry"}},
		{"it is no group of people", "Police said the road was closed. It said 31 people died.", []string{""}},
		{"it is no person", "Olga Brennan said the road was closed. It said 31 people died.", []string{""}},
		{"it is no report", "A report said the road was closed. It said 31 people died.", []string{""}},
		{"a person spoke last", "Police said the road was closed. Olga Brennan said the bridge was shut. They said 31 people died.",
			[]string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestRoleSpeakerAttribution: a lower-case role ("the governor") is credited as written, or as
// the one person the article named before as holding that post; "he"/"she" after it stand for it.
func TestRoleSpeakerAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the governor, no name", "The governor said 31 workers were evacuated.", []string{"governor"}},
		{"he after the governor", "The governor said the dam would reopen. He said 31 workers were evacuated.", []string{"governor"}},
		{"the health minister", "The health minister said 31 people died.", []string{"health minister"}},
		{"she after the health minister", "The health minister said hospitals were full. She said 31 people died.",
			[]string{"health minister"}},
		{"a police spokesman", "A police spokesman said 31 people were detained.", []string{"police spokesman"}},
		{"the holder named before with a title",
			"Governor Jane Smith toured the site on Monday. The governor said 31 workers were evacuated.", []string{"Jane Smith"}},
		{"the holder named in an appositive",
			"Jane Smith, the governor, toured the site on Monday. The governor said 31 workers were evacuated.", []string{"Jane Smith"}},
		{"she after the resolved governor",
			"Governor Jane Smith toured the site. The governor said the dam would hold. She said 31 workers were evacuated.",
			[]string{"Jane Smith"}},
		{"the minister after the health minister named",
			"Health Minister Ana Ruiz visited the hospital. The minister said 31 people died.", []string{"Ana Ruiz"}},
		{"a gendered role: spokeswoman is no he",
			"A police spokeswoman said the road was closed. He said 31 people died.", []string{""}},
		{"a gendered role: spokeswoman is a she",
			"A police spokeswoman said the road was closed. She said 31 people died.", []string{"police spokeswoman"}},
		// deliberately not
		{"two governors: the role, no name",
			"Governor Jane Smith met Governor Tom Haley on Monday. The governor said 31 workers were evacuated.", []string{"governor"}},
		{"a deputy is not the mayor", "Deputy Mayor Ana Ruiz toured the site. The mayor said 31 people died.", []string{"mayor"}},
		{"the country tells the two presidents apart",
			"Ukrainian President Volodymyr Zelensky met US President Donald Trump. The Ukrainian president said 31 people died.",
			[]string{"Volodymyr Zelensky"}},
		{"two presidents: the role, no name",
			"Ukrainian President Volodymyr Zelensky met US President Donald Trump. The president said 31 people died.",
			[]string{"president"}},
		{"a holder named only after", "The governor said 31 workers were evacuated, before Governor Jane Smith arrived.",
			[]string{"governor"}},
		{"a former holder is not the governor",
			"Former governor Tom Haley toured the site. The governor said 31 workers were evacuated.", []string{"governor"}},
		{"a spokesman is no holder of the post", "Governor Jane Smith toured the site. A spokesman said 31 workers were evacuated.",
			[]string{"spokesman"}},
		{"a role noun with no determiner", "In the capital, health minister said 31 people died.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestNamedAntecedentAttribution: "he"/"she" with no speaker before it who fits stands for the
// one person of its gender named before it in its sentence or the one before.
func TestNamedAntecedentAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the one woman named before", "Tom Haley met Olga Brennan on Friday. She said 31 people died.", []string{"Olga Brennan"}},
		{"the one man named before", "Tom Haley met Olga Brennan on Friday. He said 31 people died.", []string{"Tom Haley"}},
		{"named in the same sentence", "Olga Brennan arrived on Friday and she said 31 people died.", []string{"Olga Brennan"}},
		{"a speaker before wins", "Ana Ruiz said the road was closed. Tom Haley met Olga Brennan. She said 31 people died.",
			[]string{"Ana Ruiz"}},
		// deliberately not
		{"two women named", "Tom Haley met Olga Brennan and Ana Ruiz on Friday. She said 31 people died.", []string{""}},
		{"gender unknown", "Tom Haley met Sasha Brennan on Friday. She said 31 people died.", []string{""}},
		{"a woman of unknown and one of known gender", "Sasha Lee met Olga Brennan on Friday. She said 31 people died.", []string{""}},
		{"named two sentences back", "Tom Haley met Olga Brennan on Friday. The storm passed. She said 31 people died.", []string{""}},
		{"named after the pronoun", "She said 31 people died, before Olga Brennan arrived.", []string{""}},
		{"named only inside a quotation", "“Tom Haley is a hero,” Olga Brennan said. He said 31 people died.", []string{""}},
		{"a place is no she", "In Carver Falls, Tom Haley met Jane Smith on Friday. She said 31 people died.", []string{"Jane Smith"}},
		{"the speaker of the sentence before, others named", "Zelensky said the city was hit after meeting Mark Rutte. He said 31 people died.",
			[]string{"Volodymyr Zelensky"}},
		{"a woman named after the subject is no rival", "Olga Brennan said the road was closed. She met Tom Haley and Ana Ruiz later. She said 31 people died.",
			[]string{"Olga Brennan"}},
		// deliberately not: the speaker of earlier sentences, or the subject who just acted
		{"a new subject of the pronoun's gender", "Daniel Okafor said the hall was open. Gina Alvarez and Mark Stone toured the site. He said 31 homes were damaged.",
			[]string{""}},
		{"a new subject after another speaker", "Mark Rutte said the alliance would help. Ihor Klymenko thanked the alliance. He said 31 people died.",
			[]string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestAppositiveAndProxySpeakers: a speaker's name with an age or a description between it and
// the verb; a proxy speaking for a role holder; a title before the given name.
func TestAppositiveAndProxySpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an age", "Maria Lopez, 54, said 31 people died.", []string{"", "Maria Lopez"}}, // her age (age.go) is no statement of hers
		{"a role", "Jane Smith, the state's governor, said 31 people died.", []string{"Jane Smith"}},
		{"a description, then he", "Tom Haley, a local farmer, said the barns burned. He said 31 people died.", []string{"Tom Haley"}},
		{"a spokesperson for the governor is not the governor",
			"Governor Gavin Newsom declared an emergency. A spokesperson for the governor said 31 people died.",
			[]string{"spokesperson for Gavin Newsom"}},
		{"a title before the given name tells no gender",
			"Sheriff Michael Johnson said the road was closed. Maria Lopez, 54, said she had left. She said 31 people died.",
			[]string{"", "Maria Lopez"}},
		{"a spokesman for an unnamed minister",
			"The health minister said the plant was inspected. A spokesman for the minister said 12 inspectors visited.",
			[]string{"spokesman for the minister"}},
		// deliberately not
		{"a place and its country", "In Kharkiv, Ukraine, said 31 people died.", []string{""}},
		{"a name in apposition to a role", "The region's governor, Oleh Syniehubov, said 31 people died.", []string{"Oleh Syniehubov"}},
		{"a name in apposition to no role", "Near the border town, Oleh Syniehubov, said 31 people died.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestAccordingToQualifiedSpeaker: after "according to", capitals that qualify a noun phrase are
// not the speaker: the body the phrase names is, or the name after the lower-case words.
func TestAccordingToQualifiedSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a nationality before a body", "The fire destroyed 40 homes, according to the Swiss environment ministry.",
			[]string{"Swiss environment ministry"}},
		{"a nationality before a post and a name", "According to French interior minister Laurent Nunez, 300 officers were deployed.",
			[]string{"Laurent Nunez"}},
		{"a nationality before a newspaper's name", "The fire destroyed 40 homes, according to the Swiss newspaper Blick.",
			[]string{"Blick"}},
		{"a body after capitals, as before", "According to Estonian officials, 12 people died.", []string{"Estonian officials"}},
		{"a name alone, as before", "According to Reuters, 9 people were hurt.", []string{"Reuters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestMoreSourceNouns: bodies and groups news credits without a name, and "Officials there said".
func TestMoreSourceNouns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the coast guard", "The coast guard said 12 people were rescued.", []string{"coast guard"}},
		{"it after the coast guard", "The coast guard said the search went on. It said 12 people were rescued.", []string{"coast guard"}},
		{"the company", "The company said 300 jobs would go.", []string{"company"}},
		{"firefighters, then they", "Firefighters said the blaze spread. They said 3 crews were injured.", []string{"Firefighters"}},
		{"the electoral commission", "The electoral commission said turnout was 65 percent.", []string{"electoral commission"}},
		{"officials there", "Officials there said 3 people were missing.", []string{"Officials"}},
		// deliberately not
		{"a company that did not speak", "The company closed 40 stores. It said 300 jobs would go.", []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, "quantity"))
		})
	}
}

// TestBodyJoinedByAnd: a body whose name is joined by "and" is one speaker, and no person.
func TestBodyJoinedByAnd(t *testing.T) {
	assert.Equal(t, []string{"West Yorkshire Fire and Rescue Service"},
		attributionsOf("West Yorkshire Fire and Rescue Service said 12 engines attended.", "quantity"))
	assert.Equal(t, []string{"Tom Haley"},
		attributionsOf("Tom Haley and Defence Secretary John Healey toured the site. Tom Haley said 12 engines attended.", "quantity"))
}
