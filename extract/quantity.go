package extract

import (
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// This file holds what the quantity extractors (money, percent, count, duration, magnitude) share:
// the reading of what a figure measures, and the key that decides which figures meet in the
// comparator. A key is built from word stems, so "jobs cut" and "cutting 1,200 jobs" meet while
// "jobs created" does not; a place, period, rate or earlier-figure marker makes it narrower. When the
// thing measured cannot be told, the key names the article and offset, so the figure is listed but
// never compared: a false alarm costs as much as a miss.

// qty is one figure read for a quantity claim.
type qty struct {
	kind        string
	first, last int // token range of the whole expression (hedge, sign, numeral, scale, unit, currency word)
	num         int // token index of the numeral, or of the unit word when there is none ("hour-long")
	iv          model.Interval
	unit        string
	currency    string

	what   []string // stems of the thing measured ("air", "defense", "packag")
	label  string   // the thing measured as written ("air defense package")
	verb   string   // stem of the verb that measures a count ("cut", "creat")
	verbAs string   // the verb as written
	owner  string   // who owns or does it, a proper name ("Siemens"): the claim's Context
	scope  string   // a place or part the figure is limited to (key)
	change string   // "up", "down" or "change" for a change rather than a level
	prev   bool     // an earlier figure ("from 6.9 to 7.1", "the original 50-day window")
	rate   string   // "per year", "per ounce"
	// after is the last token of the measured phrase, where places and periods are looked for.
	after int
	// noScope keeps places out of the key: a quake is one event wherever a report locates it.
	noScope bool
	// cumulative marks figures that only grow as a story develops ("structures destroyed").
	cumulative bool
	// current marks a state at the time of writing ("homes without power"), which may rise or fall.
	current bool
}

// valueSpan is the byte span of the expression.
func (q *qty) valueSpan(s *Sent) model.Span { return s.span(q.first, q.last) }

// functionWords end a noun phrase.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "nor": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true,
	"into": true, "onto": true, "over": true, "under": true, "after": true, "before": true, "since": true,
	"during": true, "until": true, "as": true, "than": true, "that": true, "which": true, "who": true,
	"whom": true, "whose": true, "this": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "my": true, "your": true, "it": true, "they": true, "he": true,
	"she": true, "we": true, "i": true, "you": true, "them": true, "him": true, "us": true, "there": true,
	"here": true, "is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "shall": true, "do": true, "does": true,
	"did": true, "not": true, "no": true, "if": true, "when": true, "while": true, "where": true,
	"because": true, "about": true, "around": true, "against": true, "among": true, "amid": true,
	"across": true, "along": true, "through": true, "throughout": true, "toward": true, "towards": true,
	"within": true, "without": true, "near": true, "per": true, "via": true, "up": true, "down": true,
	"off": true, "out": true, "despite": true, "including": true, "each": true, "every": true, "some": true,
	"any": true, "all": true, "both": true, "more": true, "most": true, "less": true, "so": true, "just": true,
	"only": true, "also": true, "even": true, "still": true, "now": true, "then": true, "ago": true,
	"between": true, "beyond": true, "above": true, "below": true, "behind": true, "beside": true,
	"upon": true, "what": true, "whether": true, "how": true, "why": true, "said": true, "says": true,
	"according": true, "versus": true, "like": true, "unlike": true, "plus": true, "worth": true,
}

// timeWords name a time, not a thing measured.
var timeWords = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "hour": true, "hours": true, "minute": true, "minutes": true, "second": true,
	"seconds": true, "quarter": true, "quarters": true, "time": true, "times": true, "night": true,
	"morning": true, "evening": true, "afternoon": true, "today": true, "yesterday": true,
	"tomorrow": true, "tonight": true, "weekend": true, "decade": true, "decades": true, "overnight": true,
	"annually": true, "earlier": true, "later": true, "last": true, "next": true, "ago": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true,
}

// looseAdjectives vary between reports of the same thing and are left out of keys.
var looseAdjectives = map[string]bool{
	"new": true, "fresh": true, "additional": true, "further": true, "extra": true, "latest": true,
	"recent": true, "first": true, "second": true, "third": true, "initial": true, "total": true,
	"overall": true, "massive": true, "huge": true, "record": true, "major": true, "substantial": true,
	"big": true, "large": true, "small": true, "whopping": true, "estimated": true, "so-called": true,
	"proposed": true, "planned": true, "full": true, "current": true, "entire": true, "vital": true,
	"key": true, "long-awaited": true, "historic": true, "unprecedented": true, "staggering": true,
	"hefty": true, "modest": true, "significant": true, "sizeable": true, "sizable": true, "combined": true,
	"eye-watering": true, "mammoth": true, "giant": true, "bumper": true, "much-needed": true, "crucial": true,
	"another": true, "other": true, "several": true, "many": true, "few": true, "various": true,
	"whole": true, "final": true, "preliminary": true, "official": true, "reported": true, "roughly": true,
	"nearly": true, "almost": true, "about": true, "some": true, "just": true, "only": true, "mere": true,
	"original": true, "previous": true, "earlier": true, "former": true, "old": true, "british": true,
	"american": true, "strong": true, "powerful": true, "shallow": true, "deep": true, "moderate": true,
	"minor": true, "severe": true, "devastating": true, "deadly": true, "heavy": true, "brief": true,
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"this": true, "that": true, "these": true, "those": true,
}

// earlierWords mark a figure that was replaced: "his original 50-day window".
var earlierWords = map[string]bool{
	"original": true, "originally": true, "initial": true, "initially": true, "previous": true,
	"previously": true, "earlier": true, "former": true, "old": true, "prior": true,
}

// auxWords may stand between a subject, its verb and a figure.
var auxWords = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"may": true, "might": true, "should": true, "must": true, "shall": true, "do": true, "does": true,
	"did": true, "also": true, "now": true, "already": true, "reportedly": true, "still": true,
	"then": true, "just": true, "only": true, "to": true, "not": true, "yet": true, "further": true,
	"officially": true, "initially": true, "originally": true, "eventually": true, "finally": true,
	"recently": true, "ultimately": true,
}

// intentWords stand between a subject and its verb: "the bank plans to shed", "is expected to last".
var intentWords = map[string]bool{
	"expected": true, "set": true, "due": true, "likely": true, "plans": true, "planned": true,
	"planning": true, "aims": true, "hopes": true, "wants": true, "intends": true, "going": true,
	"able": true, "about": true, "poised": true, "scheduled": true, "slated": true, "vowed": true,
	"promised": true, "threatened": true, "agreed": true, "decided": true, "voted": true,
}

// irregular maps irregular verb forms to their base.
var irregular = map[string]string{
	"built": "build", "rebuilt": "rebuild", "sold": "sell", "made": "make", "lost": "lose", "held": "hold",
	"sent": "send", "spent": "spend", "paid": "pay", "laid": "lay", "left": "leave", "taken": "take",
	"took": "take", "given": "give", "gave": "give", "won": "win", "struck": "strike", "brought": "bring",
	"bought": "buy", "caught": "catch", "found": "find", "kept": "keep", "shot": "shoot", "stolen": "steal",
	"stole": "steal", "broke": "break", "broken": "break", "drew": "draw", "drawn": "draw", "grew": "grow",
	"grown": "grow", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "chose": "choose",
	"chosen": "choose", "froze": "freeze", "frozen": "freeze", "threw": "throw", "thrown": "throw",
	"shown": "show", "flew": "fly", "flown": "fly", "ran": "run", "began": "begin", "begun": "begin",
	"went": "go", "gone": "go", "came": "come", "became": "become", "wrote": "write", "written": "write",
	"saw": "see", "seen": "see", "told": "tell", "said": "say", "felt": "feel", "met": "meet", "led": "lead",
	"fled": "flee", "sank": "sink", "sunk": "sink", "slid": "slide", "shook": "shake", "shaken": "shake",
	"stood": "stand", "sought": "seek", "fought": "fight", "dug": "dig", "hung": "hang", "swept": "sweep",
	"dealt": "deal", "meant": "mean", "overtook": "overtake", "withdrew": "withdraw", "withdrawn": "withdraw",
	"underwent": "undergo", "undergone": "undergo", "rode": "ride", "ridden": "ride", "drove": "drive",
	"driven": "drive", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear", "bore": "bear",
	"born": "bear", "ate": "eat", "eaten": "eat", "forgave": "forgive", "forgiven": "forgive",
	"mislaid": "mislay", "upheld": "uphold", "withheld": "withhold", "sped": "speed", "fed": "feed",
	"bred": "breed", "lent": "lend", "bent": "bend", "heard": "hear", "sat": "sit", "lay": "lie",
	"hid": "hide", "hidden": "hide", "bit": "bite", "bitten": "bite", "beat": "beat", "beaten": "beat",
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"mice": "mouse", "geese": "goose", "teeth": "tooth", "police": "police", "staff": "staff",
	"data": "data", "media": "media", "news": "news", "series": "series", "species": "species",
	"aircraft": "aircraft", "crises": "crisis", "analyses": "analysis",
}

// irregularPast are verb forms that do not end in -ed ("took", "built").
func irregularPast(w string) bool { return classOf(w)&wIrregularPast != 0 }

// irregularPastSlow is irregularPast read from the irregular table (wordClasses folds it in).
func irregularPastSlow(w string) bool {
	b, ok := irregular[w]
	if !ok {
		return false
	}
	switch b {
	case "person", "man", "woman", "child", "foot", "mouse", "goose", "tooth", "police", "staff", "data",
		"media", "news", "series", "species", "aircraft", "crisis", "analysis", "bear", "lie", "beat", "bite":
		return false
	}
	return true
}

// spelling folds British and American spellings of words found in keys and units.
var spelling = map[string]string{
	"defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
	"programmes": "programs", "centre": "center", "centres": "centers", "labour": "labor",
	"tonne": "ton", "tonnes": "tons", "kilometre": "kilometer", "kilometres": "kilometers",
	"metre": "meter", "metres": "meters", "theatre": "theater", "neighbour": "neighbor",
	"harbour": "harbor", "favour": "favor", "honour": "honor", "colour": "color", "behaviour": "behavior",
	"cheque": "check", "jewellery": "jewelry", "storey": "story", "storeys": "stories",
	"aeroplane": "airplane", "aeroplanes": "airplanes", "tyre": "tire", "tyres": "tires",
	"fuelled": "fueled", "cancelled": "canceled", "cancelling": "canceling", "travelled": "traveled",
	"modelling": "modeling", "labelled": "labeled",
}

// sameThing folds words reporters use for one thing, for keys only.
var sameThing = map[string]string{
	"quake": "earthquake", "quakes": "earthquakes", "workforce": "worker", "staffers": "staff",
	"personnel": "staff",
	// one fire, however named: "the blaze", "the wildfire" (disaster_contain.go keys its containment)
	"blaze": "fire", "blazes": "fires", "wildfire": "fire", "wildfires": "fires", "bushfire": "fire",
	"bushfires": "fires",
}

// synonyms fold stems that reporters use for the same measure.
var synonyms = map[string]string{
	"slash": "cut", "ax": "cut", "axe": "cut", "axed": "cut", "axing": "cut", "shed": "cut", "eliminat": "cut", "scrap": "cut",
	"layoff": "cut", "redundanci": "cut", "redundanc": "cut", "loss": "cut", "trim": "cut", "cull": "cut",
	// "lay off", "lays off", "laid off", "laying off" as stem reads them ("lay" is the past of "lie")
	"lie off": "cut", "lai off": "cut", "lay off": "cut",
	"add": "creat", "deploi": "deploi", "dispatch": "deploi", "send": "deploi", "mobiliz": "mobiliz",
	"draft": "mobiliz", "call up": "mobiliz", "flatten": "destroi", "raz": "destroi", "level": "destroi", "levell": "destroi",
	"jail": "sentenc", "imprison": "sentenc", "prison": "sentenc", "penaliz": "fine", "promis": "pledg",
	"commit": "pledg", "earthquak": "earthquak", "temblor": "earthquak", "tremor": "earthquak",
	"seism": "earthquak",
}

// stem reduces a word to a comparison stem: case folded, British spelling folded, plural and verb
// endings stripped, so that "jobs"/"job", "cut"/"cutting"/"cuts", "create"/"created" meet.
func stem(w string) string { return stemAs(w, classUnknown) }

// classUnknown stands for word classes not read yet (stemAs).
const classUnknown wordBits = 1 << 63

// stemAs is stem for a word whose classes (classOf) are c, or classUnknown: the words of a
// sentence with figures have theirs read already (classAt), and most come out of stem unchanged
// or are looked up only once.
func stemAs(w string, c wordBits) string {
	if !lowerAlnum(w) {
		// a word of lower-case letters and digits is its own key, with no possessive to trim
		w = normalize.Key(w)
		w = strings.TrimSuffix(w, "s'")
		w = strings.TrimSuffix(w, "'s")
		c = classUnknown
	}
	if c == classUnknown {
		c = classOf(w)
	}
	read := w // the word c is of
	// one lookup tells whether any of the three tables knows the word (most words are in none)
	if c&wStemTable != 0 {
		if v, ok := sameThing[w]; ok {
			w = v
		}
		if v, ok := spelling[w]; ok {
			w = v
		} else if v, ok := spelling[strings.TrimSuffix(w, "s")]; ok {
			w = v + "s"
		}
		if v, ok := irregular[w]; ok {
			w = v
		}
	}
	if strings.IndexByte(w, '-') >= 0 {
		w = strings.ReplaceAll(w, "-", "")
	}
	// -ise / -ize, -isation / -ization: each suffix holds "is" within the last seven letters
	if len(w) > 6 && strings.Contains(w[len(w)-7:], "is") {
		for _, p := range [][2]string{{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}} {
			if strings.HasSuffix(w, p[0]) && len(w) > 6 {
				w = strings.TrimSuffix(w, p[0]) + p[1]
			}
		}
	}
	if strings.HasSuffix(w, "ise") && len(w) > 6 {
		w = strings.TrimSuffix(w, "ise") + "ize"
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "i"
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "i"
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w[:n-2], "s") || strings.HasSuffix(w[:n-2], "x") || strings.HasSuffix(w[:n-2], "z") || strings.HasSuffix(w[:n-2], "ch") || strings.HasSuffix(w[:n-2], "sh")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 3 && strings.HasSuffix(w, "e") {
		w = w[:n-1]
	}
	n = len(w)
	if n > 2 && strings.HasSuffix(w, "y") {
		w = w[:n-1] + "i"
	}
	n = len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1]
	}
	if w != read {
		c = classOf(w)
	}
	if c&wSynonym != 0 {
		w = synonyms[w]
	}
	return w
}

// lowerAlnum reports whether w is made of ASCII lower-case letters and digits only.
func lowerAlnum(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// isWord reports whether token i is a word.
func (s *Sent) isWord(i int) bool {
	return i >= 0 && i < len(s.Tokens) && s.Tokens[i].Kind == segment.Word
}

// lowerWord reports whether token i is a lower-case word (a common noun or verb, no name).
func (s *Sent) lowerWord(i int) bool {
	return s.isWord(i) && !s.Tokens[i].IsCapitalized()
}

// verbLike reports whether token i reads as a verb form: an auxiliary, an irregular past, or a
// word ending in -ed that is not followed by a noun it modifies.
func (s *Sent) verbLike(i int) bool {
	return s.verbLikeAs(i, s.Lower(i), s.classAt(i))
}

// verbLikeAs is verbLike for token i read as w, in the tables c.
func (s *Sent) verbLikeAs(i int, w string, c wordBits) bool {
	if c&wAux != 0 && w != "to" && w != "just" && w != "only" || c&(wIrregularPast|wSpeech) != 0 {
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4 && !s.npWord(i+1)
}

// npWord reports whether token i may stand in a noun phrase.
func (s *Sent) npWord(i int) bool {
	if !s.isWord(i) {
		return false
	}
	return npWordAs(s.Lower(i), s.classAt(i))
}

// npWordAs is npWord for a word w in the tables c.
func npWordAs(w string, c wordBits) bool {
	if c&(wFunction|wAux|wScopeAdverb|wTime|wMonth|wWeekday) != 0 || strings.HasSuffix(w, "ly") && len(w) > 4 && w != "family" && w != "supply" && w != "assembly" && w != "rally" {
		return false
	}
	return true
}

func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

func isMonthWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// np is a noun phrase: its token range; its last token is its head.
type np struct {
	first, last int
}

func (p np) ok() bool { return p.last >= p.first && p.first >= 0 }

// npAfter reads a noun phrase starting at token j: "air defense package", "Ukraine Facility",
// "write-down". Capitalised words may open it but not follow lower-case ones ("budget Tuesday").
// Verb forms end it; it is at most four words long.
func (s *Sent) npAfter(j int) np {
	k := j
	lowerSeen := false
	for k < len(s.Tokens) && k-j < 4 && s.isWord(k) {
		w := s.Lower(k)
		c := s.classAt(k)
		if !npWordAs(w, c) || c&(wTime|wIrregularPast) != 0 || s.verbLikeAs(k, w, c) {
			break
		}
		if s.Tokens[k].IsCapitalized() {
			if lowerSeen {
				break
			}
		} else {
			lowerSeen = true
		}
		// after a noun, a past form is the verb: "rents shocked tenants"
		if k > j && (strings.HasSuffix(w, "ed") && len(w) > 4 || c&wIrregularPast != 0) {
			break
		}
		// a possessive ends the phrase: "the company's" is an owner, not the thing
		if isPossessive(w) {
			break
		}
		// a raising word before "to" opens the verb of a headline's clause, which has no
		// auxiliary: "600 jobs set to be lost", "jobs due to go" (raisedVerbAfter)
		if k > j && raisingWords[w] && s.Lower(k+1) == "to" {
			break
		}
		k++
		if k < len(s.Tokens) && s.Tokens[k].Start > s.Tokens[k-1].End+1 {
			break
		}
	}
	return np{first: j, last: k - 1}
}

// npBefore reads a noun phrase ending at token j, walking left over words that may stand in one.
func (s *Sent) npBefore(j int) np {
	k := j
	for k >= 0 && j-k < 4 && s.isWord(k) {
		w := s.Lower(k)
		if c := s.classAt(k); !npWordAs(w, c) || c&wTime != 0 || s.verbLikeAs(k, w, c) {
			break
		}
		if k < j && isPossessive(s.Lower(k)) {
			break
		}
		// "would cost taxpayers": a word after an auxiliary is a verb
		if k < j && s.lowerIs(k-1, wAux) && s.Lower(k-1) != "to" {
			break
		}
		// "the proposed budget" but not "the bank raised rates"
		if w := s.Lower(k); k < j && (strings.HasSuffix(w, "ed") || irregularPast(w)) && !s.lowerIs(k-1, wDeterminer) && !isPossessive(s.Lower(k-1)) {
			break
		}
		k--
	}
	return np{first: k + 1, last: j}
}

// words returns the stems of a phrase without loose adjectives, nationality words and figures,
// keeping the last two (a modifier and the head): "new $2bn military aid package" → "aid packag".
func (s *Sent) words(p np) ([]string, string) {
	stems := s.appendStems(nil, p)
	if len(stems) > 2 {
		stems = stems[len(stems)-2:]
	}
	return stems, s.joinText(p.first, p.last)
}

// words is s.words(p) with the stems kept in the document's arena (stemArena) while a quantity
// extractor runs, not in a slice of their own; d may be nil.
func (d *Doc) words(s *Sent, p np) ([]string, string) {
	if d == nil {
		return s.words(p)
	}
	a := &d.figs[0].stems
	from := len(*a)
	st := s.appendStems(*a, p)
	if n := len(st) - from; n > 2 {
		st[from], st[from+1] = st[len(st)-2], st[len(st)-1]
		clear(st[from+2:])
		st = st[:from+2]
	}
	*a = st
	if len(st) == from {
		return nil, s.joinText(p.first, p.last)
	}
	// no room past them: a caller appending to them copies them
	return st[from:len(st):len(st)], s.joinText(p.first, p.last)
}

// stems returns parts joined, in the document's stem arena while a quantity extractor runs, with
// room for more stems past them that is the caller's own; d may be nil.
func (d *Doc) stems(more int, parts ...[]string) []string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if d == nil {
		out := make([]string, 0, n+more)
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	a := &d.figs[0].stems
	from := len(*a)
	st := *a
	for _, p := range parts {
		st = append(st, p...)
	}
	for range more {
		st = append(st, "")
	}
	*a = st
	return st[from : from+n : from+n+more]
}

// withComplement is withComplement(head, comp) in the document's stem arena (Doc.stems).
func (d *Doc) withComplement(head, comp []string) []string {
	if n := len(comp) + len(head); n > 2 {
		// only the last two stems are kept
		var two [2]string
		k := 0
		for _, x := range [][]string{comp, head} {
			for _, st := range x {
				if n <= 2 {
					two[k] = st
					k++
				}
				n--
			}
		}
		return d.stems(0, two[:k])
	}
	return d.stems(0, comp, head)
}

// emptyStemArena empties the arena (d.figs[0].stems) where Doc.words keeps the stems of one
// quantity extractor's run over a document (appendQuantityClaimsFor): no figure's stems outlive
// the run, which empties it when it starts and when it ends.
func (d *Doc) emptyStemArena() {
	a := &d.figs[0].stems
	clear(*a) // no article's strings are kept past its run
	*a = (*a)[:0]
}

// appendStems appends the stems words returns, before keeping the last two, to dst.
func (s *Sent) appendStems(dst []string, p np) []string {
	stems := dst
	for k := p.first; k <= p.last; k++ {
		w := s.Lower(k)
		if s.lowerIs(k, wLoose|wWhole) || isAdjective(s.Tokens[k]) && k < p.last || hasDigit(w) {
			continue
		}
		dash := strings.IndexByte(w, '-')
		if dash < 0 {
			if w != "" {
				if stems == nil {
					stems = make([]string, 0, p.last-k+1)
				}
				stems = append(stems, stemAs(w, s.classAt(k)))
			}
			continue
		}
		// "five-year", "ten-day": a figure with its unit describes, it is not the thing
		if isNumberWordish(w[:dash]) {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				stems = append(stems, stem(part))
			}
		}
	}
	return stems
}

// hasDigit reports whether w holds an ASCII digit: strings.ContainsAny(w, "0123456789") without
// its search of the set for every rune (no byte of a multi-byte rune is ASCII).
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// joinText joins the texts of tokens first..last with single spaces, as strings.Join would.
func (s *Sent) joinText(first, last int) string {
	if first > last {
		return ""
	}
	if first == last {
		return s.Tokens[first].Text
	}
	n := last - first
	for k := first; k <= last; k++ {
		n += len(s.Tokens[k].Text)
	}
	var b strings.Builder
	b.Grow(n)
	for k := first; k <= last; k++ {
		if k > first {
			b.WriteByte(' ')
		}
		b.WriteString(s.Tokens[k].Text)
	}
	return b.String()
}

// withComplement joins a head with its of/for complement, complement first ("cost of the bridge"
// and "the bridge cost" give "bridg cost"), keeping the last two stems.
func withComplement(head, comp []string) []string {
	if n := len(comp) + len(head); n > 2 {
		// only the last two stems are kept: copy just those
		w := make([]string, 0, 2)
		for _, x := range [][]string{comp, head} {
			for _, st := range x {
				if n <= 2 {
					w = append(w, st)
				}
				n--
			}
		}
		return w
	}
	return append(append(make([]string, 0, len(comp)+len(head)), comp...), head...)
}

func isNumberWordish(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "half", "multi", "year", "day",
		"week", "month", "hour", "minute":
		return true
	}
	return false
}

// complement reads "of X" / "for X" / "in x" after a head noun: "the cost of the bridge", "support
// for the plan", "a stake in the airline" (a named place after "in" is a scope, not a complement).
func (s *Sent) complement(j int) (np, string) {
	p := s.Lower(j)
	if p != "of" && p != "for" && p != "in" {
		return np{first: 0, last: -1}, ""
	}
	k := j + 1
	for s.Lower(k) == "the" || s.Lower(k) == "a" || s.Lower(k) == "an" || s.Lower(k) == "its" || s.Lower(k) == "their" {
		k++
	}
	if !s.lowerWord(k) && !(s.isWord(k) && s.Tokens[k].IsCapitalized() && p != "in") {
		return np{first: 0, last: -1}, "" // "in Germany" is a place, read as a scope
	}
	return s.npAfter(k), p
}

// rateAfter reads a rate after a figure or its noun: "£300,000 a week", "$2,400 an ounce", "per year".
func (s *Sent) rateAfter(j int) (string, int) {
	w := s.Lower(j)
	switch w {
	case "a", "an", "per", "each", "every":
		if s.lowerWord(j+1) && !s.lowerIs(j+1, wFunction) {
			return "per " + rateNoun(s.Lower(j+1)), j + 1
		}
	case "annually", "yearly", "monthly", "weekly", "daily", "nightly", "hourly", "quarterly":
		return "per " + rateNoun(w), j
	}
	return "", j - 1
}

// skipBack walks left from token j over words that link a subject to its figure ("was", "reached
// about", "stood at", "is estimated at") and returns the index of the first token not skipped,
// with the change the words state, if any.
func (s *Sent) skipBack(j int, linking wordBits) (int, string, bool) {
	change := ""
	level := false
	for j >= 0 {
		w := s.Lower(j)
		c := s.classAt(j) // the tables of w, asked once for every case below
		switch {
		case s.Tokens[j].Kind == segment.Number || (w == "%" || w == "percent" || w == "pc" || w == "points" || w == "cent") && j > 0 && (s.Tokens[j-1].Kind == segment.Number || s.Lower(j-1) == "per" || s.Lower(j-1) == "percentage" || s.Lower(j-1) == "basis"):
			// another figure of the same clause: "rose 8% to $4.1bn", "gained 300 points, or 0.8%"
		case (w == "per" || w == "percentage" || w == "basis") && j > 0 && s.Tokens[j-1].Kind == segment.Number:
		case w == "or" && j > 0 && s.Lower(j-1) == ",":
		case w == "from":
		case (w == "a" || w == "an" || c&wRecord != 0) && j+1 < len(s.Tokens) && (s.lowerIs(j+1, wRecord) || s.Tokens[j+1].Kind == segment.Number):
			// "hit a record 71.3 percent", "reached an all-time high of"
		case w == "to" || w == "at":
			level = true
		case w == "by":
			if change == "" {
				change = "change"
			}
		case c&wUp != 0:
			if change == "" || change == "change" {
				change = "up"
			}
		case c&wDown != 0:
			if change == "" || change == "change" {
				change = "down"
			}
		case c&wAux != 0 || c&wIntent != 0 && w != "about" || c&linking != 0 || w == "," && j > 0 && (s.lowerIs(j-1, linking) || s.lowerIs(j+1, linking) || s.Lower(j+1) == "which" || s.Lower(j+1) == "or") || w == "which" || w == "just" || w == "only" || w == "around" || w == "about" || w == "some" || w == "roughly" || w == "nearly" || w == "almost":
		case strings.HasSuffix(w, "ly") && len(w) > 4:
		default:
			return j, change, level
		}
		j--
	}
	return j, change, level
}

// recordWords qualify a figure without changing what it measures: "a record 71.3 percent".
var recordWords = map[string]bool{"record": true, "new": true, "fresh": true, "all-time": true, "historic": true}

// upWords and downWords state the direction of a change.
var upWords = map[string]bool{
	"rose": true, "rise": true, "rises": true, "risen": true, "rising": true, "increased": true,
	"increase": true, "increases": true, "grew": true, "grow": true, "grows": true, "grown": true,
	"jumped": true, "jump": true, "jumps": true, "climbed": true, "climb": true, "climbs": true,
	"soared": true, "soar": true, "surged": true, "surge": true, "gained": true, "gain": true, "gains": true,
	"up": true, "higher": true, "raised": true, "raise": true, "raises": true, "boosted": true,
	"extended": true, "extends": true, "extend": true, "edged": false, "advanced": true, "rallied": true,
	"added": true, "spiked": true, "doubled": true, "tripled": true, "expanded": true, "upgraded": true,
}

var downWords = map[string]bool{
	"fell": true, "fall": true, "falls": true, "fallen": true, "falling": true, "dropped": true, "drop": true,
	"drops": true, "declined": true, "decline": true, "declines": true, "decreased": true, "decrease": true,
	"slipped": true, "slip": true, "slid": true, "slide": true, "plunged": true, "plunge": true,
	"plummeted": true, "tumbled": true, "sank": true, "sunk": true, "lost": true, "lose": true, "shed": true,
	"down": true, "lower": true, "cut": true, "cuts": true, "reduced": true, "reduce": true, "lowered": true,
	"shortened": true, "shortens": true, "shrank": true, "eased": true, "slumped": true, "dipped": true,
	"downgraded": true, "slowed": true, "contracted": true, "shrunk": true, "shrink": true, "shrinks": true,
}

// subjectBefore reads the subject noun phrase ending at token j, walking over a prepositional
// phrase to its head ("Voter turnout in the capital" → "Voter turnout", scope "capital"; "the
// cost of the bridge" → "cost" with complement "bridge"). It returns the head phrase, the
// complement phrase (of/for) and the scope phrase (in/at/across).
func (s *Sent) subjectBefore(j int) (head, comp np, scope np, owner string) {
	none := np{first: 0, last: -1}
	head, comp, scope = none, none, none
	for hops := 0; hops < 3 && j >= 0; hops++ {
		if !s.npWord(j) || s.verbLike(j) && !strings.HasSuffix(s.Lower(j), "ed") {
			return
		}
		p := s.npBefore(j)
		if !p.ok() {
			return
		}
		k := p.first - 1
		// possessive owner right before: "the city's hotels", "Nairobi's turnout"
		if k >= 0 && isPossessive(s.Lower(k)) {
			owner = s.possessorName(k)
			k--
			for k >= 0 && s.possessorWord(k) {
				k-- // the rest of the possessor's name: "the European Union's budget"
			}
		}
		for k >= 0 && (s.Lower(k) == "the" || s.Lower(k) == "a" || s.Lower(k) == "an" || s.Lower(k) == "its" || s.Lower(k) == "their" || s.Lower(k) == "his" || s.Lower(k) == "her") {
			k--
		}
		switch s.Lower(k) {
		case "of", "for":
			if !comp.ok() {
				comp = p
			}
			j = k - 1
			continue
		case "in", "at", "across", "on", "from", "under", "by":
			if !scope.ok() && s.Lower(k) != "from" && s.Lower(k) != "under" && s.Lower(k) != "by" {
				scope = p
			}
			j = k - 1
			continue
		}
		head = p
		return
	}
	return
}

// subjectPronoun reports whether the subject of the verb at v is a pronoun that does not say who
// ("it pledged €2bn", "they deployed 500 troops"): such a figure keeps a key of its own.
func (s *Sent) subjectPronoun(v int) bool {
	k := v - 1
	for k >= 0 && (s.classAt(k)&(wAux|wIntent) != 0 || strings.HasSuffix(s.Lower(k), "ly") && len(s.Lower(k)) > 4) {
		k--
	}
	switch s.Lower(k) {
	case "it", "they", "he", "she", "we", "i", "you", "this", "these", "those":
		return true
	}
	return false
}

// skipPlace skips a short place phrase after a noun ("homes in the area were left", "jobs in
// Germany will be cut") and returns the index after it, or j when there is none.
func (s *Sent) skipPlace(j int) int {
	if !s.lowerIs(j, wPlacePrep) || !s.isWord(j+1) {
		return j
	}
	m := j + 1
	for m < len(s.Tokens) && m < j+4 && s.isWord(m) && !s.lowerIs(m, wAux) && !s.verbLike(m) {
		m++
	}
	return m
}

// commonSubject reads the head of a common-noun subject of the verb at v ("the town received",
// "a fundraising appeal had raised", "Investors poured" opening a sentence): its stem and words.
func (d *Doc) commonSubject(s *Sent, v int) ([]string, string, bool) {
	k := v - 1
	for k >= 0 && (s.classAt(k)&(wAux|wIntent) != 0) {
		k--
	}
	if !s.isWord(k) || !s.npWord(k) || s.verbLike(k) || s.lowerIs(k, wFunction) {
		return nil, "", false
	}
	// "the main hospital in Veltarova has": the head before the place phrase
	head, _, _, _ := s.subjectBefore(k)
	if !head.ok() {
		return nil, "", false
	}
	h := head.last
	if s.Tokens[h].IsCapitalized() && !(h == 0 && d.ownerOf(s, v) == "") || s.lowerIs(h, wAnaphor) {
		return nil, "", false
	}
	return d.stems(0, []string{stemAs(s.Lower(h), s.classAt(h))}), s.Tokens[h].Text, true
}

// anaphors are common nouns a report uses for a party it has named ("the team", "the company"):
// they say no more than the name would, so a figure keeps no subject for them in its key.
var anaphors = map[string]bool{
	"company": true, "firm": true, "group": true, "team": true, "club": true, "government": true,
	"council": true, "bank": true, "carmaker": true, "automaker": true, "airline": true, "retailer": true,
	"agency": true, "ministry": true, "department": true, "administration": true, "country": true,
	"state": true, "city": true, "organisation": true, "organization": true, "insurer": true, "lender": true,
	"giant": true, "operator": true, "manufacturer": true, "developer": true, "owner": true, "union": true,
	"league": true, "board": true, "authority": true, "authorities": true, "officials": true, "side": true,
	"business": true, "conglomerate": true, "startup": true, "start-up": true, "maker": true, "network": true,
	"broadcaster": true, "publisher": true, "regulator": true, "watchdog": true, "fund": true, "investor": true,
}

// ownerOf reads the proper-name subject of the verb at token v ("Siemens will cut", "The EU
// pledged"), or "".
func (d *Doc) ownerOf(s *Sent, v int) string {
	if o := d.original(s); o != s {
		return d.titleOwner(o, v) // a Title Case line read in lower case (titleWords)
	}
	k := v - 1
	for k >= 0 && (s.classAt(k)&(wAux|wIntent) != 0 || strings.HasSuffix(s.Lower(k), "ly") && len(s.Lower(k)) > 4) {
		k--
	}
	// "Siemens, which will cut 1,200 jobs": the relative pronoun stands for the name before it
	if (s.Lower(k) == "which" || s.Lower(k) == "who" || s.Lower(k) == "that") && s.Lower(k-1) == "," {
		k -= 2
	}
	if k < 0 || !s.isWord(k) || !s.Tokens[k].IsCapitalized() || s.lowerIs(k, wFunction) || s.lowerIs(k, wNotPlace) && !isAcronym(s.Tokens[k].Text) {
		return ""
	}
	j := k
	// the name stops at a possessor before it: "Germany's Siemens will cut" is Siemens
	for j > 0 && s.isWord(j-1) && s.Tokens[j-1].IsCapitalized() && k-j < 3 && !s.lowerIs(j-1, wFunction) && !isPossessive(s.Lower(j-1)) {
		j--
	}
	if s.lowerIs(j-1, wPlacePrep) || groupBeforePlace(s, j) >= 0 {
		return "" // "the bakery on Main Street was fined", "Residents of Paris": a place, not who (owner_places.go)
	}
	if titledPlaceBefore(s, j) && k > j {
		j = max(j+titledPlaceLen(s.Lower(j), k-j+1), k-1) // "Mayor of London Sadiq Khan" (fix_titled.go)
	}
	j = ownerBodyStart(s, j, k) // "the Royal College of Nursing will" is no "Nursing" (owner_bodies.go)
	if openingDescriptor(s, j, k) {
		j++ // "Rival Veltamotor said it would cut": Veltamotor (owner_descriptor.go)
	}
	// a capitalised common noun opening the sentence ("Negotiators talked", "Power was cut") is no name
	if j == 0 && k == 0 && !isAcronym(s.Tokens[0].Text) && d.Aliases.Canonical(s.Tokens[0].Text) == s.Tokens[0].Text {
		w := s.Lower(0)
		// nor is one a report uses for a party it names: the headline "Carmaker to shed 2,400 jobs"
		if pluralPerson(w) || s.lowerIs(0, wSourceNoun) || s.lowerIs(0, wCounted) && countedNouns[w] != "" || s.lowerIs(0, wTime|wCommonSubject|wAnaphor) {
			return ""
		}
	}
	name := joinTokens(s, j, k)
	if strings.ContainsAny(name, "\n\r\t") || strings.Contains(name, "  ") {
		name = strings.Join(strings.Fields(name), " ") // "Red\nCross", wrapped, is Red Cross
	}
	return d.Aliases.Canonical(name)
}

// commonSubjects are common nouns that often open a sentence as its subject.
var commonSubjects = map[string]bool{
	"power": true, "police": true, "government": true, "parliament": true, "congress": true, "staff": true,
	"management": true, "industry": true, "business": true, "traffic": true, "water": true, "electricity": true,
}

// pluralPerson reports whether w looks like a plural noun of people or things ("negotiators",
// "rescuers", "analysts"), not a name ending in s ("Siemens", "Athens").
func pluralPerson(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents", "ians", "als", "ees", "ives", "ies", "ics"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool { return len(w) >= 2 && strings.ToUpper(w) == w }

// scopeWords limit a figure to a part of the whole when no place is named: "turnout in the capital".
var scopeWords = map[string]bool{
	"capital": true, "city": true, "town": true, "village": true, "region": true, "province": true,
	"north": true, "south": true, "east": true, "west": true, "countryside": true, "suburbs": true,
	"district": true, "county": true, "state": true, "metro": true, "borough": true, "island": true,
	"constituency": true, "precinct": true, "ward": true, "municipality": true, "area": true,
}

// scopeAdverbs follow a figure's noun and end its phrase: "1,500 jobs worldwide".
var scopeAdverbs = map[string]bool{
	"worldwide": true, "nationwide": true, "globally": true, "nationally": true, "countrywide": true,
	"abroad": true, "overseas": true, "domestically": true, "locally": true, "statewide": true,
}

// wholeWords state that a figure is for the whole: it then meets figures stated without a scope.
var wholeWords = map[string]bool{
	"national": true, "nationally": true, "nationwide": true, "overall": true, "worldwide": true,
	"globally": true, "global": true, "countrywide": true, "total": true,
}

// scopeAround finds a place or part a figure is limited to: a place named right after or within the
// measured phrase from..to ("jobs in Germany", "turnout in the capital", "1,500 jobs in Germany will
// be cut") or opening the sentence ("In Nairobi, …"); the figure itself runs from..last.
// siteBetween reports whether the words between a figure's phrase (ending at to) and a place's
// preposition at prep name the site the figure is at, which lies in the place: "cut 2,400 jobs
// at its plant in Halden", "at the company's factory near Leeds". A preposition of place, then
// at most three lower-case words.
func siteBetween(s *Sent, to, prep int) bool {
	if prep-to < 3 || prep-to > 5 {
		return false
	}
	switch s.Lower(to + 1) {
	case "at", "in", "across":
	default:
		return false
	}
	for k := to + 2; k < prep; k++ {
		if !s.isWord(k) || s.Tokens[k].IsCapitalized() || hasDigit(s.Lower(k)) {
			return false
		}
	}
	return true
}

func (d *Doc) scopeAround(s *Sent, from, last, to int, others []int) string {
	title := -1 // whether s is in Title Case, asked of the first place (titlePlace)
	for _, p := range d.places(s) {
		if p.First >= from && p.First <= last {
			continue // inside the figure: "valued at USD 1.5 billion"
		}
		if w := strings.ToLower(trimPossessive(s.Tokens[p.First].Text)); weekday(w) || isMonthWord(w) {
			continue // "in Tuesday's election" names a day, not a place
		}
		prep := p.First - 1
		for prep >= 0 && (s.Lower(prep) == "the" || isDirection(s.Lower(prep))) {
			prep--
		}
		if s.Lower(prep) == "of" && (s.Lower(prep-1) == "city" || s.Lower(prep-1) == "town" || s.Lower(prep-1) == "region") {
			prep -= 2
			for prep >= 0 && s.Lower(prep) == "the" {
				prep--
			}
		}
		if !s.lowerIs(prep, wPlacePrep) || s.Lower(prep) == "from" || s.Lower(prep) == "over" || s.Lower(prep) == "hit" || s.Lower(prep) == "struck" {
			continue
		}
		blocked := false
		for _, o := range others {
			if o > to && o < prep {
				blocked = true
			}
		}
		if blocked {
			continue
		}
		if prep > to && (prep <= to+2 || siteBetween(s, to, prep)) || prep >= from-1 && prep <= to || prep == 0 && s.Lower(p.Last+1) == "," {
			if title < 0 {
				title = 0
				if titleCaseSent(d.original(s)) {
					title = 1
				}
			}
			if title == 0 {
				return p.Name
			}
			if name := d.titlePlace(s, p); name != "" {
				return name
			}
		}
	}
	// "in the capital", "across the region"
	for k := to + 1; k <= to+3 && k < len(s.Tokens); k++ {
		w := s.Lower(k)
		if w == "in" || w == "across" || w == "at" {
			m := k + 1
			for s.Lower(m) == "the" || isDirection(s.Lower(m)) {
				m++
			}
			if s.lowerIs(m, wScopeWord) && s.Lower(m+1) == "of" {
				// "in the province of Kahramanmaras"
				if p, ok := d.nameAt(s, m+2); ok {
					return p.Name
				}
			}
			if s.lowerIs(m, wScopeWord) && !(s.Lower(m+1) == "of") {
				return s.Lower(m)
			}
			break
		}
	}
	return ""
}

// periodNear names the period a figure between tokens from and to holds for ("last year", "in
// March", "a day"), the nearest such words on either side that no other figure (others) stands
// nearer to; different periods never meet.
func periodNear(s *Sent, from, to int, others []int, change bool) string {
	var buf [16]int
	return periodNearAt(s, appendPeriodTokens(buf[:0], s), from, to, others, change)
}

// appendPeriodTokens appends to dst the tokens periodNear may read as (the end of) a period: the
// numbers, and the words that open with a period's letter and are listed. The figures of one
// sentence share them.
func appendPeriodTokens(dst []int, s *Sent) []int {
	if cls := s.cls; len(cls) == len(s.Tokens) && len(s.lower) == len(cls) {
		// the sentence's word classes are read (a sentence with figures): a listed period word
		// opens with a period's letter, so its class alone decides
		toks := s.Tokens[:len(cls)]
		for k, c := range cls {
			if (c&(wPeriodWord|wMonth) != 0 || toks[k].Kind == segment.Number) && s.lower[k] != "" {
				dst = append(dst, k)
			}
		}
		return dst
	}
	for k, w := range s.lower {
		// every period below opens with one of these letters or is a number, and a word is listed
		if w == "" {
			continue
		}
		if s.Tokens[k].Kind != segment.Number && (!periodFirst[w[0]] || s.classAt(k)&(wPeriodWord|wMonth) == 0) {
			continue
		}
		dst = append(dst, k)
	}
	return dst
}

// periodNearAt is periodNear reading only the tokens at (appendPeriodTokens).
func periodNearAt(s *Sent, at []int, from, to int, others []int, change bool) string {
	// the best period is kept in its parts, joined once at the end: most periods considered are
	// not the best, and a string of their own would be garbage
	var best [3]string
	bestDist := 1 << 30
	consider := func(k int, a, sep, b string) {
		dist := k - to
		if k < from {
			dist = from - k + 2
		}
		for _, o := range others {
			if o > to && o < k || o < from && o > k {
				return
			}
		}
		// a period belongs to its own clause: "has 26 beds and was built in 1994"
		lo, hi := to+1, k
		if k < from {
			lo, hi = k+1, from
		} else if s.Lower(k-1) == "since" {
			hi = k - 1
		} else if at, ok := deadlineAt(s, k); ok {
			hi = at // "before 2030" opens no other clause
		}
		for m := lo; m < hi; m++ {
			// ", with building work starting in June" is a clause of its own too
			if s.lowerIs(m, wClause) || s.Lower(m) == "," && s.Lower(m+1) == "with" {
				return
			}
		}
		if dist < bestDist {
			best, bestDist = [3]string{a, sep, b}, dist
		}
	}
	for _, k := range at {
		w := s.lower[k]
		year := s.Tokens[k].Kind == segment.Number && isYearText(w) // asked by three cases below
		switch {
		case (w == "quarter" || w == "half") && k > 0 && isOrdinalWord(s.Lower(k-1)):
			consider(k, s.Lower(k-1), " ", w)
		case len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4':
			consider(k, w, "", "")
		case isMonthWord(w) && s.Tokens[k].IsCapitalized() && (s.Lower(k-1) == "in" || s.Lower(k-1) == "for" || s.Lower(k-1) == "of" || s.Lower(k-1) == "last" || s.Lower(k-1) == "this"):
			consider(k, strings.TrimSuffix(w, "."), "", "")
		case (w == "year" || w == "month") && (s.Lower(k-1) == "last" || s.Lower(k-1) == "this" || s.Lower(k-1) == "next" || s.Lower(k-1) == "previous"):
			consider(k, s.Lower(k-1), " ", w)
		case (w == "year" || w == "month") && s.Lower(k+1) == "on" && s.Lower(k+2) == w:
			consider(k, w, " on ", w)
		case w == "year-on-year" || w == "month-on-month" || w == "year-over-year":
			consider(k, w, "", "")
		case year && deadline(s, k):
			// a deadline is no period: "cut 2,400 jobs by the end of 2027" counts no jobs of 2027
			// alone; it is kept apart ("by 2025" and "by 2027" are two steps of one plan)
			at, _ := deadlineAt(s, k)
			consider(k, s.Lower(at), " ", w)
		case year && (s.Lower(k-1) == "in" || s.Lower(k-1) == "for" || s.Lower(k-1) == "fiscal" || s.Lower(k-1) == "of" || isMonthWord(s.Lower(k-1))):
			consider(k, w, "", "")
		case year && s.Lower(k-1) == "the" && yearOfEvent(s, k):
			// "In the 2022 election, Labour won 34%": the year names the event, and so the period
			consider(k, w, "", "")
		case change && s.Lower(k-1) == "since" && (isMonthWord(w) || s.Tokens[k].Kind == segment.Number && len(w) == 4):
			// a change is measured from its base: "risen by 30% since 2004"
			consider(k, "since ", "", strings.TrimSuffix(w, "."))
		}
	}
	if best[1] == "" && best[2] == "" {
		return best[0] // a period written as one word: most are, or none
	}
	if best[1] == " " {
		if p, ok := periodPhrases[[2]string{best[0], best[2]}]; ok {
			return p // "last year", "first quarter": a string made once
		}
	}
	return best[0] + best[1] + best[2]
}

// periodPhrases are the periods of two words periodNearAt reads most, by their words: each is
// returned as one string made once, not joined for every figure.
var periodPhrases = func() map[[2]string]string {
	m := map[[2]string]string{}
	for _, a := range []string{"last", "this", "next", "previous"} {
		for _, b := range []string{"year", "month"} {
			m[[2]string{a, b}] = a + " " + b
		}
	}
	for _, a := range []string{"first", "second", "third", "fourth", "final", "last"} {
		for _, b := range []string{"quarter", "half"} {
			m[[2]string{a, b}] = a + " " + b
		}
	}
	return m
}()

// isYearText reports whether w is four bytes from "1900" to "2100" (w >= "1900" && w <= "2100"):
// bytes compared as one big-endian number order as the strings do, without cmpstring.
func isYearText(w string) bool {
	if len(w) != 4 {
		return false
	}
	v := uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3])
	return v >= '1'<<24|'9'<<16|'0'<<8|'0' && v <= '2'<<24|'1'<<16|'0'<<8|'0'
}

// yearOfEvent reports whether the year at token k, after "the", names an event the figure is of:
// "in the 2022 election", "at the 2019 vote", "during the 2023 season" (a word follows the year).
// "for the 2025 budget" is left out: "the 2025 budget's $3bn" would not say its year either.
// The word after the year must name such an event: "in the 2000 homes" counts homes.
func yearOfEvent(s *Sent, k int) bool {
	switch s.Lower(k - 2) {
	case "in", "at", "during":
		return yearEvents[s.Lower(k+1)]
	}
	return false
}

// yearEvents are events a year names: "the 2022 election", "the 2023 season".
var yearEvents = map[string]bool{
	"election": true, "elections": true, "vote": true, "referendum": true, "poll": true, "polls": true,
	"primary": true, "primaries": true, "midterms": true, "midterm": true, "race": true, "campaign": true,
	"season": true, "championship": true, "championships": true, "tournament": true, "games": true,
	"olympics": true, "census": true, "budget": true, "fiscal": true, "financial": true, "calendar": true,
	"school": true, "academic": true, "crisis": true, "war": true, "floods": true, "earthquake": true,
	"quake": true, "final": true, "finals": true, "edition": true, "contest": true,
}

// pastDeadline writes the deadlines periodNear reads as the key wants them. One in the year of
// publication or later is a plan's: "by 2027" ("before 2030" is "by 2030"), which a figure stated
// without a deadline may meet (compare/deadlines.go). One before it is a figure of the past: "had
// cut 500 jobs by 2020" counts up to 2020 ("2020"); "built before 2003" tells which homes are
// counted ("before 2003"). Other periods are returned as they are.
func (d *Doc) pastDeadline(period string) string {
	n := len(period)
	if n < 7 || period[n-5] != ' ' || !strings.HasPrefix(period, "by ") && !strings.HasPrefix(period, "before ") {
		return period
	}
	year := period[n-4:]
	var buf [24]byte // the publication year written on the stack: compared, not kept
	if d.Article.Published == nil || year >= string(strconv.AppendInt(buf[:0], int64(d.Article.Published.Year()), 10)) {
		if n == len("by 2027") && period[:3] == "by " {
			return period // "by " + year is the period itself
		}
		return "by " + year
	}
	if period[:3] == "by " {
		return year
	}
	return period
}

// deadline reports whether the year at token k closes a deadline: "by 2027", "before 2030", "by
// the end of 2027", "by early 2027".
func deadline(s *Sent, k int) bool {
	_, ok := deadlineAt(s, k)
	return ok
}

// deadlineAt is deadline with the token that opens the deadline ("by", "before").
func deadlineAt(s *Sent, k int) (int, bool) {
	j := k - 1
	switch s.Lower(j) {
	case "early", "late", "mid", "mid-":
		j--
	case "of":
		if w := s.Lower(j - 1); (w == "end" || w == "start" || w == "beginning" || w == "middle") && s.Lower(j-2) == "the" {
			j -= 3
		}
	}
	if w := s.Lower(j); w != "by" && w != "before" {
		return 0, false
	}
	// the year ends the deadline's phrase: "by 2000 units" is a figure, not a deadline
	if n := k + 1; s.isWord(n) && !s.lowerIs(n, wFunction) {
		return 0, false
	}
	return j, true
}

// periodFirst are the first letters of the period words periodNear reads: quarter, half, h1, q1,
// year, month, the month names (january … december, jan … dec).
var periodFirst = func() (t [256]bool) {
	for _, c := range "qhymjfasond" {
		t[c] = true
	}
	return
}()

// clauseWords open another clause; a period past one is not the figure's.
var clauseWords = map[string]bool{
	"and": true, "but": true, ";": true, "which": true, "who": true, "when": true, "while": true,
	"whereas": true, "although": true, "though": true, "because": true, "since": true, "after": true,
	"before": true, "until": true, "where": true,
}

func isOrdinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "last", "final", "fiscal":
		return true
	}
	return false
}

// quantityClaims reads the figures of every sentence with read, lets measure say what each
// measures (in sentence order; it may look at the figures before it, and returns false to keep a
// figure as a mention only), and builds their claims.
// read appends the figures of a sentence to the slice it is given: one buffer serves every sentence
// (no figure or claim keeps a pointer into it).
func (d *Doc) quantityClaims(read func([]qty, *Sent) []qty, measure func(s *Sent, qs []qty, i int) bool) []model.Claim {
	return d.quantityClaimsIn(read, measure, false)
}

// quantityClaimsIn is quantityClaims; numbered says that read finds nothing in a sentence without
// numbers, which is then skipped (about half the sentences of a text have none).
func (d *Doc) quantityClaimsIn(read func([]qty, *Sent) []qty, measure func(s *Sent, qs []qty, i int) bool, numbered bool) []model.Claim {
	// claims gather in a pooled slice and are copied once into one of their exact number: a
	// growing slice of claims (large structs) costs twice their size in copies and garbage
	sc := claimScratch.Get().(*claimBufs)
	defer sc.recycle()
	d.appendQuantityClaims(sc, nil, read, measure, numbered)
	return sc.result(sc.claims, sc.quants)
}

// appendQuantityClaims is quantityClaimsIn appending the claims to b.claims and their quantities,
// one each, to b.quants (ExtractDoc points the claims to them), reading figures into b.qtys; when
// rec is not nil, the ranges of the figures read are kept in it.
func (d *Doc) appendQuantityClaims(b *claimBufs, rec *figRanges, read func([]qty, *Sent) []qty, measure func(s *Sent, qs []qty, i int) bool, numbered bool) {
	d.appendQuantityClaimsFor(b, rec, read, measure, numbered, 0)
}

// appendQuantityClaimsFor is appendQuantityClaims where, when need is not 0, a sentence without
// numbers is read only when one of its words has a fact of need (read is known to find nothing
// in the others: durations need "for" or "hour-long").
func (d *Doc) appendQuantityClaimsFor(b *claimBufs, rec *figRanges, read func([]qty, *Sent) []qty, measure func(s *Sent, qs []qty, i int) bool, numbered bool, need facts) {
	sents := d.Sentences
	var at []int32 // rec.at, one per sentence and one past them
	if rec != nil {
		rec.ok = false
		at = room(rec.at, len(sents)+1)[:len(sents)+1]
		rec.at, rec.r = at, rec.r[:0]
	}
	// the loop over the sentences holds little, so that it stays in registers: most sentences are
	// passed over (no numbers, or none of the words read needs), and only those read call sentence
	d.emptyStemArena()
	defer d.emptyStemArena()
	r := quantityRun{d: d, b: b, rec: rec, buf: b.qtys[:0], keys: b.keys[:0], keyAt: b.keyAt[:0]}
	first := len(b.claims)
	for si := range sents {
		if at != nil {
			at[si] = int32(len(rec.r))
		}
		if s := &sents[si]; len(s.Numbers) > 0 || !numbered && (need == 0 || s.sum&need != 0) {
			r.sentence(s, read, measure)
		}
	}
	b.qtys, b.keys, b.keyAt = r.buf, r.keys, r.keyAt
	if len(r.keyAt) > 0 {
		// the keys and subjects of the claims appended, in one string for all of them
		all := string(r.keys)
		for i, o := range r.keyAt {
			c := &b.claims[first+i]
			c.Key, c.Subject = all[o[0]:o[1]], strings.TrimSpace(all[o[1]:o[2]])
		}
	}
	if rec != nil {
		at[len(sents)] = int32(len(rec.r))
		rec.ok = true
	}
}

// quantityRun is what appendQuantityClaimsFor reads one sentence's figures with.
type quantityRun struct {
	d   *Doc
	b   *claimBufs
	rec *figRanges
	buf []qty // the figures of one sentence: one buffer serves every sentence
	// the key and subject of each claim appended are written in keys, keyAt[i] saying where
	// those of the i-th start and end (appendClaim): one string is made of them at the end
	keys  []byte
	keyAt [][3]int32
	title []segment.Token // the lower-case copy of a Title Case sentence's tokens (titleWords)
}

// sentence reads the figures of s, measures them and appends the claims of those kept. read and
// measure are not kept in r, whose content escapes: the extractors' closures then do not.
func (r *quantityRun) sentence(s *Sent, read func([]qty, *Sent) []qty, measure func(s *Sent, qs []qty, i int) bool) {
	// s.title 2 is a sentence known not to be in Title Case (titleCaseSent): most are, and
	// titleWords is not called for them
	if s.title != 2 {
		if toks := titleWords(s, r.title); toks != nil {
			// a headline in Title Case is read in lower case (titleWords)
			r.title = toks
			t := *s
			t.Tokens = toks
			t.title = 0 // the copy's words are in lower case: no Title Case of its own
			s = &t
		}
	}
	r.buf = read(r.buf[:0], s)
	qs := r.buf
	if len(qs) == 0 {
		return
	}
	if rec := r.rec; rec != nil {
		// as read, before measure may change a figure
		for i := range qs {
			rec.r = append(rec.r, [2]int{qs[i].first, qs[i].last})
		}
	}
	var keepBuf [8]bool
	keep := keepBuf[:0]
	if len(qs) > len(keepBuf) {
		keep = make([]bool, 0, len(qs))
	}
	for i := range qs {
		keep = append(keep, measure(s, qs, i))
	}
	var othersBuf, periodBuf [16]int
	others := appendNumberPositions(othersBuf[:0], s)
	var periods []int
	b, d := r.b, r.d
	for i := range qs {
		if keep[i] {
			q := &qs[i]
			if periods == nil {
				periods = appendPeriodTokens(periodBuf[:0], s)
			}
			b.claims = append(b.claims, model.Claim{})
			from := len(r.keys)
			var k int
			r.keys, k = d.appendClaim(r.keys, &b.claims[len(b.claims)-1], s, q, others, periods)
			r.keyAt = append(r.keyAt, [3]int32{int32(from), int32(k), int32(len(r.keys))})
			b.quants = append(b.quants, model.Quantity{Interval: q.iv, Unit: q.unit, Currency: q.currency})
		}
	}
}

// figRanges are the token ranges of the figures of one kind its extractor read in each sentence of
// a document: counts leave out the numbers other extractors read (takenByOthers), and would read
// them again in every sentence with a count.
type figRanges struct {
	at []int32  // where the ranges of each sentence start in r, then where the last one's end
	r  [][2]int // first and last token of each figure
	ok bool     // read for the document
	// stems is, in d.figs[0] only, the arena Doc.words keeps stems in (emptyStemArena)
	stems []string
	// labels is, in d.figs[0] only, the chunk Doc.joinLabel writes labels in (quantity_labels.go)
	labels []byte
}

// the kinds of figures kept in Doc.figs, in takenByOthers' order
const (
	figMoney = iota
	figPercent
	figDuration
	figMagnitude
	figKinds
)

// takenRead appends to out the ranges takenByOthers lists for s, from those the extractors kept
// in d.figs; ok is false (and out unchanged) when they did not keep them all.
func (d *Doc) takenRead(out [][2]int, s *Sent) (_ [][2]int, ok bool) {
	si := s.Index
	if uint(si) >= uint(len(d.Sentences)) || &d.Sentences[si] != s {
		return out, false
	}
	for k := range d.figs {
		f := &d.figs[k]
		if !f.ok || len(f.at) != len(d.Sentences)+1 {
			return out, false
		}
	}
	for k := range d.figs {
		f := &d.figs[k]
		out = append(out, f.r[f.at[si]:f.at[si+1]]...)
	}
	return out, true
}

// claimAppender is an Extractor that appends its claims straight to the document's (ExtractDoc),
// each with its quantity, instead of returning a slice of their own: the claims are then copied
// once, into their sorted place, and not first into a slice per extractor.
type claimAppender interface {
	appendClaims(d *Doc, b *claimBufs)
}

func (m money) appendClaims(d *Doc, b *claimBufs) {
	d.appendQuantityClaims(b, &d.figs[figMoney], readMoneyTo, func(s *Sent, qs []qty, i int) bool { return m.measure(d, s, qs, i) }, true)
}

func (p percents) appendClaims(d *Doc, b *claimBufs) {
	d.appendQuantityClaims(b, &d.figs[figPercent], readPercentsTo, func(s *Sent, qs []qty, i int) bool { return p.measure(d, s, qs, i) }, true)
}

func (m magnitudes) appendClaims(d *Doc, b *claimBufs) {
	d.appendQuantityClaims(b, &d.figs[figMagnitude], readMagnitudesTo, func(s *Sent, qs []qty, i int) bool { return m.measure(d, s, qs, i) }, true)
}

// lateAppender is a claimAppender that reads what other appenders keep (counts read d.figs):
// ExtractDoc runs it after them, its claims kept in its own place among the others'.
type lateAppender interface {
	claimAppender
	late()
}

// claimBufs are the slices quantityClaims and casualties gather claims and their quantities in.
type claimBufs struct {
	claims []model.Claim
	quants []model.Quantity
	qtys   []qty // the figures of one sentence (quantityClaims)
	// the counts of one sentence and where they stand (casualties)
	found []casualty
	at    []int
	// the keys and subjects of one extractor's claims as bytes, and where each starts and ends
	// (appendQuantityClaimsFor)
	keys  []byte
	keyAt [][3]int32
}

// claimScratch holds claimBufs.
var claimScratch = sync.Pool{New: func() any { return new(claimBufs) }}

// recycle empties b and puts it back in claimScratch: what the claims and figures point to is
// dropped first, so that the pool keeps no article's strings alive.
func (b *claimBufs) recycle() {
	clear(b.claims)
	clear(b.quants)
	clear(b.qtys[:cap(b.qtys)])
	clear(b.found[:cap(b.found)])
	b.claims, b.quants, b.qtys, b.found = b.claims[:0], b.quants[:0], b.qtys[:0], b.found[:0]
	claimScratch.Put(b)
}

// result copies the claims gathered into a slice of their exact number, each claim pointing to its
// quantity in one slice for all of them (a small allocation per claim costs more than the copy).
func (*claimBufs) result(out []model.Claim, quants []model.Quantity) []model.Claim {
	if len(out) == 0 {
		return nil
	}
	res := append([]model.Claim(nil), out...)
	slab := append([]model.Quantity(nil), quants...)
	for i := range res {
		res[i].Quantity = &slab[i]
	}
	return res
}

// claimFor turns a figure into a claim, building its key from what it measures; its Quantity is
// left for the caller to set (quantityClaims gives it q's interval, unit and currency).
func (d *Doc) claimFor(s *Sent, q *qty, others []int) model.Claim {
	var buf [16]int
	return d.claimForAt(s, q, others, appendPeriodTokens(buf[:0], s))
}

// claimForAt is claimFor with the sentence's period tokens read (appendPeriodTokens).
func (d *Doc) claimForAt(s *Sent, q *qty, others, periods []int) model.Claim {
	var c model.Claim
	d.writeClaim(&c, s, q, others, periods)
	return c
}

// writeClaim writes the claim claimForAt returns into c (a zero claim), where it is kept: a claim
// is a large struct, and one returned is copied once more.
func (d *Doc) writeClaim(c *model.Claim, s *Sent, q *qty, others, periods []int) {
	// the key and the subject are written on the stack, then copied into one string of their exact
	// length, cut in two: one allocation for both
	var buf [256]byte
	b, k := d.appendClaim(buf[:0], c, s, q, others, periods)
	all := string(b)
	c.Key, c.Subject = all[:k], strings.TrimSpace(all[k:])
}

// appendClaim is writeClaim leaving the claim's Key and Subject unset: they are appended to b
// instead, the key from len(b) to k, the subject (to be trimmed) from k to the end.
func (d *Doc) appendClaim(b []byte, c *model.Claim, s *Sent, q *qty, others, periods []int) (_ []byte, k int) {
	vs := q.valueSpan(s)
	from := q.first
	to := q.after
	if to < q.last {
		to = q.last
	}
	scope := q.scope
	if scope == "" && !q.noScope {
		scope = d.scopeAround(s, from, q.last, to, others)
	} else if scope != "" {
		scope = d.Aliases.Canonical(scope) // "the EU's €50 billion facility" is the European Union's
	}
	what := q.what
	if w, country, ok := d.indicatorOf(s, q); ok {
		// "UK consumer price inflation" is inflation in the UK (quantity_indicator.go)
		what = w
		if scope == "" && country != "" {
			scope = d.Aliases.Canonical(country)
		}
	}
	// the scope's key is written on the stack: it is only copied into the claim's key
	var scopeBuf [64]byte
	var scopeKey []byte
	if scope != "" {
		scopeKey = normalize.AppendKey(scopeBuf[:0], scope)
	}
	if listed(string(scopeKey), wWhole) {
		scope, scopeKey = "", nil
	}
	period := d.absolutePeriod(d.pastDeadline(periodNearAt(s, periods, from, to, others, q.change != "")))
	rate := q.rate
	if len(what) == 0 {
		// the thing measured is unknown: a key no other article can share
		b = append(b, "quantity|"...)
		b = append(b, q.kind...)
		b = append(b, "|?|"...)
		b = append(b, d.Article.ID...)
		b = append(b, '@')
		b = strconv.AppendInt(b, int64(vs.Start), 10)
		k = len(b)
		b = append(b, q.kind...)
		b = append(b, " (what it measures is unclear)"...)
	} else {
		rateStem := ""
		if rate != "" {
			rateStem = stem(strings.TrimPrefix(rate, "per "))
		}
		b = append(b, "quantity|"...)
		b = append(b, q.kind...)
		b = append(b, '|')
		for i, w := range what {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, w...)
		}
		// figures in different currencies or units never meet: neither a conflict nor a corroboration
		b = append(b, '|')
		if q.currency != "" {
			b = append(b, q.currency...)
		} else {
			b = append(b, q.unit...)
		}
		if q.verb != "" {
			b = append(b, '|')
			b = append(b, q.verb...)
		}
		b = append(b, '|')
		b = append(b, scopeKey...)
		b = append(b, '|')
		b = append(b, period...)
		if rate != "" {
			b = append(b, "|per "...)
			b = append(b, rateStem...)
		}
		if q.change != "" {
			b = append(b, "|change:"...)
			b = append(b, q.change...)
		}
		if q.prev {
			b = append(b, "|earlier"...)
		}
		k = len(b)
		b = append(b, q.label...)
		if q.verb != "" {
			b = append(b, ' ')
			b = append(b, q.verbAs...)
		}
		if rate != "" {
			b = append(b, ' ')
			b = append(b, rate...)
		}
		if q.change != "" {
			b = append(b, " (change)"...)
		}
		if q.prev {
			b = append(b, " (earlier figure)"...)
		}
		if scope != "" {
			b = append(b, " · "...)
			b = append(b, scope...)
		}
		if period != "" {
			b = append(b, " · "...)
			b = append(b, period...)
		}
	}
	// c is a zero claim: its fields are set one by one, without a whole claim built beside it
	c.Type = model.TypeQuantity
	c.Kind = q.kind
	c.Measure = q.kind
	c.Value = d.Article.Text[vs.Start:vs.End]
	c.Context = q.owner
	c.Attribution = d.Attribution(d.original(s), q.num)
	c.Evidence = s.evidence()
	c.ValueSpan = vs
	c.Cumulative = q.cumulative
	c.Current = q.current
	return b, k
}

// earlierFigure reports whether the figure at first is an earlier one: "from 6.9 (to 7.1)",
// "his original 50-day window".
func (s *Sent) earlierFigure(first int) bool {
	p := s.Lower(first - 1)
	if p == "from" {
		return true
	}
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		c := s.classAt(k)
		if c&wEarlier != 0 {
			return true
		}
		if !s.isWord(k) || c&wFunction != 0 && s.Lower(k) != "a" && s.Lower(k) != "an" && s.Lower(k) != "the" && s.Lower(k) != "his" && s.Lower(k) != "her" && s.Lower(k) != "its" && s.Lower(k) != "their" {
			break
		}
	}
	return false
}

func init() {
	extractors = append(extractors, money{}, percents{}, counts{}, durations{}, magnitudes{}, measures{})
}

// possessorBefore reads the owner written right before a figure: "the EU's €50 billion facility",
// "the company's 51% stake", "Apple's $3bn deal"; "" when there is none.
func (s *Sent) possessorBefore(first int) string {
	k := first - 1
	if s.lowerIs(k, wDeterminer) {
		k--
	}
	if k < 0 || !isPossessive(s.Lower(k)) {
		return ""
	}
	return s.possessorName(k)
}

// possessorName is the name of the possessor whose possessive word is token k. An institution's
// name ending in a common noun is read whole ("European Union" of "the European Union's", not
// "Union"; at most four words); a person's is the surname ("Starmer" of "Prime Minister Keir
// Starmer's"), as other reports write it.
func (s *Sent) possessorName(k int) string {
	name := trimPossessive(s.Tokens[k].Text)
	if !s.Tokens[k].IsCapitalized() || !institutionHeads[strings.ToLower(name)] {
		return name
	}
	j := k
	for j > 0 && k-j < 3 && s.possessorWord(j-1) {
		j--
	}
	if j == k {
		return name
	}
	return s.joinText(j, k-1) + " " + name
}

// institutionHeads end the names of institutions, which say little alone: "Union", "Bank".
var institutionHeads = map[string]bool{
	"union": true, "commission": true, "bank": true, "fund": true, "council": true, "party": true,
	"court": true, "reserve": true, "nations": true, "states": true, "kingdom": true, "authority": true,
	"agency": true, "ministry": true, "department": true, "office": true, "institute": true,
	"organization": true, "organisation": true, "association": true, "federation": true,
	"committee": true, "parliament": true, "assembly": true, "group": true, "board": true,
	"corporation": true, "company": true, "government": true, "administration": true, "league": true,
	"service": true, "forces": true, "army": true, "navy": true, "police": true, "university": true,
	"foundation": true, "alliance": true, "bloc": true, "coalition": true, "republic": true,
	"emirates": true, "airlines": true, "motors": true, "congress": true, "senate": true,
}

// possessorWord reports whether token k may open or go on with a possessor's name before its
// possessive word: a capitalised word that is not a function word ("The", "In") nor a possessive.
func (s *Sent) possessorWord(k int) bool {
	return s.isWord(k) && s.Tokens[k].IsCapitalized() && !s.lowerIs(k, wFunction) && !isPossessive(s.Lower(k))
}

func isPossessive(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "’s")
}

func trimPossessive(w string) string {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return w[:len(w)-2]
	}
	if len(w) > 4 && w[len(w)-4:] == "’s" {
		return w[:len(w)-4]
	}
	return w
}

// the quantity extractors append their claims (ExtractDoc)
var _ = []claimAppender{casualties{}, money{}, percents{}, counts{}, durations{}, magnitudes{}}
