package extract_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/stretchr/testify/assert"
)

// businessClaim returns the claim of kind whose value is value in text, or fails.
func businessClaim(t *testing.T, text, kind, value string) (model.Claim, bool) {
	t.Helper()
	for _, c := range claimsOf(t, "a", text, kind) {
		if c.Value == value {
			return c, true
		}
	}
	t.Errorf("%q: no %s claim %q", text, kind, value)
	return model.Claim{}, false
}

// meets reports whether two claims would be compared: one key, and no two different contexts
// (the comparator sets claims of two named contexts apart, a claim without one joins either).
func meets(a, b model.Claim) bool {
	return a.Key == b.Key && (a.Context == "" || b.Context == "" || a.Context == b.Context)
}

// TestBusinessKeys: the figures of a takeover story meet across outlets however each tells them
// (the deal's price, customers and staff, annual cost savings, a share move), and other figures
// do not (a bid, a stake, customers lost, shares that fell, another company's deal).
func TestBusinessKeys(t *testing.T) {
	tests := []struct {
		name, kind   string
		a, va, b, vb string
		meet         bool
	}{
		// the price of a takeover, whatever carries it
		{"buy for / pay for", "money",
			"Nordbanken has agreed to buy Danish rival Kystbank for 2.3 billion euros ($2.5 billion), the Swedish lender said.", "2.3 billion euros",
			"Nordbanken is buying Kystbank. It will pay 2.1 billion euros for Kystbank, the Danish lender, it announced on Monday.", "2.1 billion euros", true},
		{"buy for / in a deal", "money",
			"Nordbanken has agreed to buy Kystbank for €2.3bn.", "€2.3bn",
			"Nordbanken to buy Kystbank in 2.1 billion euro deal", "2.1 billion euro", true},
		{"Title Case headline / acquire for", "money",
			"Swedish Lender Agrees €2.3bn Takeover Of Danish Rival", "€2.3bn",
			"Nordbanken will acquire Kystbank for €2.1bn.", "€2.1bn", true},
		{"takeover valued at / deal worth", "money",
			"The takeover of Kystbank, valued at €2.3bn, was approved.", "€2.3bn",
			"Nordbanken sealed a deal worth €2.1bn to buy Kystbank.", "€2.1bn", true},
		{"a deal worth / acquire for", "money",
			"Microsoft will buy Activision in a deal worth $69bn.", "$69bn",
			"Microsoft agreed to acquire Activision for $68.7bn.", "$68.7bn", true},
		{"passive bought by / acquisition of for", "money",
			"Kystbank agreed to be bought by Nordbanken for €2.3bn.", "€2.3bn",
			"The acquisition of Kystbank for €2.1bn was approved by regulators.", "€2.1bn", true},
		{"takeover values X at", "money",
			"The takeover values Kystbank at €2.3bn.", "€2.3bn",
			"Nordbanken is buying Kystbank. Nordbanken will pay €2.1bn for Kystbank.", "€2.1bn", true},
		{"deal values X at / pay for", "money",
			"The deal values Kystbank at €2.3bn.", "€2.3bn",
			"Nordbanken is buying Kystbank. Nordbanken will pay €2.1bn for Kystbank.", "€2.1bn", true},
		{"takeover by / buy for", "money",
			"Kystbank agreed to a €2.3bn ($2.5bn) takeover by Nordbanken. Nordbanken will buy Kystbank.", "€2.3bn",
			"Nordbanken agreed to buy Kystbank for €2.1bn.", "€2.1bn", true},
		{"all-cash takeover / buy for", "money",
			"Nordbanken's €2.3bn all-cash takeover of Kystbank was approved.", "€2.3bn",
			"Nordbanken agreed to buy Kystbank for €2.1bn.", "€2.1bn", true},
		{"two companies bought", "money",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn",
			"Nordbanken agreed to buy Fjordbank for €1.1bn.", "€1.1bn", false},
		{"a bid is no deal", "money",
			"Nordbanken rejected a €2bn takeover bid from Kystbank.", "€2bn",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn", false},
		{"a stake is no deal", "money",
			"Nordbanken bought a 60% stake in Kystbank for €1bn.", "€1bn",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn", false},
		{"a stake in an unnamed company is no deal", "money",
			"Nordbanken bought a stake in the lender for €1bn.", "€1bn",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn", false},
		{"a unit sold to a buyer / the buyer pays", "money",
			"Danske agreed to sell its Norwegian unit to Nordbanken for €400m. Nordbanken will buy it.", "€400m",
			"Nordbanken will buy the Norwegian unit for €450m.", "€450m", true},
		{"a price a share is no deal's", "money",
			"Nordbanken will pay €12 a share for Kystbank.", "€12",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn", false},
		{"an arms deal is no takeover", "money",
			"Boeing signed a $2bn arms deal with Saudi Arabia.", "$2bn",
			"Boeing agreed to buy Spirit for $4.7bn.", "$4.7bn", false},
		{"a figure dated by a merger", "money",
			"Debt after the merger was €5bn.", "€5bn",
			"Nordbanken agreed to buy Kystbank for €2.3bn.", "€2.3bn", false},
		{"weapons bought are no company", "money",
			"Ukraine will buy Patriot systems for $2bn.", "$2bn",
			"Ukraine bought drones for $500m.", "$500m", false},
		{"pay for a country's reconstruction is no deal (both keyed as paid)", "money",
			"The EU will pay €2bn for Ukraine's reconstruction.", "€2bn",
			"The EU will pay €3bn for Ukraine's reconstruction, the bloc said as it agreed to buy gas.", "€3bn", true},
		{"paid for rights", "money",
			"The company will pay $5m for the rights.", "$5m",
			"Nordbanken agreed to buy Kystbank for $2.3bn.", "$2.3bn", false},

		// counts told with a light verb
		{"customers have / serve", "count",
			"The combined bank will have 4.1 million customers.", "4.1 million",
			"The merged group will serve 4.3 million customers.", "4.3 million", true},
		{"customers boast / clients count", "count",
			"The bank boasts 4.1 million customers.", "4.1 million",
			"The bank counts 4.3 million clients.", "4.3 million", true},
		{"employees / employ people", "count",
			"The combined bank will have about 9,000 employees.", "about 9,000",
			"The merged group will employ around 9,500 people.", "around 9,500", true},
		{"staff / workers", "count",
			"The bank has 9,000 staff.", "9,000",
			"The bank has 9,500 workers.", "9,500", true},
		{"the combined group's customers are not one company's", "count",
			"The combined bank will have 4.1 million customers.", "4.1 million",
			"Kystbank serves 1.6 million customers, Nordbanken said.", "1.6 million", false},
		{"the combined group's customers in two reports", "count",
			"The enlarged group will serve 4.3 million customers.", "4.3 million",
			"Together the banks have 4.1 million customers.", "4.1 million", true},
		{"customers lost are other customers", "count",
			"The bank lost 200,000 customers.", "200,000",
			"The bank has 4.1 million customers.", "4.1 million", false},
		{"staff cut are no staff", "count",
			"The bank will cut 900 staff.", "900",
			"The bank has 9,000 staff.", "9,000", false},
		{"people a town has are no staff", "count",
			"The town has 9,000 people.", "9,000",
			"The bank employs 9,500 people.", "9,500", false},

		// cost savings
		{"annual cost savings / cost savings a year", "money",
			"Nordbanken expects annual cost savings of 180 million euros by 2028.", "180 million euros",
			"The bank is targeting cost savings of 150 million euros a year by 2028.", "150 million euros", true},
		{"savings annually / annual synergies", "money",
			"It expects savings of €150m annually.", "€150m",
			"The deal should deliver €180m in annual synergies.", "€180m", true},
		{"cut costs by a year / cost savings per year", "money",
			"The group will cut costs by €180mn a year.", "€180mn",
			"It targets cost savings of €150m per year.", "€150m", true},
		{"annual savings are not one-off savings", "money",
			"Nordbanken expects annual cost savings of €180m.", "€180m",
			"Nordbanken expects cost savings of €150m.", "€150m", false},
		{"annual revenue is no savings, and keeps its word", "money",
			"The government expects annual revenue of $5bn from the tax.", "$5bn",
			"The government expects revenue of $4bn from the tax.", "$4bn", false},
		{"an intention is no part of the key", "money",
			"The company targets revenue of €10bn by 2030.", "€10bn",
			"The company expects revenue of €9bn by 2030.", "€9bn", true},
		{"savings by different years", "money",
			"It targets cost savings of €150m a year by 2028.", "€150m",
			"It targets cost savings of €180m a year by 2030.", "€180m", false},
	}
	for _, tt := range tests {
		a, ok1 := businessClaim(t, tt.a, tt.kind, tt.va)
		b, ok2 := businessClaim(t, tt.b, tt.kind, tt.vb)
		if !ok1 || !ok2 {
			continue
		}
		assert.Equal(t, tt.meet, meets(a, b), "%s: %q (%s) vs %q (%s)", tt.name, a.Key, a.Context, b.Key, b.Context)
	}
}

// TestShareMoves: a company's share move meets another report of it wherever its exchange is
// placed; the direction and the company stay in the key.
func TestShareMoves(t *testing.T) {
	const intro = "Nordbanken agreed to buy Kystbank on Monday. "
	move := func(text string) model.Claim {
		cs := claimsOf(t, "a", intro+text, "percent")
		if assert.Len(t, cs, 1, "%q", text) {
			return cs[0]
		}
		return model.Claim{}
	}
	rose := move("Shares in Kystbank rose 14% in Copenhagen.")
	for _, text := range []string{
		"Kystbank shares jumped 11% in Copenhagen trading.",
		"Kystbank's stock climbed 11% in London.",
		"Shares of Kystbank were up 11% in Copenhagen.",
		"Kystbank's share price rose 11%.",
	} {
		c := move(text)
		assert.Equal(t, rose.Key, c.Key, "%q", text)
	}
	for _, text := range []string{
		"Kystbank shares fell 11% in Copenhagen.",
		"Nordbanken shares rose 11% in Stockholm.",
		"Shares rose 11% in Copenhagen.",
	} {
		c := move(text)
		assert.NotEqual(t, rose.Key, c.Key, "%q", text)
	}
}

// TestConversionOneClaim: an amount restated in another currency, in brackets or after "or",
// is one claim; two amounts in one currency stay two.
func TestConversionOneClaim(t *testing.T) {
	for text, n := range map[string]int{
		"Nordbanken agreed to buy Kystbank for 2.3 billion euros ($2.5 billion).": 1,
		"The deal is worth €2.3bn, or about $2.5bn.":                              1,
		"Revenue rose to €2bn ($2.2bn) from €1.8bn.":                              2,
		"The bank paid €2bn and Kystbank's owners €1bn.":                          2,
	} {
		assert.Len(t, claimsOf(t, "a", text, "money"), n, "%q", text)
	}
}

// TestNoDealValue: prices that are no takeover's keep the keys they had (a seller's sale whose
// buyer is not named, things bought, a country or a player paid for, a trade deal).
func TestNoDealValue(t *testing.T) {
	for _, text := range []string{
		"Danske sold its Swedish unit for €300m.",
		"Ukraine will buy Patriot systems for $2bn.",
		"The EU will pay €2bn for Ukraine.",
		"Arsenal paid £105m for Declan Rice.",
		"The two countries signed a $10bn trade deal on Friday.",
		"He bought the house for $2m.",
	} {
		for _, c := range claimsOf(t, "a", text, "money") {
			assert.NotContains(t, c.Key, "|deal|", "%q", text)
		}
	}
}
