package extract

import "github.com/crosscheck/crosscheck/segment"

// Object relative clauses: "the deal that Russia signed on Monday" dates the signing of the deal,
// with Russia taking part, as "Russia signed the deal on Monday" does. The verb nearest the date
// is the clause's, and its object is the antecedent before "that" or "which".

// objectRelative returns the event noun that is the object of the verb at v through a relative
// pronoun ("the deal that Russia signed", "the talks, which Qatar hosted"), or -1. The verb must
// leave an event noun as the event dated (a support or stage verb: "signed", "hosted",
// "launched") and have no object of its own; its subject is one to four words with no verb in
// them, so a complement clause ("officials said that Russia signed…") is no antecedent.
func (c *dateCtx) objectRelative(s *Sent, e *dateExpr, v int) int {
	vf, ok := dtVerbAt(s, v)
	if !ok || !isSupportOrStage(s, v, vf) || vf.lemma == "be" || vf.lemma == "are" || vf.lemma == "have" {
		return -1
	}
	end := v
	switch s.Lower(v + 1) {
	case "off", "up", "down", "out":
		end = v + 1 // "called off", "wrapped up"
	}
	if !dtNoObject(s, e, end) {
		return -1
	}
	k := verbGroupStart(s, v)
	j := k
	for ; j >= 0 && k-j < 4; j-- {
		w := s.Lower(j)
		if w == "that" || w == "which" || s.Tokens[j].Kind != segment.Word || dtIsClauseStop(w) {
			break
		}
		if _, isVerb := dtVerbHere(s, j); isVerb {
			return -1
		}
	}
	if j == k || j < 1 || s.Lower(j) != "that" && s.Lower(j) != "which" {
		return -1 // no subject of its own: "the deal that was signed" (subjectNoun reads it)
	}
	a := j - 1
	if s.Lower(a) == "," {
		a--
	}
	if eventNounAt(s, a) == "" {
		return -1
	}
	if _, isVerb := dtVerbHere(s, a); isVerb {
		return -1
	}
	return a
}

// relativeObjectEvent rereads the event of a date as the antecedent of an object relative clause
// ("the ceasefire that both sides agreed on Monday"), when there is one.
func (c *dateCtx) relativeObjectEvent(s *Sent, e *dateExpr, v int, ev *dateEvent) int {
	n := c.objectRelative(s, e, v)
	if n < 0 {
		return -1
	}
	vf, _ := dtVerbAt(s, v)
	ev.head = eventNounAt(s, n)
	ev.life = dtLifeVerbs[vf.lemma]
	if life := dtLifeOf(s, v); life != "" {
		ev.life = life
	}
	ev.parts, ev.names = ev.parts[:0], ev.names[:0]
	c.nounParticipants(s, n, n, n, ev)
	if v < e.first {
		// "the deal that Russia signed with Ukraine on Monday": the verb's complements take part
		for _, en := range c.entitiesIn(s, v+1, e.first-1) {
			ev.add(en)
		}
	}
	if agentVerbs[vf.lemma] {
		for _, a := range c.agent(s, v) {
			ev.add(a)
		}
	}
	return n
}

// dtVerbAfterAppositive finds the main verb of a clause whose subject carries a participle
// appositive ("the deal, signed on Monday, runs to 2030"): the scan back from "2030" stepped over
// "runs", an -s form it read as a plural noun, and reached "signed", which has its own date. When
// the verb found at v is a participle opening an appositive (after a comma) and an -s form that is
// no event noun opens the clause after the appositive's closing comma, before the date at first,
// that -s form is the verb; it returns its index, else -1.
func dtVerbAfterAppositive(s *Sent, v, first int) int {
	if v < 1 || s.Lower(v-1) != "," {
		return -1
	}
	if vf, ok := dtVerbAt(s, v); !ok || vf.form&formPP == 0 {
		return -1
	}
	for k := v + 2; k < first; k++ {
		if s.Lower(k-1) != "," {
			continue
		}
		vf, ok := dtVerbAt(s, k)
		if ok && vf.form&formS != 0 && !dtCap(&s.Tokens[k]) && eventNounAt(s, k) == "" {
			return k
		}
		return -1 // the first comma closes the appositive: its next word is the clause's verb or none
	}
	return -1
}
