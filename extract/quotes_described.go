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

// quoteLinkers before a description make it the object of another phrase: "a spokesman for the
// governor said", "Brennan and the governor said".
var quoteLinkers = map[string]bool{
	"and": true, "or": true, "nor": true, "of": true, "for": true, "to": true, "with": true,
	"by": true, "from": true, "at": true, "in": true, "on": true, "than": true, "as": true,
}

// describedSpeakerAfter reads a described speaker in the attribution after quotation r (ending
// in sentence se): `"…," the governor said`, `"…," said the Health Ministry`. It returns the
// speaker, where the attribution starts and the offset after its last word.
func (d *Doc) describedSpeakerAfter(se int, r quoteRegion, regions []quoteRegion, ri int) (string, int, int) {
	limit := d.Sentences[se].End
	if ri+1 < len(regions) && regions[ri+1].open < limit {
		limit = regions[ri+1].open
	}
	ws, a, b := d.wordsIn(se, r.close, limit)
	for a < b && ws[a].punct && ws[a].text() == "," {
		a++
	}
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
	for m := k; m < j; m++ {
		w := &ws[m]
		if w.punct || w.poss || w.nkeys() == 0 || !(w.cap || pp.isTitleWord(*w)) {
			return ""
		}
		if pp.isNameWord(ws, m) && !pp.isTitleWord(*w) {
			return "" // a person's or a place's name: "the Brennan campaign"
		}
	}
	head := ws[j-1].key()
	post := false
	if n, _ := pp.titles.Head([]string{head}, 0); n == 1 && !pp.titles.IsVague(head) {
		post = true
	}
	body := pp.titles.IsBody(head) || describedBodies[head]
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

// describedLower reports whether a speaker is a description (describedPhrase writes it in lower
// case first; a name starts with a capital).
func describedLower(sp string) bool { return sp != "" && 'a' <= sp[0] && sp[0] <= 'z' }

// standsAlone reports whether quotation r is the whole of sentence si but its closing
// punctuation: no attribution of its own follows it.
func (d *Doc) standsAlone(si int, r quoteRegion) bool {
	s := d.Sentences[si]
	if r.close > s.End {
		return true // an unclosed quotation running past its sentence
	}
	return strings.Trim(d.Article.Text[r.close:s.End], " .!?\"”’»") == ""
}

// otherSpeakers open an attribution that credits people other than the one quoted before:
// "a spokesman said", "they said", "some residents said".
var otherSpeakers = map[string]bool{
	"a": true, "an": true, "they": true, "we": true, "some": true, "one": true, "another": true,
	"others": true, "several": true, "many": true, "two": true, "three": true,
}

// othersSpeak reports whether the attribution after quotation r (in sentence si) credits an
// indefinite speaker or a group: "“…,” a union spokesman said", "“…,” residents said".
func (d *Doc) othersSpeak(si int, r quoteRegion) bool {
	se := d.sentenceAt(max(r.close-1, r.open))
	if se < 0 {
		se = si
	}
	ws, a, b := d.wordsIn(se, r.close, d.Sentences[se].End)
	for a < b && ws[a].punct && ws[a].text() == "," {
		a++
	}
	if a >= b || ws[a].punct {
		return false
	}
	l := ws[a].lower()
	if otherSpeakers[l] {
		return true
	}
	// a plural noun and a speech verb: "residents said", "officials told reporters"
	return !ws[a].cap && strings.HasSuffix(l, "s") && !speakerPronouns[l] && a+1 < b && quoteVerbs[ws[a+1].lower()]
}
