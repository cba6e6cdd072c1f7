package extract

import "strings"

// News states many counts with "be" or "have" and no action verb: "1,500 homes were without
// power", "the ferry had 112 people on board", "12 people remain in hospital". Such a count is
// keyed by the state its things are in, so that "1,500 homes were left without power" meets "about
// 1,500 homes in Ravel were without power" and "2,000 homes were without power" conflicts with it,
// while "1,500 homes lost power" (an event) and "12 people were hospitalised" (a casualty) stay
// apart. Only states with a fixed wording are read: a loose one ("500 people were in the square")
// would merge different things.

// stateLinks stand between a counted noun and its state: "were left without", "remain in",
// "are still in", "had been without".
var stateLinks = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "remain": true, "remained": true, "remains": true, "remaining": true,
	"left": true, "still": true, "now": true, "currently": true, "reportedly": true, "already": true,
	"temporarily": true, "also": true, "made": true,
}

// aboardVehicles are what people are on board of: "on the flight", "on the ferry".
var aboardVehicles = map[string]bool{
	"plane": true, "flight": true, "aircraft": true, "jet": true, "airliner": true, "helicopter": true,
	"ferry": true, "boat": true, "ship": true, "vessel": true, "bus": true, "train": true,
}

// stateUtilities are what a home or a person is without: "without power", "without electricity".
var stateUtilities = map[string]string{
	"power": "power", "electricity": "power", "water": "water", "heat": "heat", "heating": "heat",
	"internet": "internet", "gas": "gas",
}

// stateConditions are the conditions of patients that reports state alike: "in critical condition".
var stateConditions = map[string]bool{"critical": true, "serious": true, "stable": true, "grave": true, "fair": true}

// countState reads a state right at token j (the token after a counted noun, or after a short
// place phrase), over linking words when link is true: it returns the state's key ("without
// power"), its words as written and its last token.
func (s *Sent) countState(j int, link bool) (key, as string, last int, ok bool) {
	k := j
	no := false // "had no power" states what "were without power" does
	if link {
		for n := 0; n < 4 && stateLinks[s.Lower(k)]; n++ {
			no = s.Lower(k) == "had" || s.Lower(k) == "have" || s.Lower(k) == "has"
			k++
		}
	}
	if !s.lowerWord(k) {
		return "", "", 0, false
	}
	switch w := s.Lower(k); {
	case w == "without" || w == "no" && no:
		m := k + 1
		if x := s.Lower(m); x == "running" || x == "drinking" || x == "clean" || x == "any" {
			m++
		}
		if u, found := stateUtilities[s.Lower(m)]; found && s.lowerWord(m) {
			return "without " + u, s.joinText(k, m), m, true
		}
	case w == "homeless":
		return "homeless", s.Tokens[k].Text, k, true
	case w == "on" && (aboardVehicles[s.Lower(k+1)] || (s.Lower(k+1) == "the" || s.Lower(k+1) == "that") && aboardVehicles[s.Lower(k+2)]):
		// "150 passengers were on the flight": on board, wherever the vehicle is named
		last := k + 1
		if !aboardVehicles[s.Lower(last)] {
			last++
		}
		return "on board", s.joinText(k, last), last, true
	case w == "aboard" || w == "onboard":
		return "on board", s.Tokens[k].Text, k, true
	case w == "on" && s.Lower(k+1) == "board":
		return "on board", s.joinText(k, k+1), k + 1, true
	case w == "in":
		key, as, last, ok = s.inState(k)
		// "in custody of the fund", "in the hospital's car park": a state's word names something else
		if nx := s.Lower(last + 1); ok && (nx == "of" || isPossessive(nx) || nx == "'s" || nx == "’s") {
			return "", "", 0, false
		}
		return key, as, last, ok
	}
	return "", "", 0, false
}

// inState reads a state opened by "in" at token k: "in hospital", "in the hospital", "in critical
// condition", "in a serious condition", "in intensive care", "in custody", "in police custody".
func (s *Sent) inState(k int) (key, as string, last int, ok bool) {
	m := k + 1
	if x := s.Lower(m); x == "the" || x == "a" {
		m++
	}
	switch x := s.Lower(m); {
	case x == "hospital" || x == "hospitals":
		return "in hospital", s.joinText(k, m), m, true
	case x == "intensive" && s.Lower(m+1) == "care":
		return "in intensive care", s.joinText(k, m+1), m + 1, true
	case x == "shelters" || (x == "emergency" || x == "temporary" || x == "evacuation") && (s.Lower(m+1) == "shelters" || s.Lower(m+1) == "centres" || s.Lower(m+1) == "centers"):
		if x != "shelters" {
			m++
		}
		return "in shelters", s.joinText(k, m), m, true
	case x == "custody" || x == "police" && s.Lower(m+1) == "custody":
		if x == "police" {
			m++
		}
		return "in custody", s.joinText(k, m), m, true
	case stateConditions[x] && s.Lower(m+1) == "condition":
		// "critical" and "serious" are different states: the adjective stays in the key
		return "in " + x + " condition", s.joinText(k, m+1), m + 1, true
	case (x == "critical" || x == "serious") && s.Lower(m+1) == "but" && s.Lower(m+2) == "stable" && s.Lower(m+3) == "condition":
		return "in " + x + " condition", s.joinText(k, m+3), m + 3, true
	}
	return "", "", 0, false
}

// stateCount keys the count qs[i] by a state that follows its noun, when one does: "1,500 homes were
// (left) without power", "112 people on board", "the storm left 1,500 homes without power".
// link says whether linking words may stand between the noun and the state (the count has no
// verb of its own before it).
func (d *Doc) stateCount(s *Sent, qs []qty, i int, link bool) bool {
	q := &qs[i]
	// the state is looked for right after the noun, then past a place ("homes in Ravel were
	// without power"): skipPlace would take "on board" or "in hospital" for a place
	key, as, last, ok := s.countState(q.after+1, link)
	if !ok {
		if j := s.skipPlace(q.after + 1); j != q.after+1 {
			key, as, last, ok = s.countState(j, link)
		}
	}
	if !ok {
		if j := s.skipNamedPlace(q.after + 1); j != q.after+1 {
			key, as, last, ok = s.countState(j, link)
		}
	}
	if !ok {
		return false
	}
	// a state that follows its noun with no linking word names the things, and a verb after it
	// says what befell them: "12 people on the bus were injured" (but "a ferry with 112 people on
	// board sank": the ferry sank)
	first := last - strings.Count(as, " ") // as holds the state's tokens joined by single spaces
	if link && !stateLinks[s.Lower(first-1)] && s.Lower(q.first-1) != "with" {
		if _, verb := s.verbAfter(last + 1); verb {
			return false
		}
	}
	q.verb, q.verbAs = key, as
	q.after = last
	// how many are without power, in hospital or homeless changes from day to day; how many
	// were on board a ferry does not
	q.current = key != "on board"
	d.stateScope(s, q, othersOfQty(qs, i)) // the others are listed only for a state found
	return true
}

// stateScope sets the scope of a state count: it belongs to the place of the story, read as a
// casualty's is, so that "homes in Ravel were without power" meets "homes were left without
// power" in a report on Ravel.
func (d *Doc) stateScope(s *Sent, q *qty, others []int) {
	place, _ := d.placeFor(s, q.num, others)
	if place != "" {
		q.scope = place
	} else {
		q.noScope = true
	}
}

// leaveWords put what they count in a state: "left 1,500 homes without power", "made 200 people
// homeless".
var leaveWords = map[string]bool{"left": true, "leaving": true, "leaves": true, "leave": true, "made": true, "making": true}

// othersOfQty lists the numerals of the figures of qs but the i-th (placeFor's others).
func othersOfQty(qs []qty, i int) []int {
	if len(qs) < 2 {
		return nil
	}
	out := make([]int, 0, len(qs)-1)
	for j := range qs {
		if j != i {
			out = append(out, qs[j].num)
		}
	}
	return out
}

// skipNamedPlace skips "in" or "across" and a name of up to three words after a noun ("homes in
// Ravel without power", where skipPlace would run on over "without power"), and returns the index
// after it, or j when there is none.
func (s *Sent) skipNamedPlace(j int) int {
	if w := s.Lower(j); w != "in" && w != "across" {
		return j
	}
	m := j + 1
	for m < len(s.Tokens) && m < j+4 && s.isWord(m) && s.Tokens[m].IsCapitalized() {
		m++
	}
	if m == j+1 {
		return j
	}
	return m
}

// remainsState reports whether token k, read as the head of a counted noun phrase, is the verb
// "remain" before a state or a state itself: "12 people remain in hospital", "left 200 people
// homeless".
func (s *Sent) remainsState(k int) bool {
	switch s.Lower(k) {
	case "homeless":
		return true
	case "remain", "remains":
		_, _, _, ok := s.countState(k, true)
		return ok
	}
	return false
}

// carryWords carry people aboard: "the ferry was carrying 112 passengers". "Carried" is left out:
// "the airline carried 180 million passengers" counts traffic, not who was on board.
var carryWords = map[string]bool{"carrying": true}

// carriedAboard keys a count of people a vessel or a plane carries as those on board: "the plane,
// carrying 62 people, crashed" meets "62 people were on board". Things carried ("a truck carrying
// 40 cows") keep the verb: only nouns of people are read (countedNouns).
func (d *Doc) carriedAboard(s *Sent, q *qty) bool {
	if q.after != q.last+1 {
		return false // "carrying 40 injured people": the adjective may tell them apart
	}
	if _, ok := countedNouns[s.Lower(q.after)]; !ok {
		return false
	}
	q.verb, q.verbAs = "on board", "on board"
	d.stateScope(s, q, nil)
	return true
}
