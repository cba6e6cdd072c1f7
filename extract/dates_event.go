package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// dtEventNouns map a noun to the event it names. Meetings and talks are one event: reporters call
// the same sitting either.
var dtEventNouns = map[string]string{
	"visit": "visit", "visits": "visit", "trip": "visit", "trips": "visit", "tour": "visit", "arrival": "visit",
	"talks": "talks", "negotiations": "talks", "discussions": "talks", "meeting": "talks", "meetings": "talks",
	"summit": "summit", "conference": "conference", "ceasefire": "ceasefire", "truce": "ceasefire",
	"armistice": "ceasefire", "cease-fire": "ceasefire", "deadline": "deadline", "ultimatum": "deadline",
	"invasion": "invasion", "annexation": "annexation", "attack": "attack", "attacks": "attack",
	"strike": "attack", "strikes": "attack", "airstrike": "attack", "airstrikes": "attack", "bombing": "attack",
	"shelling": "attack", "raid": "attack", "assault": "attack", "barrage": "attack", "offensive": "offensive",
	"counteroffensive": "offensive", "counter-offensive": "offensive", "war": "war", "election": "election",
	"elections": "election", "polls": "election", "vote": "vote", "ballot": "vote", "referendum": "referendum",
	"agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement",
	"pact": "agreement", "memorandum": "agreement", "speech": "speech", "address": "speech",
	"interview": "interview", "briefing": "briefing", "announcement": "announcement",
	"resignation": "resignation", "death": "death", "funeral": "funeral", "arrest": "arrest",
	"release": "release", "exchange": "exchange", "swap": "exchange", "deployment": "deployment",
	"withdrawal": "withdrawal", "pullout": "withdrawal", "inauguration": "inauguration", "hearing": "hearing",
	"trial": "trial", "verdict": "ruling", "ruling": "ruling", "judgment": "ruling", "judgement": "ruling",
	"sentencing": "sentencing", "earthquake": "earthquake", "quake": "earthquake", "explosion": "explosion",
	"blast": "explosion", "crash": "crash", "fire": "fire", "blaze": "fire", "wildfire": "fire",
	"flood": "flood", "flooding": "flood", "floods": "flood", "storm": "storm", "hurricane": "storm",
	"typhoon": "storm", "cyclone": "storm", "protest": "protest", "protests": "protest", "rally": "protest",
	"demonstration": "protest", "demonstrations": "protest", "coup": "coup", "launch": "launch",
	"shutdown": "shutdown", "closure": "closure", "opening": "opening", "ceremony": "ceremony",
	"signing": "signing", "session": "session", "mission": "mission", "operation": "operation",
	"landfall": "landfall", "eruption": "eruption", "collapse": "collapse", "call": "call",
	"phone call": "call", "conversation": "call", "tariffs": "tariffs", "sanctions": "sanctions",
	"merger": "merger", "takeover": "takeover", "acquisition": "takeover", "ipo": "listing",
	"walkout": "walkout", "stoppage": "walkout", "lockout": "walkout",
	"parade": "parade", "festival": "festival", "match": "match", "final": "match", "race": "race",
}

// dtLifeVerbs mark a stage of an event named by a noun: "talks resumed", "launched the invasion".
// Support verbs ("" stage) leave the noun as the event: "held talks", "expects a ceasefire".
var dtLifeVerbs = map[string]string{
	"begin": "begin", "start": "begin", "launch": "begin", "open": "begin", "commence": "begin",
	"erupt": "begin", "end": "end", "conclude": "end", "close": "end", "finish": "end", "expire": "end",
	"complete": "end", "resume": "resume", "restart": "resume", "reopen": "resume", "collapse": "collapse",
	"stall": "collapse", "fail": "collapse", "falter": "collapse", "sign": "sign", "approve": "approve",
	"pass": "approve", "adopt": "approve", "ratify": "approve", "endorse": "approve", "postpone": "postpone",
	"delay": "postpone", "suspend": "postpone", "cancel": "postpone",
	"hold": "", "host": "", "stage": "", "convene": "", "schedule": "", "plan": "", "set": "", "expect": "",
	"attend": "", "have": "", "be": "", "are": "", "see": "", "reach": "", "agree": "", "announce": "",
	"conduct": "", "carry": "", "make": "", "join": "", "want": "", "seek": "", "propose": "", "call": "",
}

// agentVerbs make their subject a participant of the event they take as object: "Russia and
// Ukraine held talks", "Russia launched its invasion"; not "Trump expects a ceasefire".
var agentVerbs = map[string]bool{
	"hold": true, "host": true, "stage": true, "convene": true, "conduct": true, "attend": true, "have": true,
	"join": true, "launch": true, "sign": true, "begin": true, "start": true, "open": true, "end": true,
	"conclude": true, "close": true, "finish": true, "complete": true, "resume": true, "restart": true,
	"reopen": true, "approve": true, "pass": true, "adopt": true, "ratify": true, "endorse": true,
	"postpone": true, "delay": true, "suspend": true, "cancel": true, "carry": true, "make": true,
}

// dtEventVerbs name an event themselves: "Witkoff will visit Moscow".
var dtEventVerbs = map[string]string{
	"visit": "visit", "travel": "visit", "arrive": "visit", "fly": "visit", "tour": "visit",
	"meet": "talks", "negotiate": "talks", "invade": "invasion", "attack": "attack", "bomb": "attack",
	"shell": "attack", "strike": "attack", "resign": "resignation", "quit": "resignation", "arrest": "arrest",
	"detain": "arrest", "release": "release", "free": "release", "elect": "election", "vote": "vote",
	"inaugurate": "inauguration", "deploy": "deployment", "withdraw": "withdrawal", "annex": "annexation",
	"return": "return", "depart": "departure", "die": "death", "kill": "death", "sentence": "sentencing",
	"convict": "conviction", "rule": "ruling", "crash": "crash", "explode": "explosion", "protest": "protest",
	"rally": "protest", "march": "protest",
}

// dtStatementVerbs date a statement, not what it is about: "Zelensky said on Friday that…".
var dtStatementVerbs = map[string]bool{
	"say": true, "state": true, "tell": true, "report": true, "announce": true, "confirm": true, "claim": true,
	"write": true, "post": true, "add": true, "declare": true, "note": true, "insist": true, "explain": true,
	"emphasize": true, "emphasise": true, "stress": true, "warn": true, "tweet": true, "indicate": true,
	"acknowledge": true, "disclose": true, "reveal": true, "speak": true, "argue": true, "deny": true,
	"urge": true, "predict": true, "suggest": true, "admit": true, "reiterate": true, "comment": true,
}

// recurringEvents happen again and again in one story (strikes on one city, phone calls between
// two leaders, protests in one square): two dates for one of them are more often two occurrences
// than a contradiction, so their claims only corroborate an identical date (see corroborateOnly).
var recurringEvents = map[string]bool{"attack": true, "protest": true, "call": true}

// corroborateOnly reports whether the event's date belongs in its key: statements and recurring
// events meet another source only on the same date and so never conflict.
func (ev *dateEvent) corroborateOnly() bool {
	return ev.statement || ev.life == "" && dtRecurring(ev.head)
}

// whitelisted events are singular enough in one story to be keyed without a named participant.
var dtKeyedAlone = map[string]bool{
	"invasion": true, "ceasefire": true, "annexation": true, "referendum": true, "inauguration": true, "summit": true,
}

// dtSeqWords tell one occurrence of an event from another: "the second round", "his previous visit".
var dtSeqWords = map[string]string{
	"first": "first", "second": "second", "third": "third", "fourth": "fourth", "fifth": "fifth",
	"previous": "previous", "last": "previous", "earlier": "previous", "prior": "previous", "recent": "previous",
	"again": "again", "another": "again", "next": "next", "initial": "first", "final": "final",
}

// dtDemonyms map an adjective of nationality to its country, for participants.
var dtDemonyms = map[string]string{
	"russian": "Russia", "ukrainian": "Ukraine", "american": "United States", "chinese": "China",
	"israeli": "Israel", "iranian": "Iran", "turkish": "Turkiye", "british": "United Kingdom", "french": "France",
	"german": "Germany", "polish": "Poland", "syrian": "Syria", "palestinian": "Palestine", "lebanese": "Lebanon",
	"saudi": "Saudi Arabia", "qatari": "Qatar", "egyptian": "Egypt", "indian": "India", "pakistani": "Pakistan",
	"japanese": "Japan", "belarusian": "Belarus", "hungarian": "Hungary", "italian": "Italy", "spanish": "Spain",
	"venezuelan": "Venezuela", "mexican": "Mexico", "canadian": "Canada", "brazilian": "Brazil", "afghan": "Afghanistan",
	"georgian": "Georgia", "moldovan": "Moldova", "serbian": "Serbia", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
}

// dtNotEntities are capitalised words that name no participant.
var dtNotEntities = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true, "of": true,
	"and": true, "but": true, "or": true, "as": true, "after": true, "before": true, "since": true, "during": true,
	"when": true, "while": true, "with": true, "from": true, "to": true, "this": true, "that": true, "these": true,
	"those": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "there": true, "here": true, "earlier": true,
	"later": true, "last": true, "next": true, "today": true, "yesterday": true, "tomorrow": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "according": true, "meanwhile": true, "however": true, "also": true,
	"officials": true, "negotiators": true, "lawmakers": true, "protesters": true, "voters": true, "leaders": true,
	"diplomats": true, "ministers": true, "critics": true, "analysts": true, "both": true, "all": true, "some": true,
	"another": true, "each": true, "every": true,
	"x": true, "telegram": true, "facebook": true, "twitter": true, "instagram": true, "youtube": true,
	"early": true, "late": true, "mid": true, "until": true, "over": true, "around": true, "about": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "week": true, "month": true, "year": true,
}

// numberWords are counts written out, never names ("Five people were missing").
var numberWords = map[string]bool{
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true,
	"nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true,
	"eighty": true, "ninety": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"dozens": true, "dozen": true, "million": true, "millions": true, "scores": true, "many": true, "most": true,
	"several": true, "few": true, "none": true, "one": true, "half": true,
}

// dtGenericLast are last words of names that do not stand for the name alone ("United States",
// "North Korea"): such names are keyed whole, other multi-word names by their last word (a surname).
var dtGenericLast = map[string]bool{
	"states": true, "kingdom": true, "korea": true, "arabia": true, "republic": true, "union": true, "nations": true,
	"emirates": true, "strip": true, "bank": true, "city": true, "sea": true, "coast": true, "island": true,
	"islands": true, "ministry": true, "council": true, "department": true, "organization": true,
	"organisation": true, "forces": true, "party": true, "committee": true, "court": true, "house": true,
	"office": true, "agency": true, "service": true, "army": true, "navy": true, "commission": true,
	"parliament": true, "assembly": true, "guard": true, "front": true, "bureau": true, "company": true,
	"group": true, "fund": true, "federation": true, "alliance": true, "airport": true, "station": true,
	"square": true, "street": true, "river": true, "mountains": true, "region": true, "oblast": true,
	"province": true, "sudan": true, "africa": true, "america": true, "zealand": true, "guinea": true,
	"ossetia": true, "macedonia": true, "times": true, "post": true, "news": true, "cup": true, "games": true,
}

var dtPlaceFirst = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "new": true, "saudi": true, "united": true,
	"costa": true, "sri": true, "el": true, "los": true, "san": true, "las": true, "hong": true, "great": true,
	"central": true, "democratic": true, "czech": true, "ivory": true, "puerto": true, "sierra": true,
	"burkina": true, "cape": true, "dominican": true, "abu": true, "tel": true, "st": true, "saint": true,
	"santa": true, "buenos": true, "rio": true, "sao": true, "kuala": true, "port": true, "le": true, "la": true,
}

// dateEvent is the event a date is tied to.
type dateEvent struct {
	head      string   // event: "visit", "ceasefire", "statement"
	life      string   // stage: "begin", "end", "resume", …
	role      string   // what the date is to the event: "at", "deadline", "until", "since"
	seq       string   // which occurrence: "first", "previous", "again", …
	parts     []string // participant keys, sorted
	names     []string // participant names, in the order of parts
	topic     string   // statements: what was said about
	statement bool
	// thing holds the words of a subject noun phrase that tell the event apart when it names no
	// participant: the modifiers of an event noun ("runoff" vote), or the thing a stage or
	// mishap befalls ("port" reopened, "cargo plane" crashed: undergoer)
	thing     string
	undergoer bool
	alone     bool   // read from the definite subject of an intransitive verb: keyed without a participant
	stageWord string // what the verb does to the thing, for reading ("closure"); never keyed
	hedged    bool   // a stage only expected ("is expected to reopen"): keyed apart from reports
}

// keyed reports whether key is not "", without writing it.
func (ev *dateEvent) keyed() bool {
	if ev.head == "" {
		return false
	}
	if ev.statement {
		return len(ev.parts) > 0 && ev.topic != ""
	}
	return len(ev.parts) > 0 || dtKeyedAloneHead(ev.head) || ev.head == "talks" && ev.life != "" || ev.alone || ev.thing != ""
}

// appendKey appends keyWith(extra...) to b: nothing when the event is not keyed.
func (ev *dateEvent) appendKey(b []byte, extra ...string) []byte {
	if !ev.keyed() {
		return b
	}
	if ev.statement {
		// "date|statement|speaker|topic"
		b = append(b, "date|statement|"...)
		b = append(b, ev.parts[0]...)
		b = append(b, '|')
		b = append(b, ev.topic...)
	} else {
		// "date|head|life|role|seq|thing|parts…", the empty and default fields left out
		b = append(b, "date|"...)
		b = append(b, ev.head...)
		field := func(f string) {
			b = append(b, '|')
			b = append(b, f...)
		}
		if ev.life != "" {
			field(ev.life)
		}
		if ev.role != "" && ev.role != "at" {
			field(ev.role)
		}
		if ev.seq != "" {
			field(ev.seq)
		}
		if ev.thing != "" {
			field(ev.thing)
		}
		if ev.hedged {
			field("expected")
		}
		for _, p := range ev.parts {
			field(p)
		}
	}
	for _, x := range extra {
		b = append(b, x...)
	}
	return b
}

// appendHead appends the event's own words: its head (":" read as a space, "date" when none),
// with the thing it befalls or that tells it apart ("crash of cargo plane", "runoff vote"), and
// "expected " before a hedged one.
func (ev *dateEvent) appendHead(b []byte) []byte {
	if ev.hedged {
		b = append(b, "expected "...)
	}
	switch {
	case ev.thing != "" && ev.undergoer:
		// "resumption of port", "crash of cargo plane"
		if ev.stageWord != "" {
			b = append(b, ev.stageWord...)
		} else {
			at := len(b)
			b = ev.appendHeadWord(b)
			if n, ok := dtStageNouns[string(b[at:])]; ok {
				b = append(b[:at], n...)
			}
		}
		b = append(b, " of "...)
		b = append(b, ev.thing...)
	case ev.thing != "":
		b = append(b, ev.thing...)
		b = append(b, ' ')
		b = ev.appendHeadWord(b) // "runoff vote"
	default:
		b = ev.appendHeadWord(b)
	}
	return b
}

// appendHeadWord appends the head, "condemn:invasion" read "condemn invasion", or "date".
func (ev *dateEvent) appendHeadWord(b []byte) []byte {
	if ev.head == "" {
		return append(b, "date"...)
	}
	at := len(b)
	b = append(b, ev.head...)
	for i := at; i < len(b); i++ {
		if b[i] == ':' {
			b[i] = ' '
		}
	}
	return b
}

// appendSubject appends subject to b.
func (ev *dateEvent) appendSubject(b []byte) []byte {
	if ev.statement {
		b = append(b, "statement"...)
		if len(ev.names) > 0 {
			b = append(b, " by "...)
			b = append(b, ev.names[0]...)
		}
		if ev.topic != "" {
			b = append(b, " ("...)
			b = append(b, ev.topic...)
			b = append(b, ')')
		}
		return b
	}
	if ev.life == "" && ev.seq == "" && len(ev.names) == 0 && ev.role != "deadline" && ev.role != "until" && ev.role != "since" {
		return ev.appendHead(b) // the event alone: nothing to write around it
	}
	switch ev.life {
	case "begin":
		b = append(b, "start of "...)
	case "end":
		b = append(b, "end of "...)
	case "resume":
		b = append(b, "resumption of "...)
	case "collapse":
		b = append(b, "collapse of "...)
	case "sign":
		b = append(b, "signing of "...)
	case "approve":
		b = append(b, "approval of "...)
	}
	if ev.seq != "" {
		b = append(b, ev.seq...)
		b = append(b, ' ')
	}
	b = ev.appendHead(b)
	switch ev.life {
	case "postpone":
		b = append(b, " postponed"...)
	case "effect":
		b = append(b, " takes effect"...)
	}
	switch ev.role {
	case "deadline":
		b = append(b, " deadline"...)
	case "until":
		b = append(b, " lasting until"...)
	case "since":
		b = append(b, " since"...)
	}
	for i, name := range ev.names {
		if i == 0 {
			b = append(b, " · "...)
		} else {
			b = append(b, ", "...)
		}
		b = append(b, name...)
	}
	return b
}

// eventNounAt returns the event a noun at token k names, or "".
func eventNounAt(s *Sent, k int) string {
	if k < 0 || k >= len(s.Tokens) || s.Tokens[k].Kind != segment.Word {
		return ""
	}
	if k < len(s.facts) && s.facts[k]&fEventNoun == 0 {
		return "" // every branch below asks dtEventNoun of w
	}
	w := strings.TrimSuffix(strings.TrimSuffix(s.Lower(k), "'s"), "’s")
	if w == "call" && !(s.Lower(k-1) == "phone" || s.Lower(k-1) == "telephone" || s.Lower(k+1) == "with") {
		return ""
	}
	if w == "strike" || w == "strikes" {
		return strikeEvent(s) // dates_strike.go: a walkout or an attack
	}
	if w == "final" && dtModifiesNext(s, k) {
		return "" // "a final offer": an adjective
	}
	if w == "final" || w == "match" || w == "race" || w == "address" || w == "fire" {
		// too often something else: "final round", "address the nation", "opened fire"
		if dtNounMarkerSet.has(s.Lower(k-1)) && s.Lower(k-1) != "final" || dtIsPossessive(s.Lower(k-1)) {
			return dtEventNoun(w)
		}
		return ""
	}
	return dtEventNoun(w)
}

// dtModifiesNext reports whether the word at k stands before a lower-case noun it modifies ("a
// final offer", "the final round"): the next token is a lower-case word that is no function word,
// preposition or verb.
func dtModifiesNext(s *Sent, k int) bool {
	n := k + 1
	if n >= len(s.Tokens) || s.Tokens[n].Kind != segment.Word || dtCap(&s.Tokens[n]) {
		return false
	}
	w := s.Lower(n)
	if isFunctionWord(w) || complementPrepSet.has(w) || dtIsBe(w) || dtIsFutureAux(w) || dtIsModal(w) || adverbAt(s, n) {
		return false
	}
	if r, _ := datePrep(w); r != "" {
		return false
	}
	vf, isVerb := dtVerbAt(s, n)
	return !isVerb || vf.form&(formPast|formPP) == 0 // "the final ended": a noun before its verb
}

// dateCtx carries what the date extractor knows of one document.
type dateCtx struct {
	d *Doc
	// lowerSeen remembers the answers of seenLower, computed per word on first use: only the few
	// capitalised words opening a sentence near a date are ever asked about.
	lowerSeen map[string]bool
	// capSeen remembers the answers of capInside, as lowerSeen those of seenLower
	capSeen map[string]bool
	// lens are the dtLenCode of the document's lower-case tokens and lensStart where each
	// sentence's start among them, built on the first question to seenLower (lensBuilt); lensStart
	// is kept from document to document with the pooled context
	lens      []byte
	lensStart []int
	lensBuilt bool
	// lensOwn is the context's own array of codes, for a document without them: lens is the
	// document's array (not to be kept with the pooled context) or this one
	lensOwn []byte
	// names maps a written name to its canonical name and key (canonical), for the alias table
	// namesOf; kept from document to document with the pooled context, so it holds copies of the
	// written names, never an article's text
	names   map[string][2]string
	namesOf *normalize.Aliases
	// scratch lists of entitiesIn and agent, reused from call to call
	entBuf, agentBuf []dtEntity
	// partBuf holds the participant keys and names of the event in hand (eventFor)
	partBuf [8]string
	// strBuf holds the keys and subjects of the document's date claims, strAt where each claim's
	// key starts and its subject starts and ends (appendDateClaims): bytes and offsets, kept
	// with the pooled context
	strBuf []byte
	strAt  [][3]int32
	// heads remembers the heads joinHead made, kept with the pooled context: verb lemmas and
	// event nouns are words of the tables, few
	heads map[[2]string]string
}

// joinHead returns lemma + ":" + noun, the head of an act upon an event ("condemn:invasion"),
// made once per context.
func (c *dateCtx) joinHead(lemma, noun string) string {
	if h, ok := c.heads[[2]string{lemma, noun}]; ok {
		return h
	}
	h := lemma + ":" + noun
	if c.heads == nil {
		c.heads = make(map[[2]string]string)
	}
	if len(c.heads) < 4096 {
		c.heads[[2]string{h[:len(lemma)], h[len(lemma)+1:]}] = h // keyed by h's own bytes
	}
	return h
}

func newDateCtx(d *Doc) *dateCtx { return &dateCtx{d: d} }

// seenLower reports whether w (lower case) is a word the document capitalises at the opening of
// a sentence (or after punctuation) and also writes in lower case somewhere: such an opening word
// is a common word, not a name.
func (c *dateCtx) seenLower(w string) bool {
	if v, ok := c.lowerSeen[w]; ok {
		return v
	}
	uses := c.wordUses(w, useOpens|useLower)
	opens, lower, inside := uses&useOpens != 0, uses&useLower != 0, uses&useInside != 0
	if c.lowerSeen == nil {
		c.lowerSeen = map[string]bool{}
	}
	c.lowerSeen[w] = opens && lower
	if !(opens && lower) && dtPluralShape(w) {
		// the scan saw every token of w: capInside's answer, which nameWord asks next
		if c.capSeen == nil {
			c.capSeen = map[string]bool{}
		}
		c.capSeen[w] = inside
	}
	return opens && lower
}

// buildLens lists the dtLenCode of every token's lower-case text, sentence after sentence, and
// where each sentence's tokens start in the list, for wordUses. A prepared document has the codes
// already (Doc.lens, made with the facts): only the starts are counted.
func (c *dateCtx) buildLens() {
	n := 0
	starts := c.lensStart[:0]
	for i := range c.d.Sentences {
		s := &c.d.Sentences[i]
		starts = append(starts, n)
		n += min(len(s.lower), len(s.Tokens))
	}
	// a sentinel start past every token: the sentence of a token is found without a bound test
	starts = append(starts, n+1)
	c.lensStart, c.lensBuilt = starts, true
	if len(c.d.lens) == n {
		c.lens = c.d.lens[:n:n]
		return
	}
	lens := c.lensOwn[:0]
	if cap(lens) < n {
		lens = make([]byte, 0, n)
	}
	lens = lens[:n]
	p := 0
	for i := range c.d.Sentences {
		s := &c.d.Sentences[i]
		low := s.lower[:min(len(s.lower), len(s.Tokens))]
		dst := lens[p:][:len(low)]
		for k, l := range low {
			dst[k] = dtLenCode(l)
		}
		p += len(low)
	}
	c.lens, c.lensOwn = lens, lens
}

// dtLenCode mixes a text's length and first byte into one byte: equal texts have equal codes, and
// most tokens differ from a given word in theirs.
func dtLenCode(l string) byte {
	if l == "" {
		return 0
	}
	return byte(len(l))*37 + l[0]
}

// dtEntity is a named participant at tokens first..last.
type dtEntity struct {
	name        string // canonical name
	key         string // comparison key
	first, last int
	possessive  bool
	demonym     bool // read from a nationality adjective: a country, never a speaker
}

// entityAt reads a name starting at token k: a run of capitalised words (titles, months and
// weekdays excluded), or a nationality adjective ("Russian" → Russia).
func (c *dateCtx) entityAt(s *Sent, k int) (dtEntity, bool) {
	if !c.nameWord(s, k) {
		return dtEntity{}, false
	}
	j := k
	for j+1 < len(s.Tokens) && j-k < 3 && !dtIsPossessive(s.Lower(j)) && c.nameWord(s, j+1) && s.Tokens[j+1].Start == s.Tokens[j].End+1 {
		if _, isDem := dtDemonyms[s.Lower(j)]; isDem && j == k {
			break // "Russian Zelensky" never; "Russian Foreign Ministry" reads as Russia + Foreign Ministry
		}
		j++
	}
	// the words joined by spaces; only the last may be a possessive (the run stops after one)
	text := s.Tokens[j].Text
	lastWord, poss := text, dtIsPossessive(s.Lower(j))
	if poss {
		lastWord = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
	}
	name, dem := lastWord, false
	if j == k {
		// the lower-case text less the suffix the written one lost ("'s" and "’s" lower to themselves)
		low := s.Lower(k)
		if country, ok := dtDemonyms[low[:len(low)-(len(text)-len(lastWord))]]; ok {
			name, dem = country, true
		}
	} else {
		name = dtJoinRun(s, k, j, lastWord)
	}
	name, key := c.canonical(name)
	return dtEntity{name: name, key: key, first: k, last: j, possessive: poss, demonym: dem}, true
}

// nameWord reports whether token k may be part of a name.
func (c *dateCtx) nameWord(s *Sent, k int) bool {
	if k < 0 || k >= len(s.Tokens) {
		return false
	}
	t := s.Tokens[k]
	if t.Kind != segment.Word || !dtCap(&t) || len(t.Text) < 2 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(s.Lower(k), "'s"), "’s")
	if dtNameStops.has(w) || isPersonTitle(w) {
		return false
	}
	if dtSourceNoun(s, k, w) && !(k > 0 && s.Tokens[k-1].Kind == segment.Word && dtCap(&s.Tokens[k-1]) && s.Tokens[k-1].End+1 == s.Tokens[k].Start) {
		return false // "Officials", "Police"; but "Kim Jong Un" keeps its "Un"
	}
	if titleCommonWord(s, k, w) {
		return false // Title Case: "Strike Called Off" (dates_titleopen.go)
	}
	// sentence-initial (or after an opening quote or a dateline's dash): a common word
	// capitalised by position
	if dtOpensSentence(s, k) {
		if isFunctionWord(w) || dtVerbLemma(w) != "" || c.seenLower(w) { // the scan of the document last
			return false
		}
		if dtCommonSuffix(w) && dtBeforeEventNoun(s, k) {
			return false // "Coalition talks", "Construction work": a common noun's ending (dates_work.go)
		}
		if c.commonOpener(s, k, w) {
			return false // "Power was restored", "Unemployment stood at 6%" (dates_opener.go)
		}
		if _, ok := countedNouns[w]; ok {
			return false
		}
		if dtPluralShape(w) && !c.capInside(w) {
			return false // "Dredgers worked", "Schools reopened": a plural no other sentence capitalises
		}
	}
	return true
}

// dtSourceNoun is sourceNouns[w] for w, the lower-case text of token k less a possessive: the
// token's fact when w is its whole text, without the map lookup.
func dtSourceNoun(s *Sent, k int, w string) bool {
	if uint(k) < uint(len(s.facts)) && len(w) == len(s.Lower(k)) {
		return s.facts[k]&fSource != 0
	}
	return sourceNouns[w]
}

// dtPluralShape reports whether a lower-case word looks like a common noun's plural: "schools",
// "dredgers", "flights"; not "ss", "us" or "is" endings ("Paris", "Damascus", "Congress").
func dtPluralShape(w string) bool {
	n := len(w)
	if n < 5 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'', 'a':
		return false // "Congress", "Damascus", "Paris", "Witkoff's", "Bahamas"
	}
	if w[n-2] == 'n' {
		_, people := dtDemonyms[w[:n-1]] // "Ukrainians", "Americans": a people, named
		return !people
	}
	return true
}

// capInside reports whether w (lower case) is written capitalised somewhere inside a sentence of
// the document (not at its opening or after punctuation): such a word is a name ("Jones", after
// "Tom Jones"), not a common noun that an opening capitalised.
func (c *dateCtx) capInside(w string) bool {
	if v, ok := c.capSeen[w]; ok {
		return v
	}
	found := c.wordUses(w, useInside)&useInside != 0
	if c.capSeen == nil {
		c.capSeen = map[string]bool{}
	}
	c.capSeen[w] = found
	return found
}

// Ways the document writes a word (wordUses).
const (
	useOpens  = 1 << iota // capitalised at a sentence's opening or after punctuation
	useLower              // in lower case
	useInside             // capitalised inside a sentence
)

// wordUses reports how the document writes w (lower case), scanning until every use in stop is
// seen: the tokens of w's length and first byte, found a vector at a time in the codes of every
// token.
func (c *dateCtx) wordUses(w string, stop uint8) uint8 {
	if !c.lensBuilt {
		c.buildLens()
	}
	var uses uint8
	lens, starts := c.lens, c.lensStart
	b := dtLenCode(w)
	si := 0
	for p := 0; ; p++ {
		q := bytes.IndexByte(lens[p:], b)
		if q < 0 {
			break
		}
		p += q
		for starts[si+1] <= p {
			si++ // the sentence of token p
		}
		s := &c.d.Sentences[si]
		k := p - starts[si]
		toks := s.Tokens
		if l := s.lower[k]; len(w) > 0 && l[0] != w[0] || l != w || toks[k].Kind != segment.Word {
			continue
		}
		switch {
		case !dtCap(&toks[k]):
			uses |= useLower
		case k == 0 || toks[k-1].Kind == segment.Punct:
			uses |= useOpens
		default:
			uses |= useInside
		}
		if uses&stop == stop {
			break
		}
	}
	return uses
}

// canonical returns the canonical form of a written name and its key, remembered from document to
// document while the alias table stays the same: the same few names come back in sentence after
// sentence, and article after article of one story.
func (c *dateCtx) canonical(written string) (name, key string) {
	if c.namesOf != c.d.Aliases {
		clear(c.names)
		c.namesOf = c.d.Aliases
	}
	if v, ok := c.names[written]; ok {
		return v[0], v[1]
	}
	if c.names == nil {
		c.names = map[string][2]string{}
	} else if len(c.names) >= dtNamesKept {
		clear(c.names)
	}
	w := strings.Clone(written) // the memo outlives the article: it keeps none of its text
	name = c.d.Aliases.Canonical(w)
	key = dtEntityKey(name)
	c.names[w] = [2]string{name, key}
	return name, key
}

// dtNamesKept bounds the names a date context remembers (about 100 bytes each).
const dtNamesKept = 4096

// dtEntityKey is the comparison key of a canonical name: a person's surname, or the whole name of
// places and bodies whose last word is generic ("United States", "North Korea").
func dtEntityKey(name string) string {
	k := normalize.Key(name)
	if first, last, n, ok := dtFieldEnds(k); ok {
		// ASCII: the first and last fields without strings.Fields' list
		switch {
		case n <= 1:
			return k
		case !dtGenericLast[last] && !dtPlaceFirst[first]:
			return last
		}
	}
	f := strings.Fields(k)
	if len(f) <= 1 {
		return k
	}
	if dtGenericLast[f[len(f)-1]] || dtPlaceFirst[f[0]] {
		return strings.Join(f, "-")
	}
	return f[len(f)-1]
}

// entitiesIn lists the names in tokens lo..hi (inclusive). The list is scratch, valid until the
// next call: every caller reads it at once.
func (c *dateCtx) entitiesIn(s *Sent, lo, hi int) []dtEntity {
	out := c.entBuf[:0]
	for k := max(lo, 0); k <= hi && k < len(s.Tokens); k++ {
		t := &s.Tokens[k]
		if t.Kind != segment.Word {
			continue // no name starts here (entityAt asks the same first): no call
		}
		if x := t.Text; len(x) == 0 || x[0] < utf8.RuneSelf && x[0]-'A' >= 26 || x[0] >= utf8.RuneSelf && !dtCapSlow(t) {
			continue // !dtCap(t), its ASCII case written out: most words are lower case
		}
		// "Trump-Putin summit": names joined by a hyphen inside one token
		if strings.IndexByte(t.Text, '-') >= 0 {
			parts := strings.Split(t.Text, "-")
			all := len(parts) > 1
			for _, p := range parts {
				if p == "" || !segment.Tokenize(p, 0)[0].IsCapitalized() {
					all = false
				}
			}
			if all {
				for _, p := range parts {
					name, key := c.canonical(p)
					out = append(out, dtEntity{name: name, key: key, first: k, last: k})
				}
				continue
			}
		}
		if e, ok := c.entityAt(s, k); ok {
			out = append(out, e)
			k = e.last
		}
	}
	c.entBuf = out[:0] // the room grown kept for the next call (set here, not deferred: a closure per call)
	return out
}

// resetParts empties the participants of ev, the event in hand, into the context's scratch (as
// if none had been read: the same room, four of each, made anew when nil).
func (c *dateCtx) resetParts(ev *dateEvent) {
	ev.parts, ev.names = c.partBuf[:0:4], c.partBuf[4:4:8]
}

// eventFor finds the event a date expression dates. Its participant lists are the context's
// scratch, valid until the next call.
func (c *dateCtx) eventFor(s *Sent, e *dateExpr) dateEvent {
	role, _ := datePrep(e.prep) // datePreps[e.prep], by its switch
	ev := dateEvent{role: role}
	// participants go to the context's scratch: an event is read, keyed and dropped before the next
	clear(c.partBuf[:])
	c.resetParts(&ev)
	if e.prep == "" {
		ev.role = "at"
	}
	if e.attributive {
		// "Friday's attack on Kharkiv", "the 2022 invasion"
		n := e.last + 1
		ev.head = eventNounAt(s, n)
		c.nounParticipants(s, n, -1, len(s.Tokens)-1, &ev)
		ev.finish()
		return ev
	}
	verbK, nounK := -1, -1
	reported := false // the date sits in a clause a statement verb before it reports
	for k := e.first - 1; k >= 0 && k >= e.first-14; k-- {
		w := s.Lower(k)
		if dtIsClauseStop(w) {
			// a relative clause with no verb read before its pronoun ("the festival, which lasts
			// until Sunday"): its antecedent is the event dated. The scan goes no further: the
			// verb beyond belongs to the main clause ("officials said that on Monday…")
			if nounK < 0 && (w == "that" || w == "which") {
				a := k - 1
				if s.Lower(a) == "," {
					a--
				}
				if eventNounAt(s, a) != "" {
					if _, isVerb := dtVerbHere(s, a); !isVerb {
						nounK = a
					}
				}
			}
			break
		}
		if nounK < 0 && eventNounAt(s, k) != "" {
			if _, isVerb := dtVerbHere(s, k); !isVerb {
				nounK = k
				continue
			}
		}
		if vf, ok := dtVerbHere(s, k); ok {
			if dtLemmaStatement(vf.lemma) && dtReportedBefore(s, k, e.first) {
				reported = true // "said the carmaker would cut … by 2027" (dates_report.go)
				break
			}
			verbK = k
			break
		}
	}
	if k := dtVerbAfterAppositive(s, verbK, e.first); k >= 0 {
		// "the deal, signed on Monday, runs to 2030": the participle is the appositive's
		verbK, nounK = k, -1
	}
	if verbK < 0 && nounK < 0 && !reported {
		// a fronted date: "On Sunday, Witkoff will visit Moscow", "In 2022, talks collapsed"
		for k := e.last + 1; k < len(s.Tokens) && k <= e.last+14; k++ {
			w := s.Lower(k)
			if dtIsClauseStop(w) && w != "that" {
				break
			}
			if nounK < 0 && eventNounAt(s, k) != "" {
				if _, isVerb := dtVerbHere(s, k); !isVerb {
					nounK = k
					continue
				}
			}
			if dtIsFutureAux(w) || dtIsModal(w) {
				continue
			}
			if vf, ok := dtVerbHere(s, k); ok {
				if dtLemmaStatement(vf.lemma) && dtReportedAfter(s, e.first, e.last, k) {
					// "… by the end of 2027, the company said": another clause's reporting verb
					if nounK > e.last && dtCommaBetween(s, e.last, nounK) {
						nounK = -1
					}
					break
				}
				verbK = k
				break
			}
		}
	}
	var v dtVerbForm
	verbEvent := "" // eventOfVerb(s, verbK), read once
	if verbK >= 0 {
		v, _ = dtVerbAt(s, verbK)
		verbEvent = eventOfVerb(s, verbK)
	}
	switch {
	case verbK >= 0 && dtLemmaStatement(v.lemma) && (nounK < 0 || nounK > verbK):
		c.statement(s, e, verbK, &ev)
		return ev
	case verbK >= 0 && verbEvent != "" && !(nounK >= 0 && nounK > verbK && nounK < e.first && dtIsObjectOf(s, verbK, nounK)):
		ev.head = verbEvent
		if verbEvent == "talks" && v.lemma == "meet" && dtLeadersMeet(s, verbK) {
			ev.head = "summit" // "G7 leaders will meet in Evian" (dates_work.go)
		}
		c.verbParticipants(s, e, verbK, &ev)
	case nounK >= 0 && verbK >= 0 && verbK < nounK && !isSupportOrStage(s, verbK, v):
		// "Macron condemned the invasion on Thursday" dates the condemnation, not the invasion
		ev.head = c.joinHead(v.lemma, eventNounAt(s, nounK))
		for _, a := range c.agent(s, verbK) {
			ev.add(a)
		}
		c.nounParticipants(s, nounK, nounK, e.first-1, &ev)
	case nounK >= 0:
		ev.head = eventNounAt(s, nounK)
		if verbK >= 0 {
			if life, ok := dtLemmaLife(v.lemma); ok {
				ev.life = life
			} else if life := dtLifeOf(s, verbK); life != "" {
				ev.life = life
			}
		}
		lo, hi := nounK, e.first-1
		if nounK > e.last {
			lo, hi = e.last+1, min(len(s.Tokens)-1, nounK+6)
		}
		c.nounParticipants(s, nounK, lo, hi, &ev)
		if verbK >= 0 && verbK < nounK && agentVerbs[v.lemma] && dtIsObjectOf(s, verbK, nounK) {
			// "Russia and Ukraine will hold talks": who holds them takes part
			for _, a := range c.agent(s, verbK) {
				ev.add(a)
			}
		}
		if verbK >= 0 && verbK > nounK && verbK < e.first {
			// "talks resumed in Geneva on Monday": places after the verb
			for _, en := range c.entitiesIn(s, verbK+1, e.first-1) {
				ev.add(en)
			}
		}
	case verbK >= 0:
		// no event noun: a stage verb ("the plant closed") or any verb ("protesters gathered")
		switch life := dtLifeOf(s, verbK); {
		case life != "":
			ev.head = life
		case v.lemma == "be" || v.lemma == "are" || v.lemma == "have" || v.lemma == "do" || v.lemma == "get":
			// "five people were missing on Tuesday": a copula names no event
		case dtLevelAt(s, verbK):
			// "unemployment stood at 6% last year": a level, dated by its period (dates_level.go)
		default:
			ev.head = v.lemma
		}
		c.verbParticipants(s, e, verbK, &ev)
	}
	// a subject noun before the verb: "the invasion that began in 2022", "talks broke down"
	if verbK >= 0 && nounK < 0 && ev.head != "" && !ev.statement {
		if sn := c.subjectNoun(s, verbK); sn >= 0 {
			nounK = sn
			ev.head = eventNounAt(s, sn)
			ev.life = dtLifeOf(s, verbK)
			c.resetParts(&ev)
			c.nounParticipants(s, sn, sn, verbK-1, &ev)
			for _, en := range c.entitiesIn(s, verbK+1, e.first-1) {
				ev.add(en)
			}
		}
	}
	if verbK >= 0 && nounK < 0 && ev.head != "" && !ev.statement {
		// "the deal that Russia signed on Monday": the antecedent is the event
		if n := c.relativeObjectEvent(s, e, verbK, &ev); n >= 0 {
			nounK = n
		}
	}
	if verbK >= 0 && !ev.statement && ev.head != "" && ev.head != "deadline" && (nounK < 0 || nounK < verbK) {
		// "the vote took place on March 3", "the port reopened on May 3"
		nounK = c.subjectEvent(s, e, verbK, nounK, &ev)
	}
	if verbK < 0 && nounK >= 0 && nounK < e.first && !ev.statement && ev.head != "" && ev.head != "deadline" {
		// "the election is due on November 4"
		c.dueEvent(s, e, nounK, &ev)
	}
	if ev.head == "deadline" {
		// "the deadline for a ceasefire", "the ceasefire deadline": the event whose deadline it is
		if nounK >= 0 {
			for k := max(nounK-2, 0); k <= nounK+4 && k < e.first; k++ {
				if h := eventNounAt(s, k); h != "" && h != "deadline" {
					ev.head = h
					ev.role = "deadline"
					break
				}
			}
		}
	}
	if verbK >= 0 && (ev.life != "" || ev.undergoer) && dtHedged(s, verbK) && !dtScheduledStage(s, verbK, &ev) {
		// "the port is expected to reopen next week": an expectation, which a later report of
		// the reopening on Monday overtakes rather than contradicts
		ev.hedged = true
	}
	ev.seqFrom(s, verbK, nounK)
	c.discoveryEvent(s, e, verbK, &ev) // the finding of a mishap (dates_discover.go)
	ev.finish()
	return ev
}

// dtHedges make a verb group an expectation rather than a report or a fixed plan: "is expected
// to reopen", "could resume", "is likely to end". "Will", "is due to" and "is set to" are plans
// and stay comparable with reports of what happened.
func dtIsHedge(w string) bool {
	switch w {
	case "expected", "likely", "unlikely", "hoped", "hopes", "hope", "hoping", "could", "may", "might",
		"should", "possibly", "probably":
		return true
	}
	return false
}

// dtHedged reports whether the verb group of the verb at v holds a hedge. A hedged verb is an
// infinitive after "to" or a modal ("expected to reopen", "could resume"): other verbs are
// refused at once.
func dtHedged(s *Sent, v int) bool {
	if p := s.Lower(verbGroupAux(s, v)); p != "to" && !dtIsModal(p) {
		return false // "could also reopen" steps over "also"
	}
	for k := max(verbGroupStart(s, v), 0); k < v; k++ {
		if dtIsHedge(s.Lower(k)) {
			return true
		}
	}
	return false
}

// isSupportOrStage reports whether the verb at k leaves a following event noun as the event
// dated: a support verb ("held talks", "expects a ceasefire") or a stage ("launched the invasion").
func isSupportOrStage(s *Sent, k int, v dtVerbForm) bool {
	if _, ok := dtLemmaLife(v.lemma); ok {
		return true
	}
	return dtLifeOf(s, k) != ""
}

// eventOfVerb returns the event a verb at k names, particles included ("took office", "stepped
// down", "pulled out"), or "".
func eventOfVerb(s *Sent, k int) string {
	v, ok := dtVerbAt(s, k)
	if !ok {
		return ""
	}
	n := s.Lower(k + 1)
	switch {
	case v.lemma == "take" && n == "office", v.lemma == "swear" && n == "in":
		return "inauguration"
	case v.lemma == "step" && n == "down":
		return "resignation"
	case v.lemma == "pull" && n == "out":
		return "withdrawal"
	}
	return dtLemmaEvent(v.lemma)
}

// dtLifeOf reads the stage a verb at k marks, particles included: "broke down", "took effect",
// "came into force", "kicked off".
func dtLifeOf(s *Sent, k int) string {
	v, ok := dtVerbAt(s, k)
	if !ok {
		return ""
	}
	n := s.Lower(k + 1)
	switch v.lemma {
	case "break":
		switch n {
		case "down":
			return "collapse"
		case "out":
			return "begin"
		}
	case "take":
		if n == "effect" {
			return "effect"
		}
	case "come", "enter":
		if n == "into" && s.Lower(k+2) == "force" || n == "into" && s.Lower(k+2) == "effect" {
			return "effect"
		}
	case "go":
		if n == "into" && s.Lower(k+2) == "effect" {
			return "effect"
		}
	case "kick":
		if n == "off" {
			return "begin"
		}
	case "wrap":
		if n == "up" {
			return "end"
		}
	case "call":
		if n == "off" {
			return "postpone"
		}
	}
	life, _ := dtLemmaLife(v.lemma)
	return life
}

// dtIsObjectOf reports whether the noun at n is the object of the verb at v ("held talks",
// "launched an invasion"): only determiners and adjectives between them.
func dtIsObjectOf(s *Sent, v, n int) bool {
	for k := v + 1; k < n; k++ {
		w := s.Lower(k)
		if !(dtNounMarkerSet.has(w) || dtIsPossessive(w) || strings.HasSuffix(w, "-scale") || dtCap(&s.Tokens[k])) || w == "of" || w == "for" || w == "with" || w == "to" {
			return false
		}
	}
	return true
}

// subjectNoun finds an event noun that is the subject of the verb at v: "talks resumed",
// "the invasion that began", "the vote, originally set for…, was postponed".
func (c *dateCtx) subjectNoun(s *Sent, v int) int {
	k := verbGroupStart(s, v)
	if w := s.Lower(k); w == "that" || w == "which" {
		k--
		if s.Lower(k) == "," {
			k--
		}
	}
	if s.Lower(k) == "," {
		k = dtSkipAppositive(s, k)
	}
	// the head of the subject noun phrase, possibly followed by its complement ("talks in Geneva",
	// "an explosion at a fuel depot in Izmir"); not a noun of an earlier phrase ("after the talks
	// Witkoff will…")
	best := -1
	for j := k; j >= 0 && j >= k-8; j-- {
		if eventNounAt(s, j) != "" && (j == k || complementPrepSet.has(s.Lower(j+1)) || dtNamedEvent(s, j, k)) {
			best = j // the leftmost: "talks on a new trade deal" are talks
		}
		if w := s.Lower(j); dtIsClauseStop(w) || w == "," {
			break
		}
		if _, isVerb := dtVerbHere(s, j); isVerb {
			break
		}
	}
	return best
}

// dtNamedEvent reports whether the event noun at j is followed up to k by the event's own name:
// "Hurricane Milton tore across Florida", "Storm Ciaran swept in", "Operation Sindoor began". A
// name of one or two capitalised words, no possessive ("the attack Putin's forces launched").
func dtNamedEvent(s *Sent, j, k int) bool {
	if k-j < 1 || k-j > 2 || !dtCap(&s.Tokens[j]) {
		return false
	}
	for i := j + 1; i <= k; i++ {
		if t := s.Tokens[i]; t.Kind != segment.Word || !dtCap(&t) || dtIsPossessive(s.Lower(i)) {
			return false
		}
	}
	return true
}

// complementPreps open the complement of an event noun: "the strike on Sumy", "talks between…".
var complementPreps = map[string]bool{
	"on": true, "in": true, "at": true, "near": true, "between": true, "with": true, "of": true, "to": true,
	"from": true, "against": true, "over": true, "into": true, "by": true, "across": true, "outside": true,
}

// dtSkipAppositive steps back over ", … ," ending at the comma k and returns the token before the
// opening comma (or k-1 when there is none).
func dtSkipAppositive(s *Sent, k int) int {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if s.Lower(j) == "," {
			return j - 1
		}
		if dtIsClauseStop(s.Lower(j)) && s.Lower(j) != "who" && s.Lower(j) != "which" {
			break
		}
	}
	return k - 1
}

// verbParticipants adds the subject and the objects of an event verb.
func (c *dateCtx) verbParticipants(s *Sent, e *dateExpr, v int, ev *dateEvent) {
	for _, a := range c.agent(s, v) {
		ev.add(a)
	}
	lo, hi := v+1, e.first-1
	if e.last < v {
		hi = min(len(s.Tokens)-1, v+8)
	}
	for k := lo; k <= hi; k++ {
		w := s.Lower(k)
		if dtIsClauseStop(w) || w == "," && k > lo {
			hi = k - 1
			break
		}
	}
	n := 0
	for _, en := range c.entitiesIn(s, lo, hi) {
		if n == 2 {
			break
		}
		ev.add(en)
		n++
	}
}

// dtFrames stand between a subject and an infinitive: "is due to arrive", "plans to visit".
var dtFrames = map[string]bool{
	"due": true, "set": true, "expected": true, "scheduled": true, "going": true, "planning": true,
	"plans": true, "planned": true, "poised": true, "slated": true, "likely": true, "able": true, "ready": true,
	"about": true, "preparing": true, "hoping": true, "hopes": true, "intends": true, "wants": true,
}

// verbGroupStart steps back from the verb at v over its auxiliaries, adverbs and frames
// ("will also", "is due to", "has been") and returns the token before them.
func verbGroupStart(s *Sent, v int) int {
	k := v - 1
	for k >= 0 {
		w := s.Lower(k)
		if !mayVerbGroupWord(w) {
			break // most words: none of the lists below has a word of w's shape (dates_verbgroup.go)
		}
		if adverbAt(s, k) || dtIsBe(w) || dtIsFutureAux(w) || dtIsModal(w) || w == "to" || w == "being" ||
			strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") || dtFrameSet.has(w) && s.Lower(k+1) == "to" {
			k--
			continue
		}
		break
	}
	return k
}

// agent finds the named subject of the verb at v: the name nearest before its verb group, with
// appositives and relative clauses stepped over, and names coordinated with it ("Putin and Trump").
// Possessors are no subjects ("Trump's envoy will visit"). The list is scratch, valid until the
// next call.
func (c *dateCtx) agent(s *Sent, v int) []dtEntity {
	k := verbGroupStart(s, v)
	if w := s.Lower(k); w == "who" || w == "that" || w == "which" {
		k--
		if s.Lower(k) == "," {
			k--
		}
	} else if w == "," {
		// ", Steve Witkoff," names the subject; ", Trump's envoy," and ", who …," do not
		open := -1
		for j := k - 1; j >= 0 && j >= k-10; j-- {
			if s.Lower(j) == "," {
				open = j
				break
			}
		}
		if open >= 0 {
			rel := s.Lower(open + 1)
			// a description ("head of NATO's Military Committee", "the acting envoy") is skipped
			if rel != "who" && rel != "which" && rel != "whose" && rel != "where" && dtCap(&s.Tokens[open+1]) {
				for _, en := range c.entitiesIn(s, open+1, k-1) {
					if !en.possessive {
						return append(c.agentBuf[:0], en)
					}
				}
			}
			k = open - 1
		}
	}
	// the subject noun phrase: up to four words back, names joined by "and" included
	lo := k
	for lo > 0 && k-lo < 6 {
		w := s.Lower(lo - 1)
		if s.Tokens[lo-1].Kind != segment.Word || dtIsClauseStop(w) {
			break
		}
		if _, isVerb := dtVerbHere(s, lo-1); isVerb {
			break
		}
		lo--
	}
	ens := c.entitiesIn(s, lo, k)
	out := c.agentBuf[:0]
	for i := len(ens) - 1; i >= 0; i-- {
		en := ens[i]
		if en.possessive {
			if len(out) == 0 {
				continue
			}
			break
		}
		if len(out) > 0 && !(s.Lower(en.last+1) == "and" && en.last+2 == out[len(out)-1].first) {
			break
		}
		out = append(out, en)
	}
	c.agentBuf = out[:0] // the room grown kept for the next call
	return out
}

// nounParticipants adds the names attached to an event noun at n: possessors and modifiers before
// it ("Russia's invasion", "the Istanbul talks") and complements after it within lo..hi
// ("visit to Moscow", "talks between Russia and Ukraine").
func (c *dateCtx) nounParticipants(s *Sent, n, lo, hi int, ev *dateEvent) {
	if n < 0 || n >= len(s.Tokens) {
		return
	}
	// modifiers: walk back over adjectives, names and determiners
	start := n
	for j := n - 1; j >= 0 && j >= n-4; j-- {
		w := s.Lower(j)
		if s.Tokens[j].Kind != segment.Word || dtIsClauseStop(w) {
			break
		}
		if _, isVerb := dtVerbHere(s, j); isVerb && !dtCap(&s.Tokens[j]) {
			break
		}
		if r, _ := datePrep(w); r != "" && w != "of" {
			break
		}
		start = j
	}
	for _, en := range c.entitiesIn(s, start, n-1) {
		ev.add(en)
	}
	if s.Lower(n-1) == "of" && (s.Lower(n-2) == "round" || s.Lower(n-2) == "rounds") {
		for _, en := range c.entitiesIn(s, max(n-6, 0), n-3) {
			ev.add(en)
		}
	}
	// complements: "of Ukraine", "to Moscow", "between Russia and Ukraine", "with Washington"
	if hi < n+1 {
		return
	}
	end := n
	for k := n + 1; k <= hi && k <= n+7; k++ {
		w := s.Lower(k)
		if dtIsClauseStop(w) || w == "," {
			break
		}
		if _, isVerb := dtVerbHere(s, k); isVerb {
			break
		}
		end = k
	}
	m := 0
	for _, en := range c.entitiesIn(s, n+1, end) {
		if m == 2 {
			break
		}
		ev.add(en)
		m++
	}
}

// statement fills an event for the date of a statement: the speaker and the topic.
func (c *dateCtx) statement(s *Sent, e *dateExpr, v int, ev *dateEvent) {
	ev.statement = true
	ev.head = "statement"
	ev.role = "at"
	who := ""
	if g := verbGroupStart(s, v); s.Lower(g) == "," {
		// "Giuseppe Cavo Dragone, head of NATO's Military Committee, said": past the apposition
		if a := c.agent(s, v); len(a) > 0 && !a[0].demonym {
			who = a[0].name
		}
	}
	if who == "" {
		who = c.d.speakerBefore(s, v, true)
	}
	if who == "" && v+1 < len(s.Tokens) {
		who = c.d.speakerAfter(s, v+1)
	}
	if who == "" {
		// "the Russian leader said": no name, and a country is not who spoke
		if a := c.agent(s, v); len(a) > 0 && !a[0].demonym {
			who = a[0].name
		}
	}
	if who != "" {
		ev.parts = append(ev.parts[:0], dtEntityKey(who))
		ev.names = append(ev.names[:0], who)
	}
	// the topic: the first event noun after the verb, else the first content word of the complement
	for k := v + 1; k < len(s.Tokens) && k <= v+12; k++ {
		if k >= e.first && k <= e.last {
			continue
		}
		if h := eventNounAt(s, k); h != "" {
			ev.topic = h
			return
		}
	}
	for k := v + 1; k < len(s.Tokens) && k <= v+8; k++ {
		if k >= e.first && k <= e.last {
			continue
		}
		w := s.Lower(k)
		if s.Tokens[k].Kind != segment.Word || isFunctionWord(w) || dtNotEntities[w] || dtIsBe(w) || dtIsFutureAux(w) || dtIsModal(w) || w == "that" {
			continue
		}
		if en, ok := c.entityAt(s, k); ok {
			ev.topic = en.key
			return
		}
		ev.topic = w
		return
	}
}

// add records a participant once.
func (ev *dateEvent) add(en dtEntity) {
	if en.key == "" {
		return
	}
	for _, p := range ev.parts {
		if p == en.key {
			return
		}
	}
	if ev.parts == nil {
		// room for four participants, keys and names in one allocation
		buf := make([]string, 8)
		ev.parts, ev.names = buf[:0:4], buf[4:4:8]
	}
	ev.parts = append(ev.parts, en.key)
	ev.names = append(ev.names, en.name)
}

// seqFrom reads an occurrence marker near the event: "the second round of talks", "last visited".
func (ev *dateEvent) seqFrom(s *Sent, verbK, nounK int) {
	look := func(k int) {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			w := s.Lower(j)
			if sq, ok := dtSeqWord(w); ok && ev.seq == "" {
				// "last" right before a weekday or unit is part of a date, not of the event
				if _, isDay := weekdayAt(s, j+1); isDay || w == "last" && (s.Lower(j+1) == "week" || s.Lower(j+1) == "month" || s.Lower(j+1) == "year") {
					continue
				}
				ev.seq = sq
			}
			if dtIsClauseStop(w) || w == "," {
				break
			}
		}
	}
	if nounK >= 0 {
		look(nounK)
		if s.Lower(nounK-1) == "of" {
			look(nounK - 2)
		}
	}
	if verbK >= 0 && ev.seq == "" {
		look(verbK)
		if s.Lower(verbK+1) == "again" {
			ev.seq = "again"
		}
	}
}

// finish sorts participants by key, so that word order never changes the key. Keys are unique
// (add keeps one of each), so sorting in place by insertion is the stable sort; most events have
// at most one participant and need no work.
func (ev *dateEvent) finish() {
	for i := 1; i < len(ev.parts); i++ {
		for j := i; j > 0 && ev.parts[j] < ev.parts[j-1]; j-- {
			ev.parts[j], ev.parts[j-1] = ev.parts[j-1], ev.parts[j]
			ev.names[j], ev.names[j-1] = ev.names[j-1], ev.names[j]
		}
	}
}
