package extract

// After a title's "of" a run of capitalised words is a place and then a name: "Mayor of London
// Sadiq Khan", "Governor of New York Kathy Hochul", "Mayor of London Khan", "Governor of New
// York Hochul". The place is no part of the name: "London Khan" is no person, and "Khan" alone
// must not resolve to it.

// placeOpeners open place names of two words: "New York", "San Diego", "Hong Kong".
var placeOpeners = map[string]bool{
	"new": true, "north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "san": true, "santa": true, "los": true, "las": true, "st": true, "st.": true,
	"saint": true, "el": true, "hong": true, "sri": true, "costa": true, "puerto": true, "rio": true,
	"buenos": true, "abu": true, "cape": true, "sierra": true, "great": true, "greater": true,
	"fort": true, "port": true, "mount": true, "lake": true, "le": true, "la": true, "baton": true,
}

// titledPlaceLen is how many of the n capitalised words of a run opening with first, after a
// title's "of", are the place: two when a two-word place opens it and words are left for a
// name ("New York Hochul"), else one.
func titledPlaceLen(first string, n int) int {
	if n >= 3 && placeOpeners[first] {
		return 2
	}
	return 1
}

// titledOfAt reports whether the word before the run at i is a title's "of": "Mayor of".
func titledOfAt(ws []word, i int) bool {
	return i >= 2 && ws[i-1].lower() == "of" && isPersonTitle(ws[i-2].lower())
}

// nameAfterTitledPlace is where the name of the run ws[i:j] begins when a title's "of" stands
// before it: past the place ("London", "New York"), and at most two words before the run's
// end ("Director of Public Health Jane Smith"), as attributions read it; i otherwise.
func nameAfterTitledPlace(ws []word, i, j int) int {
	if !titledOfAt(ws, i) {
		return i
	}
	return max(i+titledPlaceLen(ws[i].lower(), j-i), j-2)
}
