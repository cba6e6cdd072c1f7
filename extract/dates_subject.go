package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// Dates of events named as the subject of an intransitive verb: "the attack happened last Tuesday",
// "the vote took place on March 3", "the port reopened on May 3", "the summit will be held on June
// 12", "the bridge collapsed on Friday". Such a subject names no participant, so the key built from
// names alone is empty and two sources dating the event are never compared. The subject noun phrase
// itself tells the event apart: "the port reopened" and "the airport reopened" are two events.

// dtVerbKind is how a verb takes its subject as the event dated.
type dtVerbKind uint8

const (
	verbNoSubject dtVerbKind = iota
	verbOccurs               // "happened", "took place", "was held": the subject is the event
	verbStage                // "reopened", "collapsed", "took effect", "was signed": a stage of the subject
	verbBefalls              // "crashed", "exploded": the event befalls the subject
)

// dtBefallVerbs name an event that happens to their subject, not one the subject does ("the plane
// crashed"; "the envoy visited" is done by a person, keyed by name only).
var dtBefallVerbs = map[string]bool{"crash": true, "explosion": true}

// dtOccurPassives are support verbs whose passive says the subject takes place: "was held", "is
// scheduled for".
var dtOccurPassives = map[string]bool{
	"hold": true, "stage": true, "convene": true, "conduct": true, "host": true, "schedule": true, "set": true,
	"plan": true, "slate": true,
}

// dtSubjectVerb reads the verb at v as one whose subject is the event (or what the event befalls)
// and returns the last token of its group, particles included ("took place", "came into force").
func dtSubjectVerb(s *Sent, v int) (dtVerbKind, int) {
	vf, ok := dtVerbAt(s, v)
	if !ok {
		return verbNoSubject, v
	}
	n := s.Lower(v + 1)
	passive := vf.form&formPP != 0 && dtIsBe(s.Lower(verbGroupAux(s, v)))
	switch {
	case vf.lemma == "happen" || vf.lemma == "occur" || vf.lemma == "unfold":
		return verbOccurs, v
	case vf.lemma == "take" && n == "place", vf.lemma == "go" && n == "ahead":
		return verbOccurs, v + 1
	case passive && (dtOccurPassives[vf.lemma] || vf.lemma == "carry" && n == "out"):
		if n == "out" {
			return verbOccurs, v + 1
		}
		return verbOccurs, v
	}
	if life := dtLifeOf(s, v); life != "" {
		end := v
		switch n {
		case "down", "out", "off", "up", "effect":
			if life != dtLifeVerbs[vf.lemma] || vf.lemma == "take" {
				end = v + 1 // "broke down", "took effect", "kicked off"
			}
		case "into":
			end = v + 2 // "came into force"
		}
		return verbStage, end
	}
	if dtBefalls(eventOfVerb(s, v)) {
		return verbBefalls, v
	}
	return verbNoSubject, v
}

// verbGroupAux returns the token just before the verb at v, adverbs stepped over: the auxiliary
// of a passive ("was signed", "was formally signed").
func verbGroupAux(s *Sent, v int) int {
	k := v - 1
	for k >= 0 && adverbAt(s, k) {
		k--
	}
	return k
}

// dtNoObject reports whether nothing but a prepositional phrase, an adverb or the end of the clause
// follows the verb group ending at end: the verb is intransitive here. "The company released its
// report on Friday" dates the report, not the company; "the port reopened to traffic" is fine.
func dtNoObject(s *Sent, e *dateExpr, end int) bool {
	j := end + 1
	if j >= len(s.Tokens) || j == e.first {
		return true
	}
	if s.Tokens[j].Kind != segment.Word {
		return s.Tokens[j].Kind == segment.Punct
	}
	w := s.Lower(j)
	if r, _ := datePrep(w); r != "" || complementPrepSet.has(w) || w == "for" || w == "until" || w == "as" || w == "after" || w == "before" {
		return true
	}
	return adverbAt(s, j) || w == "again" || w == "overnight" || w == "early" || w == "late"
}

// dtPriceMoves follow "opened"/"closed" of a market's day: "closed higher", "opened at 4,500".
var dtPriceMoves = map[string]bool{
	"higher": true, "lower": true, "up": true, "down": true, "flat": true, "unchanged": true, "at": true,
	"mixed": true, "firmer": true, "weaker": true, "stronger": true,
}

// dtDailyThings open and close every trading day: their opening or closing is no event of a story.
var dtDailyThings = map[string]bool{
	"market": true, "markets": true, "stocks": true, "shares": true, "index": true, "bourse": true,
	"trading": true, "exchange": true, "session": true, "futures": true,
}

// dtDefinite are determiners that point at one thing the reader knows: "the port", "its airport".
var dtDefinite = map[string]bool{
	"the": true, "this": true, "these": true, "those": true, "its": true, "their": true, "his": true,
	"her": true, "our": true,
}

// dtIsDefinite is dtDefinite[w], by a switch: the subject walks ask it of word after word.
func dtIsDefinite(w string) bool {
	switch w {
	case "the", "this", "these", "those", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// dtSubjectPhrase is the subject noun phrase of a verb: tokens lo..hi, its head noun at head.
type dtSubjectPhrase struct {
	lo, head, hi int
	bare         bool // no determiner: lo is the token before the phrase, or -1 (barePlural)
}

// subjectPhrase finds the definite subject noun phrase of the verb at v: "the port", "Baltimore's
// port", "the bridge over the river", "the talks, which took place". A phrase opened by no
// determiner or possessive ("an explosion", "schools", "it") is no known thing of the story.
func (c *dateCtx) subjectPhrase(s *Sent, v int, allowBare bool) (dtSubjectPhrase, bool) {
	k := verbGroupStart(s, v)
	if w := s.Lower(k); w == "remain" || w == "remains" || w == "remained" || w == "stay" || w == "stays" || w == "stayed" {
		k = verbGroupStart(s, k) // "schools will remain closed until Monday": a state lasting
	}
	if w := s.Lower(k); w == "that" || w == "which" {
		k-- // "the talks, which took place": the antecedent
		if s.Lower(k) == "," {
			k--
		}
	} else if w == "," {
		k = dtSkipAppositive(s, k)
	}
	if k < 0 || s.Tokens[k].Kind != segment.Word {
		return dtSubjectPhrase{}, false
	}
	// walk back to the determiner or possessor opening the phrase; a determiner after a preposition
	// opens a complement ("the bridge over the river"), and the walk goes on to the head's
	lo, stop := -1, -1
	for j := k; j >= 0 && j >= k-10; j-- {
		t := s.Tokens[j]
		w := s.Lower(j)
		if t.Kind == segment.Number && j < k {
			continue // "the vote on a 40 million euro fund"
		}
		if t.Kind != segment.Word || dtIsClauseStop(w) || w == "with" && j < k && dtIngVerbAt(s, k+1) {
			stop = j // "with building work starting": the absolute clause's subject opens after "with"
			break
		}
		if dtIsDefinite(w) || dtIsPossessive(w) || dtOrdinalIndefinite(s, j) {
			if p := s.Lower(j - 1); !complementPrepSet.has(p) && p != "for" && !dtIsPossessive(p) && !dtIsDefinite(p) {
				lo = j
				break
			}
			continue
		}
		if j < k && !complementPrepSet.has(w) && eventNounAt(s, j) == "" {
			// a verb ends the phrase; an event noun that is also a verb does not ("the council vote")
			if _, isVerb := dtVerbHere(s, j); isVerb && !dtCap(&t) {
				stop = j
				break
			}
		}
	}
	if lo < 0 {
		if !allowBare {
			return dtSubjectPhrase{}, false
		}
		return c.barePlural(s, stop, k)
	}
	if lo == k {
		return dtSubjectPhrase{}, false
	}
	head := k
	for j := lo + 1; j <= k; j++ {
		if complementPrepSet.has(s.Lower(j)) || s.Lower(j) == "for" { // "the contract for dock workers"
			head = j - 1
			break
		}
	}
	if head <= lo || dtCap(&s.Tokens[head]) || s.Tokens[head].Kind != segment.Word {
		return dtSubjectPhrase{}, false // "the Pentagon": a name, read as a participant
	}
	return dtSubjectPhrase{lo: lo, head: head, hi: k}, true
}

// barePlural reads a subject with no determiner that opens its clause: a plural or mass noun and
// at most one lower-case modifier before it, "schools reopened", "in Odesa, schools reopened",
// "officials said ferry services resumed", "Flights were cancelled". Such a subject is the kind
// of thing in the story's place, as "the schools" would be; a longer phrase, a name or a singular
// count noun ("a school" without its article is no English subject) is not read. stop is the
// token before the phrase (-1 at the opening of the sentence), k its last word.
func (c *dateCtx) barePlural(s *Sent, stop, k int) (dtSubjectPhrase, bool) {
	// the head ends the phrase or stands before its complement ("schools in the area"); the
	// phrase has at most two words, so the complement opens two or three tokens after stop
	head := k
	if k-stop > 2 {
		switch {
		case complementPrepSet.has(s.Lower(stop + 2)):
			head = stop + 1
		case complementPrepSet.has(s.Lower(stop + 3)):
			head = stop + 2
		default:
			return dtSubjectPhrase{}, false
		}
	}
	if head-stop < 1 {
		return dtSubjectPhrase{}, false
	}
	if h := s.Lower(head); !dtPluralShape(h) && !dtMassSubject(h) && !dtWorkHead(s, stop, head) {
		return dtSubjectPhrase{}, false
	}
	if stop >= 0 {
		w := s.Lower(stop)
		// the clause opens after a comma, a colon or "that", or after a verb of saying; or after
		// "with" before a participle ("with building work starting in June": an absolute clause)
		if w != "," && w != ";" && w != ":" && w != "that" && w != "—" && !(w == "with" && dtIngVerbAt(s, k+1)) {
			if v, ok := dtVerbAt(s, stop); !ok || !dtLemmaStatement(v.lemma) {
				return dtSubjectPhrase{}, false
			}
		}
	}
	for j := stop + 1; j <= head; j++ {
		t := s.Tokens[j]
		w := s.Lower(j)
		if t.Kind != segment.Word || isFunctionWord(w) || dtIsPossessive(w) || dtNounMarkerSet.has(w) {
			return dtSubjectPhrase{}, false
		}
		// a capital only where the sentence opens, on a word that is no name ("Schools")
		if dtCap(&t) && (j != 0 || c.nameWord(s, j)) {
			return dtSubjectPhrase{}, false
		}
		if j < head && !dtModifierWord(w) {
			return dtSubjectPhrase{}, false
		}
	}
	return dtSubjectPhrase{lo: stop, head: head, hi: k, bare: true}, true
}

// dtMassSubject reports mass nouns that stand bare as a thing whose stage is dated: "traffic
// resumed", "shipping was suspended until Friday".
func dtMassSubject(w string) bool {
	switch w {
	case "traffic", "trading", "production", "shipping", "construction", "power", "rail":
		return true
	}
	return false
}

// dtThingWord reports whether the lower-case head of a subject phrase may name a thing or happening
// of the story: no pronoun, number, person or group of people ("the minister", "the soldiers").
func dtThingWord(w string) bool {
	// sourceNouns and countedNouns asked of the word's classes at once (wSourceNoun, wCounted)
	if w == "" || isFunctionWord(w) || classOf(w)&(wSourceNoun|wCounted) != 0 || dtSubjectPronouns[w] || numberWords[w] || isPersonTitle(w) {
		return false
	}
	if _, isSeq := dtSeqWord(w); isSeq || dtNounMarkerSet.has(w) {
		return false
	}
	return !dtHasDigit(w)
}

// dtHasDigit reports whether w holds an ASCII digit: a byte loop, cheaper than ContainsAny's set.
func dtHasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// dtModifierWord reports whether a lower-case word before a head noun tells its phrase apart:
// "council" vote, "container" port; not "the", "new", "second" or "three".
func dtModifierWord(w string) bool {
	if w == "" || isFunctionWord(w) || numberWords[w] || dtNounMarkerSet.has(w) {
		return false
	}
	if _, isSeq := dtSeqWord(w); isSeq {
		return false
	}
	return !dtHasDigit(w)
}

// phraseWords are the lower-case words of a subject phrase from lo+1 to hi that tell it apart:
// "container port", "presidential"; determiners, names, numbers, occurrence words ("second") and
// adverbs are left out (names are participants, occurrences the seq field). A bare phrase opening
// the sentence (lo < 0: barePlural) keeps its capitalised first word, which it has found no name.
func phraseWords(s *Sent, lo, hi int, withHead bool) string {
	var b strings.Builder
	first := "" // the first word kept: a phrase of one word is the token's own text, no copy
	for j := lo + 1; j <= hi; j++ {
		t := s.Tokens[j]
		w := s.Lower(j)
		if t.Kind != segment.Word || dtCap(&t) && !(lo < 0 && j == 0) || dtIsPossessive(w) || dtIsDefinite(w) || adverbAt(s, j) {
			continue
		}
		if withHead && j == hi && !dtThingWord(w) || !(withHead && j == hi) && !dtModifierWord(w) {
			continue
		}
		if first == "" {
			first = w
			continue
		}
		if b.Len() == 0 {
			b.WriteString(first)
		}
		b.WriteByte(' ')
		b.WriteString(w)
	}
	if b.Len() == 0 {
		return first
	}
	return b.String()
}

// subjectEvent reads the event of a date from the subject of an intransitive verb at v when the
// event so far has no key: "the vote took place on March 3" (an event noun with no participant) and
// "the port reopened on May 3" (a thing whose stage is dated). nounK is the event noun read so far;
// it returns the head of the subject read, where occurrence words are looked for ("the second
// bridge"), or nounK.
func (c *dateCtx) subjectEvent(s *Sent, e *dateExpr, v, nounK int, ev *dateEvent) int {
	kind, end := dtSubjectVerb(s, v)
	if vf, _ := dtVerbAt(s, v); kind == verbNoSubject && nounK >= 0 && (vf.lemma == "strike" || vf.lemma == "hit") {
		kind = verbOccurs // "the earthquake struck", "the storm hit": a happening arrives
	}
	if kind == verbNoSubject || !dtNoObject(s, e, end) {
		return nounK
	}
	// a bare plural of happenings is any of them ("Elections were held", "Protests took place");
	// only the stage of a thing of the story's place is read bare ("schools reopened")
	np, ok := c.subjectPhrase(s, v, nounK < 0 && kind == verbStage)
	if !ok || !dtThingWord(s.Lower(np.head)) {
		return nounK
	}
	if nounK >= 0 {
		// an event noun: keyed by the noun and the words before it when it names no participant
		if nounK != np.head || ev.keyed() || ev.head == "talks" && ev.life == "" {
			return nounK // talks run in rounds and over days: only named ones meet (as in key)
		}
		ev.thing = phraseWords(s, np.lo, np.head-1, false)
		ev.alone = true
		return nounK
	}
	if eventNounAt(s, np.head) != "" {
		return nounK
	}
	w := trimPossessives(s.Lower(np.head))
	of, ok := dtOfComplement(s, np)
	work := dtWorkHead(s, np.lo, np.head) // "building work on the terminal" (dates_work.go)
	if work {
		of, ok = dtWorkComplement(s, np)
	}
	if !ok {
		return nounK // "the first group of them": nothing a key can tell apart
	}
	life := dtLifeOf(s, v)
	if vf, _ := dtVerbAt(s, v); (vf.lemma == "open" || vf.lemma == "close") && (dtDailyThings[w] || dtPriceMoves[s.Lower(end+1)] || end+1 < len(s.Tokens) && s.Tokens[end+1].Kind == segment.Number) {
		return nounK // a trading day's opening or close, every day
	}
	switch kind {
	case verbOccurs:
		// "the incident happened", "the exercise was held": the subject is the event
		ev.head, ev.life = w, ""
		if of != "" {
			ev.head = w + " of " + of // "round of voting", not any round
		}
		ev.thing = phraseWords(s, np.lo, np.head-1, false)
		ev.alone = true
	case verbStage:
		ev.head, ev.life = life, ""
		vf, _ := dtVerbAt(s, v)
		ev.thing = dtExpiryThing(s, vf.lemma, np, phraseWords(s, np.lo, np.head, true))
		if work {
			ev.thing = "construction"
		}
		if of != "" {
			ev.thing += " of " + of // "first phase of withdrawal"
		}
		ev.undergoer = true
		if dtStageVerbNouns[vf.lemma] != "" {
			ev.stageWord = dtStageVerbNouns[vf.lemma] // "closure of road", not "end of road"
		}
	case verbBefalls:
		ev.thing = phraseWords(s, np.lo, np.head, true)
		if of != "" {
			ev.thing += " of " + of
		}
		ev.undergoer = true
	}
	// participants: names in the phrase ("Baltimore's port", "the port of Odesa") and places after
	// the verb ("reopened in Odesa")
	c.resetParts(ev) // the event in hand: its participants are read anew
	c.nounParticipants(s, np.head, np.head, np.hi, ev)
	for _, en := range c.entitiesIn(s, np.lo, np.head-1) {
		ev.add(en)
	}
	if v < e.first {
		for _, en := range c.entitiesIn(s, end+1, e.first-1) {
			ev.add(en)
		}
	}
	if ev.undergoer {
		// a fronted place: "In Antwerp, the port reopened on Wednesday"
		comma := np.lo - 1
		if np.bare {
			comma = np.lo
		}
		if comma > 1 && s.Lower(comma) == "," && (s.Lower(0) == "in" || s.Lower(0) == "at") {
			for _, en := range c.entitiesIn(s, 1, comma-1) {
				ev.add(en)
			}
		}
		ev.dropPlace(c.d.topPlace)
	}
	return np.head
}

// dropPlace removes the article's own place from the participants of a thing: "the port of Odesa"
// in an article about Odesa is the port the next sentence calls "the port", and another outlet
// too. Another place stays ("the port of Mykolaiv" in the same article is another port).
func (ev *dateEvent) dropPlace(place string) {
	if place == "" {
		return
	}
	for i, n := range ev.names {
		if n == place {
			ev.parts = append(ev.parts[:i], ev.parts[i+1:]...)
			ev.names = append(ev.names[:i], ev.names[i+1:]...)
			return
		}
	}
}

// dtStageVerbNouns name what a stage verb does to a thing, for reading: "reopening of port".
var dtStageVerbNouns = map[string]string{
	"close": "closure", "open": "opening", "reopen": "reopening", "complete": "completion",
	"cancel": "cancellation", "suspend": "suspension", "delay": "delay", "launch": "launch",
	"finish": "completion", "restart": "restart", "pass": "passage", "adopt": "adoption",
}

// dtStageNouns name a stage of a thing for reading: "resumption of port".
var dtStageNouns = map[string]string{
	"begin": "start", "resume": "resumption", "sign": "signing", "approve": "approval",
	"postpone": "postponement", "effect": "entry into force",
}
