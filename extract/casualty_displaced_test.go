package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCasualtyDisplacedPhrasings: people "forced from their homes", "forced to flee" or who "fled
// their homes" are counted as displaced; fleeing a scene, leaving a job and things forced out are not.
func TestCasualtyDisplacedPhrasings(t *testing.T) {
	for _, tc := range []struct{ text, value, key string }{
		{"Floods in Harwick have forced 13,000 people from their homes.", "13,000", "quantity|displaced|people|harwick"},
		{"Floods in Harwick have forced 13,000 from their homes, officials said.", "13,000", "quantity|displaced|people|harwick"},
		{"More than 20,000 people were forced to flee their homes in Harwick.", "More than 20,000", "quantity|displaced|people|harwick"},
		{"The fighting has forced more than 20,000 to flee in Harwick.", "more than 20,000", "quantity|displaced|people|harwick"},
		{"About 1,200 families fled their homes in Harwick.", "About 1,200", "quantity|displaced|families|harwick"},
		{"The war has driven 3.7 million Ukrainians from their homes in Harwick.", "3.7 million", "quantity|displaced|people|harwick"},
		{"The floods forced 4,000 residents out of their homes in Harwick.", "4,000", "quantity|displaced|people|harwick"},
		{"Some 2,500 people have now been forced from their homes in Harwick.", "Some 2,500", "quantity|displaced|people|harwick"},
		// already read: the word "displaced" itself
		{"The floods displaced 20,000 people in Harwick.", "20,000", "quantity|displaced|people|harwick"},
		// not displacement
		{"Three suspects fled the scene in Harwick.", "", ""},
		{"The crisis forced 300 companies from the market in Harwick.", "", ""},
		{"Some 500 workers were forced to leave the company in Harwick.", "", ""},
		{"The storm left 5,000 people homeless in Harwick.", "", ""},
		{"Police forced 40 protesters from the square in Harwick.", "", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "a", tc.text, "casualty") {
				if c.Measure == "displaced" {
					got = append(got, c.Value+" "+c.Key)
				}
			}
			if tc.value == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tc.value + " " + tc.key}, got)
		})
	}
}
