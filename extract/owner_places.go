package extract

// A capitalised run after a group's noun and a preposition is the group's place, not who acts
// or speaks: "Residents of Paris counted 300 cars" is counted by residents, not by Paris;
// "Officials in Kharkiv said" are officials. The run would otherwise read as the owner and the
// speaker. A title before "of" ("Mayor of London Sadiq Khan") and a body's name ("the
// Department of Health") are read before this (fix_titled.go, attribution_bodies.go).

// groupPlacePreps join a group to its place.
var groupPlacePreps = map[string]bool{"of": true, "in": true, "from": true, "across": true, "around": true}

// groupNouns are groups of people that are not plural in "-ers" or "-ists" (pluralPerson).
var groupNouns = map[string]bool{"people": true, "citizens": true, "fans": true, "crowds": true, "police": true}

// groupBeforePlace is the index of the group's noun when the capitalised run starting at token j
// is its place ("Residents of Paris": the index of "Residents"), or -1.
func groupBeforePlace(s *Sent, j int) int {
	if j < 2 || !groupPlacePreps[s.Lower(j-1)] || !s.isWord(j-2) {
		return -1
	}
	n := s.Lower(j - 2)
	if bodyOfNouns[n] || isPersonTitle(n) {
		return -1 // "Department of Health", "Mayor of London"
	}
	if pluralPerson(n) || groupNouns[n] || sourceNouns[n] {
		return j - 2
	}
	return -1
}

// groupPlaceSpeaker is the speaker when the capitalised run j..k is a group's place: the group
// with its place when it is a source ("Residents of Paris", "Officials in Kharkiv"); ok is false
// when the run is no such place.
func groupPlaceSpeaker(s *Sent, j, k int) (who string, ok bool) {
	g := groupBeforePlace(s, j)
	if g < 0 {
		return "", false
	}
	if sourceNouns[s.Lower(g)] {
		return joinTokens(s, g, k), true
	}
	return "", true // "Drivers in Paris counted": a group no source names
}
