package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/numbers"
)

// Reporters seldom write "displaced" of the people a flood, a fire or a war drives out: they were
// "forced from their homes", "forced to flee", or they "fled their homes". These are counts of the
// displaced, read as such so that "forced 13,000 from their homes" meets "more than 20,000 were
// forced to flee their homes" (and not a count of "people" keyed by the verb "forced").
// Evacuated stays its own measure: an evacuation is ordered, and its figure is often another one.
// Not read: "fled" without homes ("three suspects fled the scene"), "forced to leave" without
// homes ("forced to leave the company"), "left 5,000 homeless" (homes lost, not people moved).

// displacedAt reports whether the count n is of people displaced, and what it counts ("people",
// "children", "families"); it is asked of counts no other casualty measure claimed.
func displacedAt(s *Sent, n *numbers.Number) (counted string, ok bool) {
	// most counts have no displacing verb near them: told by a few string compares, before the
	// tables are read
	if !forceVerb(s.Lower(n.First-1)) && !displacedVerbNear(s, n.Last+1) {
		return "", false
	}
	counted, j := displacedCounted(s, n.Last+1)
	if j < 0 {
		return "", false
	}
	// left side: "forced 13,000 people from their homes", "forcing more than 20,000 to flee"
	if forceVerb(s.Lower(n.First-1)) && (fromHomes(s, j) || toFlee(s, j)) {
		return counted, true
	}
	// right side: "20,000 people were forced to flee their homes", "1,200 families fled their homes"
	for j < len(s.Tokens) && displacedFiller(s.Lower(j)) {
		j++
	}
	switch w := s.Lower(j); {
	case w == "forced" || w == "driven":
		if fromHomes(s, j+1) || w == "forced" && toFlee(s, j+1) {
			return counted, true
		}
	case w == "fled" || w == "fleeing" || w == "abandoned" || w == "left":
		if homesAt(s, j+1) {
			return counted, true
		}
	}
	return "", false
}

// displacedCounted reads the people counted right after a count ("13,000 residents", "500
// families") and returns the token after them; a count of anything else returns j = -1.
func displacedCounted(s *Sent, j int) (counted string, next int) {
	if j < len(s.Tokens) && isAdjective(s.Tokens[j]) {
		j++ // "13,000 Ukrainian civilians"
	}
	switch w := s.Lower(j); w {
	case "families", "households":
		return w, j + 1
	default:
		if cn, ok := countedNouns[w]; ok && w != "lives" {
			return cn, j + 1
		}
	}
	if demonymPlural(s, j) {
		return "people", j + 1 // "3.7 million Ukrainians", "200,000 Sudanese"
	}
	if j < len(s.Tokens) && s.isWord(j) && pluralNoun(s.Tokens[j], s.Lower(j), false) {
		return "", -1 // "forced 300 companies from the market": things, not people
	}
	return "people", j
}

func forceVerb(w string) bool {
	switch w {
	case "forced", "forcing", "forces", "force", "drove", "driven", "driving", "drives", "uprooted", "uprooting":
		return true
	}
	return false
}

// displacedFiller are the words between a count and its verb: "20,000 people have now been forced".
func displacedFiller(w string) bool {
	switch w {
	case "were", "was", "have", "has", "had", "been", "are", "now", "already", "since", "so", "far", "also", "reportedly":
		return true
	}
	return false
}

// fromHomes: "from their homes", "out of their homes", "from their villages".
func fromHomes(s *Sent, j int) bool {
	switch s.Lower(j) {
	case "from":
		j++
	case "out":
		if s.Lower(j+1) != "of" {
			return false
		}
		j += 2
	default:
		return false
	}
	return homesAt(s, j)
}

// toFlee: "to flee", "to flee their homes", "to leave their homes" (leave alone may be a job).
func toFlee(s *Sent, j int) bool {
	if s.Lower(j) != "to" {
		return false
	}
	switch s.Lower(j + 1) {
	case "flee", "evacuate":
		return true
	case "leave", "abandon":
		return homesAt(s, j+2)
	}
	return false
}

// homesAt: "their homes", "homes", "their villages", "the town" is not read (a place is read by
// the casualty's place, and "fled the town" may be a few suspects).
func homesAt(s *Sent, j int) bool {
	if w := s.Lower(j); w == "their" || w == "the" {
		j++
	}
	switch s.Lower(j) {
	case "homes", "home", "houses", "villages", "towns", "neighbourhoods", "neighborhoods":
		return true
	}
	return false
}

// demonymPlural: a capitalised people's name in the plural ("Ukrainians", "Afghans", "Sudanese",
// "Israelis").
func demonymPlural(s *Sent, j int) bool {
	if j >= len(s.Tokens) || !s.isWord(j) || !s.Tokens[j].IsCapitalized() {
		return false
	}
	w := s.Lower(j)
	return len(w) > 5 && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "is"))
}

// displacedVerbNear reports whether a verb of displacement follows a count closely.
func displacedVerbNear(s *Sent, j int) bool {
	for k := j; k < len(s.Tokens) && k < j+6; k++ {
		switch s.Lower(k) {
		case "forced", "driven", "fled", "fleeing", "abandoned", "left":
			return true
		}
	}
	return false
}
