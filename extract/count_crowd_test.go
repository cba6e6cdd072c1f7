package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCrowdCounts: a crowd's size meets however its people and their march are named, and counts
// of people doing other things stay apart.
func TestCrowdCounts(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "count", text) }
	base := keyOf("About 80,000 people marched in Paris on Saturday.")
	for _, text := range []string{
		"More than 100,000 demonstrators took to the streets of Paris.",
		"Some 50,000 protesters rallied in Paris.",
		"Police said 60,000 people demonstrated in Paris.",
		"Tens of thousands of people protested in Paris.",
		"Some 70,000 marchers protested in Paris.",
	} {
		assert.Equal(t, base, keyOf(text), "%q", text)
	}
	for _, text := range []string{
		"About 80,000 people marched in Lyon on Saturday.", // another city
		"Some 5,000 people took part in the vote.",
		"The firm took 300 people to court.",
		"About 300 people turned out to vote in Paris.",
		"About 300 people gathered in Paris for the vigil.",
	} {
		assert.NotEqual(t, base, keyOf(text), "%q", text)
	}
}
