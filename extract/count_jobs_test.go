package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJobCutNouns: jobs, roles and positions cut, gone or lost are one figure of jobs cut; "go"
// and "be lost" are cuts of jobs only, and jobs created, vacant or gone elsewhere are no cut.
func TestJobCutNouns(t *testing.T) {
	claimOf := func(text string) (key, unit string) {
		cs := claimsOf(t, "a", text, "count")
		if len(cs) != 1 {
			t.Errorf("%q: %d count claims", text, len(cs))
			return "", ""
		}
		return cs[0].Key, cs[0].Quantity.Unit
	}
	cut, _ := claimOf("Acme will cut 600 jobs.")
	for _, text := range []string{
		"About 600 jobs will go.",
		"Some 600 roles would be cut.",
		"Acme will cut 600 positions.",
		"600 jobs will be lost.",
		"Acme is to axe 600 roles.",
		"600 roles will go, the company said.",
		"Acme will lose 600 jobs.",
		"Acme plans to eliminate 600 positions.",
		"600 jobs were axed at the plant.",
		"Acme is axing 600 jobs.",
	} {
		key, unit := claimOf(text)
		assert.Equal(t, cut, key, "%q", text)
		assert.Equal(t, "jobs", unit, "%q: a unit of its own would never meet the others", text)
	}
	for _, text := range []string{
		"Around 600 staff will go.",
		"Acme will create 600 roles.",
		"Acme will create 600 jobs.",
		"600 jobs went to local firms.",
	} {
		key, _ := claimOf(text)
		assert.NotEqual(t, cut, key, "%q", text)
	}
}

// TestRaisedCountVerbs: a count's verb told through "to" ("are expected to go", "are to be
// cut", "set to be lost") is the verb that measures it.
func TestRaisedCountVerbs(t *testing.T) {
	cut := claimsOf(t, "a", "Acme will cut 600 jobs.", "count")[0].Key
	for _, text := range []string{
		"About 600 jobs are expected to go, mostly in back-office functions.",
		"Some 600 jobs are set to go.",
		"600 roles are to be cut.",
		"Up to 600 jobs are expected to be cut.",
	} {
		cs := claimsOf(t, "a", text, "count")
		if assert.Len(t, cs, 1, "%q", text) {
			assert.Equal(t, cut, cs[0].Key, "%q", text)
		}
	}
	cs := claimsOf(t, "a", "About 600 jobs are expected to be created.", "count")
	if assert.Len(t, cs, 1) {
		assert.NotEqual(t, cut, cs[0].Key)
	}
}
