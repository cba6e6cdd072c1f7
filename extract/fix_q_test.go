package extract_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/stretchr/testify/assert"
)

// TestRateWords: a rate adverb or Latin phrase after an amount is named by its period ("daily"
// is "per day", "annually" and "per annum" are "per year"), in any money, not only a business
// story's, so "£300 daily" and "£300 a day" meet and no subject reads "per dai".
func TestRateWords(t *testing.T) {
	tests := []struct{ text, value, subject string }{
		{"The council pays £300 daily for the site.", "£300", "pays per day"},
		{"The council pays £300 a day for the site.", "£300", "pays per day"},
		{"The firm pays $2m annually in fees.", "$2m", "fees per year"},
		{"The firm pays $2m per annum in fees.", "$2m", "fees per year"},
		{"The firm pays $2m a year in fees.", "$2m", "fees per year"},
		{"Workers will be paid $20 hourly.", "$20", "Workers paid per hour"},
		{"The fund pays $4m quarterly to members.", "$4m", "pays per quarter"},
		{"The club will pay him £200,000 a week.", "£200,000", "pay per week"},
		{"It expects savings of €150m annually.", "€150m", "cost savings per year"},
	}
	for _, tt := range tests {
		got := ""
		for _, c := range claimsOf(t, "a", tt.text, "money") {
			if c.Value == tt.value {
				got = c.Subject
			}
		}
		assert.Equal(t, tt.subject, got, tt.text)
		assert.NotContains(t, got, "dai", tt.text)
		assert.False(t, strings.Contains(got, "annua"), tt.text)
	}
}

// TestHeadlinePresentMeasure: a headline tells a past arrest or injury in the present ("Police
// arrest 45 protesters"); a plan, a denial or a body's habit ("police arrest 4,000 people a
// year.") is no casualty count.
func TestHeadlinePresentMeasure(t *testing.T) {
	tests := []struct{ text, key, value string }{
		{"Police arrest 45 protesters", "quantity|arrested|protesters|", "45"},
		{"Police Arrest 45 Protesters After Paris Clashes", "quantity|arrested|protesters|", "45"},
		{"Police arrested 45 protesters", "quantity|arrested|protesters|", "45"},
		{"Blast injures 12 in Lagos market", "quantity|injured|people|lagos", "12"},
		{"Crews rescue 30 miners trapped underground", "quantity|rescued|workers|", "30"},
		{"Police arrest 45 protesters.", "", ""},
		{"Police arrest 4,000 people a year in the city.", "", ""},
		{"Police may arrest 45 protesters", "", ""},
		{"Police threaten to arrest 45 protesters", "", ""},
		{"Police did not arrest 45 protesters", "", ""},
		{"Police arrest 45-year-old man", "", ""},
	}
	for _, tt := range tests {
		key, value := "", ""
		for _, c := range claimsOf(t, "a", tt.text, "casualty") {
			key, value = c.Key, c.Value
		}
		assert.Equal(t, tt.key, key, tt.text)
		assert.Equal(t, tt.value, value, tt.text)
	}
}

// TestIndictmentContains: what a charging document contains is the counts charged ("the
// indictment contains 14 counts" meets "charged with 14 counts"); a count that nothing charges
// is no charge.
func TestIndictmentContains(t *testing.T) {
	tests := []struct{ text, key string }{
		{"The indictment contains 14 counts of fraud.", "quantity|charge|charg fraud|counts|charg||"},
		{"Piet Larsen was charged with 14 counts of fraud.", "quantity|charge|charg fraud|counts|charg|larsen|"},
		{"The indictment against Piet Larsen contains 14 counts.", "quantity|charge|charg|counts|charg|larsen|"},
		{"The indictment, unsealed on Monday, contains 14 counts of fraud.", "quantity|charge|charg fraud|counts|charg||"},
		{"The complaint includes three charges of assault.", "quantity|charge|charg assault|counts|charg||"},
		{"The box contains 14 counts.", ""},
		{"The indictment contains 14 pages.", ""},
	}
	for _, tt := range tests {
		key := ""
		for _, c := range claimsOf(t, "a", tt.text, "charge") {
			key = c.Key
		}
		assert.Equal(t, tt.key, key, tt.text)
	}
	// no count keyed "contain" is left beside the charge
	for _, c := range claimsOf(t, "a", "The indictment contains 14 counts of fraud.", "count") {
		t.Errorf("count claim %q beside the charge", c.Key)
	}
}

// TestMoneyOpeners: a common noun of pay or prices capitalised at a headline's opening ("Fee
// talks collapse") names no participant; a name after it ("Fine Gael") or a surname a
// sentence opens with ("Levy said") is still read.
func TestMoneyOpeners(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Fee talks collapse on Tuesday", "date|talks|collapse"},
		{"Pension talks collapsed on Tuesday.", "date|talks|collapse"},
		{"Budget talks collapse on Tuesday", "date|talks|collapse"},
		{"Brexit talks collapse on Tuesday", "date|talks|collapse|brexit"},
	}
	for _, tt := range tests {
		key := ""
		for _, c := range claimsOf(t, "a", tt.text, "date") {
			key = c.Key
		}
		assert.Equal(t, tt.key, key, tt.text)
	}
}

// TestTransferFee: a transfer fee is the deal's value with the player as what changes hands,
// however a report tells it (signed, sold to, joined, "a fee of", "a £105m move"); one club's two
// signings, and a deal that moves no player, do not meet it.
func TestTransferFee(t *testing.T) {
	const rice = "Declan Rice"
	tests := []struct{ text, value, context string }{
		{"Arsenal have signed Declan Rice from West Ham in a deal worth £105m.", "£105m", rice},
		{"Arsenal have completed the signing of Declan Rice in a deal worth £105m.", "£105m", rice},
		{"West Ham sold Declan Rice to Arsenal in a deal worth £105m.", "£105m", rice},
		{"Declan Rice joined Arsenal from West Ham for a fee of £100m.", "£100m", rice},
		{"Arsenal signed Declan Rice in a £105m move.", "£105m", rice},
		{"Arsenal signed Kai Havertz from Chelsea in a deal worth £65m.", "£65m", "Kai Havertz"},
		{"Microsoft will buy Activision in a deal worth $69bn.", "$69bn", "Activision"},
		{"Vodafone signed a deal worth €2bn with Nokia.", "€2bn", ""},
		{"Arsenal signed a sponsorship deal worth £40m with Emirates.", "£40m", ""},
	}
	var first model.Claim
	for i, tt := range tests {
		c, ok := businessClaim(t, tt.text, "money", tt.value)
		if !ok {
			continue
		}
		assert.Equal(t, tt.context, c.Context, tt.text)
		if i == 0 {
			first = c
			continue
		}
		assert.Equal(t, tt.context == rice, meets(first, c), tt.text)
	}
}

// TestSoldNamedUnit: the capitalised word of the thing sold tells two sales apart ("its Swedish
// unit", "its Norwegian unit"); the same unit in two reports still meets.
func TestSoldNamedUnit(t *testing.T) {
	tests := []struct {
		a, va, b, vb string
		meet         bool
	}{
		{"Volvo sold its Swedish unit for $2bn.", "$2bn", "Volvo sold its Norwegian unit for $3bn.", "$3bn", false},
		{"Volvo sold its Swedish unit for $2bn.", "$2bn", "Volvo has sold its Swedish unit for $2.2bn.", "$2.2bn", true},
		{"Volvo sold its truck unit for $2bn.", "$2bn", "Volvo sold its bus unit for $3bn.", "$3bn", false},
		{"Volvo sold its truck unit for $2bn.", "$2bn", "Volvo sold its truck unit for $2.5bn.", "$2.5bn", true},
	}
	for _, tt := range tests {
		a, okA := businessClaim(t, tt.a, "money", tt.va)
		b, okB := businessClaim(t, tt.b, "money", tt.vb)
		if okA && okB {
			assert.Equal(t, tt.meet, meets(a, b), "%s / %s: %s / %s", tt.a, tt.b, a.Key, b.Key)
		}
	}
}

// TestWrappedNames: a name that a hard-wrapped text breaks over two lines ("the Red\nCross",
// "Maria\nLopes") is credited as written on one line, so two outlets crediting it agree.
func TestWrappedNames(t *testing.T) {
	text := "At least 40 people were killed when floods swept through villages in\n" +
		"Nampula province on Monday, a spokeswoman for the Red\n" +
		"Cross said on Tuesday. \"The water rose within minutes,\" said Maria\n" +
		"Lopes, who leads the aid team in the province. The International\n" +
		"Rescue Committee said 2,000 volunteers had joined the search since Sunday\n" +
		"and that the toll was likely to rise as rescuers reached cut-off areas.\n"
	want := map[string]string{"casualty": "Red Cross", "quote": "Maria Lopes", "count": "The International Rescue Committee"}
	for kind, who := range want {
		cs := claimsOf(t, "a", text, kind)
		if assert.NotEmpty(t, cs, kind) {
			assert.Equal(t, who, cs[0].Attribution, kind)
		}
	}
	// one line: as written
	cs := claimsOf(t, "a", "At least 40 people were killed, a spokeswoman for the Red Cross said.", "casualty")
	if assert.NotEmpty(t, cs) {
		assert.Equal(t, "Red Cross", cs[0].Attribution)
	}
}

// TestTitledPlaceNames: after a title's "of" the place is no part of the name ("Mayor of
// London Khan" is Khan, never "London Khan"), whether the place has one word or two and the
// name one or two.
func TestTitledPlaceNames(t *testing.T) {
	tests := []struct{ text, who string }{
		{"Mayor of London Khan said 200 officers would be deployed.", "Khan"},
		{"Mayor of London Sadiq Khan said 200 officers would be deployed.", "Sadiq Khan"},
		{"Mayor of London Sadiq Khan visited. Khan said 200 officers would be deployed.", "Sadiq Khan"},
		{"Sadiq Khan is mayor. Mayor of London Khan said 200 officers would be deployed.", "Sadiq Khan"},
		{"Governor of New York Hochul said 200 troops would be deployed.", "Hochul"},
		{"Governor of New York Kathy Hochul visited. Hochul said 200 troops would be deployed.", "Kathy Hochul"},
		{"Governor of Texas Abbott said 200 troops would be deployed.", "Abbott"},
		{"Director of Public Health Jane Smith visited. Smith said 200 cases were found.", "Jane Smith"},
	}
	for _, tt := range tests {
		who := ""
		for _, c := range claimsOf(t, "a", tt.text, "count") {
			who = c.Attribution
		}
		assert.Equal(t, tt.who, who, tt.text)
	}
}

// TestTitledToNames: a title's "to" is read as its "of": "Ambassador to NATO Matthew Whitaker"
// is Matthew Whitaker, not "NATO Matthew Whitaker".
func TestTitledToNames(t *testing.T) {
	tests := []struct{ text, who string }{
		{"US Ambassador to NATO Matthew Whitaker said 12 people were hurt.", "Matthew Whitaker"},
		{"Ambassador to the UN Linda Thomas-Greenfield said 12 people were hurt.", "Linda Thomas-Greenfield"},
		{"Envoy to Ukraine Keith Kellogg said 12 people were hurt.", "Keith Kellogg"},
		{"President of the European Commission Ursula von der Leyen said 12 people were hurt.", "Ursula von der Leyen"},
	}
	for _, tt := range tests {
		who := ""
		for _, c := range claimsOf(t, "a", tt.text, "casualty") {
			who = c.Attribution
		}
		assert.Equal(t, tt.who, who, tt.text)
	}
}

// TestBodyAfterTitle: a body's name after "a spokeswoman for the British" is no person given a
// post; a person's name after a title still is.
func TestBodyAfterTitle(t *testing.T) {
	tests := []struct{ text, key string }{
		{"A spokeswoman for the British Red Cross said 12 people were hurt.", ""},
		{"A spokesman for the International Rescue Committee said 12 people were hurt.", ""},
		{"US Ambassador to NATO Matthew Whitaker said 12 people were hurt.", "role|matthew whitaker"},
	}
	for _, tt := range tests {
		key := ""
		for _, c := range claimsOf(t, "a", tt.text, "role") {
			key = c.Key
		}
		assert.Equal(t, tt.key, key, tt.text)
	}
}

// TestTitledAppositive: a title with its place before an appositive name ("The Mayor of London,
// Sadiq Khan, said") credits the name, as "The mayor, Sadiq Khan, said" does.
func TestTitledAppositive(t *testing.T) {
	tests := []struct{ text, who string }{
		{"The Mayor of London, Sadiq Khan, said 200 officers would be deployed.", "Sadiq Khan"},
		{"The Governor of New York, Kathy Hochul, said 200 troops would be deployed.", "Kathy Hochul"},
		{"The mayor, Sadiq Khan, said 200 officers would be deployed.", "Sadiq Khan"},
		{"In London, Paris and Rome, officials said 200 officers would be deployed.", "officials"},
	}
	for _, tt := range tests {
		who := ""
		for _, c := range claimsOf(t, "a", tt.text, "count") {
			who = c.Attribution
		}
		assert.Equal(t, tt.who, who, tt.text)
	}
}

// TestOffenceBeforeSource: "14 counts of fraud, prosecutors said" are counts of fraud (a source
// after the comma is no second offence); "fraud, theft and forgery" are the total.
func TestOffenceBeforeSource(t *testing.T) {
	tests := []struct{ text, key string }{
		{"Piet Larsen was charged with 14 counts of fraud, prosecutors said.", "quantity|charge|charg fraud|counts|charg|larsen|"},
		{"Piet Larsen was charged with 14 counts of fraud, police said on Monday.", "quantity|charge|charg fraud|counts|charg|larsen|"},
		{"Piet Larsen was charged with 14 counts of fraud, theft and forgery.", "quantity|charge|charg|counts|charg|larsen|"},
		{"Piet Larsen was charged with 14 counts of fraud, money laundering and bribery.", "quantity|charge|charg|counts|charg|larsen|"},
	}
	for _, tt := range tests {
		key := ""
		for _, c := range claimsOf(t, "a", tt.text, "charge") {
			key = c.Key
		}
		assert.Equal(t, tt.key, key, tt.text)
	}
}
