package extract

import "strings"

// A wildfire's containment is reported as "the fire was 15% contained", "15% containment",
// "containment of the Carr fire stood at 15%": one figure, however written, of how much of the
// fire's perimeter crews hold. It is keyed as the fire's containment ("fir containment"), the
// fire's name ("Carr") as its Context, like the area the fire burned (eventName): figures of one
// named fire meet, those of two named fires stand apart, and an unnamed one joins the only fire
// named. Containment only rises as crews gain ground, so a later, higher figure is an update.

// containWhat is the key of a fire's containment: read only.
var containWhat = []string{stem("fire"), "containment"}

// fireAgencyWords after "Fire" name a fire service, not a fire: "the Rural Fire Service",
// "Fire Department", "Fire and Rescue".
var fireAgencyWords = map[string]bool{
	"department": true, "departments": true, "dept": true, "service": true, "services": true,
	"authority": true, "chief": true, "chiefs": true, "brigade": true, "brigades": true, "rescue": true,
	"protection": true, "district": true, "marshal": true, "station": true, "commissioner": true,
	"agency": true, "emergency": true, "captain": true, "officials": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true,
}

// containment keys a percentage of a fire contained as the fire's containment; q has been read by
// percentWhat. Other percentages are left as they are.
func (d *Doc) containment(s *Sent, q *qty) {
	contained := s.Lower(q.last+1) == "contained" // "was 15% contained"
	if !contained && !containmentWhat(q.what) && !containedShare(q.what) {
		return
	}
	at, other := containedFire(s, q, contained)
	switch {
	case other:
		return // "another fire was 40% contained": not the story's fire, whose figure it is not
	case at >= 0:
	case contained && len(q.what) > 0 && !itContained(s, q.first):
		// "the spill was 30% contained": the containment of what the sentence names
		q.what = d.stems(0, q.what[len(q.what)-1:], containWhat[1:])
		q.label += " containment"
		return
	case len(q.what) > 1 && q.what[len(q.what)-2] != containWhat[0]:
		return // "cost containment": no fire's
	case !d.mentionsFire():
		return // "it was 90% contained" in a story of no fire
	}
	q.what, q.label, q.owner = containWhat, "fire containment", ""
	if fireWord(q.scope) {
		q.scope = "" // "the fire's containment": the possessor is the fire itself
	}
	if at >= 0 {
		if name := fireName(s, at); name != "" {
			// a named fire is one event wherever a report locates it
			q.owner, q.noScope, q.scope = name, true, ""
		}
	}
	// containment only rises: a later, higher level is an update, not a contradiction
	q.cumulative = q.change == "" && !q.prev
}

// containmentWhat reports whether a percentage measures containment: "15% containment",
// "containment (of the fire) stood at 15%".
func containmentWhat(what []string) bool {
	return len(what) > 0 && what[len(what)-1] == "containment"
}

// containedShare reports whether a percentage is a share of a fire contained: "crews had contained
// 15% of the (Carr) fire" (percentWhat's "share … fir contain").
func containedShare(what []string) bool {
	n := len(what)
	return n >= 3 && what[0] == "share" && what[n-1] == "contain" && what[n-2] == containWhat[0]
}

// fireWord reports whether a scope names only a fire: "fire", "the blaze's".
func fireWord(w string) bool {
	w = strings.ToLower(trimPossessive(strings.TrimPrefix(strings.TrimPrefix(w, "the "), "The ")))
	return fireNouns[w]
}

// containedFire is the token of the fire noun a containment figure is of: the last before the
// figure, else (not for "was 15% contained", whose subject comes first) the first after it; fire
// services ("Cal Fire said") are passed over. -1 when there is none; other is true when the
// fire is another than the story's ("another blaze was 40% contained").
func containedFire(s *Sent, q *qty, contained bool) (at int, other bool) {
	at = -1
	for k := 0; k < len(s.Tokens); k++ {
		if k >= q.first && (at >= 0 || contained) {
			break
		}
		if k >= q.first && k <= q.last {
			continue
		}
		if fireNouns[trimPossessive(s.Lower(k))] && !fireAgency(s, k) {
			at, other = k, otherWords[s.Lower(k-1)]
		}
	}
	return at, other
}

// fireAgency reports whether the fire noun at k names a fire service: "Cal Fire", "CAL FIRE",
// "the Rural Fire Service", "Fire and Rescue".
func fireAgency(s *Sent, k int) bool {
	if s.Lower(k-1) == "cal" {
		return true
	}
	n := k + 1
	if s.Lower(n) == "and" || s.Lower(n) == "&" {
		n++
	}
	return s.isWord(n) && s.Tokens[n].IsCapitalized() && fireAgencyWords[s.Lower(n)]
}

// fireName is the name of the fire whose noun is at token at: the capitalized words before it
// ("the Carr fire", "the Mendocino Complex Fire"), up to three, as eventName reads them; "" when
// there are none.
func fireName(s *Sent, at int) string {
	j := at
	for j > 0 && at-j < 3 && s.isWord(j-1) && s.Tokens[j-1].IsCapitalized() && !s.lowerIs(j-1, wFunction) {
		j--
	}
	if j == at || j == 0 && at-j == 1 && !strings.EqualFold(s.Tokens[at].Text, "fire") {
		// "Massive wildfire …": a capital that only opens the sentence names nothing
		return ""
	}
	return trimPossessive(s.joinText(j, at-1))
}

// itContained reports whether the words just before a figure at first end in a pronoun subject
// ("it was 15% contained", "it is now 15% contained").
func itContained(s *Sent, first int) bool {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		switch s.Lower(k) {
		case "it", "they", "this", "that":
			return true
		}
	}
	return false
}

// mentionsFire reports whether a sentence of the article names a fire.
func (d *Doc) mentionsFire() bool {
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for k := range s.Tokens {
			if fireNouns[trimPossessive(s.Lower(k))] && !fireAgency(s, k) {
				return true
			}
		}
	}
	return false
}
