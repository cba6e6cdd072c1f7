package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// oneClaim is the only claim of kind in text, or fails.
func oneClaim(t *testing.T, text, kind string) (key, context string, cumulative bool) {
	t.Helper()
	cs := claimsOf(t, "a", text, kind)
	if !assert.Len(t, cs, 1, "%q: %s claims", text, kind) {
		return "", "", false
	}
	return cs[0].Key, cs[0].Context, cs[0].Cumulative
}

// TestFireContainment: a fire's containment, however written ("15% contained", "15 percent
// contained", "15% containment", "containment of the fire stood at 15%") and whatever the fire
// is called (fire, blaze, wildfire, bushfire), is one figure, the fire's name its Context, and it
// only rises (cumulative).
func TestFireContainment(t *testing.T) {
	want, _, _ := oneClaim(t, "The fire was 15% contained on Sunday.", "percent")
	for _, c := range []struct{ text, context string }{
		{"The blaze was 15 percent contained.", ""},
		{"The wildfire was 20% contained on Sunday.", ""},
		{"The bushfire is now 15 per cent contained.", ""},
		{"The 12,000-acre Carr fire was 15% contained on Sunday.", "Carr"},
		{"Containment of the Carr fire stood at 15%.", "Carr"},
		{"The Carr Fire was at 15% containment.", "Carr"},
		{"Firefighters had the Carr fire 15% contained by Sunday.", "Carr"},
		{"The Carr Fire near Redding was 15% contained, Cal Fire said.", "Carr"},
		{"Cal Fire said containment of the Carr Fire reached 20 percent on Monday.", "Carr"},
		{"The Mendocino Complex Fire was 30 percent contained.", "Mendocino Complex"},
		{"The wildfire, which has destroyed 85 homes, was 15% contained.", ""},
		{"The fire grew overnight. Crews have reached 15% containment.", ""},
		{"The blaze jumped the highway. It was 15% contained on Sunday.", ""},
		{"Crews had contained 15% of the Carr fire by Sunday.", "Carr"},
		{"The Park Fire's containment rose to 20 percent.", "Park"},
		{"The blaze's containment rose to 20 percent.", ""},
		{"The fire grew. Containment remained at 0%.", ""},
	} {
		cs := claimsOf(t, "a", c.text, "percent")
		if assert.Len(t, cs, 1, "%q", c.text) {
			assert.Equal(t, want, cs[0].Key, "%q", c.text)
			assert.Equal(t, c.context, cs[0].Context, "%q: the fire's name", c.text)
			assert.True(t, cs[0].Cumulative, "%q: containment only rises", c.text)
		}
	}
	// not a fire's containment
	for _, text := range []string{
		"The oil spill was 30% contained.",
		"Cost containment saved 15%.",
		"It was 15% contained.", // no fire in the story
		"The fire destroyed 15% of the town's homes.",
		"About 15% of residents were evacuated as the fire spread.",
		"Another fire was 40% contained.", // not the story's fire
	} {
		for _, c := range claimsOf(t, "a", text, "percent") {
			assert.NotEqual(t, want, c.Key, "%q", text)
		}
	}
}

// TestDestroyedHomes: verbs that, of buildings, say they were destroyed ("lost", "burned down",
// "gutted", "razed", "levelled", "reduced to ashes") key one figure; "damaged" and "destroyed or
// damaged" stand apart, and homes that lost power or jobs lost are left as they were.
func TestDestroyedHomes(t *testing.T) {
	want, _, cum := oneClaim(t, "85 homes were destroyed.", "count")
	assert.True(t, cum)
	for _, text := range []string{
		"85 homes were lost.",
		"95 homes were burned.",
		"85 homes burned down.",
		"85 homes were razed.",
		"85 homes were levelled.",
		"85 homes were gutted.",
		"85 homes were reduced to ashes.",
		"The fire reduced 85 homes to rubble.",
		"The fire destroyed 85 homes.",
		"Residents lost 85 homes in the fire.",
		"85 homes were lost in the fire.",
		"The flood wiped out 85 homes.",
		"The blaze consumed 85 homes.",
	} {
		key, _, cum := oneClaim(t, text, "count")
		assert.Equal(t, want, key, "%q", text)
		assert.True(t, cum, "%q: homes destroyed only grow", text)
	}
	houses, _, _ := oneClaim(t, "85 houses were destroyed.", "count")
	for _, text := range []string{"85 houses were lost.", "The fire gutted 85 houses."} {
		key, _, _ := oneClaim(t, text, "count")
		assert.Equal(t, houses, key, "%q", text)
	}
	structures, _, _ := oneClaim(t, "85 structures were destroyed.", "count")
	key, _, _ := oneClaim(t, "85 structures were burned out.", "count")
	assert.Equal(t, structures, key)

	either, _, _ := oneClaim(t, "85 homes were destroyed or damaged.", "count")
	key, _, _ = oneClaim(t, "The fire damaged or destroyed 85 homes.", "count")
	assert.Equal(t, either, key, "destroyed or damaged, in either order")
	for _, text := range []string{
		"85 homes were damaged.",
		"85 homes were destroyed or damaged.",
		"85 homes lost power.",
		"85 homes lost their roofs.",
		"The storm left 85 homes without power.",
		"85 homes were evacuated.",
		"The city reduced 85 homes' taxes.",
	} {
		key, _, _ := oneClaim(t, text, "count")
		assert.NotEqual(t, want, key, "%q", text)
	}
	// businesses and shops lost may have closed; destroyed or burned they were destroyed
	shut, _, _ := oneClaim(t, "The town lost 85 businesses.", "count")
	gone, _, _ := oneClaim(t, "85 businesses were destroyed.", "count")
	assert.NotEqual(t, gone, shut)
	key, _, _ = oneClaim(t, "85 businesses burned.", "count")
	assert.Equal(t, gone, key)
	// "lost" of other things is not destroyed
	jobs, _, _ := oneClaim(t, "Acme will cut 600 jobs.", "count")
	key, _, _ = oneClaim(t, "600 jobs will be lost.", "count")
	assert.Equal(t, jobs, key)
}

// TestFireAreaUnits: an area burned in hectares and in acres, by a fire or a blaze, meets.
func TestFireAreaUnits(t *testing.T) {
	want, _, _ := oneClaim(t, "The fire has burned 12,000 acres.", "measure")
	for _, text := range []string{
		"The blaze has scorched 5,000 hectares.",
		"The wildfire has charred 19 square miles.",
	} {
		key, _, _ := oneClaim(t, text, "measure")
		assert.Equal(t, want, key, "%q", text)
	}
}

// TestTemperatureLetterNoSpeaker: the letter of a glued "38C" is no speaker of the sentence's
// other figures ("38C were recorded … as 85 homes burned").
func TestTemperatureLetterNoSpeaker(t *testing.T) {
	for _, c := range []struct{ text, kind string }{
		{"In Redding 38C was recorded as 85 homes burned.", "count"},
		{"Temperatures of 38C were recorded in Redding as the blaze, 15% contained, burned on.", "percent"},
		{"Temperatures of 100F were recorded in Redding as 85 homes burned.", "count"},
	} {
		for _, cl := range claimsOf(t, "a", c.text, c.kind) {
			assert.Empty(t, cl.Attribution, "%q", c.text)
		}
	}
}
