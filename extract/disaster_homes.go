package extract

// Reporters tell of the same destroyed homes with many verbs: "85 homes were destroyed", "were
// lost", "burned down", "were gutted", "razed", "reduced to ashes". For buildings these are one
// figure, keyed as destroyed ("destroi"), so that outlets' figures meet and 85 against 95 is seen.
// Homes damaged stay apart: damaged is not destroyed, and "destroyed or damaged" is a third figure.
// The verbs are folded only for buildings: "600 jobs lost" is a cut (jobCut), "lost power" a state.

// buildingStems are the stems of what a destruction verb destroys when it counts buildings.
var buildingStems = map[string]bool{
	"hom": true, "hous": true, "build": true, "structur": true, "residenc": true, "dwell": true,
	"apartment": true, "cabin": true, "barn": true, "outbuild": true, "busines": true, "business": true,
	"shop": true, "school": true, "church": true, "cottag": true, "bungalow": true, "properti": true,
	"hut": true, "farmhous": true, "townhous": true, "mansion": true, "villa": true, "shelter": true,
}

// lostDwellings are the buildings that, lost, were destroyed: shops, schools or businesses lost
// may have closed.
var lostDwellings = map[string]bool{
	"hom": true, "hous": true, "build": true, "structur": true, "residenc": true, "dwell": true,
	"cabin": true, "farmhous": true, "townhous": true,
}

// destroyVerbs are the stems (with a particle) of verbs that, of buildings, say they were
// destroyed; "reduc" only with "to ashes" (destroyedTo).
var destroyVerbs = map[string]bool{
	"destroi": true, "los": true, "burn": true, "burn down": true, "burn out": true, "gut": true,
	"wip out": true, "consum": true, "obliterat": true, "demolish": true,
}

// ruinWords end "reduced to …" when what is reduced is destroyed: "reduced to ashes".
var ruinWords = map[string]bool{
	"ash": true, "ashes": true, "rubble": true, "ruins": true, "cinders": true, "dust": true,
}

// destroyedBuildings folds the verb of a count of buildings destroyed to "destroi" and keys
// "destroyed or damaged" apart; it runs after countVerb, and marks the folded count as growing.
func (d *Doc) destroyedBuildings(s *Sent, q *qty) {
	if q.verb == "" || len(q.what) == 0 || !buildingStems[q.what[len(q.what)-1]] {
		return
	}
	v := q.first - 1 // the verb before the count ("the fire destroyed 85 homes")
	if q.after > q.last && stemAs(s.Lower(q.after), s.classAt(q.after)) == q.verb {
		v = q.after // after it ("85 homes were destroyed")
	} else if q.after > q.last+1 && stem(s.Lower(q.after-1))+" "+s.Lower(q.after) == q.verb {
		v = q.after - 1 // "85 homes burned down"
	}
	switch {
	case q.verb == "reduc" && destroyedTo(s, q):
	case q.verb == "los" && (v == q.after && !lostEnds(s, v+1) || !lostDwellings[q.what[len(q.what)-1]]):
		// "85 homes lost power", "lost their roofs": what the homes lost; "the town lost 85
		// businesses" may have seen them close
		return
	case destroyVerbs[q.verb] || q.verb == "destroi":
	case q.verb == "damag":
		if damagedOrDestroyed(s, v) {
			q.verb, q.cumulative = "destroi or damag", true
		}
		return
	default:
		return
	}
	if damagedOrDestroyed(s, v) {
		q.verb, q.cumulative = "destroi or damag", true
		return
	}
	q.verb, q.cumulative = "destroi", true
}

// destroyedTo reports whether a count's "reduced" is "reduced to ashes": after the verb told after
// the count ("85 homes were reduced to rubble") or after the count ("reduced 85 homes to ashes").
func destroyedTo(s *Sent, q *qty) bool {
	k := q.after + 1
	if s.Lower(k) != "to" {
		return false
	}
	k++
	if s.Lower(k) == "the" {
		k++
	}
	return ruinWords[s.Lower(k)]
}

// damagedOrDestroyed reports whether the verb at v is one of "destroyed or damaged", "damaged or
// destroyed" (either side of it): a figure of both, not of either.
func damagedOrDestroyed(s *Sent, v int) bool {
	other := func(k int) bool {
		st := stem(s.Lower(k))
		return st == "damag" || st == "destroi"
	}
	or := func(k int) bool { return s.Lower(k) == "or" || s.Lower(k) == "and/or" }
	return or(v+1) && other(v+2) || or(v-1) && other(v-2)
}

// lostAfter are the words that may follow "lost" told of buildings that were lost, not of
// something they lost ("85 homes were lost in the fire"; "85 homes lost power").
var lostAfter = map[string]bool{
	"in": true, "to": true, "during": true, "as": true, "when": true, "after": true, "on": true,
	"at": true, "across": true, "since": true, "while": true, "amid": true, "from": true, "by": true,
	"and": true, "or": true, "so": true, "this": true, "last": true, "overnight": true, "near": true,
	"around": true, "along": true, "throughout": true, "because": true, "with": true,
}

// lostEnds reports whether the clause of "lost" told after a count may end at token k: the end
// of the sentence, a mark or a word of lostAfter.
func lostEnds(s *Sent, k int) bool {
	return k >= len(s.Tokens) || !s.isWord(k) || lostAfter[s.Lower(k)]
}
