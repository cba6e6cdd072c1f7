package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRecordedTallies: a tally told with any verb of record, before the figure or after its noun,
// is one figure; rivers that burst their banks flooded. Counts measured by other verbs keep them.
func TestRecordedTallies(t *testing.T) {
	tests := []struct{ text, value, key string }{
		{"280 landslides were reported across the region.", "280", "quantity|count|landslid|landslides|record|"},
		{"More than 280 landslides have been reported.", "More than 280", "quantity|count|landslid|landslides|record||"},
		{"Officials say 305 landslides have now been recorded.", "305", "quantity|count|landslid|landslides|record||"},
		{"Officials recorded 305 landslides.", "305", "quantity|count|landslid|landslides|record||"},
		{"Officials counted 305 landslides.", "305", "quantity|count|landslid|landslides|record||"},
		{"The agency reported 305 landslides.", "305", "quantity|count|landslid|landslides|record||"},
		{"The agency said 1,200 complaints had been registered.", "1,200", "quantity|count|complaint|complaints|record||"},
		{"21 rivers burst their banks.", "21", "quantity|count|river|rivers|flood||"},
		{"A staggering 23 rivers burst their banks.", "23", "quantity|count|river|rivers|flood||"},
		{"Officials said 23 rivers had burst their banks.", "23", "quantity|count|river|rivers|flood||"},
		{"21 rivers overflowed.", "21", "quantity|count|river|rivers|flood||"},
		{"21 rivers flooded.", "21", "quantity|count|river|rivers|flood||"},
		// the participle a verb of record reports is the count's verb
		{"45 homes were reported damaged.", "45", "quantity|count|hom|homes|damag||"},
		// a verb carried over "and" yields to the count's own verb
		{"Twenty-one rivers burst their banks and 280 landslides were reported.", "280", "quantity|count|landslid|landslides|record||"},
		// unchanged: other verbs, verbs carried over a list
		{"280 landslides left villages cut off.", "280", "quantity|count|landslid|landslides|leav||"},
		{"The army deployed 500 firefighters and 40 aircraft.", "40", "quantity|count|aircraft|aircraft|deploi||"},
		{"An estimated 300 homes were destroyed.", "An estimated 300", "quantity|count|hom|homes|destroi||"},
	}
	for _, tt := range tests {
		found := false
		for _, c := range claimsOf(t, "a", tt.text, "count") {
			if c.Value == tt.value {
				found = true
				assert.Contains(t, c.Key, tt.key, tt.text)
			}
		}
		assert.True(t, found, "%s: no count %s", tt.text, tt.value)
	}
	// a cases count keeps its own key (count_cases.go); "reported to" tells what is reported later
	for _, text := range []string{"280 landslides were reported to have hit the region."} {
		assert.Empty(t, claimsOf(t, "a", text, "count"), text)
	}
}
