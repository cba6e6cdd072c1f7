package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// voteClaim is the claim of the given kind whose value is v in text.
func voteClaim(t *testing.T, text, kind, v string) model.Claim {
	t.Helper()
	for _, c := range claimsOf(t, "a", text, kind) {
		if c.Value == v {
			return c
		}
	}
	require.Failf(t, "no claim", "%q in %q", v, text)
	return model.Claim{}
}

// TestVoteSharesByParty: a vote share or a seat count is keyed by the party or candidate that
// won it, whatever the wording; two parties never meet, nor does a share whose owner is not read
// with an owned one.
func TestVoteSharesByParty(t *testing.T) {
	const intro = "Voters went to the polls in Sunday's parliamentary election. "
	tests := []struct {
		name, kind   string
		a, av, b, bv string
		meet         bool
	}{
		{"with N% of the vote vs won N% of the vote", "percent",
			"Valdoria's centre-right Civic Union won Sunday's parliamentary election with 34.2% of the vote.", "34.2%",
			"Marta Kovac's Civic Union won 34% of the vote in Sunday's election, official results showed.", "34%", true},
		{"came first with vs took", "percent",
			"The Civic Union came first with 34.2% in Sunday's election.", "34.2%",
			"In the parliamentary election, the Civic Union party took 34 percent.", "34 percent", true},
		{"on N% vs N% for X", "percent",
			"Civic Union won the election, ahead of the Social Democrats on 28%.", "28%",
			"The election gave 34% to Civic Union and 27.8% for the Social Democrats.", "27.8%", true},
		{"possessor", "percent",
			"Civic Union's 34% was the best result of any party in the election.", "34%",
			"Civic Union secured 34.1% of the vote.", "34.1%", true},
		{"a candidate's surname", "percent",
			"William Ruto won 50.5% of the vote in the presidential election.", "50.5%",
			"Ruto secured 50.49 percent of the votes cast, avoiding a runoff.", "50.49 percent", true},
		{"seats won and had", "count",
			"Civic Union won 58 seats in the election.", "58",
			"Civic Union will have 61 seats in the 150-member parliament.", "61", true},
		{"seats of the total", "count",
			"Civic Union won 58 of the 150 seats in the election.", "58",
			"The Civic Union party took 61 seats in the election.", "61", true},
		{"a participle's clause after the win, the party named with its leader", "percent",
			"The Reform Party of Prime Minister Kristen Michal won Estonia's general election on Sunday, taking 29.8 percent of votes.", "29.8 percent",
			"Estonia's centre-right Reform Party won Sunday's parliamentary election with 31.2% of the vote.", "31.2%", true},
		{"the party that the sentence before names holds its seats", "count",
			"The Reform Party won Sunday's election. The party will hold 38 of the 101 seats in parliament.", "38",
			"Reform secured 37 seats in the 101-seat parliament, official results showed.", "37", true},
		{"it, opening the sentence after the win", "count",
			"Civic Union won the parliamentary election. It will have 61 seats in the 150-member parliament.", "61",
			"Civic Union won 58 seats in the election.", "58", true},
		// deliberately apart
		{"the party is the one named just before, not the winner", "count",
			"Civic Union won the election. The Social Democrats came second. The party will hold 41 seats in parliament.", "41",
			"Civic Union won 58 seats in the election.", "58", false},
		{"the party after two winners is no one", "count",
			"Civic Union won 58 seats and the Greens won 12 in the election. The party will hold 60 seats in parliament.", "60",
			"Civic Union won 58 seats in the election.", "58", false},
		{"a participle with no winner before it", "percent",
			"Voting ended on Sunday, taking 34% of the vote to the count.", "34%",
			"Civic Union won 34% of the vote in the election.", "34%", false},
		{"two parties", "percent",
			"Valdoria's Civic Union won the election with 34.2% of the vote.", "34.2%",
			"The Social Democrats came second with 27.8% of the vote.", "27.8%", false},
		{"two parties in one sentence", "percent",
			intro + "The Social Democrats came second with 27.8%, and the nationalist Homeland party took 15.1%.", "27.8%",
			intro + "The Social Democrats came second with 27.8%, and the nationalist Homeland party took 15.1%.", "15.1%", false},
		{"owned and unowned", "percent",
			"Civic Union won 34% of the vote in the election.", "34%",
			"The party won 31% of the vote in the election.", "31%", false},
		{"a poll is not a result", "percent",
			"Civic Union won 34% of the vote in the election.", "34%",
			"A poll before the election put Civic Union on 30%.", "30%", false},
		{"turnout is no party's share", "percent",
			"Civic Union won 61% of the vote in the election.", "61%",
			"Turnout in the election was 61%, the electoral commission said.", "61%", false},
		{"two parties' seats", "count",
			"Civic Union won 58 seats in the election.", "58",
			"The Social Democrats won 41 seats in the election.", "41", false},
		{"a place", "percent",
			"Civic Union won 34% of the vote in the election.", "34%",
			"Civic Union won 45% in the capital in Sunday's election.", "45%", false},
		{"an earlier election", "percent",
			"Civic Union won 34% of the vote in the election.", "34%",
			"In the 2022 election, Civic Union won 30% of the vote.", "30%", false},
		{"a runoff and a first round", "percent",
			"Kovac won the runoff with 52% against 48% for Ivan Petrov.", "52%",
			"Kovac won 40% of the vote in the first round of the election.", "40%", false},
		{"two chambers", "count",
			"The Democrats won 51 seats in the Senate election.", "51",
			"The Democrats won 213 seats in the House election.", "213", false},
		{"seats gained are a change", "count",
			"Civic Union won 58 seats in the election.", "58",
			"Civic Union gained 12 seats in the election.", "12", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := voteClaim(t, tt.a, tt.kind, tt.av), voteClaim(t, tt.b, tt.kind, tt.bv)
			assert.Equal(t, tt.meet, a.Key == b.Key, "%s vs %s", a.Key, b.Key)
		})
	}
}

// TestVoteShareValues: one party's shares agree by rounding and conflict when apart.
func TestVoteShareValues(t *testing.T) {
	share := func(text, v string) model.Claim { return voteClaim(t, text, "percent", v) }
	a := share("Civic Union won 34.2% of the vote in the election.", "34.2%")
	b := share("Civic Union took 34% in the parliamentary election.", "34%")
	c := share("The Civic Union party came first with 31% of the vote.", "31%")
	require.Equal(t, a.Key, b.Key)
	require.Equal(t, a.Key, c.Key)
	assert.True(t, compare.Compatible(a, b, 0), "34.2%% and 34%% agree by rounding")
	assert.False(t, compare.Compatible(a, c, 0), "34.2%% and 31%% conflict")
	assert.True(t, strings.HasSuffix(a.Subject, "Civic Union"), a.Subject)
}

// TestVoteShareUnread: shares whose owner is not read are left as before.
func TestVoteShareUnread(t *testing.T) {
	for _, text := range []string{
		"The party won 34% of the vote.",
		"Shares of Civic Bank took a 3% hit on Monday.",
		"Civic Union is on 30% in the latest opinion poll.",
		"Turnout was 61.3%, the electoral commission said.",
		"In the election, the Greens and Liberals won 20% between them.",
		"Apple took 20% of the market in the year of the election.",
	} {
		for _, c := range claimsOf(t, "a", text, "percent") {
			assert.NotContains(t, c.Subject, "·", "%s: %s", text, c.Key)
		}
	}
}

// TestVoteSharePollNear: a poll's figure is no result, in its sentence or the one after it.
func TestVoteSharePollNear(t *testing.T) {
	text := "Civic Union won the election. A poll last week put the Social Democrats ahead. The Social Democrats were on 31%."
	for _, c := range claimsOf(t, "a", text, "percent") {
		assert.NotContains(t, c.Subject, "·", c.Key)
	}
}

// TestVoteShareYear: a year of the story's own is no earlier election.
func TestVoteShareYear(t *testing.T) {
	at := time.Date(2026, 4, 13, 0, 0, 0, 0, time.UTC)
	for text, owned := range map[string]bool{
		"In the April 12, 2026 election, Civic Union won 34% of the vote.": true,
		"In the 2022 election, Civic Union won 30% of the vote.":           false,
	} {
		a := &model.Article{Source: model.Source{ID: "a", Published: &at}, Format: "text", Text: text}
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Kind == "percent" {
				assert.Equal(t, owned, strings.Contains(c.Subject, "Civic Union"), "%s: %s", text, c.Key)
			}
		}
	}
}
