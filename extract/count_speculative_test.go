package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpeculativeCounts: a count or toll told as a possibility ("may", "might", "could"), a
// counterfactual ("would have"), a threat ("threatened to") or under a condition ("if", "unless")
// is no figure claim; an announced plan ("would cut", "will cut"), a forecast without a
// condition, a job cut told with may, might or could, and a count with a modal in another
// clause are.
func TestSpeculativeCounts(t *testing.T) {
	tests := []struct {
		text, kind, value string
		want              bool
	}{
		// dropped: possibility, counterfactual, threat, condition
		{"Police may arrest 45 protesters.", "casualty", "45", false},
		{"Police might detain 45 people.", "casualty", "45", false},
		{"Storms could kill 45 people.", "casualty", "45", false},
		{"The blast may have killed 45 people, officials said.", "casualty", "45", false},
		{"Forty-five protesters could be arrested.", "casualty", "Forty-five", false},
		{"The carmaker could lay off 300 workers.", "count", "300", false},
		{"The closure would have cost 300 jobs.", "count", "300", false},
		{"The company threatened to cut 500 jobs.", "count", "500", false},
		{"If the dam fails, 300 homes would flood.", "count", "300", false},
		{"The company said it would cut 2,400 jobs if the deal collapsed.", "count", "2,400", false},
		{"Officials fear losses if 300 homes are flooded.", "count", "300", false},
		// kept: what did happen, announced plans, forecasts, modals elsewhere
		{"Police arrested 45 protesters.", "casualty", "45", true},
		{"The company would cut 2,400 jobs.", "count", "2,400", true},
		{"Nordvik said it would cut 2,400 jobs by 2027.", "count", "2,400", true},
		{"The closure would cost 300 jobs.", "count", "300", true},
		{"The company will cut 2,400 jobs even if demand recovers.", "count", "2,400", true},
		{"Police arrested 45 people in May.", "casualty", "45", true},
		{"Police Arrest 45 Protesters In May", "casualty", "45", true},
		{"Storms Could Kill 45 People", "casualty", "45", false},
		// a job cut told as a possibility is how an announced consultation is reported
		{"Up to 300 jobs could go at the plant.", "count", "Up to 300", true},
		{"The firm could potentially cut 300 jobs.", "count", "300", true},
		{"The company said 300 jobs may be cut.", "count", "300", true},
		{"Up To 300 Jobs Could Go At Nordvik Plant", "count", "Up To 300", true},
		{"The union threatened strikes, saying 300 jobs could go.", "count", "300", false},
		{"Up to 300 jobs could go if the sale collapses.", "count", "Up to 300", false},
		{"Theresa May cut 300 jobs at the Home Office.", "count", "300", true},
		{"At least 45 people were killed, and the toll could rise.", "casualty", "At least 45", true},
		{"Police arrested 45 people who could face charges.", "casualty", "45", true},
		{"Officials said 45 people were arrested and more could be detained.", "casualty", "45", true},
		{"The 45 people arrested could face charges.", "casualty", "45", true},
		{"The company, which said in March it would cut 2,400 jobs, did not say if more would go.", "count", "2,400", true},
		{"Police would not say if they had arrested 45 people.", "casualty", "45", false},
		{"The storm destroyed 300 homes, and more could be lost.", "count", "300", true},
	}
	for _, tt := range tests {
		got := false
		for _, c := range claimsOf(t, "a", tt.text, tt.kind) {
			if c.Value == tt.value {
				got = true
			}
		}
		assert.Equal(t, tt.want, got, "%s (%s %s)", tt.text, tt.kind, tt.value)
	}
}

// TestOwnerBodyOf: a body's name holding "of" or "for" owns its figures whole, not by its last
// word, and the same body named at a sentence's opening and in mid-sentence is one owner.
func TestOwnerBodyOf(t *testing.T) {
	tests := []struct{ text, owner string }{
		{"The Royal College of Nursing has said it will ballot 300,000 members.", "Royal College of Nursing"},
		{"Members of the Royal College of Nursing said it would ballot 300,000 members.", "Royal College of Nursing"},
		{"The Royal College of Nursing cut 300 jobs.", "Royal College of Nursing"},
		{"The Oregon Department of Forestry deployed 300 firefighters.", "Oregon Department of Forestry"},
		{"The Office for National Statistics hired 300 staff.", "Office for National Statistics"},
		{"Germany's Bank of England cut 300 jobs.", "Bank of England"},
		// unchanged: names without a body's noun before "of"
		{"Siemens cut 300 jobs.", "Siemens"},
		{"Nordvik Motors will cut 300 jobs.", "Nordvik Motors"},
	}
	for _, tt := range tests {
		cs := claimsOf(t, "a", tt.text, "count")
		if assert.Len(t, cs, 1, tt.text) {
			assert.Equal(t, tt.owner, cs[0].Context, tt.text)
		}
	}
}

// TestQuoteBodyOfInverted: "said the Bank of England" credits the body as "the Bank of England
// said" does, not "the Bank"; a person "of" a body keeps the person.
func TestQuoteBodyOfInverted(t *testing.T) {
	q := `"Inflation will stay above target for most of next year," `
	tests := []struct{ text, key string }{
		{q + "said the Bank of England.", "quote|the bank of england"},
		{q + "the Bank of England said.", "quote|the bank of england"},
		{q + "said Pat Cullen of the Royal College of Nursing.", "quote|pat cullen"},
		{q + "said the governor of the Bank of England.", "quote|the governor"},
	}
	for _, tt := range tests {
		cs := claimsOf(t, "a", tt.text, "quote")
		if assert.Len(t, cs, 1, tt.text) {
			assert.Contains(t, cs[0].Key, tt.key, tt.text)
		}
	}
}
