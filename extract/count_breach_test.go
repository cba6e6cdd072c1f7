package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBreachCounts: people whose data was stolen, exposed, accessed or affected are one figure
// however the breach is told; accounts are kept apart from people, and thefts, exposures and
// outages with no data named are not breaches.
func TestBreachCounts(t *testing.T) {
	const people = "quantity|count|customer|customers|breach||"
	for _, tc := range []struct{ text, want string }{
		{"Hackers stole the personal data of 9.8 million customers.", people},
		{"The personal data of 9.8 million customers was stolen, Kelvira said.", people},
		{"Hackers accessed the records of 9.8 million users.", people},
		{"The breach exposed the details of 9.8 million subscribers.", people},
		{"Data belonging to 9.8 million customers was stolen.", people},
		{"The details of 9,800,000 people were swiped in the raid.", people},
		{"The breach affected 9.8 million customers.", people},
		{"Hackers stole data on 9.8 million customers.", people},
		{"Hackers took the data of 9.8 million customers.", people},
		{"Nearly 10 million accounts were exposed in the breach.", "quantity|count|account|accounts|breach||"},
		// not breaches
		{"Thieves stole 300 cars from the port.", "quantity|count|car|cars|steal||"},
		{"Some 12 workers were exposed to asbestos.", "quantity|count|worker|workers|expos||"},
		{"The storm affected 9,000 customers.", "quantity|count|customer|customers|affect||"},
		{"The flood affected 3,000 people, records show.", "quantity|count|person|people|affect||"},
		{"Data show the outage affected 9,000 customers.", "quantity|count|customer|customers|affect||"},
		{"Three people were taken to hospital after the fire at the data centre.", "quantity|count|person|people|tak||"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "a", tc.text, "count") {
				got = append(got, c.Key)
			}
			assert.Equal(t, []string{tc.want}, got)
		})
	}
}
