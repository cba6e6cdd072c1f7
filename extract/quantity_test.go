package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// claimsOf extracts the claims of one kind from a text given as its own article.
func claimsOf(t *testing.T, id, text, kind string) []model.Claim {
	t.Helper()
	a := &model.Article{Source: model.Source{ID: id}, Format: "text", Text: text}
	var out []model.Claim
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Kind == kind {
			require.Equal(t, text[c.ValueSpan.Start:c.ValueSpan.End], c.Value, "value span")
			require.Equal(t, text[c.Evidence.Start:c.Evidence.End], c.Text, "evidence span")
			out = append(out, c)
		}
	}
	return out
}

// onlyKey is the key of the one claim of the given kind read from text, or "" (and an error)
// when there is not exactly one.
func onlyKey(t *testing.T, kind, text string) string {
	t.Helper()
	cs := claimsOf(t, "a", text, kind)
	if len(cs) != 1 {
		t.Errorf("%q: %d %s claims", text, len(cs), kind)
		return ""
	}
	return cs[0].Key
}

// TestQuantityKeys checks that two reports of the same thing meet (equal keys) and that
// different things never do: the key is what the comparator groups by.
func TestQuantityKeys(t *testing.T) {
	tests := []struct {
		name, kind string
		a, b       string
		meet       bool
	}{
		// the same thing, worded differently
		{"package, spelling and hyphen", "money", "The Pentagon announced a $105 million air defense package.", "The $150 million air-defence package was announced on Monday.", true},
		{"package of", "money", "Washington unveiled a $105 million package of air defences.", "The $105 million air defense package was approved.", true},
		{"damage in / damage estimated", "money", "The storm caused $3 billion in damage.", "Damage from the storm was estimated at $3.5 billion.", true},
		{"deal worth / attributive", "money", "The deal is worth $2 billion.", "The $2.5bn deal was signed on Friday.", true},
		{"cost of / cost", "money", "Officials put the cost of the bridge at $40 million.", "The bridge will cost $45 million.", true},
		{"turnout verbs", "percent", "Turnout reached 62 percent.", "Turnout was 58%, officials said.", true},
		{"national turnout", "percent", "National turnout stood at 62%.", "Turnout was 58 per cent.", true},
		{"tariff rate", "percent", "Trump threatened 100% tariffs.", "The president promised 50 percent tariffs.", true},
		{"jobs cut, two voices", "count", "Siemens will cut 1,200 jobs.", "Siemens said 1,500 jobs would be cut.", true},
		{"jobs cut, synonyms", "count", "The bank will slash 8,000 jobs.", "The bank plans to axe 9,000 jobs.", true},
		{"money a party's pronoun pledges", "money", "Nordvik said it would invest $2 billion in the plant.", "Nordvik will invest $2.5 billion in the plant.", true},
		{"money a pronoun after the figure, with the party named", "money", "It will invest $2 billion in the plant, Nordvik said.", "Nordvik will invest $2.5 billion in the plant.", true},
		{"a site in a place", "count", "Nordvik will cut 2,400 jobs at its plant in Halden.", "Nordvik will cut 2,100 jobs in Halden.", true},
		{"a site in another place", "count", "Nordvik will cut 2,400 jobs at its plant in Halden.", "Nordvik will cut 2,100 jobs at its plant in Moss.", false},
		{"a site near a place", "count", "Nordvik will cut 2,400 jobs at the company's factory near Leeds.", "Nordvik will cut 2,100 jobs near Leeds.", true},
		{"reservists", "count", "Russia called up 300,000 reservists.", "Moscow mobilised 300,000 reservists.", true},
		{"ballots", "count", "More than 2 million ballots were cast.", "Voters cast 2.1 million ballots.", true},
		{"deadline", "duration", "Trump gave Moscow a 50-day deadline.", "The 45-day deadline passed on Friday.", true},
		{"ceasefire", "duration", "A 72-hour ceasefire took effect.", "The three-day ceasefire began at dawn.", true},
		{"talks lasted", "duration", "The talks lasted six hours.", "The talks lasted five hours.", true},
		{"prison term", "duration", "He was jailed for 10 years.", "He was sentenced to 12 years in prison.", true},
		{"quake wordings", "magnitude", "A magnitude 6.4 earthquake struck.", "The 6.1-magnitude quake hit the coast.", true},
		{"quake measured", "magnitude", "The quake measured 7.8, the USGS said.", "A 7.7-magnitude earthquake struck.", true},

		// different things
		{"jobs cut vs created", "count", "Siemens will cut 1,200 jobs.", "The plant will create 1,200 jobs.", false},
		{"national vs capital turnout", "percent", "Turnout was 62 percent.", "Turnout in the capital was 45 percent.", false},
		{"turnout in a named city", "percent", "Turnout in Nairobi was 45%.", "Turnout was 62%.", false},
		{"different packages", "money", "The US announced a $105 million air defense package.", "The EU approved a $2 billion aid package.", false},
		{"different months", "percent", "Inflation rose to 3.2% in October.", "Inflation was 3.4% in September.", false},
		{"level vs change", "percent", "Sales rose 5% to a record.", "Sales were 5% of the total.", false},
		{"a county's share of a toll", "count", "The fire has destroyed 480 structures.", "Officials said 134 structures were destroyed in Butte County alone.", false},
		{"jobs in Germany, before the verb", "count", "Siemens will cut 1,200 jobs in Germany.", "Some 1,500 jobs in Germany will be cut.", true},
		{"jobs in Germany vs worldwide", "count", "Siemens will cut 1,200 jobs in Germany.", "Siemens will cut 1,500 jobs worldwide.", false},
		{"rate per week vs total", "money", "The striker signed a deal worth £300,000 a week.", "The striker signed a deal worth £60 million.", false},
		{"aftershocks are many", "magnitude", "A 5.1 aftershock rattled residents.", "A 4.8 aftershock followed.", false},
		{"aftershock vs main shock", "magnitude", "A magnitude 6.4 earthquake struck.", "The strongest aftershock measured 5.1.", false},
		{"window vs talks", "duration", "Lawmakers have a 30-day window.", "The talks lasted 30 days.", false},
		{"unclear amounts never meet", "money", "It was $5 million.", "It was $6 million.", false},
		{"pronoun subjects never meet", "money", "It pledged €2 billion.", "It pledged €3 billion.", false},
		{"fines on different banks", "money", "Regulators fined Barclays $5 million.", "Regulators fined HSBC $3 million.", false},
		{"the team is the club named", "money", "The team will contribute $120 million.", "The Mariners will contribute $0.12 billion.", true},
		{"fine, active and passive", "money", "A court fined the tech giant $5 million.", "The tech giant was fined $6 million.", true},
		{"without power vs without water", "percent", "About 90% of the town was without power.", "About 60% of the town was without water.", false},
		{"shares without power agree on the key", "percent", "About 90% of the town was without power.", "Nearly 80 percent of the town was without power on Sunday.", true},
		{"deals with different partners", "money", "The carrier signed a $2 billion deal with Boeing.", "The carrier signed a $1 billion deal with Airbus.", true},
		{"stakes in different things", "percent", "The state owns a 51 percent stake in the airline.", "The state owns a 20 percent stake in the airport.", false},
		{"a person's counts never meet", "count", "He has visited 30 countries.", "She has visited 25 countries.", false},
		{"a party's pronoun counts meet", "count", "They deployed 500 troops.", "The army deployed 300 troops.", true},
		{"relative pronoun names its owner", "count", "Siemens, which will cut 1,200 jobs, reported a loss.", "Siemens will cut 1,500 jobs.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ca := claimsOf(t, "a", tt.a, tt.kind)
			cb := claimsOf(t, "b", tt.b, tt.kind)
			require.Len(t, ca, 1, "%s: %+v", tt.a, ca)
			require.Len(t, cb, 1, "%s: %+v", tt.b, cb)
			if tt.meet {
				assert.Equal(t, ca[0].Key, cb[0].Key)
			} else {
				assert.NotEqual(t, ca[0].Key, cb[0].Key)
			}
		})
	}
}

// TestEarlierFigure keeps a replaced figure apart from the figure that replaced it.
func TestEarlierFigure(t *testing.T) {
	tests := []struct {
		text, kind, earlier string
	}{
		{"Trump shortened his original 50-day window for Russia to reach a deal to just ten days.", "duration", "50-day"},
		{"Trump shortened his 50-day deadline for Moscow to ten days.", "duration", "50-day"},
		{"The agency upgraded the quake from 6.9 to 7.1.", "magnitude", "6.9"},
		{"Support for the plan fell from 58% to 49%.", "percent", "58%"},
		{"Tickets cost $75, up from $60 last year.", "money", "$60"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tt.text, tt.kind)
			require.Len(t, cs, 2)
			assert.NotEqual(t, cs[0].Key, cs[1].Key)
			for _, c := range cs {
				assert.Equal(t, c.Value == tt.earlier, strings.HasSuffix(c.Key, "|earlier"), "%s: %s", c.Value, c.Key)
				assert.NotContains(t, c.Key, "|?|", "the thing measured is known: %s", c.Key)
			}
		})
	}
}

// TestQuantityCompare runs figures of two articles through the comparator: rounded figures agree
// with precise ones, different figures conflict, different currencies never do.
func TestQuantityCompare(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       model.Kind
	}{
		{"rounded agrees", "The company booked a $1.2bn write-down.", "The company booked a $1.23 billion write-down.", model.KindCorroborated},
		{"different figure", "The company booked a $1.2bn write-down.", "The company booked a $2.1bn write-down.", model.KindConflict},
		{"different currency", "Brussels approved a €2bn aid package.", "Brussels approved a $2bn aid package.", ""},
		{"hedged", "The charity has raised more than £40,000.", "The charity has raised £52,000.", model.KindCorroborated},
		{"percent conflict", "Turnout reached 62 percent.", "Turnout was 48%.", model.KindConflict},
		{"deals with different partners", "The carrier signed a $2 billion deal with Boeing.", "The carrier signed a $1 billion deal with Airbus.", ""},
		{"a deal whose partner one report leaves out", "The carrier signed a $2 billion deal with Boeing.", "The carrier signed a $1 billion deal.", model.KindConflict},
		{"rounded percent agrees", "Turnout reached 65 percent.", "Turnout was 65.4%.", model.KindCorroborated},
		{"next whole percent differs", "Turnout reached 65 percent.", "Turnout was 66%.", model.KindConflict},
		{"rounded millions touch but differ", "The club agreed a £4m fee.", "The club agreed a £5m fee.", model.KindConflict},
		{"hours are days", "A 72-hour ceasefire took effect.", "A three-day ceasefire took effect.", model.KindCorroborated},
		{"hours against days", "A 72-hour ceasefire took effect.", "A two-day ceasefire took effect.", model.KindConflict},
		{"months never meet days", "A six-month ban took effect.", "A 90-day ban took effect.", ""},
		{"magnitude conflict", "A magnitude 6.4 earthquake struck.", "A 6.1-magnitude quake struck.", model.KindConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all []model.Claim
			srcs := []model.Source{{ID: "a"}, {ID: "b"}}
			arts := map[string]string{"a": tt.a, "b": tt.b}
			all = nil
			for _, id := range []string{"a", "b"} {
				a := &model.Article{Source: model.Source{ID: id}, Format: "text", Text: arts[id]}
				for _, c := range extract.Extract(a, extract.Options{}) {
					if c.Type == model.TypeQuantity && c.Kind != "casualty" {
						all = append(all, c)
					}
				}
			}
			fs := compare.Compare(srcs, all, compare.Options{})
			var kinds []model.Kind
			for _, f := range fs {
				if f.Kind != model.KindSingle {
					kinds = append(kinds, f.Kind)
				}
			}
			if tt.want == "" {
				assert.Empty(t, kinds, "figures that cannot be compared neither agree nor disagree: %+v", fs)
				return
			}
			assert.Equal(t, []model.Kind{tt.want}, kinds, "%+v", fs)
		})
	}
}

// TestGrowingCount: a count of destruction that rises between an earlier and a later report is an
// evolving figure (a warning), not a plain contradiction.
func TestGrowingCount(t *testing.T) {
	early := time.Date(2026, 7, 28, 8, 0, 0, 0, time.UTC)
	late := early.Add(30 * time.Hour)
	arts := []*model.Article{
		{Source: model.Source{ID: "a", Published: &early}, Format: "text", Text: "The fire has destroyed 480 structures."},
		{Source: model.Source{ID: "b", Published: &late}, Format: "text", Text: "The fire has destroyed 567 structures."},
	}
	var all []model.Claim
	var srcs []model.Source
	for _, a := range arts {
		srcs = append(srcs, a.Source)
		all = append(all, extract.Extract(a, extract.Options{})...)
	}
	var got []model.Finding
	for _, f := range compare.Compare(srcs, all, compare.Options{}) {
		if f.Kind == model.KindConflict {
			got = append(got, f)
		}
	}
	require.Len(t, got, 1)
	assert.True(t, got[0].Evolving)
	assert.Equal(t, model.SeverityWarning, got[0].Severity)
}
