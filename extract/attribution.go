package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/segment"
)

// speechVerbs credit a statement to a speaker: "Zelensky said", "officials told".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "stated": true, "states": true, "told": true, "tells": true,
	"reported": true, "reports": true, "announced": true, "announces": true, "confirmed": true,
	"confirms": true, "claimed": true, "claims": true, "wrote": true, "writes": true, "posted": true,
	"added": true, "adds": true, "estimated": true, "estimates": true, "declared": true, "noted": true,
	"insisted": true, "explained": true, "emphasized": true, "emphasised": true, "stressed": true,
	"warned": true, "tweeted": true, "indicated": true, "acknowledged": true, "disclosed": true,
	"revealed": true, "put": true, "puts": true, "counted": true, "recorded": true, "cited": true,
}

// sourceNouns are unnamed sources a report may credit.
var sourceNouns = map[string]bool{
	"officials": true, "official": true, "police": true, "authorities": true, "ministry": true,
	"governor": true, "mayor": true, "rescuers": true, "medics": true, "military": true, "army": true,
	"witnesses": true, "reports": true, "sources": true, "media": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "government": true, "agency": true, "hospital": true,
	"doctors": true, "residents": true, "emergency": true, "services": true, "service": true, "un": true,
	"kremlin": true, "pentagon": true, "statement": true, "report": true, "investigators": true,
	"prosecutors": true, "analysts": true, "experts": true, "observers": true, "monitors": true,
	"administration": true, "council": true, "office": true, "department": true, "officers": true,
	"guard": true, "coastguard": true, "navy": true, "firefighters": true, "paramedics": true,
	"company": true, "commission": true, "regulator": true, "organisers": true, "organizers": true,
}

// pronouns resolved to the last person named.
var pronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true}

// Attribution finds whom a sentence credits for the value at token index at: the speaker of the
// nearest speech verb governing it, "according to X", or "reports emerged".
func (d *Doc) Attribution(s *Sent, at int) string {
	best, bestDist := "", 1<<30
	for _, c := range d.attributions(s) {
		if len(c.who) == 1 {
			continue // "38C were recorded": a unit letter glued to a figure is no speaker
		}
		dist := at - c.pos
		if dist < 0 {
			dist = -dist + 3 // a trailing "…, officials said" is weaker than a governing "X said"
		}
		if dist < bestDist {
			best, bestDist = c.who, dist
		}
	}
	return best
}

// credit is a source a sentence credits at token pos.
type credit struct {
	who string
	pos int
}

// attributions lists the sources a sentence credits, in token order; they do not depend on the
// value, so each sentence of the document is read once.
func (d *Doc) attributions(s *Sent) []credit {
	if s.Index < 0 || s.Index >= len(d.Sentences) || s != &d.Sentences[s.Index] {
		return d.readAttributions(s)
	}
	if len(d.credits) != len(d.Sentences) {
		d.credits = room(d.credits, len(d.Sentences))[:len(d.Sentences)] // nil: none read yet
	}
	if d.credits[s.Index] == nil {
		kept := noCredits
		// the credits are read into the document's scratch slice, then kept in a chunk
		buf, own := d.takeCredBuf()
		cs := d.appendAttributions(buf, s)
		if own {
			d.giveCredBuf(cs) // read below before any other reading
		}
		if len(cs) > 0 {
			// the credits of the sentences share a chunk, pooled with the document's arrays
			if cap(d.credChunk)-len(d.credChunk) < len(cs) {
				d.credChunk = make([]credit, 0, max(16, 2*cap(d.credChunk), len(cs)))
			}
			n := len(d.credChunk)
			d.credChunk = append(d.credChunk, cs...)
			kept = d.credChunk[n:len(d.credChunk):len(d.credChunk)]
		}
		d.credits[s.Index] = kept
	}
	return d.credits[s.Index]
}

func (d *Doc) readAttributions(s *Sent) []credit {
	return d.appendAttributions(nil, s)
}

// appendAttributions appends the sources sentence s credits to out.
func (d *Doc) appendAttributions(out []credit, s *Sent) []credit {
	return d.appendAttributionsBefore(out, s, s.End)
}

// appendAttributionsBefore appends the sources sentence s credits with words that start before
// byte offset end ("they said" asks for the ones before the pronoun).
func (d *Doc) appendAttributionsBefore(out []credit, s *Sent, end int) []credit {
	consider := func(who string, pos int) {
		if who != "" {
			out = append(out, credit{who, pos})
		}
	}
	for i := 0; i < len(s.Tokens) && s.Tokens[i].Start < end; i++ {
		w := s.Lower(i)
		switch {
		case w == "according" && s.Lower(i+1) == "to":
			if who := d.speakerAfter(s, i+2); who != "" {
				consider(who, i)
			} else if objectPronoun(s, i+2) {
				// "according to him" with no one before it he may be: credited to no one, as
				// "he said" is, rather than to a speaker named later in the sentence
				out = append(out, credit{"", i})
			}
		case (w == "reports" || w == "reporting") && (s.Lower(i+1) == "emerged" || s.Lower(i+1) == "said" || s.Lower(i+1) == "say" || s.Lower(i+1) == "suggest" || s.Lower(i+1) == "suggested" || s.Lower(i+1) == "indicated"):
			consider("reports", i)
		case s.has(i, fSpeech):
			if who := d.speakerBefore(s, i, true); who != "" {
				consider(who, i)
			} else if pronounSubject(s, i) {
				// "he said 31 people died" with no one before that "he" may be: the figure is
				// credited to no one, rather than to a speaker named after the pronoun
				out = append(out, credit{"", i})
			} else if i > 0 && (s.Lower(i-1) == "," || s.Lower(i-1) == "”" || s.Lower(i-1) == "\"") {
				// inverted: "…, said Zelensky"
				consider(d.speakerAfter(s, i+1), i)
			}
		}
	}
	return out
}

// speakerBefore reads the speaker right before a speech verb at index v: a capitalised name, a
// pronoun, or a source noun ("local officials", "the police").
// With resolve false, a pronoun gives "" (used while tracking people, to avoid loops).
func (d *Doc) speakerBefore(s *Sent, v int, resolve bool) string {
	k := v - 1
	// auxiliaries and adverbs: "has said", "had earlier said", "also said"
	for k >= 0 && isAux(s.Lower(k)) {
		k--
	}
	if k < 0 {
		return ""
	}
	if m := appositiveStart(s, k); m > 0 {
		k = m - 1 // "Maria Lopez, 54, said", "Jane Smith, the governor, said": the name before
	} else if appositiveName(s, k) {
		k-- // "the region's governor, Oleh Syniehubov, said": the name
	}
	t := s.Tokens[k]
	w := s.Lower(k)
	if pronouns[w] {
		if !resolve {
			return ""
		}
		return d.lastPersonAt(s.Index, t.Start, pronounGender(w))
	}
	if t.Kind == segment.Word && !t.IsCapitalized() && roleNounAt(s, k) {
		return d.roleSpeaker(s, k) // "the governor said", "the health minister said"
	}
	if sourceNouns[w] {
		// "local officials", "the interior ministry", "Ukraine's emergency service"
		j := k
		for j > 0 && s.Tokens[j-1].Kind == segment.Word && !isFunctionWord(s.Lower(j-1)) && j > k-3 {
			j--
		}
		// "West Yorkshire Fire and Rescue Service said": a body's name joined by "and"
		if t.IsCapitalized() && j >= 2 && (s.Lower(j-1) == "and" || s.Lower(j-1) == "&") && s.Tokens[j-2].Kind == segment.Word && s.Tokens[j-2].IsCapitalized() {
			j -= 2
			for m := j; j > 0 && s.Tokens[j-1].Kind == segment.Word && s.Tokens[j-1].IsCapitalized() && m-j < 3; {
				j--
			}
		}
		return strings.TrimPrefix(joinTokens(s, j, k), "the ")
	}
	if (w == "they" || w == "it") && resolve {
		// "Police said … They said", "The ministry said … It said": the body that spoke last
		return d.groupAt(s, t.Start, w == "it")
	}
	if notNames[w] || determinerBeforeSpeech(w) {
		// "They said", "We said": capitalised at the start of a sentence, no name; "An
		// estimated 300 homes": an adjective after a determiner (attribution_determiners.go)
		return ""
	}
	if t.Kind == segment.Word && t.IsCapitalized() {
		j := k
		for j > 0 && s.Tokens[j-1].Kind == segment.Word && s.Tokens[j-1].IsCapitalized() && k-j < 3 {
			j--
		}
		run := j // where the capitalised run starts, before titles are passed over
		if b := bodyStart(s, j, k); b < j {
			return joinTokens(s, b, k) // "the Ministry of Health said": the ministry (attribution_bodies.go)
		}
		// "Mayor of London Sadiq Khan", "Governor of New York Kathy Hochul": after a title's "of"
		// (or "to": "Ambassador to NATO Matthew Whitaker"), the run is the place and the name;
		// the name is its last two words, or the surname after the place ("Secretary of State
		// Rubio", "Governor of New York Hochul": fix_titled.go)
		if who, ok := groupPlaceSpeaker(s, j, k); ok {
			return who // "Residents of Paris counted": residents, not Paris (owner_places.go)
		}
		if titledPlaceBefore(s, j) && k > j {
			j = max(j+titledPlaceLen(s.Lower(j), k-j+1), k-1) // "New York Hochul" (fix_titled.go)
		}
		if openingDescriptor(s, j, k) {
			j++ // "Rival Veltamotor said", "Developer Mark Ellis said" (owner_descriptor.go)
		}
		// drop leading titles: "President Volodymyr Zelensky"
		start := j
		for j < k && (isPersonTitle(s.Lower(j)) || s.Lower(j) == "us" || s.Lower(j) == "ukrainian") {
			j++
		}
		// and a title's qualifiers with it: "Interior Minister Ali Yerlikaya", "Bank of England
		// Governor Andrew Bailey" name Ali Yerlikaya and Andrew Bailey
		for m := k - 1; m > j; m-- {
			if isPersonTitle(s.Lower(m)) || s.has(m, fHead) {
				j = m + 1
				break
			}
		}
		// and the domain after a title's head: "Chief Executive Anna Lindquist", "Secretary
		// General António Guterres"
		for j > start && j < k && s.has(j, fDomain) && (isPersonTitle(s.Lower(j-1)) || s.has(j-1, fHead|fDomain)) {
			j++
		}
		name := joinTokens(s, j, k)
		// "a spokesman for Olga Brennan said": the spokesman speaks, on her behalf
		if p := proxyBefore(s, min(start, run), j); p > 0 { // titled: "for Prime Minister Keir Starmer" (attribution_proxy.go)
			return joinTokens(s, p-1, p) + " " + d.person(name)
		}
		return d.person(name)
	}
	return ""
}

// notNames are capitalised words before a speech verb that name no one: plural and first- or
// second-person pronouns, and demonstratives.
var notNames = map[string]bool{
	"they": true, "we": true, "i": true, "you": true, "it": true, "this": true, "that": true,
	"these": true, "those": true, "both": true, "all": true, "some": true, "many": true, "others": true,
}

// speakerAfter reads a speaker named after index i ("according to Ukrainian officials").
func (d *Doc) speakerAfter(s *Sent, i int) string {
	for i < len(s.Tokens) && (s.Lower(i) == "the" || s.Lower(i) == "a") {
		i++
	}
	if i >= len(s.Tokens) || s.Tokens[i].Kind != segment.Word {
		return ""
	}
	if objectPronoun(s, i) {
		return d.lastPersonAt(s.Index, s.Tokens[i].Start, pronounGender(s.Lower(i)))
	}
	if s.Tokens[i].IsCapitalized() {
		// "according to US Ambassador to NATO Matthew Whitaker": the name is the last capitalised
		// run of the noun phrase; titles, acronyms and "to"/"of" inside the title are passed over.
		end := i
		for k := i; k < len(s.Tokens) && k < i+10; k++ {
			t := s.Tokens[k]
			if t.Kind == segment.Word && (t.IsCapitalized() || (s.Lower(k) == "to" || s.Lower(k) == "of") && k+1 < len(s.Tokens) && s.Tokens[k+1].IsCapitalized()) {
				end = k
				continue
			}
			break
		}
		start := end
		for start > i && s.Tokens[start-1].Kind == segment.Word && s.Tokens[start-1].IsCapitalized() && end-start < 3 {
			start--
		}
		// "according to Estonian officials", "according to the Swiss environment ministry":
		// a source noun a few lower-case words on makes the whole phrase the speaker
		m := end + 1
		for ; m < len(s.Tokens) && m <= end+3 && s.Tokens[m].Kind == segment.Word && !s.Tokens[m].IsCapitalized() && !isFunctionWord(s.Lower(m)); m++ {
			if sourceNouns[s.Lower(m)] {
				return joinTokens(s, i, m)
			}
		}
		if m > end+1 && m < len(s.Tokens) && s.Tokens[m].Kind == segment.Word && s.Tokens[m].IsCapitalized() {
			// "according to French interior minister Laurent Nunez", "the Swiss newspaper
			// Blick": the first capitals only qualify the name that follows the lower-case words
			return d.speakerAfter(s, m)
		}
		if b := bodyStart(s, start, end); b < start {
			return joinTokens(s, b, end) // "according to the Oregon Department of Forestry" (attribution_bodies.go)
		}
		for start < end && (isPersonTitle(s.Lower(start)) || isAcronym(s.Tokens[start].Text) /* "NATO", "US" before a name */) {
			start++
		}
		return d.person(joinTokens(s, start, end))
	}
	j := i
	for j+1 < len(s.Tokens) && s.Tokens[j+1].Kind == segment.Word && j-i < 3 && !isFunctionWord(s.Lower(j+1)) && (s.Tokens[j+1].IsCapitalized() || sourceNouns[s.Lower(j+1)] || !s.Tokens[i].IsCapitalized()) {
		j++
	}
	// lower-case: only source nouns ("local officials")
	for m := i; m <= j; m++ {
		if sourceNouns[s.Lower(m)] {
			return joinTokens(s, i, m)
		}
	}
	return ""
}

func isAux(w string) bool {
	switch w {
	case "has", "have", "had", "also", "later", "earlier", "previously", "was", "were", "then",
		"repeatedly", "reportedly", "publicly", "separately", "further", "recently", "initially", "is", "are",
		"would", "will", "could", "originally", "first", "last", "quickly", "officially", "there":
		return true
	}
	return false
}

func isFunctionWord(w string) bool {
	switch w {
	case "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "that", "which",
		"who", "as", "from", "but", "while", "where", "when", "after", "before", "his", "her", "their", "its":
		return true
	}
	return false
}

func joinTokens(s *Sent, i, j int) string {
	if i > j {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(oneLine(s.Text[s.Tokens[i].Start-s.Start:s.Tokens[j].End-s.Start]), "'s"), "’s")
}

// person maps a name to its canonical form; a surname alone resolves to the full name seen earlier.
func (d *Doc) person(name string) string {
	if name == "" {
		return ""
	}
	return d.resolvePerson(name)
}

// trackPeople records, for each sentence, the people named in it (capitalised runs of two or
// more words, or alias-table names), so pronouns can be resolved to the last one named.
func (d *Doc) trackPeople() {
	d.lastPerson = room(d.lastPerson, len(d.Sentences))[:len(d.Sentences)] // each set below
	last := ""
	for i := range d.Sentences {
		s := &d.Sentences[i]
		d.lastPerson[i] = last
		if s.sum&fSpeech == 0 {
			continue // no speech verb: no speaker named (most sentences)
		}
		for k := 0; k < len(s.Tokens); k++ {
			// a speaker counts only when the word before the verb is capitalised: the speaker
			// is read only then
			if v := k + 1; (s.has(v, fSpeech) || s.has(v+1, fSpeech) && s.has(v, fAux)) && (s.Tokens[k].IsCapitalized() || roleNounFact(s, k) || appositiveStart(s, k) > 0 || appositiveName(s, k)) {
				if who := d.speakerBefore(s, v, false); who != "" {
					last = who
				}
			}
		}
	}
}

// objectPronoun reports whether token i is a personal pronoun after a preposition: "according
// to him", "according to her" ("according to his/her office" names the office, not the person).
func objectPronoun(s *Sent, i int) bool {
	switch s.Lower(i) {
	case "him", "he", "she":
		return true
	case "her":
		return i+1 >= len(s.Tokens) || s.Tokens[i+1].Kind != segment.Word
	}
	return false
}

// pronounSubject reports whether the subject of the speech verb at v is a pronoun: "he said",
// "she had earlier said".
func pronounSubject(s *Sent, v int) bool {
	k := v - 1
	for k >= 0 && isAux(s.Lower(k)) {
		k--
	}
	return pronouns[s.Lower(k)]
}

// pronounReach is how many sentences back a pronoun whose last-named speaker is of the other
// gender looks for one who fits.
const pronounReach = 40

// lastPersonAt resolves a pronoun of gender g at byte offset at of sentence idx: the speaker named
// nearest before it in that sentence ("Zelensky said … and he added"), else the last one named in
// the sentences before. A speaker named after the pronoun never counts: in "He said the toll had
// risen, Zelensky said later" the "he" is someone named earlier, not Zelensky. Nor does a speaker
// the article shows to be of the other gender ("Olga Brennan said … he said"): the one named
// before that who may be meant is, or no one.
func (d *Doc) lastPersonAt(idx, at int, g gender) string {
	if idx < 0 || idx >= len(d.lastPerson) {
		return ""
	}
	if who := d.speakerBeforeOffset(&d.Sentences[idx], at, g); who != "" {
		return who
	}
	who := d.lastPerson[idx]
	if who == "" {
		return d.namedAntecedent(idx, at, g) // no one has spoken yet
	}
	if g.fits(d.personGender(who)) && d.mayBePerson(who) {
		if !d.spokeIn(idx-1, who, g) && d.rivalNamed(idx, at, g, who) {
			return ""
		}
		return who
	}
	// further back, only someone who is a person for sure: a full name, or one whose gender is
	// known ("Ukraine says …" is no "she")
	for j := idx - 1; j >= 0 && idx-j <= pronounReach; j-- {
		if who := d.speakerBeforeOffset(&d.Sentences[j], d.Sentences[j].End, g); who != "" &&
			(strings.IndexByte(who, ' ') > 0 || d.personGender(who) == g) && d.mayBePerson(who) {
			if j < idx-1 && d.rivalNamed(idx, at, g, who) {
				return ""
			}
			return who
		}
	}
	return d.namedAntecedent(idx, at, g)
}

// spokeIn reports whether who is the last speaker sentence si names whom a pronoun of gender g
// may stand for: the speaker of the sentence just before a pronoun is meant by it even when that
// sentence names others too ("Zelensky said 26 died after meeting Rutte. He said …").
func (d *Doc) spokeIn(si int, who string, g gender) bool {
	return si >= 0 && si < len(d.Sentences) && d.speakerBeforeOffset(&d.Sentences[si], d.Sentences[si].End, g) == who
}

// speakerBeforeOffset is the last speaker sentence s names before byte offset at who may be
// meant by a pronoun of gender g, read as trackPeople reads them (a capitalised word before a
// speech verb, auxiliaries between), or "".
func (d *Doc) speakerBeforeOffset(s *Sent, at int, g gender) string {
	if s.sum&fSpeech == 0 {
		return ""
	}
	last := ""
	for k := 0; k < len(s.Tokens) && s.Tokens[k].End <= at; k++ {
		if (s.Tokens[k].Kind != segment.Word || !s.Tokens[k].IsCapitalized() && !roleNounAt(s, k)) && appositiveStart(s, k) == 0 && !appositiveName(s, k) {
			continue // a name, or a role naming one person ("the governor")
		}
		if v := k + 1; s.has(v, fSpeech) || s.has(v+1, fSpeech) && s.has(v, fAux) {
			if who := d.speakerBefore(s, v, false); who != "" && (g == genderUnknown || g.fits(d.personGender(who)) && d.mayBePerson(who)) {
				last = who
			}
		}
	}
	return last
}

// singularSources are the source nouns that name one person, whom "he" or "she" may stand for:
// "the governor said … He said". The others are bodies and groups ("police", "officials", "the
// ministry", "rescuers"): never "he" or "she", whatever their gender is not.
var singularSources = map[string]bool{
	"governor": true, "mayor": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"official": true,
}

// mayBePerson reports whether speaker who, as speakerBefore reads it, may be one person, whom
// "he" or "she" may stand for: a name that looks like a person's ("Olga Brennan"), a single name
// whose gender the article gives ("Mr Brennan"), a singular role ("the governor", "a spokeswoman
// for Brennan"). Not a body or group ("Police", "local officials", "the interior ministry",
// "aides to Brennan") nor a single name the article tells nothing of ("Reuters", "Ukraine").
func (d *Doc) mayBePerson(who string) bool {
	sp := strings.IndexByte(who, ' ')
	first := who
	if sp > 0 {
		first = who[:sp]
	}
	if proxyNouns[first] { // "spokesman for Olga Brennan"
		return singularSources[first] || first == "aide" || first == "adviser" || first == "advisor" ||
			first == "lawyer" || first == "attorney" || first == "representative" || first == "ally" || first == "friend"
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	// lower-cased on the stack ("Police" at the start of a sentence); "Kim Jong Un" is a name
	var buf [24]byte
	if l := lowerASCII(buf[:0], last); sourceNouns[string(l)] && last != "Un" {
		return singularSources[string(l)]
	}
	if r, _ := utf8.DecodeRuneInString(who); !unicode.IsUpper(r) {
		return isRoleSpeaker(who) // "health minister", "police officer"
	}
	if sp < 0 {
		return d.personGender(who) != genderUnknown
	}
	if d.people != nil {
		return d.people.personLike(who)
	}
	return true
}

// lowerASCII appends w lower-cased (ASCII letters only) to b, or nothing when w is too long for
// b's capacity: the source nouns are short ASCII words.
func lowerASCII(b []byte, w string) []byte {
	if len(w) > cap(b) {
		return b
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
