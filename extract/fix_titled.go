package extract

// After a title's "of" or "to" a run of capitalised words is a place (or a body) and then a
// name: "Mayor of London Sadiq Khan", "Governor of New York Kathy Hochul", "Mayor of London
// Khan", "Governor of New York Hochul", "Ambassador to NATO Matthew Whitaker". The place is no part of the name: "London Khan" is no person, and "Khan" alone
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

// titledOfAt reports whether the words before the run at i are a title's "of" or "to": "Mayor
// of", "Ambassador to", "Ambassador to the".
func titledOfAt(ws []word, i int) bool {
	p := i - 1
	if p >= 0 && ws[p].lower() == "the" {
		p--
	}
	return p >= 1 && (ws[p].lower() == "of" || ws[p].lower() == "to") && isPersonTitle(ws[p-1].lower())
}

// titledPlaceBefore is titledOfAt for the run of a sentence's tokens at j.
func titledPlaceBefore(s *Sent, j int) bool {
	p := j - 1
	if s.Lower(p) == "the" {
		p--
	}
	return p >= 1 && (s.Lower(p) == "of" || s.Lower(p) == "to") && isPersonTitle(s.Lower(p-1))
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

// titledPlaceEndsAt reports whether the words ending at token e are a title with its place:
// "the Mayor of London", "the US Ambassador to the UN", before an appositive name ("The Mayor
// of London, Sadiq Khan, said").
func titledPlaceEndsAt(s *Sent, e int) bool {
	j := e
	for j > 0 && e-j < 2 && s.isWord(j-1) && s.Tokens[j-1].IsCapitalized() && !s.lowerIs(j-1, wFunction) {
		j--
	}
	return s.isWord(e) && s.Tokens[e].IsCapitalized() && titledPlaceBefore(s, j)
}
