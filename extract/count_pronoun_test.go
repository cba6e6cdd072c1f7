package extract_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// oneCount is the one count claim of a text: its key and context ("", "" when there is not one).
func oneCount(t *testing.T, text string) (key, context string) {
	t.Helper()
	cs := claimsOf(t, "a", text, "count")
	if !assert.Len(t, cs, 1, "%q", text) {
		return "", ""
	}
	return cs[0].Key, cs[0].Context
}

// TestPronounCounts: a count whose subject is "it" or "they" (a party a report has named, as
// "the company" is) keys what it counts with the verb that counts it, as the same count with a
// noun subject does; "he", "she", "I", "we" and demonstratives keep a key of their own.
func TestPronounCounts(t *testing.T) {
	cut, _ := oneCount(t, "The company will cut 2,400 jobs.")
	for _, text := range []string{
		"Nordvik Motors said on Monday it would cut 2,400 jobs at its plant.",
		"The company said it would cut 2,400 jobs.",
		"It would cut 2,400 jobs, the company said.",
		"They will cut 2,400 jobs.",
		"It plans to cut 2,400 jobs.",
		"The carmaker said it would eventually cut 2,400 jobs.",
	} {
		key, _ := oneCount(t, text)
		assert.Equal(t, cut, key, "%q", text)
	}
	laid, _ := oneCount(t, "The company laid off 2,400 workers.")
	key, _ := oneCount(t, "The company said it had laid off 2,400 workers.")
	assert.Equal(t, laid, key)
	for _, text := range []string{
		"He has visited 30 countries.",
		"She said she had sold 300 paintings.",
		"I have sold 300 paintings.",
		`"We have waited three summers for this," said Anna Hofer.`,
	} {
		key, _ := oneCount(t, text)
		assert.True(t, strings.Contains(key, "|?|"), "%q: a person's figure is unclear, got %q", text, key)
	}
}

// TestPronounCountOwners: the party a pronoun stands for is the named speaker of the sentence,
// as it owns "Nordvik Motors will cut": not a person who speaks for it, nor a common noun.
func TestPronounCountOwners(t *testing.T) {
	_, named := oneCount(t, "Nordvik Motors will cut 2,400 jobs.")
	tests := []struct{ text, owner string }{
		{"Nordvik Motors said on Monday it would cut 2,400 jobs.", named},
		{"It would cut 2,400 jobs, Nordvik Motors said.", named},
		{"The Red Cross said it had deployed 45 teams.", "Red Cross"},
		{"Brekke Components, the seat maker, said it would cut 350 jobs.", "Brekke Components"},
		{"Chief executive Anna Berg said it would cut 2,400 jobs.", ""},
		{"The company said it would cut 2,400 jobs.", ""},
		{"Local officials said they had deployed 300 firefighters.", ""},
		{"Acme and Beta said they would cut 300 jobs.", ""},
		{"Residents said they had seen 12 drones.", ""},
		{"Nordvik, which said it would cut 2,400 jobs, reported a loss.", "Nordvik"},
	}
	for _, tt := range tests {
		_, owner := oneCount(t, tt.text)
		assert.Equal(t, tt.owner, owner, "%q", tt.text)
	}
	_, owner := oneCount(t, "The Red Cross deployed 45 teams.")
	assert.Equal(t, "Red Cross", owner, "a name wrapped or not, with its article or not, is one owner")
}

// TestHeadlineRaisedCounts: a headline's clause has no auxiliary before its raising word ("600
// jobs set to be lost"): the raising word ends the counted noun and the verb after "to" counts it.
func TestHeadlineRaisedCounts(t *testing.T) {
	cut, _ := oneCount(t, "Acme will cut 600 jobs.")
	for _, text := range []string{
		"About 600 jobs set to be lost at the supplier.",
		"600 jobs set to go at the plant.",
		"600 jobs due to go by 2027.",
		"600 jobs likely to be cut.",
		"600 jobs to go at the supplier.",
	} {
		key, _ := oneCount(t, text)
		assert.Equal(t, cut, strings.TrimSuffix(key, "by 2027"), "%q", text)
	}
	key, _ := oneCount(t, "600 jobs set to be created.")
	assert.NotEqual(t, cut, key)
	// "due to" as a preposition: the jobs go, and the closure is no verb
	key, _ = oneCount(t, "600 jobs will go due to the closure.")
	assert.Equal(t, cut, key)
}
