package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// dtClauseStops end a clause when scanning away from a date: the verb beyond them belongs elsewhere.
var dtClauseStops = map[string]bool{
	";": true, ":": true, "—": true, "–": true, "(": true, ")": true, "\"": true, "“": true, "”": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "because": true, "but": true,
	"while": true, "whereas": true, "although": true, "though": true, "if": true, "unless": true,
	"where": true, "when": true,
}

// determiners and other words after which a verb-like word is a noun ("the visit", "his call").
var dtNounMarkers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "these": true, "those": true, "whose": true, "every": true,
	"each": true, "another": true, "any": true, "no": true, "some": true, "of": true, "for": true, "in": true,
	"on": true, "at": true, "by": true, "with": true, "from": true, "after": true, "before": true,
	"during": true, "upcoming": true, "planned": true, "new": true, "first": true, "second": true,
	"third": true, "next": true, "last": true, "recent": true, "latest": true, "previous": true,
	"final": true, "possible": true, "official": true, "formal": true, "brief": true, "surprise": true,
	"historic": true, "state": true, "peace": true, "direct": true, "fresh": true, "further": true,
	"two-day": true, "high-level": true, "full-scale": true, "phone": true, "video": true, "such": true,
	"weekly": true, "annual": true, "expected": true, "scheduled": true, "early": true, "late": true,
}

// adverbs may stand inside a verb group: "will also visit", "was originally set".
func dtIsAdverb(w string) bool {
	switch w {
	case "not", "n't", "also", "again", "already", "now", "then", "still", "just", "soon", "never", "even",
		"reportedly", "originally", "initially", "finally", "first", "later", "earlier", "previously", "formally",
		"officially", "publicly", "briefly", "only", "once", "jointly", "personally", "eventually", "last":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4 && !notAdverbsLy[w]
}

// notAdverbsLy end in -ly but are no adverbs.
var notAdverbsLy = map[string]bool{
	"family": true, "assembly": true, "ally": true, "rally": true, "supply": true, "july": true, "italy": true,
	"anomaly": true, "monopoly": true, "reply": true, "apply": true, "comply": true, "fly": true, "holy": true,
	"lonely": true, "friendly": true, "likely": true, "unlikely": true, "early": true, "daily": true,
	"weekly": true, "monthly": true, "yearly": true, "elderly": true, "deadly": true, "costly": true,
}

// adverbAt reports whether token k is a lower-case adverb ("also", "reportedly"), not a name
// ("Assembly") or a noun ending in -ly ("rally").
func adverbAt(s *Sent, k int) bool {
	if k < 0 || k >= len(s.Tokens) || !dtIsAdverb(s.Lower(k)) {
		return false // the word first: most are no adverb
	}
	return !dtCap(&s.Tokens[k])
}

// dtIsPossessive reports whether a word token ends in 's ("Witkoff's").
func dtIsPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// dtVerbHere reads token k as a verb in context: a verb-like word after a determiner, preposition or
// possessive is a noun ("the visit", "Witkoff's call"); an -s form after a lower-case word is a plural
// noun unless a pronoun precedes it ("peace talks" vs "he talks") or the form is never a noun ("the
// contract expires").
func dtVerbHere(s *Sent, k int) (dtVerbForm, bool) {
	v, ok := dtVerbAt(s, k)
	if !ok || s.Tokens[k].Kind != segment.Word {
		return dtVerbForm{}, false
	}
	p := s.Lower(k - 1)
	if dtArticles(p) && !dtNounMarkerSet.has(s.Lower(k)) {
		// "a revised offer", "the flooded harbour": a determiner opens a noun phrase. "The
		// planned visit" and "the scheduled talks" keep their reading as a plan's support verb
		return dtVerbForm{}, false
	}
	onlyNounish := v.form&(formPast|formPP) == 0 // base, -s and -ing forms may be nouns
	if onlyNounish && (dtNounMarkerSet.has(p) || dtIsPossessive(p) || k > 0 && s.Tokens[k-1].Kind == segment.Number && v.form&formSVerb == 0) {
		return dtVerbForm{}, false // "5 visits"; but "the contract signed in 2022 expires"
	}
	if v.form&formBase != 0 && onlyNounish && eventNounAt(s, k) == "" && dtCompoundHead(s, k) {
		// an event noun is left to the event scans, which read "the drone attack" themselves
		return dtVerbForm{}, false
	}
	if v.form&(formBase|formPast|formPP|formIng) == 0 && v.form&formS != 0 {
		// "-s" only: a verb after a name or pronoun ("Trump expects", "it opens"), a noun otherwise
		if k == 0 || v.form&formSVerb == 0 && !dtLinkingSVerb(s, k, v) && !(v.lemma == "come" && s.Lower(k+1) == "into") && !(dtCap(&s.Tokens[k-1]) || dtSubjectPronouns[p] || sourceNouns[p] || p == "bank" || p == "court" || p == "parliament" || p == "committee") {
			return dtVerbForm{}, false
		}
	}
	if v.form == formIng && (p == "," || k == 0) {
		return dtVerbForm{}, false // a participle clause: "visiting Moscow on Sunday, he said…"
	}
	return v, true
}

// dtArticles reports the determiners no verb follows.
func dtArticles(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "this", "these", "those":
		return true
	}
	return false
}

// dtCompoundHead reports whether the base form at k is the head noun of a phrase opened by
// an article two words back: "a pay offer", "a revised offer", "the revised offer", "in the drone
// attack". After "a" any word between is a modifier; after "the" or a possessive only a participle
// or in a prepositional phrase, and a verb, pronoun or adverb between ends the phrase.
func dtCompoundHead(s *Sent, k int) bool {
	if k < 2 || s.Tokens[k-1].Kind != segment.Word || dtCap(&s.Tokens[k-1]) {
		return false
	}
	d, p := s.Lower(k-2), s.Lower(k-1)
	if isFunctionWord(p) || dtIsBe(p) || dtIsFutureAux(p) || dtIsModal(p) || adverbAt(s, k-1) || dtSubjectPronouns[p] {
		return false
	}
	switch d {
	case "a", "an":
		return true // no finite verb follows "a": "a pay offer"
	case "the", "its", "their", "his", "her", "this":
		// only after a participle ("the revised offer") or inside a prepositional phrase ("in the
		// drone attack"). Else a noun between may be a subject taking a plural verb ("the unions
		// threaten", "the government plan to", "the people vote")
		if k >= 3 {
			if w := s.Lower(k - 3); complementPrepSet.has(w) || w == "after" || w == "before" || w == "during" || w == "for" {
				return true
			}
		}
		return strings.HasSuffix(p, "ed")
	}
	return false
}

var dtSubjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "who": true, "which": true, "that": true}

// dtFindVerb finds the verb governing a date at tokens first..last: the nearest verb to the left in
// the clause, else the nearest to the right (a fronted date: "On Sunday, Witkoff will visit…").
// It returns -1 when there is none.
func dtFindVerb(s *Sent, first, last int) int {
	for k := first - 1; k >= 0 && k >= first-14; k-- {
		if dtIsClauseStop(s.Lower(k)) {
			break
		}
		if v, ok := dtVerbHere(s, k); ok {
			if v.form&formBase != 0 && v.form&(formPast|formPP) == 0 && dtCompoundHead(s, k) {
				continue // "killed in the drone attack on Monday": the head of a noun phrase has no tense
			}
			if k == first-1 && v.form&formPast == 0 && !dtSubjectPronouns[s.Lower(k-1)] {
				if r := dtVerbAfterModifier(s, last); r >= 0 {
					return r // "the US strikes on Friday hit two sites": "strikes" is the subject
				}
			}
			return k // the nearest verb; a copula counts ("the vote is on Sunday")
		}
	}
	for k := last + 1; k < len(s.Tokens) && k <= last+14; k++ {
		w := s.Lower(k)
		if dtIsClauseStop(w) && w != "that" {
			break
		}
		if dtIsFutureAux(w) || dtIsBe(w) || dtIsModal(w) {
			continue // the verb follows its auxiliary
		}
		if _, ok := dtVerbHere(s, k); ok {
			return k
		}
	}
	return -1
}

// dtVerbAfterModifier finds a past verb right after a date at tokens ..last (adverbs skipped) and
// returns its index, else -1. A present form just before the date and a past verb just after it
// cannot both be finite in one clause: the date modifies a noun read as a verb ("the US strikes
// on Friday hit", "the Hamas attack on Friday killed"), and the past verb is the clause's own.
func dtVerbAfterModifier(s *Sent, last int) int {
	k := dtSkipRelative(s, last+1)
	for adverbAt(s, k) {
		k++
	}
	if v, ok := dtVerbHere(s, k); ok && v.form&formPast != 0 {
		return k
	}
	return -1
}

// dtFutureAuxAfter reports whether a future auxiliary or modal follows the date at tokens ..last,
// adverbs skipped.
func dtFutureAuxAfter(s *Sent, last int) bool {
	k := last + 1
	for adverbAt(s, k) {
		k++
	}
	w := s.Lower(k)
	return dtIsFutureAux(w) && w != "would" || dtIsModal(w) || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")
}

// dtSkipRelative steps over a relative clause between commas at token k (", which hit two sites,")
// to the token after it; it returns k when none starts there or it does not close in the sentence.
func dtSkipRelative(s *Sent, k int) int {
	if s.Lower(k) != "," || s.Lower(k+1) != "which" && s.Lower(k+1) != "who" {
		return k
	}
	for j := k + 2; j < len(s.Tokens) && j <= k+16; j++ {
		if s.Lower(j) == "," {
			return j + 1
		}
	}
	return k
}

// dtLinkingSVerb reports whether an -s form is "remains" or "stays" read as a verb ("the curfew
// remains in place"). The noun is followed by "of", a form of "be" or a modal ("human remains were
// found"), and is read as one then.
func dtLinkingSVerb(s *Sent, k int, v dtVerbForm) bool {
	if v.lemma != "remain" && v.lemma != "stay" {
		return false
	}
	n := s.Lower(k + 1)
	return n != "" && n != "of" && !dtIsBe(n) && !dtIsFutureAux(n) && !dtIsModal(n)
}

// dtLinkingAt reports whether token k is a form of a verb that links its subject to a participle
// or adjective ("will remain closed", "stayed shut"): the tense is that verb's, not the
// participle's.
func dtLinkingAt(s *Sent, k int) bool {
	switch s.Lower(k) {
	case "remain", "remains", "remained", "stay", "stays", "stayed", "kept":
		return true
	}
	return false
}

func dtIsBe(w string) bool {
	switch w {
	case "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had":
		return true
	}
	return false
}

func dtIsModal(w string) bool {
	switch w {
	case "may", "might", "could", "should", "must", "can":
		return true
	}
	return false
}

// dtSkipAdverbsBack returns the first token at or before k that is no adverb.
func dtSkipAdverbsBack(s *Sent, k int) int {
	for adverbAt(s, k) {
		k--
	}
	return k
}

// dtVerbTense reads the tense of the verb group ending at token k.
func dtVerbTense(s *Sent, k int) dtTense {
	v, ok := dtVerbAt(s, k)
	if !ok {
		return tenseUnknown
	}
	if j := dtSkipAdverbsBack(s, k-1); dtLinkingAt(s, j) {
		return dtVerbTense(s, j) // "will remain closed until Monday": "closed" has no tense of its own
	}
	w := s.Lower(k)
	// the auxiliaries before the verb, adverbs skipped
	j := k - 1
	var aux []string
	for j >= 0 && len(aux) < 3 {
		a := s.Lower(j)
		switch {
		case adverbAt(s, j):
		case dtIsFutureAux(a) || strings.HasSuffix(a, "'ll") || strings.HasSuffix(a, "’ll") || dtIsModal(a) || dtIsBe(a) || a == "to" || a == "being" || a == "get" || a == "got":
			aux = append(aux, a)
		default:
			j = -1
			continue
		}
		j--
	}
	if dtIsBe(w) && len(aux) == 0 { // "the vote is on Sunday", "talks were on Monday"
		switch w {
		case "is", "are", "am", "be":
			return tenseFuture
		case "was", "were", "been", "had":
			return tensePast
		}
	}
	for i, a := range aux {
		switch {
		case dtIsFutureAux(a) || strings.HasSuffix(a, "'ll") || strings.HasSuffix(a, "’ll"):
			return tenseFuture
		case dtIsModal(a):
			if i > 0 && aux[i-1] == "have" {
				return tensePast
			}
			return tenseFuture
		case a == "to":
			// "is due to meet", "plans to visit": future; "was to meet": unknown
			p := k - 1
			for p >= 0 && s.Lower(p) != "to" {
				p--
			}
			q := s.Lower(p - 1)
			if q == "was" || q == "were" {
				return tenseUnknown
			}
			if dtPastNounFrame(s, p) {
				return tensePast // "approved Nordvik's plan to expand on Friday" (dates_planframe.go)
			}
			if dtFutureFrames[q] || (q == "have" || q == "has") && s.Lower(p-2) != "" {
				return tenseFuture
			}
			if vq, ok := dtVerbAt(s, p-1); ok && vq.form&(formS|formBase) != 0 && vq.form&formPast == 0 {
				return tenseFuture // "wants to", "hopes to"
			}
			if dtHeadlineInfinitive(s, p) {
				return tenseFuture // "Minister to visit Kyiv on Friday" (dates_headto.go)
			}
			return tenseUnknown
		case a == "was" || a == "were" || a == "been" || a == "had" || a == "has" || a == "have" || a == "did" || a == "got":
			return tensePast
		case a == "is" || a == "are" || a == "am" || a == "be" || a == "being" || a == "get":
			if v.form&(formIng|formPP) != 0 {
				return tenseFuture // "is visiting on Sunday", "is held on Sunday"
			}
		}
	}
	switch {
	case v.form&formPast != 0 && v.form&formBase == 0:
		return tensePast
	case v.form&formPast != 0: // "set", "put", "hit": past or present
		return tenseUnknown
	case v.form&(formS|formBase) != 0:
		return tenseFuture // present of a scheduled event: "talks resume on Monday"
	}
	return tenseUnknown
}

// dateTense decides the direction of a date expression: its own words first ("last", "next",
// "ago"), then the verb governing it. A past verb with a target preposition ("was postponed to
// Nov. 17", "had agreed to a truce by Friday") says nothing about the date itself.
func dateTense(s *Sent, e *dateExpr) dtTense {
	switch e.spec.rel {
	case "last":
		return tensePast
	case "next":
		return tenseFuture
	}
	if e.prep == "since" || e.spec.kind == specAgo {
		return tensePast // "its first cut since December": always behind
	}
	switch e.spec.mod {
	case "earlier":
		return tensePast
	case "later":
		return tenseFuture
	}
	k := dtFindVerb(s, e.first, e.last)
	t := tenseUnknown
	if k >= 0 && dtReportingOther(s, e, k) {
		// "… will cut jobs by Friday, the company said": the reported clause's auxiliary
		t = dtReportedTense(s, e, k)
	} else if k >= 0 {
		t = dtVerbTense(s, k)
	} else if dtFutureAuxAfter(s, e.last) {
		t = tenseFuture // "the talks on Tuesday will focus on trade": a verb the table lacks
	}
	if t == tensePast && (e.prep == "to" || e.prep == "for" || e.prep == "until" || e.prep == "till" || e.prep == "by") {
		t = tenseUnknown
	}
	if t == tenseUnknown {
		// words of the clause: "the upcoming visit on Sunday", "two days earlier"
		for j := e.first - 1; j >= 0 && j >= e.first-6; j-- {
			w := s.Lower(j)
			if dtIsClauseStop(w) {
				break
			}
			if dtFutureWord(w) && !(w == "expected" || w == "scheduled") {
				return tenseFuture
			}
			if dtPastWord(w) {
				return tensePast
			}
		}
	}
	return t
}
