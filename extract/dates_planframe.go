package extract

// A plan approved: "Councillors approved Nordvik's plan to expand on Friday". The infinitive after
// "plan" is future ("the plan to expand"), but in a past-tense report the weekday goes with the
// verb that took the plan as its object: the approval was on Friday, last Friday. A date with its
// own direction ("plan to expand next Friday", "by 2030") is read before the verb and keeps it;
// a sentence that dates the past verb already ("on Monday approved a plan to vote on Friday")
// leaves the infinitive's date to the plan.

// dtPlanNouns are nouns of a plan taking an infinitive.
var dtPlanNouns = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "bid": true, "scheme": true,
	"move": true, "decision": true, "offer": true,
}

// dtPastNounFrame reports whether the "to" at token to follows a plan noun that is the object of
// a past verb ("approved the plan to", "backed Nordvik's proposal to", "rejected plans to"),
// in a sentence with no weekday before that verb.
func dtPastNounFrame(s *Sent, to int) bool {
	n := to - 1
	if !dtPlanNouns[s.Lower(n)] {
		return false
	}
	j := n - 1
	for mods := 0; mods < 2 && j >= 0 && dtModifierWord(s.Lower(j)) && !dtIsPossessive(s.Lower(j)) && !dtCap(&s.Tokens[j]); mods++ {
		if _, isVerb := dtVerbAt(s, j); isVerb {
			break
		}
		j-- // "the controversial expansion plan"
	}
	if w := s.Lower(j); dtDefinite[w] || w == "a" || w == "an" || dtIsPossessive(w) || endsPossessive(w) {
		j--
	}
	j = dtSkipAdverbsBack(s, j)
	v, ok := dtVerbAt(s, j)
	if !ok || v.form&formPast == 0 || v.form&formBase != 0 || dtIsBe(s.Lower(j)) {
		return false
	}
	for k := 0; k < j; k++ {
		if _, isDay := weekdayAt(s, k); isDay {
			return false // the past verb has its date: "on Monday approved a plan to vote on Friday"
		}
	}
	return true
}

// endsPossessive reports whether a lower-case word is a name's possessive: "nordvik's".
func endsPossessive(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "’s")
}
