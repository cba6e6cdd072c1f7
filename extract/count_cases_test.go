package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCaseCounts: a disease's case count meets whatever verb (or none) tells it; suspected,
// confirmed and new cases, and cases in another place, are other counts; cases of a court stay
// as they were.
func TestCaseCounts(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "count", text) }
	base := keyOf("Officials have recorded 2,300 suspected cases of cholera.")
	for _, text := range []string{
		"More than 2,300 suspected cases have been recorded.",
		"There have been more than 2,300 suspected cases.",
		"The cholera toll has risen to 127, with about 2,100 suspected cases.",
		"Health officials reported 2,300 suspected cases.",
		"The ministry has registered 2,300 suspected cases.",
		"Some 2,300 suspected cases have been detected.",
		"Officials put the number of suspected cases at 2,300.",
	} {
		assert.Equal(t, base, keyOf(text), "%q", text)
	}
	confirmed := keyOf("Officials have confirmed 300 cases of cholera.")
	assert.Equal(t, confirmed, keyOf("300 cases have been confirmed in the cholera outbreak."))
	assert.Equal(t, confirmed, keyOf("There have been 300 confirmed cases."))
	for _, text := range []string{
		"Officials have recorded 2,300 suspected cases in Haiti.", // a place
		"Officials have recorded 300 confirmed cases.",
		"There have been 400 new cases of cholera.", // a day's count
		"Officials have recorded 2,300 cases of cholera.",
		"The court heard 2,300 cases last year.",
		"Doctors have treated 2,300 suspected cases.", // not a tally
	} {
		assert.NotEqual(t, base, keyOf(text), "%q", text)
	}
	// "cases" with no kind and no disease near: of what, not told
	assert.Empty(t, claimsOf(t, "a", "There have been 2,300 cases this year.", "count"))
}

// TestGoodsDelivered: goods sent, shipped, delivered, dispatched or supplied are one figure;
// people sent stay deployed.
func TestGoodsDelivered(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "count", text) }
	base := keyOf("The WHO said it would send 40,000 doses of oral vaccine.")
	for _, text := range []string{
		"The WHO is shipping 45,000 vaccine doses.",
		"UNICEF delivered 45,000 doses.",
		"The agency dispatched 45,000 doses.",
		"The agency supplied 45,000 doses.",
	} {
		assert.Equal(t, base, keyOf(text), "%q", text)
	}
	assert.NotEqual(t, base, keyOf("The firm sold 45,000 doses."))
	assert.Equal(t, keyOf("UNICEF sent 200 tents."), keyOf("UNICEF delivered 200 tents."))
	troops := keyOf("The army deployed 500 troops.")
	assert.Equal(t, troops, keyOf("The army sent 500 troops."))
	assert.NotEqual(t, troops, keyOf("The army delivered 500 troops."))
}

// TestPutAtCounts: "put X at N" is the figure of X: a crowd or "the figure" is the protest's size
// when the sentence or the one before tells of a protest, with its one place; otherwise no claim.
func TestPutAtCounts(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "count", text) }
	base := keyOf("About 80,000 people marched in Paris on Saturday.")
	for _, text := range []string{
		"Protesters filled the streets of Paris. Police put the crowd at 80,000.",
		"Hundreds of thousands marched in Paris. Organisers put the figure at 400,000.",
		"Tens of thousands protested in Paris. Police estimated the crowd at 80,000.",
	} {
		assert.Equal(t, base, keyOf(text), "%q", text)
	}
	assert.Equal(t, keyOf("Some 1.2 million people protested, the CGT said."),
		keyOf("Unions held a day of strikes and marches. The CGT put nationwide turnout at 1.5 million."))
	assert.Equal(t, base, keyOf("Tens of thousands protested on Saturday. Police put the crowd in Paris at 80,000."))
	assert.Equal(t, keyOf("Health workers have recorded 1,840 suspected cases in Mandoul."),
		keyOf("Officials put the number of suspected cases in Mandoul at 1,840."))
	// two places: which one the crowd is in, not told
	assert.NotEqual(t, base, keyOf("Protesters marched in Paris and Lyon. Police put the crowd at 80,000."))
	for _, text := range []string{
		"Fans filled the stadium. Police put the crowd at 80,000.", // no protest
		"The CGT put nationwide turnout at 1.5 million.",           // a turnout of what, not told
		"Police put the death toll at 45.",                         // a casualty count
		"Analysts put the cost at $2 million.",                     // money
	} {
		n := 0
		for _, c := range claimsOf(t, "a", text, "count") {
			if c.Value == "80,000" || c.Value == "1.5 million" || c.Value == "45" {
				n++
			}
		}
		assert.Zero(t, n, "%q", text)
	}
}
