package extract

import "strings"

// A quotation whose speaker the text does not name but describes by a post or a body — `The
// governor said: "…"`, `"…," police said`, `said the Health Ministry` — is credited to that
// description, so that two sources quoting the governor differently show an altered quote.
// Such a speaker is always written starting in lower case ("the governor", "the Health
// Ministry", "police"), which a person's name never does: compare tells them apart by it and
// never calls a quotation misattributed between a description and a name, nor between two
// descriptions. Groups that are several people ("officials", "union leaders", "they", "a
// spokesman") are no speaker: two sources quoting them may quote different people.

// describedBodies are singular nouns that speak for an institution and are not in the title
// table's bodies: "police said", "the company said".
var describedBodies = map[string]bool{
	"police": true, "government": true, "military": true, "company": true, "hospital": true,
}

// describedModifiers are the lower-case words that narrow a post or a body down to one holder
// without naming it: "the county sheriff", "the state police", "the local council".
var describedModifiers = map[string]bool{
	"state": true, "county": true, "local": true, "national": true, "federal": true, "city": true,
	"regional": true, "provincial": true, "municipal": true, "district": true,
}

// quoteLinkers before a description make it the object of another phrase: "a spokesman for the
// governor said", "Brennan and the governor said".
var quoteLinkers = map[string]bool{
	"and": true, "or": true, "nor": true, "of": true, "for": true, "to": true, "with": true,
	"by": true, "from": true, "at": true, "in": true, "on": true, "than": true, "as": true,
}

// attributionWords are the words after quotation r (region ri of regions, ending in sentence
// se) up to the end of the sentence or the next quotation, commas after the quotation skipped:
// where an attribution after it stands ("…," the governor said).
func (d *Doc) attributionWords(se int, r quoteRegion, regions []quoteRegion, ri int) ([]word, int, int) {
	limit := d.Sentences[se].End
	if ri+1 < len(regions) && regions[ri+1].open < limit {
		limit = regions[ri+1].open
	}
	ws, a, b := d.wordsIn(se, r.close, limit)
	for a < b && ws[a].punct && ws[a].text() == "," {
		a++
	}
	return ws, a, b
}

// describedSpeakerAfter reads a described speaker in the attribution after quotation r (ending
// in sentence se): `"…," the governor said`, `"…," said the Health Ministry`. It returns the
// speaker, where the attribution starts and the offset after its last word.
func (d *Doc) describedSpeakerAfter(se int, r quoteRegion, regions []quoteRegion, ri int) (string, int, int) {
	ws, a, b := d.attributionWords(se, r, regions, ri)
	if a >= b || ws[a].punct {
		return "", 0, 0
	}
	for v := a; v < b && v < a+8; v++ {
		w := &ws[v]
		if w.punct {
			return "", 0, 0
		}
		l := w.lower()
		if !quoteVerbs[l] || participles[l] {
			continue
		}
		k := v
		for k > a && quoteAux(ws[k-1].lower()) {
			k--
		}
		if passiveVerb(ws, k, v) {
			return "", 0, 0
		}
		if k > a {
			// "…," the governor said; not "…," the governor said Brennan told him
			if reportsSpeech(ws, v+1, b) {
				return "", 0, 0
			}
			if _, ok := quotingAfter(ws, v+1, b); ok {
				return "", 0, 0
			}
			return d.describedPhrase(ws, a, k), ws[a].Start, w.End
		}
		// inverted: "said the governor", up to a comma or a preposition
		e := d.npEnd(ws, v+1, b)
		return d.describedPhrase(ws, v+1, e), w.Start, endOf(ws, e)
	}
	return "", 0, 0
}

// describedSpeakerBefore reads a described speaker before quotation r in its sentence si: `The
// governor said: "…"`, `On Monday, police said the attack was "…"`.
func (d *Doc) describedSpeakerBefore(si int, r quoteRegion, regions []quoteRegion) (string, int) {
	ws, _, b := d.wordsIn(si, d.Sentences[si].Start, r.open)
	for v := b - 1; v > 0; v-- {
		w := &ws[v]
		if inRegion(regions, w.Start) {
			return "", 0 // another quotation between: its words, its speaker
		}
		if w.punct && (w.text() == ";" || w.text() == "." || w.text() == "?" || w.text() == "!") {
			return "", 0
		}
		l := w.lower()
		if !quoteVerbs[l] || participles[l] {
			continue
		}
		k := v
		for k > 0 && quoteAux(ws[k-1].lower()) {
			k--
		}
		if passiveVerb(ws, k, v) || reportsWords(ws, v+1, b) {
			return "", 0
		}
		// the longest description ending before the verb, its first word opening the clause
		best := -1
		for st := k - 1; st >= 0 && k-st <= 6 && !ws[st].punct; st-- {
			if d.describedPhrase(ws, st, k) != "" && opensClause(ws, st) {
				best = st
			}
		}
		if best < 0 {
			return "", 0
		}
		return d.describedPhrase(ws, best, k), ws[best].Start
	}
	return "", 0
}

// opensClause reports whether a subject may start at word i: at the start of the sentence, after
// a comma or colon, after an introductory time word ("On Monday the governor said"), or after a
// lower-case word that links no phrase to it.
func opensClause(ws []word, i int) bool {
	if i == 0 {
		return true
	}
	p := &ws[i-1]
	if p.punct {
		return p.text() == "," || p.text() == ":"
	}
	if p.cap {
		return p.lf&(fWeekday|fNotName) != 0 || p.kf&fNotPlace != 0 // "Monday", "Yesterday"
	}
	return !quoteLinkers[p.lower()] && !p.poss
}

// describedPhrase reads ws[i:j] as a described speaker: "the" and words of a post or a body
// ("the governor", "the Russian defence ministry", "police"), ending on a post that names one
// holder (not "leader" or "chief", which many hold) or on a body. It returns the speaker as
// written, starting in lower case, or "" when the phrase is no such description.
func (d *Doc) describedPhrase(ws []word, i, j int) string {
	pp := d.people
	if j-i < 1 || j-i > 6 {
		return ""
	}
	det := ws[i].lower() == "the"
	k := i
	if det {
		k++
	}
	if k >= j {
		return ""
	}
	// "the mayor of Port Alden": a post or body, "of" and the capitalised name of its place
	if m := ofAt(ws, k, j); m > 0 {
		for o := m + 1; o < j; o++ {
			if w := &ws[o]; !w.cap || w.punct || w.poss {
				return ""
			}
		}
		if !det || m+1 >= j || j-m > 4 {
			return ""
		}
		if d.describedPhrase(ws, i, m) == "" {
			return ""
		}
		return "the " + d.Article.Text[ws[k].Start:ws[j-1].End]
	}
	proper := d.properBody(ws, k, j) // "the Royal College" (of Nursing): quotes_bodies.go
	for m := k; m < j; m++ {
		w := &ws[m]
		if w.punct || w.poss || w.nkeys() == 0 || !(w.cap || pp.isTitleWord(*w) || describedBodies[w.key()] || describedModifiers[w.key()]) {
			return ""
		}
		if pp.isNameWord(ws, m) && !pp.isTitleWord(*w) && !proper {
			return "" // a person's or a place's name: "the Brennan campaign"
		}
	}
	head := ws[j-1].key()
	post := false
	if n, _ := pp.titles.Head([]string{head}, 0); n == 1 && !pp.titles.IsVague(head) {
		post = true
	}
	body := pp.titles.IsBody(head) || describedBodies[head] || proper
	switch {
	case !post && !body:
		return ""
	case !det && !body:
		return "" // "Governor said" is no English; "Governor Brennan" was read as a name
	case !det && j-i == 1:
		return head // "police said", "Police said"
	}
	s := d.Article.Text[ws[k].Start:ws[j-1].End]
	if !ws[k].cap {
		s = strings.ToLower(s)
	}
	return "the " + s
}

// utterVerbs report words someone else spoke, chanted or wrote: "police said the man shouted
// “…”" quotes the man, not the police.
var utterVerbs = map[string]bool{
	"shouted": true, "yelled": true, "screamed": true, "chanted": true, "cried": true,
	"whispered": true, "read": true, "reads": true, "wrote": true, "saying": true, "shouting": true,
	"chanting": true, "screaming": true, "yelling": true, "told": true, "asked": true, "sang": true,
	// a frame that quotes someone else's words: "a report calling the strikes “…”"
	"calling": true, "describing": true, "branding": true, "labelling": true, "labeling": true,
	"terming": true, "dubbing": true, "dubbed": true,
}

// reportsWords reports whether words [i, b) between a speech verb and a quotation report
// another's words (utterVerbs): whose the quotation is, the description does not tell.
func reportsWords(ws []word, i, b int) bool {
	for k := i; k < b; k++ {
		if utterVerbs[ws[k].lower()] {
			return true
		}
	}
	return false
}

// ownAttribution reports whether a speech verb follows quotation r in its sentence (si, or the
// one it ends in), before the sentence's end or the next quotation: "“…,” a union spokesman
// said".
func (d *Doc) ownAttribution(si int, r quoteRegion, regions []quoteRegion) bool {
	se := d.sentenceAt(max(r.close-1, r.open))
	if se < 0 {
		se = si
	}
	limit := d.Sentences[se].End
	for _, g := range regions {
		if g.open >= r.close && g.open < limit {
			limit = g.open // the next quotation's words and attribution are its own
			break
		}
	}
	ws, a, b := d.wordsIn(se, r.close, limit)
	for k := a; k < b && k < a+12; k++ {
		w := &ws[k]
		if t := w.text(); w.punct && (t == "." || t == "!" || t == "?" || t == ";" || t == ":") {
			return false
		}
		if l := w.lower(); quoteVerbs[l] && !participles[l] {
			return true
		}
	}
	return false
}

// ofAt is the index of the first "of" in ws[k:j], or -1.
func ofAt(ws []word, k, j int) int {
	for m := k; m < j; m++ {
		if ws[m].lower() == "of" {
			return m
		}
	}
	return -1
}

// bodyPronounSpeaker credits "“…,” it said" (or "they said" of the police) to the body quoted
// just before, in the same paragraph or ending the one before, with no person the subject of a
// sentence between: "The ministry said: “…” … “…,” it added." A post ("the governor") is "he"
// or "she", never "it"; a group no quote reader names ("union leaders") is never the one before.
func (d *Doc) bodyPronounSpeaker(si, se int, r quoteRegion, regions []quoteRegion, ri int, prev []quoteFound) (string, int, bool) {
	if len(prev) == 0 {
		return "", 0, false
	}
	last := prev[len(prev)-1]
	sp := last.speaker
	if sp == "" || sp[0] < 'a' || sp[0] > 'z' {
		return "", 0, false // a person, or none
	}
	ws, a, b := d.attributionWords(se, r, regions, ri)
	if a+1 >= b {
		return "", 0, false
	}
	p := ws[a].lower()
	v := a + 1
	for v < b && quoteAux(ws[v].lower()) {
		v++
	}
	if v >= b || !quoteVerbs[ws[v].lower()] || participles[ws[v].lower()] || passiveVerb(ws, a+1, v) {
		return "", 0, false
	}
	head := sp
	if o := strings.Index(head, " of "); o > 0 {
		head = head[:o] // "the mayor of Port Alden": the mayor
	}
	head = head[strings.LastIndexByte(head, ' ')+1:]
	switch p {
	case "it":
		if n, _ := d.people.titles.Head([]string{strings.ToLower(head)}, 0); n == 1 {
			return "", 0, false // "the governor … it said": not the governor
		}
	case "they":
		if head != "police" {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	lp := d.Sentences[last.endSent].Para
	if s := d.Sentences[si]; lp != s.Para && !(lp == s.Para-1 && last.endSent == si-1) || si-last.endSent > 2 {
		return "", 0, false
	}
	for t := last.endSent + 1; t < si; t++ {
		if _, ok := d.sentenceSubjectMention(t, regions); ok {
			return "", 0, false // a person spoke of between
		}
	}
	return sp, ws[a].Start, true
}
