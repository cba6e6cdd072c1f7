package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitleCaseQuantities: a headline in Title Case or capitals is read as the same words in
// sentence case are; its words become no names (owners, places) unless the article names them
// elsewhere; months keep their capital ("In March" is a period) and acronyms theirs ("US").
func TestTitleCaseQuantities(t *testing.T) {
	keyOf := func(text, kind string) (key, context string) {
		cs := claimsOf(t, "a", text, kind)
		if !assert.Len(t, cs, 1, "%q", text) {
			return "", ""
		}
		return cs[0].Key, cs[0].Context
	}
	tests := []struct {
		kind, title, sentence string
	}{
		{"count", "Carmaker To Shed 2,400 Jobs As Vans Go Electric", "Carmaker to shed 2,400 jobs as vans go electric"},
		{"count", "CARMAKER TO SHED 2,400 JOBS AS VANS GO ELECTRIC", "Carmaker to shed 2,400 jobs as vans go electric"},
		{"count", "About 600 Jobs Set To Be Lost At The Supplier", "About 600 jobs set to be lost at the supplier"},
		{"count", "Government To Deploy 5,000 Troops To Border Region", "Government to deploy 5,000 troops to border region"},
		{"count", "US To Send 3,000 Troops To Poland Amid Tensions", "US to send 3,000 troops to Poland amid tensions"},
		{"count", "Carmaker To Shed 2,400 Jobs At Halden Plant. The plant in Halden opened in 1962.", "Carmaker to shed 2,400 jobs at Halden plant. The plant in Halden opened in 1962."},
		{"percent", "Unemployment Rises To 5.2% In March As Hiring Slows", "Unemployment rises to 5.2% in March as hiring slows"},
		{"percent", "Turnout Hits 62% In Capital As Voters Queue", "Turnout hits 62% in capital as voters queue"},
		{"percent", "Turnout Reaches 62% In Kenya Presidential Vote", "Turnout reaches 62% in Kenya presidential vote"},
		{"money", "EU To Spend €50 Billion On Ukraine Facility", "EU to spend €50 billion on Ukraine facility"},
		{"money", "Firm Fined $5 Million For Data Breach", "Firm fined $5 million for data breach"},
		{"measure", "Heatwave Pushes Temperatures To 45C In Seville", "Heatwave pushes temperatures to 45C in Seville"},
	}
	for _, tt := range tests {
		want, _ := keyOf(tt.sentence, tt.kind)
		got, _ := keyOf(tt.title, tt.kind)
		assert.Equal(t, want, got, "%q", tt.title)
	}
	// a place of a Title Case line runs over every word after it: kept only as the article names it
	key, _ := keyOf("Carmaker To Shed 2,400 Jobs At Halden Plant", "count")
	want, _ := keyOf("Carmaker will cut 2,400 jobs.", "count")
	assert.Equal(t, want, key, "an unnamed 'Halden Plant' is no scope")
	// the owner before the verb, when the article writes the name elsewhere
	_, owner := keyOf("Nordvik Motors To Shed 2,400 Jobs At Plant. Nordvik Motors confirmed the plan.", "count")
	assert.Equal(t, "Nordvik Motors", owner)
	_, owner = keyOf("Halden Plant To Lose 2,400 Jobs As Vans Go Electric. Jobs at the Halden plant will go.", "count")
	assert.Equal(t, "", owner)
	_, owner = keyOf("Nordvik Says It Will Cut 2,400 Jobs By 2027", "count")
	assert.Equal(t, "", owner, "a speaker of a Title Case line is read as its owner is")
	_, owner = keyOf("Nordvik Says It Will Cut 2,400 Jobs By 2027. Nordvik confirmed it.", "count")
	assert.Equal(t, "Nordvik", owner)
}
