package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// TestCasualtyPlaces pins which place a casualty figure belongs to.
func TestCasualtyPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string // subjects of the casualty claims, in order
	}{
		{"Russian drones killed 12 people in Kharkiv and five in Odesa overnight.",
			[]string{"people killed · Kharkiv", "people killed · Odesa"}},
		{"The attack on Kharkiv killed 12, the mayor said, while seven people were killed in Odessa.",
			[]string{"people killed · Kharkiv", "people killed · Odesa"}},
		{"In Kharkiv, 12 were killed, while in Odesa 5 died.",
			[]string{"people killed · Kharkiv", "people killed · Odesa"}},
		{"A magnitude 6.1 earthquake struck near Malatya, killing at least 14 people and injuring 120 others.",
			[]string{"people killed · Malatya", "people injured · Malatya"}},
		{"Tornadoes killed at least four people in St. Lucie County. Five of the deaths were in St Lucie County.",
			[]string{"people killed · St Lucie", "people killed · St Lucie"}},
		{"A tornado tore through Moore on Monday. Officials said 24 people died in the city.",
			[]string{"people killed · Moore"}},
		{"Flooding in the province of Sindh killed 30 people.",
			[]string{"people killed · Sindh"}},
		// a region named with its country's possessive is the region; a possessive name stays whole
		{"A cholera outbreak in Congo's Kasai province has killed 112 people.",
			[]string{"people killed · Kasai"}},
		{"A missile strike in Ukraine's Kharkiv Region killed five people.",
			[]string{"people killed · Kharkiv"}},
		{"A storm on Martha's Vineyard killed two people.",
			[]string{"people killed · Martha Vineyard"}},
		{"Eleven people were killed when a train derailed near the Serbian town of Vranje on Tuesday.",
			[]string{"people killed · Vranje"}},
		{"Four people died in the Bavarian village of Oberau.",
			[]string{"people killed · Oberau"}},
		{"Seven police officers were hurt in scuffles in Lyon.",
			[]string{"police injured · Lyon"}},
		// particles inside a place's name
		{"Police arrested 32 people after clashes near Place de la Nation.",
			[]string{"people arrested · Place de la Nation"}},
		{"Floods killed 12 people in Rio de Janeiro.",
			[]string{"people killed · Rio de Janeiro"}},
		{"A fire killed three people in Paris de facto.",
			[]string{"people killed · Paris"}},
		// a count of cases after a toll is not part of the toll
		{"The death toll from cholera in Kasai has risen to 127, with about 2,100 suspected cases, officials said.",
			[]string{"people killed · Kasai"}},
		{"The strike killed 12 people in Kharkiv, with five soldiers among them.",
			[]string{"people killed · Kharkiv", "soldiers killed · Kharkiv"}},
	}
	for _, tt := range tests {
		a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: tt.text}
		var got []string
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Kind == "casualty" {
				got = append(got, c.Subject)
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
