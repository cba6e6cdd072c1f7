package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// A prison term belongs to the person sentenced: in a trial of several defendants, "Derek Hale
// was sentenced to seven years" and "Mark Ellis was jailed for four years" are two sentences,
// not two reports of one. A term whose person the sentence names is keyed by that person's
// surname; one that names no one ("Two developers were jailed for four years each", a headline's
// "Former mayor jailed for 7 years") keeps the key of a prison term alone, as before.

// prisonTerm makes q a prison term, sentenced by the verb at v (-1: none is known): the term of
// the person the sentence names, or of no one named. A term that is only possible ("faces up to
// 20 years", "could be jailed for 14 years") or asked for ("prosecutors sought 12 years") is
// another figure than the one imposed, and a suspended sentence another than a prison term: each
// has a key of its own. A term given to several at once ("two men were jailed for four years
// each") is marked as such, so that it never stands for one defendant's term (compare lends the
// one person a story sentences to a term that names no one). Places stay out of the key: the
// slot holds the person or nothing.
func (d *Doc) prisonTerm(s *Sent, q *qty, v int) {
	q.what, q.label, q.noScope = []string{"sentenc"}, "prison term", true
	switch {
	case suspendedTerm(s, q):
		q.what, q.label = []string{"sentenc", "suspend"}, "suspended sentence"
	case potentialTerm(s, q.first):
		q.what, q.label = []string{"sentenc", "possibl"}, "possible prison term"
	case soughtTerm(s, q.first):
		q.what, q.label = []string{"sentenc", "sought"}, "prison term sought"
	}
	who := ""
	if v >= 0 {
		who = d.sentencedBy(s, v)
	}
	if who == "" {
		who = d.termFor(s, q.after)
	}
	if who != "" {
		// the person is the key's scope, and the claim's context: a report of the term that names
		// no one, given this person's key (compare.resolveScopes), meets it by that context
		q.scope, q.owner = surname(who), who
		return
	}
	switch {
	case severalSentenced(s, q, v):
		q.what = append(q.what[:len(q.what):len(q.what)], "each")
		q.label += " (each)"
	case anotherSentenced(s, v):
		q.what = append(q.what[:len(q.what):len(q.what)], "other")
		q.label += " (of another)"
	}
}

// anotherSentenced reports whether the subject of the verb at v is someone known only by another
// person ("Piet Larsen's co-defendant was jailed", "his accomplice was sentenced"): a term that
// names no one, yet is not the story's one named defendant's.
func anotherSentenced(s *Sent, v int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		w := s.Lower(k)
		if isPossessive(w) || w == "his" || w == "her" || w == "their" {
			return true
		}
		if w == "," || w == ";" {
			return false
		}
	}
	return false
}

// prisonTermNP reports whether a "term" is a prison term: "a nine-year prison term", or a term
// after a verb of sentencing ("was sentenced to a nine-year term"), not "a four-year term" of
// office, nor "is serving a 12-year term" (of office or not: it cannot be told).
func prisonTermNP(s *Sent, p np) bool {
	for k := p.first; k < p.last; k++ {
		if s.lowerIs(k, wPrison) {
			return true
		}
	}
	for k := 0; k < p.first; k++ {
		if isSentencingVerb(s.Lower(k)) {
			return true
		}
	}
	return false
}

// sentencingVerbAround is the verb of sentencing ("sentenced", "jailed", "imprisoned") at or
// shortly before token to, or -1.
func sentencingVerbAround(s *Sent, to int) int {
	for v := to; v >= 0 && v >= to-4; v-- {
		if isSentencingVerb(s.Lower(v)) {
			return v
		}
	}
	return -1
}

func isSentencingVerb(w string) bool {
	st := stem(w)
	return st == "sentenc" || st == "jail" || st == "imprison"
}

// holderVerbs give or hold a sentence: "was given a nine-year sentence", "is serving a life term".
var holderVerbs = map[string]bool{
	"given": true, "gave": true, "handed": true, "hands": true, "received": true, "receives": true,
	"receive": true, "receiving": true, "serving": true, "serves": true, "serve": true, "got": true,
	"gets": true, "imposed": true, "sentenced": true, "faces": true, "face": true, "facing": true,
	"sought": true, "seek": true, "seeking": true, "seeks": true, "carries": true, "carry": true,
}

// holderVerb is the verb that gives the sentence whose figure follows token k ("was handed a
// nine-year sentence", "handed Piet Larsen a nine-year sentence"): the name between such a verb
// and the article is the one sentenced, and is returned as the verb's place (sentencedBy reads the
// name before it). -1 when there is none.
func holderVerb(s *Sent, k int) int {
	for s.Lower(k) == "a" || s.Lower(k) == "an" || s.Lower(k) == "his" || s.Lower(k) == "her" || s.Lower(k) == "the" {
		k--
	}
	if holderVerbs[s.Lower(k)] {
		return k
	}
	if s.Lower(k) == "to" && isSentencingVerb(s.Lower(k-1)) {
		return k - 1 // "was sentenced to a nine-year term"
	}
	// "handed Piet Larsen a nine-year sentence": the name ends at k
	if s.isWord(k) && s.Tokens[k].IsCapitalized() && !s.lowerIs(k, wFunction) {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if holderVerbs[s.Lower(j)] {
				return k + 1
			}
			if !s.isWord(j) || !s.Tokens[j].IsCapitalized() {
				break
			}
		}
	}
	return -1
}

// termFor is the person a term is "for", named right after it ("a 12-year
// sentence for Piet Larsen"), or "".
func (d *Doc) termFor(s *Sent, after int) string {
	if s.Lower(after+1) != "for" {
		return ""
	}
	j := after + 2
	for j < len(s.Tokens) && j < after+6 && s.isWord(j) && s.Tokens[j].IsCapitalized() && !s.lowerIs(j, wFunction) {
		j++
	}
	if j == after+2 {
		return ""
	}
	return d.personNamed(d.ownerOf(s, j))
}

// suspendedTerm reports whether q is a suspended sentence: "a two-year suspended sentence",
// "jailed for two years, suspended for 18 months". "Seven years, with five suspended" is a term
// of seven years, part of it suspended: it stays a prison term.
func suspendedTerm(s *Sent, q *qty) bool {
	for k := q.last + 1; k <= q.after; k++ {
		if s.Lower(k) == "suspended" {
			return true
		}
	}
	k := q.after + 1
	if s.Lower(k) == "," {
		k++
	}
	return s.Lower(k) == "suspended" || s.Lower(k) == "suspend"
}

// potentialWords make a term one that may be imposed, not one imposed: "faces up to 20 years",
// "could be jailed for 14 years", "carries a maximum sentence of 10 years".
var potentialWords = map[string]bool{
	"faces": true, "face": true, "facing": true, "faced": true, "could": true, "would": true,
	"might": true, "may": true, "can": true, "maximum": true, "max": true, "carries": true,
	"carry": true, "carried": true, "risks": true, "risk": true, "if": true,
}

// soughtWords make a term the one a party asked for: "prosecutors sought 12 years".
var soughtWords = map[string]bool{
	"sought": true, "seek": true, "seeks": true, "seeking": true, "asked": true, "asking": true,
	"demanded": true, "demanding": true, "requested": true, "recommended": true, "urged": true,
	"wanted": true, "prosecutors": true, "prosecution": true,
}

// potentialTerm and soughtTerm look for those words in the clause before the figure at first.
func potentialTerm(s *Sent, first int) bool { return clauseHas(s, first, potentialWords) }
func soughtTerm(s *Sent, first int) bool    { return clauseHas(s, first, soughtWords) }

func clauseHas(s *Sent, first int, words map[string]bool) bool {
	for k := first - 1; k >= 0 && k >= first-12; k-- {
		w := s.Lower(k)
		// a clause of its own: "Larsen, who could face up to 20 years, was jailed for nine"
		if w == ";" || w == "," || w == "but" || w == "while" || w == "although" || w == "whereas" {
			return false
		}
		if words[w] && !(w == "may" && s.Tokens[k].IsCapitalized()) { // "jailed in May"
			return true
		}
	}
	return false
}

// severalSentenced reports whether a term no name owns was given to several people: "each"
// after it, a plural auxiliary before the verb ("were jailed", "have been sentenced"), or a
// plural object ("jailed them", "jailed the two men").
func severalSentenced(s *Sent, q *qty, v int) bool {
	for k := q.after + 1; k <= q.after+3; k++ {
		if s.Lower(k) == "each" || s.Lower(k) == "apiece" {
			return true
		}
	}
	if v < 0 {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch s.Lower(k) {
		case "were", "are", "have", "both", "all", "each":
			return true
		case "was", "is", "has":
			return false
		}
	}
	for k := v + 1; k < q.first; k++ {
		if w := s.Lower(k); w == "them" || w == "both" || w == "all" || w == "each" {
			return true
		}
	}
	return false
}

// sentencedBy is the person the verb at v sentences, in full: its subject, when that is a
// person's name ("Derek Hale was sentenced", "Developer Mark Ellis was jailed"), or "".
func (d *Doc) sentencedBy(s *Sent, v int) string {
	owner := d.ownerOf(s, v)
	if owner == "" {
		// "Derek Hale, 61, was jailed", "Mark Ellis, a developer, was jailed": the name before
		// the appositive
		k := v - 1
		for k >= 0 && s.classAt(k)&wAux != 0 {
			k--
		}
		if m := appositiveStart(s, k); m > 0 {
			owner = d.ownerOf(s, m)
		} else if m := relativeStart(s, k); m > 0 {
			owner = d.ownerOf(s, m)
		}
	}
	return d.personNamed(owner)
}

// relativeStart is the comma that opens a relative clause ending at the comma k ("Piet Larsen,
// who was convicted of 14 counts of fraud, was jailed"), or 0: the name before it is the subject.
func relativeStart(s *Sent, k int) int {
	if s.Lower(k) != "," {
		return 0
	}
	for m := k - 1; m > 1 && m >= k-16; m-- {
		switch s.Lower(m) {
		case "who", "whose":
			if s.Lower(m-1) == "," {
				return m - 1
			}
			return 0
		case ",", ";", ".":
			return 0
		}
	}
	return 0
}

// personNamed is owner when it names a person, in full (a surname alone resolves to the full
// name named before), or "".
func (d *Doc) personNamed(owner string) string {
	if owner == "" || d.people == nil {
		return ""
	}
	p := d.resolvePerson(owner)
	if !d.people.personLike(p) {
		return ""
	}
	return p
}

// surname is the last word of a person's name: a term's key holds it (keys of people do).
func surname(p string) string { return p[strings.LastIndexByte(p, ' ')+1:] }

// dropKeyPeriod leaves the period out of the key of a claim whose period is field f of its key
// (counting "quantity" as 0), unless it names a year: the month or weekday a sentence was passed ("jailed for nine years in
// March") is when, not over what time, and a report that names it is no other figure than one
// that does not.
func dropKeyPeriod(c *model.Claim, f int) {
	i := 0
	for n := 0; n < f; n++ {
		m := strings.IndexByte(c.Key[i:], '|')
		if m < 0 {
			return
		}
		i += m + 1
	}
	j := strings.IndexByte(c.Key[i:], '|')
	if j < 0 {
		j = len(c.Key)
	} else {
		j += i
	}
	period := c.Key[i:j]
	if period == "" || strings.ContainsAny(period, "0123456789") {
		return // a year names which term: "jailed for eight years in 2015" is an earlier one
	}
	c.Key = c.Key[:i] + c.Key[j:]
	c.Subject = strings.TrimSpace(strings.Replace(c.Subject, " · "+period, "", 1))
}
