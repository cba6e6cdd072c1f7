package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// quotes reads direct quotations and their speakers: `"…," Whitaker wrote on X`, `Zelensky said:
// "…"`, `"…," he said`, `"…," she said, "…"`, in curly, straight, single or angle quotation marks.
// Scare quotes and fragments of fewer than MinQuoteWords words are left out.
type quotes struct{}

func init() { extractors = append(extractors, quotes{}) }

func (quotes) Name() string { return "quotes" }

// MinQuoteWords is the fewest words a quotation needs to be compared: "lead" or "common sense"
// are scare quotes, not statements.
const MinQuoteWords = 4

// quoteRegion is one quotation in the text.
type quoteRegion struct {
	open, close int // the marks: open at open, close ends at close
	in0, in1    int // the words between the marks, trimmed
	closed      bool
}

// quoteVerbs credit quoted words to a speaker.
var quoteVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "wrote": true, "writes": true,
	"added": true, "adds": true, "posted": true, "tweeted": true, "replied": true, "replies": true,
	"responded": true, "explained": true, "stressed": true, "emphasized": true, "emphasised": true,
	"insisted": true, "warned": true, "noted": true, "declared": true, "announced": true,
	"continued": true, "argued": true, "recalled": true, "admitted": true, "acknowledged": true,
	"conceded": true, "observed": true, "remarked": true, "stated": true, "claimed": true,
	"confirmed": true, "urged": true, "concluded": true, "countered": true, "asked": true,
	"quipped": true, "joked": true, "cautioned": true, "predicted": true, "promised": true,
	"vowed": true, "pledged": true, "complained": true, "lamented": true, "suggested": true,
	"commented": true, "called": true, "described": true, "branded": true, "labelled": true,
	"labeled": true, "termed": true, "saying": true, "adding": true, "calling": true, "telling": true,
	"writing": true, "noting": true, "warning": true, "insisting": true, "stressing": true,
	"arguing": true, "describing": true, "recalls": true, "explains": true, "insists": true,
	"warns": true, "notes": true, "declares": true, "urges": true, "stresses": true, "asserted": true,
}

// asVerbs quote in the frame "VERB something as “…”": "dismissed the report as “…”".
var asVerbs = map[string]bool{
	"dismissed": true, "rejected": true, "hailed": true, "slammed": true, "condemned": true,
	"denounced": true, "praised": true, "welcomed": true, "criticised": true, "criticized": true,
	"characterised": true, "characterized": true, "portrayed": true, "derided": true, "mocked": true,
	"dismisses": true, "rejects": true, "hails": true, "slams": true, "condemns": true, "denounces": true,
}

// participles take the sentence's subject as speaker: "Zelensky thanked his allies, saying: …".
var participles = map[string]bool{
	"saying": true, "adding": true, "calling": true, "telling": true, "writing": true, "noting": true,
	"warning": true, "insisting": true, "stressing": true, "arguing": true, "describing": true,
}

// quoteAux may stand between a speaker and the verb: "has said", "also told", "later wrote".
func quoteAux(w string) bool {
	return isAux(w) || w == "again" || w == "once" || w == "had" || w == "then" || w == "simply" || w == "bluntly" || w == "flatly"
}

// speakerPronouns stand for one person.
var speakerPronouns = map[string]bool{"he": true, "she": true}

type quoteFound struct {
	sent        int // sentence of the opening mark
	endSent     int // last sentence of the evidence
	value       model.Span
	words       string
	speaker     string
	inferred    bool
	speakerAt   int // where the speaker is credited
	regionIndex int
}

func (quotes) Extract(d *Doc) []model.Claim {
	d.roleReadings() // posts help resolve "the minister said"
	found := d.readQuotes()
	if len(found) == 0 {
		return nil
	}
	out := make([]model.Claim, 0, len(found))
	// a speaker's key and folded words, as a pair rather than a string built to be looked up
	// (folded words hold no NUL, so this is the set of sk+"\x00"+folded it replaces)
	seen := map[[2]string]bool{}
	for _, q := range found {
		folded, words := foldQuote(q.words)
		if words < MinQuoteWords {
			continue
		}
		sk := normalize.Key(q.speaker)
		k := [2]string{sk, folded}
		if seen[k] {
			continue
		}
		seen[k] = true
		ev := model.Span{Start: d.Sentences[q.sent].Start, End: d.Sentences[q.endSent].End}
		out = append(out, model.Claim{
			Type:        model.TypeQuote,
			Kind:        "quote",
			Key:         "quote|" + sk,
			Subject:     q.speaker + " · quote",
			Measure:     "quote",
			Value:       q.words,
			Attribution: q.speaker,
			Quote:       &model.Quote{Speaker: q.speaker, Words: q.words, Folded: folded},
			Evidence:    ev,
			ValueSpan:   q.value,
			Inferred:    q.inferred,
		})
	}
	if len(out) == 0 {
		return nil // as before: no claims is nil, not empty
	}
	return out
}

// readQuotes finds every quotation with a speaker, in text order.
func (d *Doc) readQuotes() []quoteFound {
	regions := d.quoteRegions()
	if len(regions) == 0 {
		return nil // most articles quote nobody: no sentence subjects to read
	}
	var out []quoteFound
	cands := newLazyMentionSet(d, regions)
	consumed := map[int]bool{}
	for ri, r := range regions {
		if consumed[ri] || r.in1 <= r.in0 {
			continue
		}
		si := d.sentenceAt(r.open)
		se := d.sentenceAt(max(r.close-1, r.open))
		if si < 0 || se < 0 {
			continue
		}
		words := d.Article.Text[r.in0:r.in1]
		value := model.Span{Start: r.in0, End: r.in1}
		sp, inferred, at, attrEnd := d.quoteSpeakerAfter(se, r, regions, ri, cands)
		described := false
		if sp == "" {
			// no person: a post or a body, "…," the governor said (quotes_described.go)
			if ds, dat, dend := d.describedSpeakerAfter(se, r, regions, ri); ds != "" {
				sp, inferred, at, attrEnd, described = ds, false, dat, dend, true
			}
		}
		endSent := se
		if sp != "" {
			// a quotation split by its attribution: "“…,” she said, “…”"
			if nxt := ri + 1; nxt < len(regions) && attrEnd > 0 && d.splitContinues(r, regions[nxt], attrEnd) {
				n := regions[nxt]
				words = strings.TrimSpace(words) + " " + d.Article.Text[n.in0:n.in1]
				value.End = n.in1
				consumed[nxt] = true
				endSent = max(endSent, d.sentenceAt(max(n.close-1, n.open)))
			}
		} else if inferred {
			// "…,” she said" when no one named before fits the pronoun (or "the mayor said"
			// when no one holds the post): the words are someone's the reader cannot name, not
			// those of the speaker before them
			continue
		} else {
			sp, inferred, at = d.quoteSpeakerBefore(si, r, regions, cands)
		}
		if sp == "" {
			// "The governor said: “…”" (quotes_described.go)
			if ds, dat := d.describedSpeakerBefore(si, r, regions); ds != "" {
				sp, inferred, at, described = ds, false, dat, true
			}
		}
		if sp == "" {
			// "“…,” it said" after the ministry's words (quotes_described.go)
			if ds, dat, ok := d.bodyPronounSpeaker(si, se, r, regions, ri, out); ok {
				sp, inferred, at, described = ds, true, dat, true
			}
		}
		if sp == "" && !inferred {
			sp, inferred, at = d.continuedSpeaker(si, r, regions, out)
		}
		if sp == "" && !inferred {
			sp, inferred, at = d.introducedSpeaker(si, r, regions)
		}
		if sp == "" {
			continue
		}
		if !inferred && !described {
			// (a description is no person a later "he said" may stand for)
			cands.add(mention{at: at, person: sp})
		}
		out = append(out, quoteFound{sent: si, endSent: endSent, value: value, words: words, speaker: sp, inferred: inferred, speakerAt: at, regionIndex: ri})
	}
	return out
}

// sentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) sentenceAt(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	// between sentences (white space): the next one
	if i < len(d.Sentences) {
		return i
	}
	return -1
}

// quoteRegions finds the quotations of every paragraph. An opening mark left unclosed at the end
// of a paragraph (a quotation running on to the next one) ends with its paragraph.
func (d *Doc) quoteRegions() []quoteRegion {
	var out []quoteRegion
	text := d.Article.Text
	leads := newLeadCursor()
	for i := 0; i < len(d.Sentences); {
		j := i
		for j+1 < len(d.Sentences) && d.Sentences[j+1].Para == d.Sentences[i].Para {
			j++
		}
		out = leads.paragraph(out, text, d.Sentences[i].Start, d.Sentences[j].End)
		i = j + 1
	}
	return out
}

// quoteLeads are the bytes a quotation mark may begin with: the straight marks, the lead byte of
// “ ” ‘ ’ and that of « ». No mark starts at any other byte, and none of these is ever inside a
// rune, so jumping from one to the next meets every mark a rune-by-rune walk would.
var quoteLeads = [...]byte{'"', '\'', 0xE2, 0xC2}

// leadCursor holds where each of quoteLeads next occurs in a text, at or after the offset last
// asked about (len(text): nowhere), so that the paragraphs of one text are searched for each lead
// byte once in all rather than once a paragraph.
type leadCursor struct {
	next [len(quoteLeads)]int // -1: not searched yet
	from int                  // the latest offset searched from
}

func newLeadCursor() leadCursor {
	var c leadCursor
	for k := range c.next {
		c.next[k] = -1
	}
	return c
}

// paragraphQuotes pairs the quotation marks of text[start:end].
func paragraphQuotes(text string, start, end int) []quoteRegion {
	c := newLeadCursor()
	return c.paragraph(nil, text, start, end)
}

// paragraph appends the quotations of text[start:end] to out; paragraphs come in text order.
func (c *leadCursor) paragraph(out []quoteRegion, text string, start, end int) []quoteRegion {
	dbl, sgl, ang := -1, -1, -1
	dblStraight := false
	if start < c.from {
		*c = newLeadCursor() // a paragraph before the last one searched: forget what was found
	}
	nextLead := &c.next // where each lead byte next occurs at or after i
	for i := start; i < end; {
		// the nearest lead byte at or after i
		at := len(text)
		for k, b := range quoteLeads {
			if nextLead[k] < i {
				c.from = i
				if j := strings.IndexByte(text[i:], b); j >= 0 {
					nextLead[k] = i + j
				} else {
					nextLead[k] = len(text)
				}
			}
			at = min(at, nextLead[k])
		}
		if at >= end {
			break
		}
		i = at
		r, size := utf8.DecodeRuneInString(text[i:end])
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		next, _ := utf8.DecodeRuneInString(text[i+size : end])
		if i+size >= end {
			next = ' '
		}
		if i == start {
			prev = ' '
		}
		switch {
		case r == '“' && dbl < 0 && ang < 0:
			dbl, dblStraight, sgl = i, false, -1
		case r == '”' && dbl >= 0 && !dblStraight:
			out = append(out, region(text, dbl, i, i+size))
			dbl = -1
		case r == '"' && dbl < 0 && ang < 0 && opens(prev):
			dbl, dblStraight, sgl = i, true, -1
		case r == '"' && dbl >= 0 && dblStraight:
			out = append(out, region(text, dbl, i, i+size))
			dbl = -1
		case r == '«' && dbl < 0 && ang < 0:
			ang, sgl = i, -1
		case r == '»' && ang >= 0:
			out = append(out, region(text, ang, i, i+size))
			ang = -1
		case r == '‘' && dbl < 0 && ang < 0 && sgl < 0 && opens(prev):
			sgl = i
		case r == '\'' && dbl < 0 && ang < 0 && sgl < 0 && opens(prev) && unicode.IsLetter(next):
			sgl = i
		case (r == '’' || r == '\'') && sgl >= 0 && !unicode.IsLetter(next) && !(unicode.IsLetter(prev) && unicode.IsLetter(next)):
			out = append(out, region(text, sgl, i, i+size))
			sgl = -1
		}
		i += size
	}
	if dbl >= 0 {
		rg := region(text, dbl, end, end)
		rg.closed = false
		out = append(out, rg)
	}
	return out
}

// opens reports whether a straight or single mark after rune prev opens a quotation.
func opens(prev rune) bool {
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':' || prev == '“' || prev == '-'
}

// region builds a quotation from its marks, trimming the words of white space and of the comma or
// colon that belongs to the attribution ("…," he said).
func region(text string, open, closeAt, closeEnd int) quoteRegion {
	_, size := utf8.DecodeRuneInString(text[open:])
	a, b := open+size, closeAt
	for a < b {
		r, sz := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += sz
	}
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' && r != '—' && r != '–' {
			break
		}
		b -= sz
	}
	return quoteRegion{open: open, close: closeEnd, in0: a, in1: b, closed: true}
}

// innerEndsOpen reports whether the quotation's words end with a comma or dash inside the marks:
// the sentence goes on after the attribution.
func innerEndsOpen(text string, r quoteRegion) bool {
	tail := strings.TrimRight(text[r.in1:r.close], "”\"’'» \u00a0")
	return strings.HasSuffix(tail, ",") || strings.HasSuffix(tail, "—") || strings.HasSuffix(tail, "–")
}

// splitContinues reports whether quotation n continues r after its attribution (which ends at attrEnd):
// r's words end with a comma and n opens right after "said,".
func (d *Doc) splitContinues(r, n quoteRegion, attrEnd int) bool {
	if !innerEndsOpen(d.Article.Text, r) || n.open < attrEnd {
		return false
	}
	between := strings.TrimSpace(d.Article.Text[attrEnd:n.open])
	return between == "," || between == ", " || between == "—"
}

// wordsOf returns the words of sentence si and the range of them lying in [from, to).
func (d *Doc) wordsIn(si, from, to int) ([]word, int, int) {
	ws := d.people.words[si]
	i := sort.Search(len(ws), func(k int) bool { return ws[k].Start >= from })
	j := sort.Search(len(ws), func(k int) bool { return ws[k].Start >= to })
	return ws, i, j
}

// inRegion reports whether offset off lies inside any quotation.
func inRegion(regions []quoteRegion, off int) bool {
	i := sort.Search(len(regions), func(k int) bool { return regions[k].close > off })
	return i < len(regions) && regions[i].open <= off
}

// quoteSpeakerAfter reads the attribution after a quotation: "…," Whitaker wrote; "…," he said;
// "…," said Antonio Guterres; "…", according to Steve Witkoff. attrEnd is the offset after the
// attribution's last word (0 when none was found).
func (d *Doc) quoteSpeakerAfter(se int, r quoteRegion, regions []quoteRegion, ri int, cands *mentionSet) (sp string, inferred bool, at, attrEnd int) {
	limit := d.Sentences[se].End
	if ri+1 < len(regions) && regions[ri+1].open < limit {
		limit = regions[ri+1].open
	}
	ws, a, b := d.wordsIn(se, r.close, limit)
	for a < b && ws[a].punct && ws[a].text() != "." && ws[a].text() != "!" && ws[a].text() != "?" {
		a++
	}
	if a >= b || ws[a].punct {
		return "", false, 0, 0
	}
	for v := a; v < b && v < a+14; v++ {
		w := ws[v]
		if w.punct && (w.text() == "." || w.text() == ";" || w.text() == "!" || w.text() == "?") {
			break
		}
		if w.lower() == "according" && v+1 < b && ws[v+1].lower() == "to" {
			e := d.npEnd(ws, v+2, b)
			sp, inf := d.resolveNP(ws, v+2, e, ws[v].Start, cands)
			return sp, inf, ws[v].Start, endOf(ws, e)
		}
		if !quoteVerbs[w.lower()] || participles[w.lower()] {
			continue
		}
		// subject before the verb: "Whitaker wrote", "he said", "the Russian leader said"
		k := v
		for k > a && quoteAux(ws[k-1].lower()) {
			k--
		}
		if passiveVerb(ws, k, v) {
			// "Haley was told by Brennan": the speaker is the agent; "Haley was told" names none
			if v+2 < b && ws[v+1].lower() == "by" {
				e := d.npEnd(ws, v+2, b)
				sp, inf := d.resolveNP(ws, v+2, e, ws[v+2].Start, cands)
				return sp, inf, ws[v+1].Start, endOf(ws, e)
			}
			continue
		}
		if k > a {
			if reportsSpeech(ws, v+1, b) {
				return "", false, 0, 0 // "…," Haley said Brennan told him: whose words is unclear
			}
			if q, ok := quotingAfter(ws, v+1, b); ok {
				// "…," Haley said, quoting Brennan: the words are Brennan's
				e := d.npEnd(ws, q, b)
				sp, inf := d.resolveNP(ws, q, e, ws[q].Start, cands)
				if inf {
					return "", false, 0, 0
				}
				return sp, false, ws[q].Start, endOf(ws, e)
			}
			sp, inf := d.resolveNP(ws, a, k, ws[a].Start, cands)
			return sp, inf, ws[a].Start, w.End
		}
		// inverted: "said Antonio Guterres"
		e := d.npEnd(ws, v+1, b)
		if e+1 < b && ws[e].text() == "," && v+1 < e && ws[v+1].lower() == "the" {
			// "said the mayor, Olga Brennan": the name in the appositive is the speaker
			if e2 := d.people.nameForward(ws, e+1); e2 > e+1 && (e2 == b || ws[e2].punct) {
				if sp, ok := d.personFrom(ws, e+1, e2, true); ok {
					return sp, false, w.Start, endOf(ws, e2)
				}
			}
		}
		sp, inf := d.resolveNP(ws, v+1, e, w.Start, cands)
		return sp, inf, w.Start, endOf(ws, e)
	}
	return "", false, 0, 0
}

func endOf(ws []word, e int) int {
	if e <= 0 || e > len(ws) {
		return 0
	}
	return ws[e-1].End
}

// npEnd finds the end of a speaker phrase after a verb: up to a comma, a period or a preposition.
func (d *Doc) npEnd(ws []word, i, b int) int {
	j := i
	for j < b && j < i+8 {
		w := ws[j]
		if w.punct {
			break
		}
		if !w.cap && j > i && !nameParticles[w.lower()] && !isDeterminer(w.lower()) && !d.people.isTitleWord(w) && !bodyOfAt(ws, j, b) {
			break // "said the Royal College of Nursing" reads on over "of" (owner_bodies.go)
		}
		j++
	}
	return j
}

// quoteSpeakerBefore reads a speaker named before the quotation in its sentence: `Zelensky said:
// "…"`, `X said the attack was "…"`, `Merz struck a defiant tone: "…"`.
func (d *Doc) quoteSpeakerBefore(si int, r quoteRegion, regions []quoteRegion, cands *mentionSet) (string, bool, int) {
	ws, _, b := d.wordsIn(si, d.Sentences[si].Start, r.open)
	colon := b > 0 && ws[b-1].text() == ":"
	asFrame := b > 0 && ws[b-1].lower() == "as" // "dismissed the statement as “…”"
	for v := b - 1; v >= 0; v-- {
		w := ws[v]
		if inRegion(regions, w.Start) {
			continue
		}
		if w.punct && (w.text() == ";" || w.text() == "." || w.text() == "?" || w.text() == "!") {
			break
		}
		if w.lower() == "according" && v+2 < b && ws[v+1].lower() == "to" && !colon {
			// "According to Olga Brennan, “…”", "According to Brennan, the town “will …”": the
			// quotation follows the source's comma closely. Not "According to Brennan, Haley
			// struck a defiant tone: “…”", a frame of its own (read below)
			e := d.npEnd(ws, v+2, b)
			if e < b && ws[e].text() == "," && b-e <= 4 {
				if sp, inf := d.resolveNP(ws, v+2, e, ws[v+2].Start, cands); sp != "" {
					return sp, inf, ws[v+2].Start
				}
			}
			continue
		}
		if !quoteVerbs[w.lower()] && !(asFrame && asVerbs[w.lower()]) {
			continue
		}
		if v == 0 && !participles[w.lower()] {
			continue // "Asked about Haley, Brennan struck a defiant tone: “…”": no subject before it
		}
		if participles[w.lower()] {
			if sp, at, ok := d.quotedAsSaying(ws, v, cands); ok {
				return sp, false, at
			}
			// the subject of the main clause: "Asked about Haley, Brennan thanked …, saying"
			if sp, at := d.sentenceSubject(ws, min(mainClause(ws), v), v, regions); sp != "" {
				return sp, false, at
			}
			return "", false, 0
		}
		k := v
		for k > 0 && quoteAux(ws[k-1].lower()) {
			k--
		}
		if passiveVerb(ws, k, v) {
			// "Haley was told by Brennan: “…”" is Brennan's; "Haley was told: “…”" names no speaker
			if v+2 < b && ws[v+1].lower() == "by" {
				e := d.npEnd(ws, v+2, b)
				if sp, inf := d.resolveNP(ws, v+2, e, ws[v+2].Start, cands); sp != "" {
					return sp, inf, ws[v+2].Start
				}
			}
			return "", false, 0
		}
		if k > 0 && (ws[k-1].poss || isDeterminer(ws[k-1].lower())) {
			continue // an adjective: "Trump's stated priority", "the so-called"
		}
		st := d.subjectStart(ws, k)
		if st >= k || speaksFor(ws, max(0, st-3), st) {
			return "", false, 0 // none, or "a spokesman for Haley said:"
		}
		sp, inf := d.resolveNP(ws, st, k, ws[st].Start, cands)
		return sp, inf, ws[st].Start
	}
	if colon {
		if sp, at := d.sentenceSubject(ws, min(mainClause(ws), b-1), b-1, regions); sp != "" {
			return sp, false, at
		}
	}
	return "", false, 0
}

// reportsSpeech reports whether the clause from i (to a punctuation mark or b) has a speech verb of
// its own: the attribution reports someone else's words ("Haley said Brennan told him").
func reportsSpeech(ws []word, i, b int) bool {
	for k := i; k < b && !ws[k].punct; k++ {
		l := ws[k].lower()
		if quoteVerbs[l] && !participles[l] { // "Brennan told him"
			return true
		}
		if participles[l] && k > i && ws[k-1].cap && !isFunctionWord(ws[max(capRunStart(ws, k), i)-1].lower()) {
			return true // "recalled Brennan saying"; not "wrote calling for" nor "wrote on X calling"
		}
	}
	return false
}

// capRunStart is where the run of capitalised words ending before k starts (k itself if none).
func capRunStart(ws []word, k int) int {
	for k > 0 && ws[k-1].cap && !ws[k-1].punct {
		k--
	}
	return k
}

// quotingAfter finds "quoting" or "citing" in the few words after a speech verb at i: ", quoting
// Brennan". It returns where the person quoted starts.
func quotingAfter(ws []word, i, b int) (int, bool) {
	for k := i; k < b && k < i+6; k++ {
		if w := ws[k]; w.punct && w.text() != "," {
			break
		}
		if l := ws[k].lower(); (l == "quoting" || l == "citing") && k+1 < b {
			return k + 1, true
		}
	}
	return 0, false
}

// passiveVerb reports whether the speech verb at v, its auxiliaries and adverbs at [k, v), is
// passive: "was told", "had been asked". Its subject heard the words rather than said them.
func passiveVerb(ws []word, k, v int) bool {
	if strings.HasSuffix(ws[v].lower(), "ing") {
		return false // "was saying": progressive, not passive
	}
	for m := k; m < v; m++ {
		switch ws[m].lower() {
		case "was", "were", "is", "are", "been", "being", "be":
			return true
		}
	}
	// "been" and "being" are no auxiliaries quoteAux passes over: "Haley has been told"
	if v > 0 {
		switch ws[v-1].lower() {
		case "been", "being":
			return true
		}
	}
	return false
}

// quotedAsSaying reads "Reuters quoted Brennan as saying: “…”" and "Haley cited Brennan as
// saying": the words are the one quoted, not the sentence's subject. ok is false when the
// participle at v is not in that frame; a frame whose person is not named gives no speaker.
func (d *Doc) quotedAsSaying(ws []word, v int, cands *mentionSet) (string, int, bool) {
	if v < 3 || ws[v-1].lower() != "as" {
		return "", 0, false
	}
	for q := v - 2; q >= 0 && q >= v-10; q-- {
		if ws[q].punct {
			return "", 0, false
		}
		switch ws[q].lower() {
		case "quoted", "quotes", "quoting", "cited", "cites", "citing":
			if q == v-2 {
				return "", 0, false // "Haley was quoted as saying": the subject is the speaker
			}
			sp, inf := d.resolveNP(ws, q+1, v-1, ws[q+1].Start, cands)
			if inf {
				sp = ""
			}
			return sp, ws[q+1].Start, true
		}
	}
	return "", 0, false
}

// proxyNouns speak for someone: "a spokesman for Haley" is not Haley.
var proxyNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true,
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "representative": true,
	"representatives": true, "ally": true, "allies": true, "friend": true, "friends": true,
}

// speaksFor reports whether ws[i:st], the words before a name, make the name the one spoken
// for: "a spokesman for", "an aide to", "a lawyer of".
func speaksFor(ws []word, i, st int) bool {
	for k := i; k+1 < st; k++ {
		if proxyNouns[ws[k].lower()] {
			switch ws[k+1].lower() {
			case "for", "to", "of", "close":
				return true
			}
		}
	}
	return false
}

// subjectStart walks left from the verb at k over the subject: a name with its titles, a pronoun,
// or a description ("the minister"); an appositive between commas is skipped to the name before it.
func (d *Doc) subjectStart(ws []word, k int) int {
	pp := d.people
	j := k
	if j > 0 && ws[j-1].text() == "," {
		// "Denys Shmyhal, Ukraine's defence minister, told": skip the appositive
		c := j - 2
		for c >= 0 && ws[c].text() != "," && j-c < 10 {
			c--
		}
		if c > 0 && ws[c].text() == "," {
			// "Lithuania's foreign minister, Kęstutis Budrys, called": the name is between the commas
			if e := pp.nameForward(ws, c+1); e == k-1 && e > c+1 {
				if _, ok := d.personFrom(ws, c+1, e, true); ok {
					return c + 1
				}
			}
			j = c
		} else {
			return k
		}
	}
	if j > 0 && speakerPronouns[ws[j-1].lower()] {
		return j - 1
	}
	st := pp.nameBackward(ws, j)
	if st < j {
		for st > 0 && (pp.isTitleWord(ws[st-1]) || pp.titles.IsHonorific(ws[st-1].key())) && !ws[st-1].punct {
			st--
		}
		return st
	}
	// a description: "the minister", "the Russian leader"
	i := j
	for i > 0 && j-i < 5 && !ws[i-1].punct && (pp.isTitleWord(ws[i-1]) || ws[i-1].cap) {
		i--
	}
	if i > 0 && i < j && isDeterminer(ws[i-1].lower()) {
		return i - 1
	}
	return k
}

// resolveNP resolves a speaker phrase ws[i:j] to a person: a name (titles skipped), a pronoun or a
// description resolved to the person the text is about. inferred is true unless the name is written.
func (d *Doc) resolveNP(ws []word, i, j, at int, cands *mentionSet) (string, bool) {
	pp := d.people
	if i >= j {
		return "", false
	}
	// "the Turkish president, Recep Tayyip Erdogan," / "Denys Shmyhal, Ukraine's defence minister,"
	for c := i; c < j; c++ {
		if ws[c].text() == "," {
			if sp, inf := d.resolveNP(ws, i, c, at, cands); sp != "" && !inf {
				return sp, inf
			}
			e := c + 1
			for e < j && ws[e].text() != "," {
				e++
			}
			return d.resolveNP(ws, c+1, e, at, cands)
		}
	}
	// "he said"; "according to him", "was told by her": the object forms come only after a
	// preposition (subjectStart never takes them)
	if l := ws[i].lower(); j-i == 1 && (speakerPronouns[l] || l == "him" || l == "her") {
		return cands.lastOfGender(at, pronounGender(l)), true
	}
	// a written name, titles before it allowed
	st := pp.nameBackward(ws, j)
	// a title's domain before a name of two words or more is the title's, not the name's: "Chief
	// Executive Anna Lindquist", "Secretary General António Guterres"
	for st >= i && st+2 < j && ws[st].nkeys() == 1 && ws[st].kf&fDomain != 0 {
		st++
	}
	if st < j && st >= i {
		if st > 0 && ws[st-1].lower() == "of" {
			// "the mayor of Port Alden said", "the mother of Olga Brennan said": the name is
			// the post's place or the speaker's kin, not the speaker
			return "", false
		}
		titled := st > i
		if titled && speaksFor(ws, i, st) {
			return "", false
		}
		if titled {
			// "Prime Minister", "Kyiv Mayor", "the Turkish president": a title before the name
			_, isTitle := pp.titles.Normalize(d.Article.Text[ws[i].Start:ws[st-1].End])
			for k := i; k < st && !isTitle; k++ {
				if !(pp.isTitleWord(ws[k]) || pp.titles.IsHonorific(ws[k].key()) || isDeterminer(ws[k].lower())) {
					return "", false
				}
			}
		}
		if sp, ok := d.personFrom(ws, st, j, titled); ok {
			return sp, false
		}
		return "", false
	}
	// a description: "the minister", "the Russian leader"
	if isDeterminer(ws[i].lower()) && ws[i].lower() == "the" {
		title := d.Article.Text[ws[i].Start:ws[j-1].End]
		post, ok := pp.titles.Normalize(title)
		if !ok {
			return "", false
		}
		t := pp.titles
		holds := func(person string) bool {
			for _, r := range pp.roles[normalize.Key(person)] {
				if r.at < at && holdsPost(t, post, r.post) {
					return true
				}
			}
			return false
		}
		// "Mayor Olga Brennan arrived. Tom Haley was there too. “…,” the mayor said": the
		// person named with that post wins over a later one whose post is not known
		if sp := cands.last(at, holds); sp != "" {
			return sp, true
		}
		unknown := func(person string) bool { return len(pp.roles[normalize.Key(person)]) == 0 }
		return cands.last(at, unknown), true
	}
	return "", false
}

// holdsPost reports whether a person given post held may be the one a description of post desc
// means: compatible posts, both current or both former. "Former prime minister Gordon Brown"
// is not "the governor" nor "the prime minister" (CompatiblePosts takes any former post as
// compatible: a past post is no claim about the current one).
func holdsPost(t *normalize.Titles, desc, held normalize.Post) bool {
	if desc.Former != held.Former || desc.Future != held.Future {
		return false
	}
	desc.Former, held.Former, desc.Future, held.Future = false, false, false, false
	return t.CompatiblePosts(desc, held)
}

// mentionSet holds the people a quotation may be attributed to: the sentence subjects of the whole
// article and the speakers found so far, each sorted by offset, so that finding the latest one
// before a quotation takes a binary search rather than a scan of the article (an article with many
// quotations was quadratic).
type mentionSet struct {
	subjects, speakers []mention
	// a lazy set reads the sentence subjects only as far as a look-up needs them: d's sentences
	// from next on are still unread (nil d: all are read).
	d       *Doc
	regions []quoteRegion
	next    int
	// doc tells the genders of the people for "he" and "she" (nil: all unknown); genders
	// remembers the first few (an article quotes a few people), past them each is read anew
	doc     *Doc
	genders [8]personGenderMemo
	ngender int
}

// personGenderMemo is a person and the gender the article gives them.
type personGenderMemo struct {
	person string
	g      gender
}

// newLazyMentionSet reads the subjects of d's sentences on demand: sentence subjects are needed
// only to resolve "he said" or "the minister said", and reading them all cost more than the rest
// of the quote reader.
func newLazyMentionSet(d *Doc, regions []quoteRegion) *mentionSet {
	return &mentionSet{d: d, regions: regions, doc: d}
}

// genderOf is the gender the article gives person p, worked out once a person.
func (s *mentionSet) genderOf(p string) gender {
	if s.doc == nil {
		return genderUnknown
	}
	for _, m := range s.genders[:s.ngender] {
		if m.person == p {
			return m.g
		}
	}
	g := s.doc.personGender(p)
	if s.ngender < len(s.genders) {
		s.genders[s.ngender] = personGenderMemo{p, g}
		s.ngender++
	}
	return g
}

// lastOfGender is the person of the latest mention before offset at whom a pronoun of gender g
// may stand for: "Tom Haley met Olga Brennan. “…,” she said" is Brennan's, though Haley was
// the subject named last. Unknown genders fit any pronoun.
func (s *mentionSet) lastOfGender(at int, g gender) string {
	nearest, nAt := s.lastAt(at, nil)
	if nearest != "" && s.bodySpeaksSince(nAt, at) {
		// "Tom Haley said … Police said … “…,” he said": the one speaking is likely the
		// body's spokesman, whom the text does not name
		return ""
	}
	if g == genderUnknown || nearest == "" || g.fits(s.genderOf(nearest)) {
		return nearest
	}
	// the one the text is about is of the other gender: a person of the pronoun's gender named
	// since the last one who may be meant, beside them ("Tom Haley met Olga Brennan"), in the
	// last few sentences; else that last one who may be meant
	fit, fAt := s.lastAt(at, func(p string) bool { return g.fits(s.genderOf(p)) })
	if p := s.namedSince(nAt, fAt, at, g); p != "" {
		return p
	}
	return fit
}

// bodySpeaksSince reports whether a body or group ("Police", "officials", "the interior
// ministry") is credited with a speech verb after offset from and before offset at, in at's
// sentence or the pronounWindow sentences before it.
func (s *mentionSet) bodySpeaksSince(from, at int) bool {
	d := s.doc
	if d == nil {
		return false
	}
	last := d.sentenceAt(at)
	if last < 0 {
		return false
	}
	for si := last; si >= 0 && si >= last-pronounWindow; si-- {
		st := &d.Sentences[si]
		if st.End <= from {
			break
		}
		if st.sum&fSpeech == 0 {
			continue
		}
		for v := 1; v < len(st.Tokens) && st.Tokens[v].Start < at; v++ {
			if st.Tokens[v].Start <= from || !st.has(v, fSpeech) || inRegion(s.regions, st.Tokens[v].Start) {
				continue
			}
			if who := d.speakerBefore(st, v, false); who != "" && st.Tokens[v-1].Start > from && !d.mayBePerson(who) {
				return true
			}
		}
	}
	return false
}

// pronounWindow is how many sentences before its own a pronoun looks for a person of its gender
// named outside the subject.
const pronounWindow = 3

// namedSince is the last person of gender g (known, not merely possible) named outside
// quotations before offset at, in the sentences from the one holding offset fit (the last
// subject who may be meant; -1: none) and no more than pronounWindow before at's (but always
// back to the one holding nearest), or "".
func (s *mentionSet) namedSince(nearest, fit, at int, g gender) string {
	d := s.doc
	if d == nil || d.people == nil {
		return ""
	}
	last := d.sentenceAt(at)
	if last < 0 {
		return ""
	}
	first := max(last-pronounWindow, 0)
	if fit >= 0 {
		first = max(first, d.sentenceAt(fit))
	}
	first = max(min(first, d.sentenceAt(nearest)), 0)
	pp := d.people
	for si := last; si >= first; si-- {
		ws := pp.words[si]
		found := ""
		for i := 0; i < len(ws) && ws[i].Start < at; i++ {
			if ws[i].punct || inRegion(s.regions, ws[i].Start) {
				continue
			}
			j := i
			for j < len(ws) && (pp.isTitleWord(ws[j]) || pp.titles.IsHonorific(ws[j].key())) && !ws[j].punct {
				j++
			}
			e := pp.nameForward(ws, j)
			if e <= j {
				continue
			}
			if p, ok := d.personFrom(ws, j, e, j > i); ok && s.genderOf(p) == g {
				found = p
			}
			i = e - 1
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// readUpTo reads the subjects of the sentences that start before offset at: every mention before
// at lies in one of them. Subjects come in text order; each is inserted after its equals, as the
// stable sort of a complete list would place it.
func (s *mentionSet) readUpTo(at int) {
	for s.d != nil && s.next < len(s.d.Sentences) && s.d.Sentences[s.next].Start < at {
		if m, ok := s.d.sentenceSubjectMention(s.next, s.regions); ok {
			s.subjects = append(s.subjects, m)
			for k := len(s.subjects) - 1; k > 0 && s.subjects[k-1].at > m.at; k-- {
				s.subjects[k], s.subjects[k-1] = s.subjects[k-1], s.subjects[k]
			}
		}
		s.next++
	}
}

func newMentionSet(subjects []mention) *mentionSet {
	s := &mentionSet{subjects: append([]mention{}, subjects...)}
	sort.SliceStable(s.subjects, func(i, j int) bool { return s.subjects[i].at < s.subjects[j].at })
	return s
}

// add records a speaker; speakers come nearly in text order, so the insertion moves few.
func (s *mentionSet) add(m mention) {
	s.speakers = append(s.speakers, m)
	for k := len(s.speakers) - 1; k > 0 && s.speakers[k-1].at > m.at; k-- {
		s.speakers[k], s.speakers[k-1] = s.speakers[k-1], s.speakers[k]
	}
}

// last is the person of the latest mention before offset at that ok accepts (nil: any). Of
// mentions at the same offset, a subject wins over a speaker, and the one recorded first wins.
func (s *mentionSet) last(at int, ok func(string) bool) string {
	p, _ := s.lastAt(at, ok)
	return p
}

// lastAt is last, and the offset of the mention (-1 when none).
func (s *mentionSet) lastAt(at int, ok func(string) bool) (string, int) {
	s.readUpTo(at)
	a, aAt := lastBefore(s.subjects, at, ok)
	b, bAt := lastBefore(s.speakers, at, ok)
	if bAt > aAt {
		return b, bAt
	}
	return a, aAt
}

// lastBefore finds, in mentions sorted by offset, the latest one before at that ok accepts, and
// its offset (-1 when none): the first recorded of those at that offset.
func lastBefore(ms []mention, at int, ok func(string) bool) (string, int) {
	accept := func(m mention) bool { return ok == nil || ok(m.person) }
	k := sort.Search(len(ms), func(i int) bool { return ms[i].at >= at }) - 1
	for k >= 0 && !accept(ms[k]) {
		k--
	}
	if k < 0 {
		return "", -1
	}
	for j := k - 1; j >= 0 && ms[j].at == ms[k].at; j-- {
		if accept(ms[j]) {
			k = j
		}
	}
	return ms[k].person, ms[k].at
}

// sentenceSubject is the first person named in ws[from:to] outside quotations.
func (d *Doc) sentenceSubject(ws []word, from, to int, regions []quoteRegion) (string, int) {
	pp := d.people
	seen := 0
	for i := from; i < to && seen < 8; i++ {
		if ws[i].punct || inRegion(regions, ws[i].Start) {
			continue
		}
		seen++
		j := i
		for j < to && (pp.isTitleWord(ws[j]) || pp.titles.IsHonorific(ws[j].key())) && !ws[j].punct {
			j++
		}
		e := pp.nameForward(ws, j)
		if e > j {
			if sp, ok := d.personFrom(ws, j, e, j > i); ok {
				return sp, ws[i].Start
			}
			i = e - 1
		}
	}
	return "", 0
}

// sentenceSubjectMention is the subject of sentence si: the first person it names outside
// quotations near its start ("Kaja Kallas met Andrii Sybiha" is about Kallas), if any.
func (d *Doc) sentenceSubjectMention(si int, regions []quoteRegion) (mention, bool) {
	ws := d.people.words[si]
	// a long introductory phrase: "Speaking to reporters after touring the shelter with the
	// governor, Mayor Olga Brennan …", "After meeting Haley, Brennan …": the subject follows it
	if c := mainClause(ws); c > 0 {
		if sp, at := d.sentenceSubject(ws, c, min(len(ws), c+6), regions); sp != "" {
			return mention{at: at, person: sp}, true
		}
	}
	// an introductory phrase ends at the first comma: "On Friday, Zelensky …"
	from := 0
	for k := 0; k < len(ws) && k < 8; k++ {
		if ws[k].text() == "," {
			if k < 6 {
				if sp, at := d.sentenceSubject(ws, 0, k, regions); sp == "" {
					from = k + 1
				} else {
					return mention{at: at, person: sp}, true
				}
			}
			break
		}
	}
	if sp, at := d.sentenceSubject(ws, from, min(len(ws), from+6), regions); sp != "" {
		return mention{at: at, person: sp}, true
	}
	return mention{}, false
}

// introWord reports whether a sentence's first word opens an introductory phrase rather than
// its subject: a preposition or conjunction ("After", "During", "While", "As", "Alongside") or a
// participle ("Speaking", "Asked").
func introWord(w string) bool {
	switch w {
	case "after", "before", "during", "following", "despite", "while", "when", "asked", "since",
		"amid", "upon", "in", "at", "on", "with", "without", "unlike", "like", "as", "although",
		"though", "because", "if", "unless", "once", "until", "whereas", "alongside", "besides",
		"beside", "against", "among", "between", "beyond", "through", "throughout", "under", "over",
		"for", "from", "to", "by", "within", "near", "behind", "together", "along", "thanks":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") // "speaking", "addressing", "responding"
}

// leadModifier words may come before the conjunction that opens an introductory phrase:
// "Hours after", "Two days before", "Shortly after", "Even as".
func leadModifier(w string) bool {
	switch w {
	case "hours", "minutes", "days", "weeks", "months", "years", "moments", "hour", "day", "week",
		"month", "year", "shortly", "soon", "just", "even", "only", "long", "right", "a", "an", "one",
		"two", "three", "four", "five", "few", "several", "not":
		return true
	}
	return false
}

// participlePrep are the prepositions after a past participle that opens an introductory phrase:
// "Flanked by Haley,", "Pressed on the plan,", "Asked whether", "Told of".
func participlePrep(w string) bool {
	switch w {
	case "by", "about", "on", "over", "with", "whether", "if", "why", "how", "what", "for", "to",
		"in", "at", "of", "after", "during":
		return true
	}
	return false
}

// mainClause is where the main clause of a sentence starts when the sentence opens with an
// introductory phrase ("Asked about Tom Haley, Olga Brennan said", "As Haley watched, Brennan
// …", "Hours after Haley spoke, Brennan …", "Flanked by Haley, Brennan …"): the word after the
// phrase's comma. 0 when the sentence opens with its subject, or the phrase ends nowhere near.
func mainClause(ws []word) int {
	i := 0
	for i < len(ws) && i < 3 && leadModifier(ws[i].lower()) {
		i++
	}
	if i >= len(ws) {
		return 0
	}
	w := ws[i].lower()
	switch {
	case introWord(w) && (i == 0 || !strings.HasSuffix(w, "ing")):
	case len(w) > 4 && strings.HasSuffix(w, "ed") && i+1 < len(ws) && participlePrep(ws[i+1].lower()):
	default:
		return 0
	}
	for k := i + 1; k < len(ws) && k < 20; k++ {
		if ws[k].text() == "," {
			return k + 1
		}
	}
	return 0
}

// continuedSpeaker credits a quotation standing alone at the start of a sentence to the speaker
// of the quotation just before it, in the same paragraph or ending the previous one.
func (d *Doc) continuedSpeaker(si int, r quoteRegion, regions []quoteRegion, prev []quoteFound) (string, bool, int) {
	if len(prev) == 0 {
		return "", false, 0
	}
	s := d.Sentences[si]
	if strings.TrimSpace(d.Article.Text[s.Start:r.open]) != "" {
		return "", false, 0
	}
	last := prev[len(prev)-1]
	if d.ownAttribution(si, r, regions) {
		// "“…,” a union spokesman said", "“…,” residents said", "“…,” the utility said": the
		// quotation names its own speaker, one the readers could not tell; not the one before
		return "", false, 0
	}
	lp := d.Sentences[last.endSent].Para
	if lp != s.Para && !(lp == s.Para-1 && last.endSent == si-1) {
		return "", false, 0
	}
	if si-last.endSent > 2 {
		return "", false, 0
	}
	// "Brennan said: “…” Haley disagreed. “…”": a sentence between them about someone else
	// hands the floor to that person (introducedSpeaker reads it)
	for t := last.endSent + 1; t < si; t++ {
		if m, ok := d.sentenceSubjectMention(t, regions); ok && !normalize.SamePerson(m.person, last.speaker) {
			return "", false, 0
		}
	}
	return last.speaker, true, last.speakerAt
}

// introducedSpeaker credits a quotation that is a whole sentence of its own to the person the
// sentence before it (same paragraph) is about: "Kallas was blunt. “We are …”".
func (d *Doc) introducedSpeaker(si int, r quoteRegion, regions []quoteRegion) (string, bool, int) {
	s := d.Sentences[si]
	if si == 0 || d.Sentences[si-1].Para != s.Para {
		return "", false, 0
	}
	before, after := "", "" // an unclosed quotation may run past its sentence: nothing follows it then
	if s.Start <= r.open {
		before = d.Article.Text[s.Start:r.open]
	}
	if r.close <= s.End {
		after = d.Article.Text[r.close:s.End]
	}
	if strings.TrimSpace(before) != "" || strings.Trim(after, " .!?\"”’»") != "" {
		return "", false, 0
	}
	prev := d.Sentences[si-1]
	for _, g := range regions {
		if g.open >= prev.Start && g.open < prev.End {
			return "", false, 0 // the sentence before quotes someone else
		}
	}
	ws := d.people.words[si-1]
	from := mainClause(ws) // "Flanked by Haley, Brennan was blunt. “…”" is Brennan's
	if sp, at := d.sentenceSubject(ws, from, min(len(ws), from+6), regions); sp != "" {
		return sp, true, at
	}
	return "", false, 0
}

// FoldQuote folds quoted words for comparison: lower case, no diacritics on Latin letters, no
// punctuation but inner apostrophes and hyphens; an ellipsis or a bracketed insertion stays as "…".
func FoldQuote(s string) string {
	f, _ := foldQuote(s)
	return f
}

// foldQuote is FoldQuote, and counts the words it writes: countQuoteWords of the folded words.
func foldQuote(s string) (string, int) {
	s = strings.ReplaceAll(s, "...", "…")
	f := normalize.Fold(normalize.QuoteGaps(s)) // editorial insertions "[Putin]" are a gap
	// A word is a run of f: every rune read either joins the current word or ends it. Words are
	// written as they end; an ellipsis is written only once a word follows it, so one at either
	// end marks nothing (the quotation is an excerpt anyway) and a run of them is one.
	var b strings.Builder
	b.Grow(len(f))
	start := -1 // offset of the current word in f, -1 when none
	ellipsis := false
	words := 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.Trim(f[start:end], "'-") // never empty: a word starts with a letter, digit or mark
		start = -1
		if b.Len() > 0 {
			if ellipsis {
				b.WriteString(" …")
			}
			b.WriteByte(' ')
		}
		ellipsis = false
		b.WriteString(w)
		words++
	}
	prev := utf8.RuneError
	for i := 0; i < len(f); {
		r, size := utf8.DecodeRuneInString(f[i:])
		next, hasNext := utf8.RuneError, i+size < len(f)
		if hasNext {
			next, _ = utf8.DecodeRuneInString(f[i+size:])
		}
		switch {
		case quoteWordRune(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '-' || r == '.' || r == ',') && start >= 0 && hasNext && (unicode.IsLetter(next) || unicode.IsDigit(next)) && (r == '\'' || r == '-' || unicode.IsDigit(prev) && unicode.IsDigit(next)):
			// inner apostrophe or hyphen, or a separator inside a number: the word goes on
		case r == '…':
			flush(i)
			ellipsis = b.Len() > 0 // before the first word it marks nothing
		default:
			flush(i)
		}
		prev = r
		i += size
	}
	flush(len(f))
	return b.String(), words
}

// quoteWordRune reports whether r joins a word in foldQuote: a letter, digit or mark. ASCII is
// answered at once (unicode.IsMark has no fast path for it, and spaces and punctuation ask it).
func quoteWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// countQuoteWords counts the words of folded quoted words, ellipses left out.
func countQuoteWords(folded string) int {
	n := 0
	for i := 0; i < len(folded); {
		r, size := utf8.DecodeRuneInString(folded[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(folded) {
			r2, sz := utf8.DecodeRuneInString(folded[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += sz
		}
		if folded[i:j] != "…" {
			n++
		}
		i = j
	}
	return n
}
