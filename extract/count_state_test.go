package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestStateCountSubject: a count stated with "be" or "have" and a fixed state is keyed by the
// state ("homes without power"), not left out or keyed by "had".
func TestStateCountSubject(t *testing.T) {
	for _, tc := range []struct{ text, subject string }{
		{"About 1,500 homes in Ravel were without power.", "homes without power · Ravel"},
		{"About 1,500 homes were left without power.", "homes without power"},
		{"The storm left 1,500 homes without power.", "homes without power"},
		{"Some 40,000 customers remained without electricity on Sunday.", "customers without electricity"},
		{"About 300 households had no running water.", "households no running water"},
		{"The ferry had 112 people on board.", "people on board"},
		{"A ferry with 112 people on board sank.", "people on board"},
		{"112 people were aboard the ferry.", "people aboard"},
		{"Twelve people were in hospital.", "people in hospital"},
		{"The ferry was carrying 112 passengers.", "passengers on board"},
		{"The airline carried 180 million passengers.", "passengers carried"},
		{"A truck carrying 40 cows overturned.", "cows carrying"},
		{"Twelve people remain in hospital.", "people in hospital"},
		{"Four people were in critical condition.", "people in critical condition"},
		{"Four people are in a serious condition.", "people in a serious condition"},
		{"Five people were in police custody.", "people in police custody"},
		{"The fire left 200 people homeless.", "people homeless"},
		{"200 people were made homeless.", "people homeless"},
		{"Some 150 passengers were on the flight.", "passengers on the flight"},
		{"About 2,000 people were in emergency shelters.", "people in emergency shelters"},
		{"200 workers were made redundant.", "workers made"},
		{"Twelve people on the bus were taken to a shelter.", "people taken"},
		{"A ferry with 112 people on board sank off the coast.", "people on board"},
		// not a state: a verb, a loose place, a possession
		{"1,500 homes lost power.", "homes lost"},
		{"The hospital has 26 beds.", "hospital beds has"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tc.text, "count")
			require.Len(t, cs, 1, "%+v", cs)
			assert.Equal(t, tc.subject, cs[0].Subject)
		})
	}
	// a loose place is no state: no verb, no count
	for _, text := range []string{
		"About 500 people were in the square.",
		"Some 200 people were without tickets.",
		"Twelve people were in Ravel.",
	} {
		assert.Empty(t, claimsOf(t, "a", text, "count"), text)
	}
}

// TestStateCountCompare runs state counts of two reports through the comparator: the same state
// in other words agrees or conflicts, another state or an action stays apart.
func TestStateCountCompare(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       model.Kind
	}{
		{"left without power agrees", "About 1,500 homes in Ravel were without power.", "In Ravel, 1,500 homes were left without power.", model.KindCorroborated},
		{"storm left homes", "The storm left 1,500 homes in Ravel without power.", "About 1,500 homes in Ravel were without power.", model.KindCorroborated},
		{"electricity is power", "1,500 homes in Ravel were without electricity.", "2,000 homes in Ravel were without power.", model.KindConflict},
		{"had no power", "1,500 homes in Ravel had no power.", "2,000 homes in Ravel were without power.", model.KindConflict},
		{"more homes without power", "About 1,500 homes in Ravel were without power.", "2,000 homes in Ravel were without power.", model.KindConflict},
		{"on board, had and were", "The ferry had 112 people on board.", "112 people were on board the ferry.", model.KindCorroborated},
		{"on board conflict", "The ferry had 112 people on board.", "A ferry with 130 people on board capsized.", model.KindConflict},
		{"homeless", "The fire left 200 people homeless.", "About 250 people were left homeless.", model.KindConflict},
		{"on the flight is on board", "Some 150 passengers were on the flight.", "The plane had 150 passengers on board.", model.KindCorroborated},
		{"shelters vs evacuated", "2,000 people were in shelters.", "3,000 people were evacuated.", ""},
		{"in hospital", "Twelve people were in hospital.", "Nine people remain in hospital.", model.KindConflict},
		{"critical vs serious", "Four people were in critical condition.", "Six people were in serious condition.", ""},
		{"power vs water", "1,500 homes in Ravel were without power.", "2,000 homes in Ravel were without water.", ""},
		{"state vs event", "1,500 homes in Ravel were without power.", "2,000 homes in Ravel lost power.", ""},
		{"homes vs customers", "1,500 homes in Ravel were without power.", "2,000 customers in Ravel were without power.", ""},
		{"in hospital vs hospitalised", "Twelve people were in hospital.", "Nine people were hospitalised.", ""},
		{"carrying is on board", "The ferry was carrying 112 passengers.", "The ferry had 120 passengers on board.", model.KindConflict},
		{"a plane carrying people", "The plane, carrying 62 people, crashed.", "All 62 people on board the plane were killed.", model.KindCorroborated},
		{"passengers vs people on board", "The ferry had 112 people on board.", "The ferry had 100 passengers on board.", ""},
		{"places apart", "1,500 homes in Ravel were without power.", "2,000 homes in Kestrel were without power.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds, _, fs := pairKinds(tt.a, tt.b, func(c *model.Claim) bool { return c.Type == model.TypeQuantity })
			if tt.want == "" {
				assert.Empty(t, kinds, "%+v", fs)
				return
			}
			assert.Equal(t, []model.Kind{tt.want}, kinds, "%+v", fs)
		})
	}
}

// TestStateCountNotState: words of a state that name something else are no state.
func TestStateCountNotState(t *testing.T) {
	for _, text := range []string{
		"The council has 12 members in custody of the fund.",
		"Some 12 people in the hospital's car park were moved.",
	} {
		for _, c := range claimsOf(t, "a", text, "count") {
			assert.NotContains(t, c.Key, "custody", text)
			assert.NotContains(t, c.Key, "hospital", text)
		}
	}
}
