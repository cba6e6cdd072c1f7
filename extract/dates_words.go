package extract

import (
	"strings"
	"sync"
)

// wordSet is a set of words behind a filter of their shape (first and last letter, length): most
// words of a text are refused by it without hashing them.
type wordSet struct {
	shapes [26 * 26]uint32 // per first and last letter, a bit per length (modulo 32)
	odd    bool            // the set holds a word that does not start and end with a-z
	m      map[string]bool
}

// newWordSet gathers the given words into a set.
func newWordSet(words ...[]string) *wordSet {
	t := &wordSet{m: map[string]bool{}}
	for _, ws := range words {
		for _, w := range ws {
			t.m[w] = true
			if i, ok := shapeIndex(w); ok {
				t.shapes[i] |= 1 << (len(w) & 31)
			} else {
				t.odd = true
			}
		}
	}
	return t
}

// shapeIndex is the slot of w's first and last letters, false unless both are a-z.
func shapeIndex(w string) (int, bool) {
	n := len(w)
	if n == 0 {
		return 0, false
	}
	a, z := w[0]-'a', w[n-1]-'a'
	if a >= 26 || z >= 26 {
		return 0, false
	}
	return int(a)*26 + int(z), true
}

// has reports whether w is in the set.
func (t *wordSet) has(w string) bool {
	return t.may(w) && t.m[w]
}

// keysOf lists the keys of a map whose value passes keep.
func keysOf[V any](m map[string]V, keep func(V) bool) []string {
	out := make([]string, 0, len(m))
	for w, v := range m {
		if keep == nil || keep(v) {
			out = append(out, w)
		}
	}
	return out
}

func isTrue(v bool) bool { return v }

// dtNameStops are the words nameWord refuses before anything else: small numbers and number
// words, words that name no participant, month and weekday names and event nouns.
var dtNameStops = newWordSet(
	keysOf(dtSmallNumbers, nil), keysOf(numberWords, isTrue), keysOf(dtNotEntities, isTrue),
	keysOf(dtMonthNames, func(m int) bool { return m > 0 }), keysOf(dtWeekdayNames, nil), []string{"sunday"},
	keysOf(dtEventNouns, nil),
)

// dtJoinRun is the words of tokens k..j (one byte apart) joined by spaces, the last written as
// lastWord: the sentence's own text when the bytes between them are spaces.
func dtJoinRun(s *Sent, k, j int, lastWord string) string {
	spaced := true
	for m := k; m < j; m++ {
		if e := s.Tokens[m].End - s.Start; e >= len(s.Text) || s.Text[e] != ' ' {
			spaced = false
			break
		}
	}
	if spaced {
		return s.Text[s.Tokens[k].Start-s.Start : s.Tokens[j].Start-s.Start+len(lastWord)]
	}
	n := len(lastWord)
	for m := k; m < j; m++ {
		n += len(s.Tokens[m].Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for m := k; m < j; m++ {
		b.WriteString(s.Tokens[m].Text)
		b.WriteByte(' ')
	}
	b.WriteString(lastWord)
	return b.String()
}

// may reports whether a word of w's shape is in the set; false means surely not.
func (t *wordSet) may(w string) bool {
	n := len(w)
	if n == 0 {
		return t.odd
	}
	a, z := uint(w[0]-'a'), uint(w[n-1]-'a')
	if a >= 26 || z >= 26 {
		return t.odd
	}
	return t.shapes[(a*26+z)%(26*26)]&(1<<(n&31)) != 0
}

// Shape filters and sets of the word lists the date extractor asks about most, token after token.
var (
	dtNounMarkerSet   = newWordSet(keysOf(dtNounMarkers, isTrue))
	dtFrameSet        = newWordSet(keysOf(dtFrames, isTrue))
	complementPrepSet = newWordSet(keysOf(complementPreps, isTrue))
	dtEventNounShapes = newWordSet(keysOf(dtEventNouns, nil))
	dtSeasonShapes    = newWordSet(keysOf(dtSeasons, nil))
	dtTimeOfDaySet    = newWordSet(keysOf(dtTimesOfDay, isTrue))
	dtVerbShapes      *wordSet // filled when dtVerbs is (dates_lex.go)
)

// dtVerbOf is dtVerbs[w].
func dtVerbOf(w string) (dtVerbForm, bool) {
	if !dtVerbShapes.may(w) {
		return dtVerbForm{}, false // cheaper than the table's hash, and refuses most words
	}
	return dtVerbTab.get(w)
}

// dtEventNoun is dtEventNouns[w].
func dtEventNoun(w string) string {
	if !dtEventNounShapes.may(w) {
		return ""
	}
	return dtEventNouns[w]
}

// datePrep is datePreps[w], by a switch: it is asked of most tokens a date may start at, and a
// switch on the length and bytes is cheaper than hashing them (TestDatePrep holds it to the map).
func datePrep(w string) (string, bool) {
	switch w {
	case "on", "in", "at", "during", "for", "to", "of", "over", "around", "circa":
		return "at", true
	case "by":
		return "deadline", true
	case "until", "till", "through":
		return "until", true
	case "since", "from":
		return "since", true
	case "before", "between":
		return "before", true
	case "after":
		return "after", true
	}
	return "", false
}

// dtSeqWord is dtSeqWords[w].
func dtSeqWord(w string) (string, bool) {
	// a switch, not the map: asked of every word around an event
	switch w {
	case "first", "initial":
		return "first", true
	case "second", "third", "fourth", "fifth", "next", "final":
		return w, true
	case "previous", "last", "earlier", "prior", "recent":
		return "previous", true
	case "again", "another":
		return "again", true
	}
	return "", false
}

// dtSmallNumber is dtSmallNumbers[w].
func dtSmallNumber(w string) (int, bool) {
	// a switch, not the map: "a" and "an" pass any shape filter, and are asked of often
	switch w {
	case "a", "an", "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "several", "few":
		return 0, true
	}
	return 0, false
}

// dtSeason is dtSeasons[w].
func dtSeason(w string) (string, bool) {
	if !dtSeasonShapes.may(w) {
		return "", false
	}
	r, ok := dtSeasons[w]
	return r, ok
}

// dtIsClauseStop is dtClauseStops[w].
func dtIsClauseStop(w string) bool {
	switch w {
	case ";", ":", "—", "–", "(", ")", "\"", "“", "”", "that", "which", "who", "whom", "whose", "because", "but",
		"while", "whereas", "although", "though", "if", "unless", "where", "when":
		return true
	}
	return false
}

// dtIsFutureAux is dtFutureAux[w].
func dtIsFutureAux(w string) bool {
	switch w {
	case "will", "'ll", "shall", "would", "wo":
		return true
	}
	return false
}

// dtVerbLemma is dtVerbs[w].lemma.
func dtVerbLemma(w string) string {
	v, _ := dtVerbOf(w)
	return v.lemma
}

// dtWordHash mixes a word's length and three of its bytes into 16 bits, for bit filters (w is not
// empty).
func dtWordHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<8 ^ uint32(w[n-1]) ^ uint32(w[n/2])<<16
	return (h * 0x85EBCA6B) >> 16
}

// dtFieldEnds returns the first and last of the fields strings.Fields would cut an ASCII text
// into, and whether there are none, one or more (n is 0, 1 or 2); ok is false for other text.
func dtFieldEnds(k string) (first, last string, n int, ok bool) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' }
	for i := 0; i < len(k); i++ {
		if k[i] >= 0x80 {
			return "", "", 0, false
		}
	}
	i := 0
	for i < len(k) && isSpace(k[i]) {
		i++
	}
	if i == len(k) {
		return "", "", 0, true
	}
	j := i
	for j < len(k) && !isSpace(k[j]) {
		j++
	}
	first = k[i:j]
	e := len(k)
	for e > j && isSpace(k[e-1]) {
		e--
	}
	if e == j {
		return first, first, 1, true
	}
	b := e
	for !isSpace(k[b-1]) {
		b--
	}
	return first, k[b:e], 2, true
}

// dateCtxs recycles the date contexts, their maps and scratch lists, from document to document.
var dateCtxs = sync.Pool{New: func() any { return new(dateCtx) }}

// takeDateCtx is newDateCtx from the pool.
func takeDateCtx(d *Doc) *dateCtx {
	c := dateCtxs.Get().(*dateCtx)
	c.d = d
	return c
}

// dropDateCtx returns c to the pool, holding nothing of its document.
func dropDateCtx(c *dateCtx) {
	clear(c.lowerSeen)
	clear(c.capSeen)
	clear(c.entBuf[:cap(c.entBuf)])
	clear(c.agentBuf[:cap(c.agentBuf)])
	// the names stay: copies, for the next document under the same alias table (canonical)
	*c = dateCtx{lowerSeen: c.lowerSeen, capSeen: c.capSeen, names: c.names, namesOf: c.namesOf, entBuf: c.entBuf[:0], agentBuf: c.agentBuf[:0],
		lensOwn: c.lensOwn[:0], lensStart: c.lensStart[:0], strBuf: c.strBuf[:0], strAt: c.strAt[:0], heads: c.heads}
	dateCtxs.Put(c)
}
