// Package numbers reads numbers from tokens: digits with separators, number words, scale words and hedges, as intervals.
package numbers

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// Number is one number read from a token run, with its hedge.
type Number struct {
	First, Last int     // token indices, inclusive, of the whole expression (hedge included)
	NumFirst    int     // token index where the numeral itself starts
	Start, End  int     // byte span of the whole expression
	Value       float64 // the central figure ("at least 14" → 14)
	Interval    model.Interval
	Hedge       string // hedge words as written, lower case ("at least"), "" when exact
	Words       bool   // written in words
	Scale       string // scale word when present ("billion", "bn", "m")
	Ordinal     bool   // "3rd", "21st": not a count
	Year        bool   // "in 2022": not a count
	ID          bool   // phone, id, time, score or code-like: not a count
	Age         bool   // "a 45-year-old", "aged 45", "Smith, 45,": not a count
	Date        bool   // a day of the month: "March 3", "3 March"
	Fraction    bool   // "two-thirds": Value is the fraction (0.667), not a count
	// Prefix is a currency sign or code written right before the numeral ("$", "US$", "€", "EUR");
	// it lies inside the span, and hedges are read before it ("more than $5m").
	Prefix string
	// Precision is half the unit of the last digit written in a scaled figure: "$1.2bn" is
	// 1.2e9 ± 0.05e9, so Interval is [1.15e9, 1.25e9) when no hedge applies; 0 for exact figures.
	Precision float64
}

// IsCount reports whether the number may be read as a count or amount.
func (n Number) IsCount() bool {
	return !n.Ordinal && !n.Year && !n.ID && !n.Age && !n.Date && !n.Fraction
}

var ones = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// suffixScales follow digits directly: "$1.2bn", "£4m", "5k". Those in spacedScales may also
// follow after a space ("$1.2 bn"); a spaced "m" or "k" is more often a unit of length or weight.
var suffixScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
	"lakh": 1e5, "crore": 1e7,
}

var spacedScales = map[string]bool{"mn": true, "mln": true, "bn": true, "tn": true, "trn": true, "lakh": true, "crore": true}

// scaleExp is the power of ten of each scale word, for exact decimal arithmetic.
var scaleExp = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "k": 3, "m": 6, "mn": 6,
	"mln": 6, "bn": 9, "b": 9, "tn": 12, "trn": 12, "lakh": 5, "crore": 7, "lakhs": 5, "crores": 7,
}

// currencyCodes may stand before an amount ("EUR 5m", "Rs 500 crore").
var currencyCodes = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "jpy": true, "cny": true, "rmb": true, "rub": true, "uah": true,
	"inr": true, "chf": true, "cad": true, "aud": true, "nzd": true, "hkd": true, "sgd": true, "krw": true,
	"brl": true, "mxn": true, "zar": true, "try": true, "sek": true, "nok": true, "dkk": true, "pln": true,
	"ils": true, "sar": true, "aed": true, "ngn": true, "kes": true, "egp": true, "pkr": true, "rs": true,
	"rp": true, "idr": true, "php": true, "thb": true, "czk": true, "huf": true, "ron": true,
}

// vague quantities: "dozens of" and the like, as ranges.
var vague = map[string]model.Interval{
	"dozens":    {Low: 24, High: 99, Approx: true},
	"scores":    {Low: 40, High: 99, Approx: true},
	"hundreds":  {Low: 200, High: 999, Approx: true},
	"thousands": {Low: 2000, High: 9999, Approx: true},
	"millions":  {Low: 2e6, High: 999e6, Approx: true},
	"billions":  {Low: 2e9, High: 999e9, Approx: true},
}

// tensOf are the scales of "tens of thousands" and the like.
var tensOf = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// vagueSubject reports whether a word after "dozens", "hundreds" makes them the subject of a
// clause ("dozens were wounded", "hundreds died").
func vagueSubject(w string) bool {
	switch w {
	case "were", "are", "have", "had", "died", "dead", "killed", "injured", "wounded", "hurt", "missing",
		"more", "remain", "remained", "fled", "drowned":
		return true
	}
	return false
}

// idWords are capitalised words after which a number is a name, not a count ("Article 5", "Flight 370").
var idWords = map[string]bool{
	"article": true, "section": true, "chapter": true, "flight": true, "route": true, "title": true,
	"resolution": true, "room": true, "gate": true, "terminal": true, "highway": true, "interstate": true,
	"platform": true, "level": true, "phase": true, "stage": true, "brigade": true, "division": true,
	"regiment": true, "no": true, "number": true, "amendment": true, "paragraph": true, "rule": true,
	"protocol": true, "episode": true, "season": true, "game": true, "week": true, "covid": true,
	"apollo": true, "act": true, "bill": true, "item": true, "unit": true, "block": true, "building": true,
	"floor": true, "page": true, "vol": true, "volume": true, "version": true, "model": true, "type": true,
	"class": true, "category": true, "grade": true, "band": true, "tier": true, "batch": true, "lot": true,
	"district": true, "ward": true, "zone": true, "sector": true, "area": true, "camp": true, "base": true,
	"corps": true, "army": true, "battalion": true, "squadron": true, "fleet": true, "group": true, "g": true,
	"f": true, "su": true, "mig": true, "boeing": true, "airbus": true, "iphone": true, "windows": true,
	"super": true, "formula": true, "channel": true, "news": true, "ipad": true, "xbox": true,
	"playstation": true, "pixel": true, "galaxy": true, "mk": true, "tu": true,
}

// yearPrepositions precede a year ("in 2022", "since 2014").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true, "year": true,
	"early": true, "late": true, "mid": true, "before": true, "after": true, "during": true, "around": true,
	"circa": true, "and": true, "to": true, "through": true, "throughout": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true, "the": true, "fiscal": true, "fy": true,
}

// hedge is a phrase before a number and how it shapes the interval.
type hedge struct {
	words  []string
	phrase string // words joined by spaces, as reported
	apply  func(v float64) model.Interval
}

var hedges = []hedge{}

// hedgeLast holds the last word of every hedge phrase: a word before a numeral that is none of
// these starts no hedge, which spares trying every phrase.
var hedgeLast = map[string]bool{}

func init() {
	add := func(f func(v float64) model.Interval, phrases ...string) {
		for _, p := range phrases {
			// an abbreviation's period is a token of its own: "approx." is "approx" and "."
			var w []string
			for _, f := range strings.Fields(p) {
				if len(f) > 1 && strings.HasSuffix(f, ".") {
					w = append(w, f[:len(f)-1], ".")
					continue
				}
				w = append(w, f)
			}
			hedges = append(hedges, hedge{words: w, phrase: strings.Join(strings.Fields(p), " "), apply: f})
			hedgeLast[w[len(w)-1]] = true
		}
	}
	atLeast := func(v float64) model.Interval { return model.Interval{Low: v, Unbounded: true} }
	moreThan := func(v float64) model.Interval { return model.Interval{Low: v, LowOpen: true, Unbounded: true} }
	nearly := func(v float64) model.Interval { return model.Interval{Low: v * 0.9, High: v, HighOpen: true} }
	about := func(v float64) model.Interval { return model.Interval{Low: v, High: v, Approx: true} }
	upTo := func(v float64) model.Interval { return model.Interval{Low: 0, High: v} }
	lessThan := func(v float64) model.Interval { return model.Interval{Low: 0, High: v, HighOpen: true} }
	add(atLeast, "at least", "no fewer than", "no less than", "a minimum of", "upwards of", "upward of", "at a minimum")
	add(moreThan, "more than", "over", "above", "in excess of", "exceeding", "well over", "just over", "more then")
	add(nearly, "nearly", "almost", "close to", "just under", "just shy of", "not quite", "approaching")
	add(about, "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "near",
		"approx", "approx.", "an approximate", "a reported", "reportedly", "perhaps", "maybe", "or so")
	add(upTo, "up to", "as many as", "at most", "no more than", "a maximum of")
	add(lessThan, "fewer than", "less than", "under", "below") // "just under" is "nearly"
	// longest phrases first, so "no more than" wins over "more than"
	for i := 1; i < len(hedges); i++ {
		for j := i; j > 0 && len(hedges[j].words) > len(hedges[j-1].words); j-- {
			hedges[j], hedges[j-1] = hedges[j-1], hedges[j]
		}
	}
	for k, h := range hedges {
		last := h.words[len(h.words)-1]
		hedgesByLast[last] = append(hedgesByLast[last], k)
	}
}

// hedgesByLast lists, for each last word of a hedge phrase, the indices in hedges of the phrases
// ending with it, longest first as in hedges: "of" or "to" before a number is tried against the
// few phrases ending so, not against all of them.
var hedgesByLast = map[string][]int{}

// tokSeq is the tokens of a sentence and, when the caller has them, their lower-case texts.
type tokSeq struct {
	t   []segment.Token
	low []string // nil, or one per token of t
}

// lower returns the lower-case text of token i, or "" out of range.
func (s *tokSeq) lower(i int) string {
	if uint(i) < uint(len(s.low)) { // kept small enough to be inlined at the many calls
		return s.low[i]
	}
	return s.lowerSlow(i)
}

// lowerSlow is lower without the lower-case texts (or out of range).
//
//go:noinline
func (s *tokSeq) lowerSlow(i int) string {
	if i < 0 || i >= len(s.t) {
		return ""
	}
	return lowerText(s.t[i].Text)
}

// lowerText is strings.ToLower(t), without allocating for the capitalised words looked for.
func lowerText(t string) string {
	// most tokens are lower-case ASCII already: return them without strings.ToLower's set-up
	for k := 0; k < len(t); k++ {
		if c := t[k]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			if lowerOfFilter.may(t) {
				if l, ok := lowerOf[t]; ok {
					return l
				}
			}
			return strings.ToLower(t)
		}
	}
	return t
}

// lowerOf maps the capitalised and upper-case forms of the words this package looks for to
// their lower case, so that lowering "In", "More" or "March" before a number allocates nothing.
var lowerOf = map[string]string{}

func init() {
	add := func(w string) {
		for _, f := range []string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if f != w && strings.ToLower(f) == w {
				lowerOf[f] = w
			}
		}
	}
	for _, m := range []map[string]bool{currencyCodes, idWords, yearPrepositions, changeVerbs, sportWords, scoreFollowers, startWords, hedgeLast} {
		for w := range m {
			add(w)
		}
	}
	for _, h := range hedges {
		for _, w := range h.words {
			add(w)
		}
	}
	for _, w := range []string{"a", "an", "of", "or", "and", "between", "from", "aged", "age", "ages", "years", "year",
		"old", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"am", "pm", "gmt", "utc", "percent", "per", "plus", "more", "so", "few", "half"} {
		add(w)
	}
	lowerOfFilter, hedgeLastFilter = newWordFilter(lowerOf), newWordFilter(hedgeLast)
}

// the filters of the sets looked up for nearly every number; those of lowerOf and hedgeLast are
// built once init has filled them
var (
	lowerOfFilter, hedgeLastFilter *wordFilter
	scaleFilter                    = newWordFilter(scales, suffixScales)
	idWordFilter                   = newWordFilter(idWords)
)

// Find reads every number in toks, in order.
func Find(toks []segment.Token) []Number {
	return appendFind(nil, &tokSeq{t: toks}, true)
}

// AppendFind appends the numbers Find reads in toks to dst and returns the extended slice: the
// numbers of every sentence of a document can share one backing array. Take a sentence's numbers
// as all[from:len(all):len(all)], so that appending to them cannot overwrite the next.
func AppendFind(dst []Number, toks []segment.Token) []Number {
	return appendFind(dst, &tokSeq{t: toks}, false)
}

// AppendFindLower is AppendFind for a caller that has the lower case of every token already
// (segment.AppendTokensLower): low[i] must be strings.ToLower(toks[i].Text). The numbers are
// those AppendFind reads; the texts are not lowered again. A low of another length is ignored.
func AppendFindLower(dst []Number, toks []segment.Token, low []string) []Number {
	if len(low) != len(toks) {
		low = nil
	}
	return appendFind(dst, &tokSeq{t: toks, low: low}, false)
}

// appendFind is Find and AppendFind; own tells that dst is nil and the result is the caller's
// own slice, sized on the first number found.
func appendFind(dst []Number, toks *tokSeq, own bool) []Number {
	from := len(dst)
	ts := toks.t
	low := toks.low
	if len(low) != len(ts) {
		low = nil // (AppendFindLower leaves a low of another length out)
	}
	for i := 0; i < len(ts); i++ {
		// mayStart's first tests, in a loop of their own that holds what it reads in
		// registers: most tokens are punctuation or a word no number starts with, and a call for
		// each of them cost more than the tests. With the lower-case texts, most tokens are
		// passed over by lowStart before those tests: the token is read only when its text's
		// first byte and length are those of a start word.
		// (i is never negative: the unsigned tests tell the compiler, which then tests no bounds)
		if low != nil {
			low = low[:len(ts)]
			for ; uint(i) < uint(len(ts)); i++ {
				t := &ts[i]
				if w := low[i]; w != "" && lowStart[w[0]]&(1<<(uint(len(w))&63)) == 0 &&
					(t.Kind != segment.Word || t.Letters()) {
					continue // not a hyphen, apostrophe or non-ASCII letter: lowStart tells
				}
				if w := t.Text; t.Kind == segment.Number || t.Kind == segment.Word && w != "" && numberInitial[w[0]] && (len(w) < 3 || mayStartTrigram(w)) {
					break
				}
			}
		} else {
			for ; uint(i) < uint(len(ts)); i++ {
				t := &ts[i]
				if t.Kind == segment.Number {
					break
				}
				if w := t.Text; t.Kind != segment.Word || w == "" || !numberInitial[w[0]] || len(w) >= 3 && !mayStartTrigram(w) {
					continue
				}
				break
			}
		}
		if i >= len(ts) {
			break
		}
		if !mayStart(toks, i) {
			continue
		}
		n, ok := readAt(toks, i)
		if !ok {
			continue
		}
		if own && dst == nil {
			// room for every digit token left: one allocation for most sentences
			c := 1
			for _, t := range ts[n.Last+1:] {
				if t.Kind == segment.Number {
					c++
				}
			}
			dst = make([]Number, 0, c)
		}
		dst = append(dst, n)
		i = n.Last
	}
	// a number glued to an id-like one by spaces, brackets or dashes is part of the same code:
	// "+1 (555) 123-4567"
	out := dst[from:]
	id := false // most sentences have no id-like number: nothing to glue
	for k := range out {
		if out[k].ID {
			id = true
			break
		}
	}
	for changed := id; changed; {
		changed = false
		for k := range out {
			if out[k].ID {
				continue
			}
			for _, m := range []int{k - 1, k + 1} {
				if m >= 0 && m < len(out) && out[m].ID && gap(toks, out[k], out[m]) {
					out[k].ID = true
					changed = true
				}
			}
		}
	}
	return dst
}

// mayStart is a cheap test that is false only where readAt would find no number at token i: most
// tokens are ordinary words, and rejecting them before any lower-casing or map lookup is what keeps
// Find fast. A word can start a number only when its first part (up to a hyphen) is a number word
// or one of the few words readAt tries ("dozens", "several", "a", "half", …); words with non-ASCII
// letters in that part take the slow path, which stays the reference.
func mayStart(toks *tokSeq, i int) bool {
	switch toks.t[i].Kind {
	case segment.Number:
		return true
	case segment.Word:
	default:
		return false
	}
	t := toks.t[i].Text
	if t == "" || !numberInitial[t[0]] {
		return false
	}
	if len(t) >= 3 && !mayStartTrigram(t) {
		return false
	}
	// a word of one or two ASCII letters is its own prefix, shorter than any start word: only
	// "a" and "an" go on
	if minStartWord > 2 && len(t) <= 2 && isASCIILetter(t[0]) && (len(t) == 1 && t[0]|0x20 != 'a' ||
		len(t) == 2 && isASCIILetter(t[1]) && (t[0]|0x20 != 'a' || t[1]|0x20 != 'n')) {
		return false
	}
	var buf [9]byte
	n, ok := asciiLowerPrefix(toks.t[i].Text, &buf)
	if !ok {
		return true
	}
	switch string(buf[:n]) {
	case "a", "an": // keep in step with startWords
		// "a dozen", "a hundred", "a few thousand", "an estimated" is a hedge, read with the number after it
		if i+1 >= len(toks.t) {
			return false
		}
		n, ok := asciiLowerPrefix(toks.t[i+1].Text, &buf)
		if !ok {
			return true
		}
		switch string(buf[:n]) {
		case "few", "dozen", "hundred", "thousand", "million", "billion", "trillion":
			return true
		}
		return false
	}
	// most short words ("of", "on", "to") are shorter than any start word: no lookup for them
	return n >= minStartWord && startFilter.may(string(buf[:n])) && startWords[string(buf[:n])]
}

// minStartWord is the length of the shortest word in startWords.
var minStartWord = func() int {
	m := 1 << 30
	for w := range startWords {
		m = min(m, len(w))
	}
	return m
}()

// startWords are the words, longer than "an", that may start a number: number words and the
// vague quantities readAt reads.
var startWords = map[string]bool{
	"hundreds": true, "dozens": true, "scores": true, "thousands": true, "millions": true, "billions": true,
	"tens": true, "several": true, "dozen": true, "half": true,
	"zero": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true,
	"eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true,
	"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true,
}

// startFilter spares the look-up in startWords of most words that pass the trigram test ("for").
var startFilter = newWordFilter(startWords)

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// trigrams holds, as a bit set, the first three letters (case folded to 5 bits each) of every
// word in startWords; a word starting with three letters that are none of these starts no number.
var trigrams = func() (set [1 << 15 / 64]uint64) {
	for w := range startWords {
		k := trigramKey(w)
		set[k/64] |= 1 << (k % 64)
	}
	return set
}()

func trigramKey(w string) int { return int(w[0]&31)<<10 | int(w[1]&31)<<5 | int(w[2]&31) }

func numberTrigram(w string) bool {
	k := trigramKey(w)
	return trigrams[k/64]&(1<<(k%64)) != 0
}

// mayStartTrigram is !(isASCIILetter(w[0]) && isASCIILetter(w[1]) && isASCIILetter(w[2]) &&
// !numberTrigram(w)) for a w of three bytes or more, in three look-ups of letter5 and one of
// startTrigrams instead of six tests.
func mayStartTrigram(w string) bool {
	w = w[:3] // one bounds test for the three bytes
	k := uint(letter5[w[0]])<<10 | uint(letter5[w[1]])<<5 | uint(letter5[w[2]])
	return startTrigrams[k>>6&uint(len(startTrigrams)-1)]&(1<<(k&63)) != 0 // (the mask: no bounds test)
}

// letter5 maps an ASCII letter to its trigramKey part (1 to 26), any other byte to 0.
var letter5 = func() (t [256]uint8) {
	for c := range 256 {
		if isASCIILetter(byte(c)) {
			t[c] = uint8(c & 31)
		}
	}
	return
}()

// startTrigrams is trigrams with every key that has a 0 part (a byte no ASCII letter: such a word
// is not rejected by its first three letters) added.
var startTrigrams = func() (set [1 << 15 / 64]uint64) {
	set = trigrams
	for k := range 1 << 15 {
		if k>>10 == 0 || k>>5&31 == 0 || k&31 == 0 {
			set[k/64] |= 1 << (k % 64)
		}
	}
	return
}()

// numberInitial holds the first bytes, either case, of the words mayStart lets through, and every
// non-ASCII byte (such words take the slow path).
var numberInitial = func() (t [256]bool) {
	for _, c := range "abdefhmnostz" {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := 0x80; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// lowStart is a pre-test of mayStart for appendFind's loop over the lower-case texts of the tokens:
// bit n&63 of entry c is set when a word mayStart lets through (startWords, "a" and "an") opens
// with byte c and is n bytes long, and every bit is set for the digits (numbers) and the bytes
// beyond ASCII (any length). A token it refuses is punctuation, or a word of ASCII letters only
// (whose lower case is its mayStart prefix, whole) that is no start word; any other word is
// looked at by appendFind whatever lowStart says.
var lowStart = func() (t [256]uint64) {
	for w := range startWords {
		t[w[0]] |= 1 << (uint(len(w)) & 63)
	}
	for _, w := range []string{"a", "an"} { // keep in step with mayStart
		t[w[0]] |= 1 << (uint(len(w)) & 63)
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = ^uint64(0)
	}
	for c := 0x80; c < 256; c++ {
		t[c] = ^uint64(0)
	}
	return t
}()

// asciiLowerPrefix lower-cases the part of word s before its first hyphen into buf, without
// allocating, and returns its length. ok is false when that part holds a non-ASCII byte (the
// caller must then assume the worst); a part longer than buf, longer than any number word, gives
// length 0 and ok.
func asciiLowerPrefix(s string, buf *[9]byte) (int, bool) {
	n := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c == '-' {
			break
		}
		if c >= 0x80 {
			if c == 0xe2 && k+2 < len(s) && s[k+1] == 0x80 && s[k+2] == 0x91 { // "‑" non-breaking hyphen
				break
			}
			return 0, false
		}
		if n == len(buf) {
			return 0, true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return n, true
}

// gap reports whether two numbers are separated only by a few code punctuation bytes.
func gap(toks *tokSeq, a, b Number) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if b.Start-a.End > 3 {
		return false
	}
	for k := a.Last + 1; k < b.First; k++ {
		if !strings.Contains("()+-.", toks.t[k].Text) {
			return false
		}
	}
	return true
}

// readAt reads a number whose numeral starts at token i.
func readAt(toks *tokSeq, i int) (Number, bool) {
	t := toks.t[i]
	var n Number
	switch t.Kind {
	case segment.Number:
		v, ok := parseDigits(t.Text)
		if !ok {
			n = Number{First: i, Last: i, NumFirst: i, ID: true}
			break
		}
		n = Number{First: i, Last: i, NumFirst: i, Value: v}
		classifyDigits(toks, i, &n)
		if n.Ordinal {
			break
		}
		// scale: "2.3 billion", "1.2bn", "4m", "$1.2 bn"
		if w, ok := scaleAfter(toks, i); ok {
			n.Value, n.Precision = scaled(t.Text, w)
			n.Scale = w
			n.Last = i + 1
			n.Year, n.Date, n.Age = false, false, false
		}
		if p, first := prefixBefore(toks, i); first < i {
			n.Prefix = p
			n.First = first
			n.Year, n.Date, n.Age = false, false, false // "$2000." is an amount
		}
	case segment.Word:
		w := toks.lower(i) // strings.ToLower, without allocating for the capitalised words looked for
		if w == "hundreds" && toks.lower(i+1) == "of" && toks.lower(i+2) == "thousands" {
			iv := model.Interval{Low: 2e5, High: 999e3, Approx: true}
			n = Number{First: i, Last: i + 2, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: "hundreds of thousands"}
			finish(toks, &n)
			return n, true
		}
		if iv, ok := vague[w]; ok && (toks.lower(i+1) == "of" || vagueSubject(toks.lower(i+1))) {
			// "dozens of", "hundreds of", "tens of thousands of"
			n = Number{First: i, Last: i, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: w}
			finish(toks, &n)
			return n, true
		}
		if w == "tens" && toks.lower(i+1) == "of" {
			if s, ok := tensOf[toks.lower(i+2)]; ok {
				iv := model.Interval{Low: 10 * s, High: 99 * s, Approx: true}
				n = Number{First: i, Last: i + 2, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: "tens of " + toks.lower(i+2)}
				finish(toks, &n)
				return n, true
			}
		}
		// "several hundred", "a few thousand"
		if k, lo, hi := vagueScale(toks, i); k > i {
			s := scales[toks.lower(k)]
			iv := model.Interval{Low: lo * s, High: hi * s, Approx: true}
			n = Number{First: i, Last: k, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: strings.ToLower(joinText(toks, i, k-1))}
			finish(toks, &n)
			return n, true
		}
		if v, last, ok := parseFraction(toks, i); ok {
			n = Number{First: i, Last: last, NumFirst: i, Value: v, Words: true, Fraction: true}
			break
		}
		v, last, ok := parseWords(toks, i)
		if !ok {
			return Number{}, false
		}
		n = Number{First: i, Last: last, NumFirst: i, Value: v, Words: true}
		if sc := toks.lower(last); scales[sc] >= 1e3 && w != "a" && w != "an" && w != "half" {
			n.Precision = scales[sc] / 2
			n.Scale = sc
		}
		if ageWord(toks.lower(last)) || toks.lower(last+1) == "years" && toks.lower(last+2) == "old" || isAgePrefix(toks.lower(i-1)) {
			n.Age = true
		}
	default:
		return Number{}, false
	}
	if n.ID {
		n.Start, n.End = t.Start, t.End
		return n, true
	}
	n.Interval = model.Exact(n.Value)
	finish(toks, &n)
	return n, true
}

// scaleAfter reads a scale word after the digits at i: "2.3 billion", "1.2bn", "$1.2 bn".
func scaleAfter(toks *tokSeq, i int) (string, bool) {
	j := i + 1
	if j >= len(toks.t) || toks.t[j].Kind != segment.Word {
		return "", false
	}
	w := toks.lower(j)
	if !scaleFilter.may(w) {
		return "", false
	}
	if _, ok := scales[w]; ok {
		return w, true
	}
	if _, ok := suffixScales[w]; ok && (toks.t[j].Start == toks.t[i].End || spacedScales[w]) {
		return w, true
	}
	return "", false
}

// scaled multiplies digits by a scale word exactly ("1.2" × "bn" = 1.2e9, not 1.2 × 1e9 in floating
// point) and returns the value and half the unit of its last digit ("1.2bn": 0.05e9).
// The figures are written into buffers on the stack for ParseFloat: building them as strings
// was most of what reading numbers allocated.
func scaled(digits, scale string) (float64, float64) {
	var eb [64]byte
	var b []byte
	ok := false
	if european(digits) {
		b, ok = appendEuropean(eb[:0], digits)
	}
	if ok {
		digits = string(b)
	} else {
		digits = strings.ReplaceAll(digits, ",", "")
	}
	exp, ok := scaleExp[scale]
	if !ok {
		v, _ := strconv.ParseFloat(digits, 64)
		return v * scales[scale], 0
	}
	var fb [32]byte
	f := strconv.AppendInt(append(append(fb[:0], digits...), 'e'), int64(exp), 10)
	v, err := strconv.ParseFloat(string(f), 64)
	if err != nil {
		return 0, 0
	}
	if exp < 3 {
		return v, 0 // "3 hundred" is exact enough
	}
	dec := 0
	if dot := strings.IndexByte(digits, '.'); dot >= 0 {
		dec = len(digits) - dot - 1
	}
	half, _ := strconv.ParseFloat(string(strconv.AppendInt(append(fb[:0], '5', 'e'), int64(exp-dec-1), 10)), 64)
	return v, half
}

// prefixBefore finds a currency sign or code written right before the digits at i: "$5", "US$5",
// "€ 5", "EUR 5m", "Rs 500". It returns the prefix as written and the index of its first token.
func prefixBefore(toks *tokSeq, i int) (string, int) {
	k := i - 1
	if k < 0 {
		return "", i
	}
	p := toks.t[k]
	r, _ := utf8.DecodeRuneInString(p.Text)
	switch {
	case p.Kind == segment.Punct && isCurrencySign(r) && toks.t[i].Start-p.End <= 1:
		first := k
		// "US$", "A$", "HK$", "NZ$": capital letters glued to the sign
		if k > 0 && toks.t[k-1].Kind == segment.Word && toks.t[k-1].End == p.Start && len(toks.t[k-1].Text) <= 3 && strings.ToUpper(toks.t[k-1].Text) == toks.t[k-1].Text {
			first = k - 1
		}
		return joinText(toks, first, k), first
	case p.Kind == segment.Word && isCurrencyCode(p.Text) && (strings.ToUpper(p.Text) == p.Text || p.Text == "Rs" || p.Text == "Rp"):
		return p.Text, k
	case p.Kind == segment.Punct && p.Text == "." && k > 0 && toks.t[k-1].Text == "Rs":
		return "Rs.", k - 1
	}
	return "", i
}

// isCurrencySign is unicode.Is(unicode.Sc, r) with the answer for ASCII, most punctuation,
// given at once: '$' is the only currency sign there.
func isCurrencySign(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '$'
	}
	return unicode.Is(unicode.Sc, r)
}

// isCurrencyCode is currencyCodes[strings.ToLower(w)], without lowering most words: an ASCII word
// lowers to one of its own length, so one longer than every code is none, and a short one is
// lowered on the stack.
func isCurrencyCode(w string) bool {
	var buf [8]byte
	if len(w) > maxCodeLen || len(w) > len(buf) {
		for k := 0; k < len(w); k++ {
			if w[k] >= utf8.RuneSelf {
				return currencyCodes[strings.ToLower(w)]
			}
		}
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return currencyCodes[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return currencyFilter.may(string(buf[:len(w)])) && currencyCodes[string(buf[:len(w)])]
}

var currencyFilter = newWordFilter(currencyCodes)

// maxCodeLen is the length of the longest key of currencyCodes.
var maxCodeLen = func() int {
	m := 0
	for c := range currencyCodes {
		m = max(m, len(c))
	}
	return m
}()

// joinText is the text of tokens i..j as written.
func joinText(toks *tokSeq, i, j int) string {
	if i == j {
		return toks.t[i].Text // a lone "$": no builder to allocate
	}
	var b strings.Builder
	for k := i; k <= j; k++ {
		if k > i && toks.t[k].Start > toks.t[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(toks.t[k].Text)
	}
	return b.String()
}

// vagueScale reads "several hundred", "a few thousand": it returns the index of the scale word and
// the range of multipliers, or i when there is none.
func vagueScale(toks *tokSeq, i int) (int, float64, float64) {
	w := toks.lower(i)
	k := i + 1
	lo, hi := 0.0, 0.0
	switch {
	case w == "several":
		lo, hi = 3, 9
	case w == "a" && toks.lower(i+1) == "few":
		lo, hi, k = 2, 5, i+2
	default:
		return i, 0, 0
	}
	if s, ok := scales[toks.lower(k)]; ok && s >= 100 {
		return k, lo, hi
	}
	return i, 0, 0
}

var fractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
	"fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
	"tenths": 10,
}

// parseFraction reads "two-thirds", "one third", "three-quarters" as a fraction.
func parseFraction(toks *tokSeq, i int) (float64, int, bool) {
	w := toks.lower(i)
	if _, ok := ones[w]; !ok && !strings.ContainsAny(w, "-‑") {
		return 0, 0, false // a single word that is no number word: no fraction (and no split to make)
	}
	var pb [4]string
	parts := splitHyphens(w, &pb)
	if len(parts) == 0 {
		return 0, 0, false
	}
	num, ok := ones[parts[0]]
	if !ok || num == 0 {
		return 0, 0, false
	}
	if len(parts) == 2 {
		if d, ok := fractions[parts[1]]; ok {
			return num / d, i, true
		}
		return 0, 0, false
	}
	if len(parts) == 1 {
		if d, ok := fractions[toks.lower(i+1)]; ok && d > num {
			return num / d, i + 1, true
		}
	}
	return 0, 0, false
}

// ageWord reports whether a word token ends in an age: "forty-five-year-old".
func ageWord(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	for _, suf := range []string{"-year-old", "-years-old", "-month-old", "-months-old", "-week-old", "-day-old"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isAgePrefix(w string) bool { return w == "aged" || w == "age" || w == "ages" }

// finish applies hedges before and after the numeral and sets the span, in place: a Number is
// large, and copying it in and out showed in profiles.
func finish(toks *tokSeq, n *Number) {
	lead := n.NumFirst
	if n.Prefix != "" {
		lead = n.First
	}
	if n.Hedge == "" {
		if h, first, ok := hedgeBefore(toks, lead); ok {
			n.Interval = h.apply(n.Value)
			n.Hedge = h.phrase
			n.First = first
		} else if n.NumFirst >= 1 && toks.lower(n.NumFirst-1) == "a" && n.Words && toks.lower(n.NumFirst) == "dozen" {
			n.First = n.NumFirst - 1
		}
		// "between 10 and 15", "10 to 15", "10-15"
		if n.Hedge == "" && !n.Fraction {
			if lo, hi, last, ok := rangeAfter(toks, n); ok {
				n.Interval = model.Interval{Low: lo, High: hi}
				n.Value = lo
				n.Last = last
				n.Hedge = "range"
				n.Precision = 0
				if toks.lower(n.First-1) == "between" {
					n.First--
				}
			}
		}
		// "30 or more", "30-plus", "30+"
		if n.Hedge == "" {
			j := n.Last + 1
			if toks.lower(j) == "or" && (toks.lower(j+1) == "more" || toks.lower(j+1) == "so") {
				if toks.lower(j+1) == "more" {
					n.Interval = model.Interval{Low: n.Value, Unbounded: true}
					n.Hedge = "or more"
				} else {
					n.Interval = model.Interval{Low: n.Value, High: n.Value, Approx: true}
					n.Hedge = "or so"
				}
				n.Last = j + 1
			} else if toks.lower(j) == "+" && toks.t[j].Start == toks.t[n.Last].End {
				n.Interval = model.Interval{Low: n.Value, Unbounded: true}
				n.Hedge = "+"
				n.Last = j
			} else if toks.lower(j) == "-" && toks.lower(j+1) == "plus" && toks.t[j].Start == toks.t[n.Last].End {
				n.Interval = model.Interval{Low: n.Value, Unbounded: true}
				n.Hedge = "-plus"
				n.Last = j + 1
			} else if toks.lower(j) == "-" && toks.lower(j+1) == "odd" && toks.t[j].Start == toks.t[n.Last].End && toks.t[j+1].Start == toks.t[j].End && n.Value >= 10 {
				// "40-odd": forty and some, short of the next ten
				n.Interval = model.Interval{Low: n.Value, High: n.Value + oddStep(n.Value) - 1, Approx: true}
				n.Hedge = "-odd"
				n.Last = j + 1
			}
		}
	}
	// "a dozen", "a hundred", "two dozen": round figures said loosely
	if n.Words && n.Hedge == "" && (toks.lower(n.NumFirst) == "dozen" || toks.lower(n.NumFirst) == "a" || toks.lower(n.Last) == "dozen" && toks.lower(n.NumFirst) != "half") {
		n.Interval.Approx = true
	}
	// a rounded figure carries the precision of its digits ("$1.2bn" is 1.15bn to 1.25bn)
	if n.Hedge == "" && n.Precision > 0 && n.Interval.IsExact() {
		n.Interval = Rounded(n.Value, n.Precision)
	}
	n.Start = toks.t[n.First].Start
	n.End = toks.t[n.Last].End
}

// Rounded is the interval a figure rounded to a unit of 2×half covers: [v-half, v+half), open at
// the top so that "£4m" and "£5m" do not touch.
func Rounded(v, half float64) model.Interval {
	return model.Interval{Low: v - half, High: v + half, HighOpen: true}
}

// Hedge applies a hedge phrase ending right before token i ("nearly", "more than") to v, for
// quantities that are no numeral ("a nearly hour-long call"). It returns the interval, the hedge
// words and the index of the hedge's first token; ok is false when no hedge precedes i.
func Hedge(toks []segment.Token, i int, v float64) (iv model.Interval, words string, first int, ok bool) {
	h, first, ok := hedgeBefore(&tokSeq{t: toks}, i)
	if !ok {
		return model.Exact(v), "", i, false
	}
	return h.apply(v), h.phrase, first, true
}

// hedgeBefore matches a hedge phrase ending right before token i.
func hedgeBefore(toks *tokSeq, i int) (hedge, int, bool) {
	if i < 1 {
		return hedge{}, 0, false
	}
	w := toks.lower(i - 1)
	if !hedgeLastFilter.may(w) {
		return hedge{}, 0, false
	}
	cand := hedgesByLast[w]
	if len(cand) == 0 {
		return hedge{}, 0, false
	}
	// the lower-case words before i, each computed once: lw[m] is that of token i-1-m
	var lw [4]string
	lw[0] = w
	have := 1
	for _, c := range cand {
		h := &hedges[c]
		k := len(h.words)
		if i-k < 0 {
			continue
		}
		for have < k {
			lw[have] = toks.lower(i - 1 - have)
			have++
		}
		ok := true
		for m, w := range h.words {
			if lw[k-1-m] != w {
				ok = false
				break
			}
		}
		if ok {
			return *h, i - k, true
		}
	}
	return hedge{}, 0, false
}

// changeVerbs report a change from one figure to another: "rose from 10 to 15" is no range.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "rising": true, "increased": true, "increase": true,
	"grew": true, "grown": true, "jumped": true, "climbed": true, "fell": true, "fallen": true, "dropped": true,
	"declined": true, "decreased": true, "cut": true, "reduced": true, "raised": true, "lowered": true,
	"shortened": true, "extended": true, "revised": true, "upgraded": true, "downgraded": true, "soared": true,
	"surged": true, "slipped": true, "slid": true, "plunged": true, "went": true, "changed": true, "moved": true,
	"up": true, "down": true, "expanded": true, "shrank": true, "doubled": true, "tripled": true, "boosted": true,
	"lifted": true, "trimmed": true, "slashed": true,
}

// rangeAfter reads the upper end of "10 to 15", "10-15", "$10m-$15m", "10 and 15" (after
// "between"). A scale written only on the upper end applies to both ("2.5 to 3 million").
func rangeAfter(toks *tokSeq, n *Number) (float64, float64, int, bool) {
	last := n.Last
	j := last + 1
	sep := toks.lower(j)
	if sep != "to" && sep != "-" && sep != "–" && sep != "and" {
		return 0, 0, 0, false
	}
	if sep == "and" && toks.lower(n.First-1) != "between" {
		return 0, 0, 0, false
	}
	if sep == "to" && toks.lower(n.First-1) == "from" {
		// "rose from 10 to 15", "upgraded the quake from 6.9 to 7.1": two figures, not a range
		for k := n.First - 2; k >= 0 && k >= n.First-5; k-- {
			if changeVerbs[toks.lower(k)] {
				return 0, 0, 0, false
			}
		}
	}
	k := j + 1
	// "$10m-$15m", "$10m to $15m": the same currency sign again
	if n.Prefix != "" && k < len(toks.t) && toks.t[k].Kind == segment.Punct && toks.t[k].Text == toks.t[n.NumFirst-1].Text {
		k++
	}
	if k >= len(toks.t) {
		return 0, 0, 0, false
	}
	lo := n.Value
	t := toks.t[k]
	if t.Kind == segment.Number {
		v, ok := parseDigits(t.Text)
		if !ok {
			return 0, 0, 0, false
		}
		if (sep == "-" || sep == "–") && (toks.t[j].Start != toks.t[last].End || toks.t[j+1].Start != toks.t[j].End) {
			return 0, 0, 0, false
		}
		end := k
		if w, ok := scaleAfter(toks, k); ok {
			v, _ = scaled(t.Text, w)
			end = k + 1
			if n.Scale == "" {
				if lo >= v/scales2(w) {
					return 0, 0, 0, false // "500 to 3 million": no shared scale
				}
				lo, _ = scaled(toks.t[n.NumFirst].Text, w)
			}
		}
		if v <= lo {
			return 0, 0, 0, false
		}
		return lo, v, end, true
	}
	if t.Kind == segment.Word && sep != "-" {
		if v, end, ok := parseWords(toks, k); ok && v > lo {
			return lo, v, end, true
		}
	}
	return 0, 0, 0, false
}

// scales2 is the multiplier of a scale word or suffix.
func scales2(w string) float64 {
	if s, ok := scales[w]; ok {
		return s
	}
	return suffixScales[w]
}

// firstOf walks back over a numeral to find where it starts (for "between").
func firstOf(toks *tokSeq, last int) int {
	i := last
	for i > 0 && (toks.t[i-1].Kind == segment.Number || isNumberWord(toks.lower(i-1))) {
		i--
	}
	return i
}

func isNumberWord(w string) bool {
	if _, ok := ones[w]; ok {
		return true
	}
	if _, ok := tens[w]; ok {
		return true
	}
	_, ok := scales[w]
	return ok
}

// parseDigits reads "1,200", "4.2", "26", and the continental "1.234,5" (parseEuropean); it refuses
// malformed groups ("1,20", a comma after the decimal point) and slashes or colons.
func parseDigits(s string) (float64, bool) {
	// most numerals are plain digits: below 2^53 their integer value is exactly what ParseFloat returns
	if len(s) > 0 && len(s) <= 15 {
		v := uint64(0)
		k := 0
		for ; k < len(s) && '0' <= s[k] && s[k] <= '9'; k++ {
			v = v*10 + uint64(s[k]-'0')
		}
		if k == len(s) {
			return float64(v), true
		}
	}
	dots, commas := 0, 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '/', ':':
			return 0, false
		case '.':
			dots++
		case ',':
			commas++
		}
	}
	if european(s) {
		return parseEuropean(s)
	}
	if commas == 0 {
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil
	}
	intPart := s
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		intPart = s[:dot]
	}
	// groups of the integer part: the first of one to three digits, then exactly three each
	g := strings.IndexByte(intPart, ',')
	if g < 0 {
		g = len(intPart)
	}
	if g == 0 || g > 3 {
		return 0, false
	}
	for rest := intPart[g:]; rest != ""; {
		rest = rest[1:] // the comma
		n := strings.IndexByte(rest, ',')
		if n < 0 {
			n = len(rest)
		}
		if n != 3 {
			return 0, false
		}
		rest = rest[n:]
	}
	// drop the commas (all of them, also after the point) into a buffer on the stack
	var buf [64]byte
	if len(s)-commas > len(buf) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		return v, err == nil
	}
	n := 0
	for k := 0; k < len(s); k++ {
		if s[k] != ',' {
			buf[n] = s[k]
			n++
		}
	}
	v, err := strconv.ParseFloat(string(buf[:n]), 64)
	return v, err == nil
}

// parseEuropean reads the continental form some outlets and translations keep: points group the
// thousands and a comma marks the decimals ("1.234,5", "2.500.000"). Groups must be exact, as in
// parseDigits; a lone "1.234" stays an English decimal and never reaches here.
func parseEuropean(s string) (float64, bool) {
	var buf [64]byte
	b, ok := appendEuropean(buf[:0], s)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(b), 64)
	return v, err == nil
}

// european reports whether digits are written in the continental form (parseEuropean).
func european(s string) bool {
	dot := strings.IndexByte(s, '.')
	return dot >= 0 && (strings.LastIndexByte(s, '.') > dot || strings.LastIndexByte(s, ',') > dot)
}

// appendEuropean appends the continental digits s in plain form ("1234.5"), checking its groups.
func appendEuropean(b []byte, s string) ([]byte, bool) {
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if hasFrac && (frac == "" || strings.ContainsAny(frac, ".,")) {
		return b, false
	}
	for g, rest := 0, intPart; ; g++ {
		group, tail, more := strings.Cut(rest, ".")
		if g == 0 && (group == "" || len(group) > 3) || g > 0 && len(group) != 3 {
			return b, false
		}
		b = append(b, group...)
		if !more {
			break
		}
		rest = tail
	}
	if hasFrac {
		b = append(append(b, '.'), frac...)
	}
	return b, true
}

// classifyDigits marks ordinals, years and id-like numbers.
func classifyDigits(toks *tokSeq, i int, n *Number) {
	t := toks.t[i]
	next := toks.lower(i + 1)
	adjNext := i+1 < len(toks.t) && toks.t[i+1].Start == t.End
	adjPrev := i > 0 && toks.t[i-1].End == t.Start
	// ordinals: 3rd, 21st, 2nd, 4th
	if adjNext && (next == "st" || next == "nd" || next == "rd" || next == "th") {
		n.Ordinal = true
		n.Last = i + 1
		return
	}
	// times of day: "3pm", "11 a.m.", "10:30" (the colon is refused by parseDigits)
	if next == "am" || next == "pm" || (next == "a" || next == "p") && toks.lower(i+2) == "." && toks.lower(i+3) == "m" || next == "o'clock" || next == "o’clock" || next == "gmt" || next == "utc" {
		n.ID = true
		return
	}
	// sports scores: "won 3-1", "a 2-2 draw"
	if isScore(toks, i) {
		n.ID = true
		return
	}
	// ages: "a 45-year-old", "45 years old", "aged 45", "Smith, 45, of Leeds"
	if isAge(toks, i) {
		n.Age = true
		return
	}
	// days of the month: "March 3", "Aug. 8", "3 March"
	if isDayOfMonth(toks, i, n.Value) {
		n.Date = true
		return
	}
	// glued to letters: "G7", "MH17", "F-16", "COVID-19", "Su-25"
	if adjPrev && (toks.t[i-1].Kind == segment.Word || toks.t[i-1].Text == "-" && i >= 2 && toks.t[i-2].Kind == segment.Word && toks.t[i-2].End == toks.t[i-1].Start && toks.t[i-2].IsCapitalized()) {
		n.ID = true
		return
	}
	if adjNext && toks.t[i+1].Kind == segment.Word && !isUnitSuffix(next) {
		n.ID = true // "4G", "5km" is a unit and allowed
		return
	}
	// "No. 3", "#3", "Article 5"
	if i > 0 {
		p := toks.lower(i - 1)
		if p == "#" || p == "№" || (idWordFilter.may(p) && notLower(toks.t[i-1].Text) && idWords[p]) || (p == "." && toks.lower(i-2) == "no") {
			n.ID = true
			return
		}
	}
	// phone and id strings: numbers chained by hyphens, dots or spaces in groups, leading zeros
	if chainedID(toks, i) {
		n.ID = true
		return
	}
	// years: four digits 1800-2100 without separator, not counting something
	if len(t.Text) == 4 && !hasDotOrComma(t.Text) && n.Value >= 1800 && n.Value <= 2100 {
		prev := toks.lower(i - 1)
		if yearPrepositions[prev] || isMonth(prev) || i+1 >= len(toks.t) || toks.t[i+1].Kind != segment.Word || toks.t[i+1].IsCapitalized() {
			n.Year = true
		}
	}
}

// notLower is strings.ToLower(t) != t without building the lower-case string: an ASCII word
// changes only when it holds a capital.
func notLower(t string) bool {
	for k := 0; k < len(t); k++ {
		if t[k] >= utf8.RuneSelf {
			return strings.ToLower(t) != t
		}
	}
	for k := 0; k < len(t); k++ {
		if 'A' <= t[k] && t[k] <= 'Z' {
			return true
		}
	}
	return false
}

func isUnitSuffix(w string) bool {
	switch w {
	case "km", "m", "mm", "cm", "kg", "g", "mph", "kph", "ft", "mi", "s", "h", "hrs", "bn", "mn", "mln", "k",
		"b", "tn", "trn", "pc", "am", "pm", "x", "gw", "mw", "kw", "kwh", "gwh", "t", "lb", "lbs", "oz", "l", "ml":
		return true
	}
	return false
}

func isMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// isMonthText is isMonth(strings.ToLower(t)) without building the lower-case string of the many
// capitalised words next to numbers that are no month (and not in lowerOf): an ASCII word is
// lowered on the stack, and one longer than "september." is no month.
func isMonthText(t string) bool {
	var buf [10]byte
	if len(t) > len(buf) {
		for k := 0; k < len(t); k++ {
			if t[k] >= utf8.RuneSelf {
				return isMonth(strings.ToLower(t))
			}
		}
		return false
	}
	for k := 0; k < len(t); k++ {
		c := t[k]
		if c >= utf8.RuneSelf {
			return isMonth(strings.ToLower(t))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return isMonth(string(buf[:len(t)]))
}

// chainedID reports whether the number at i is part of a phone- or id-like chain: "555-0123",
// "+1 555 123 4567", "(555) 123-4567", "0123".
func chainedID(toks *tokSeq, i int) bool {
	t := &toks.t[i]
	if len(t.Text) > 1 && t.Text[0] == '0' && !strings.HasPrefix(t.Text, "0.") {
		return true
	}
	groups := 1
	// walk left and right over number tokens glued by - . ( ) or single spaces
	for _, dir := range [...]int{-1, 1} {
		j := i
		for {
			k := j + dir
			if k < 0 || k >= len(toks.t) {
				break
			}
			if toks.t[k].Kind == segment.Punct && chainMark(toks.t[k].Text) {
				k2 := k + dir
				if k2 >= 0 && k2 < len(toks.t) && toks.t[k2].Kind == segment.Number && glued(toks, j, k) && glued(toks, k, k2) {
					groups++
					j = k2
					continue
				}
				break
			}
			if toks.t[k].Kind == segment.Number && toks.t[max(j, k)].Start-toks.t[min(j, k)].End <= 1 { // spaced
				groups++
				j = k
				continue
			}
			break
		}
	}
	if groups >= 3 {
		return true
	}
	if groups == 2 {
		// "555-0123" but not a range "10-15" or "2020-2022"
		for _, k := range []int{i - 2, i + 2} {
			if k >= 0 && k < len(toks.t) && toks.t[k].Kind == segment.Number && (len(toks.t[k].Text) >= 4 && len(t.Text) == 3 || len(t.Text) >= 4 && len(toks.t[k].Text) == 3) {
				return true
			}
		}
	}
	return false
}

// chainMark is strings.Contains("-().+", t), at once for one byte.
func chainMark(t string) bool {
	if len(t) == 1 {
		switch t[0] {
		case '-', '(', ')', '.', '+':
			return true
		}
		return false
	}
	return strings.Contains("-().+", t)
}

// spaced reports whether token b follows token a after at most one byte (a space).
func spaced(a, b segment.Token) bool { return b.Start-a.End <= 1 }

// isScore reports whether the digits at i are one side of a sports score: two small numbers joined
// by a dash ("3-1", "2–2") where the second is not larger (so no range), or next to a word of sport.
func isScore(toks *tokSeq, i int) bool {
	a, b := i, i+2
	if !(b < len(toks.t) && isDash(toks.t[i+1].Text) && glued(toks, i, i+1) && glued(toks, i+1, b) && toks.t[b].Kind == segment.Number) {
		a, b = i-2, i
		if !(a >= 0 && isDash(toks.t[i-1].Text) && glued(toks, a, i-1) && glued(toks, i-1, i) && toks.t[a].Kind == segment.Number) {
			return false
		}
	}
	if len(toks.t[a].Text) > 2 || len(toks.t[b].Text) > 2 || hasDotOrComma(toks.t[a].Text) || hasDotOrComma(toks.t[b].Text) {
		return false
	}
	if nx := toks.lower(b + 1); nx == "%" || nx == "percent" || nx == "per" || nx == "-" || b+1 < len(toks.t) && toks.t[b+1].Kind == segment.Word && !sportWords[nx] && !scoreFollowers[nx] {
		return false // "lost 10-15%", "10-15 jobs", "3-1-year" are no scores
	}
	x, _ := strconv.Atoi(toks.t[a].Text)
	y, _ := strconv.Atoi(toks.t[b].Text)
	return y <= x || sportWords[toks.lower(b+1)] || sportWords[toks.lower(a-1)]
}

// hasDotOrComma is strings.ContainsAny(s, ".,") as a plain byte scan: neither byte occurs
// inside a multi-byte character.
func hasDotOrComma(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] == '.' || s[k] == ',' {
			return true
		}
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

var sportWords = map[string]bool{
	"win": true, "victory": true, "defeat": true, "loss": true, "draw": true, "lead": true, "scoreline": true,
	"thrashing": true, "rout": true, "won": true, "lost": true, "beat": true, "drew": true, "defeated": true,
	"trailed": true, "led": true, "leading": true, "trailing": true, "thrashed": true, "edged": true,
	"score": true, "aggregate": true, "triumph": true, "home": true, "away": true, "penalties": true,
}

// scoreFollowers may follow a score: "won 3-1 at home", "a 2-2 draw in Madrid".
var scoreFollowers = map[string]bool{
	"at": true, "in": true, "on": true, "against": true, "over": true, "to": true, "with": true, "after": true,
	"and": true, "but": true, "as": true, "for": true, "before": true, "thanks": true, "despite": true,
}

// isAge reports whether the digits at i give someone's age.
func isAge(toks *tokSeq, i int) bool {
	prev, next := toks.lower(i-1), toks.lower(i+1) // each lowered once
	if isAgePrefix(prev) {
		return true
	}
	if next == "-" && glued(toks, i, i+1) {
		w := strings.TrimSuffix(strings.TrimSuffix(toks.lower(i+2), "'s"), "’s")
		for _, p := range []string{"year-old", "years-old", "month-old", "months-old", "week-old", "day-old"} {
			if w == p {
				return true
			}
		}
	}
	if (next == "years" || next == "year") && (toks.lower(i+2) == "old" || toks.lower(i+2) == "of" && toks.lower(i+3) == "age") {
		return true
	}
	// "John Smith, 45, of Leeds": a name, a comma, a small number and a comma
	if i >= 2 && prev == "," && (next == "," || next == ")") && toks.t[i-2].Kind == segment.Word && toks.t[i-2].IsCapitalized() && len(toks.t[i].Text) <= 3 && !hasDotOrComma(toks.t[i].Text) && !isMonthText(toks.t[i-2].Text) {
		return true
	}
	return false
}

// isDayOfMonth reports whether the digits at i are the day of a date ("March 3", "3 March").
func isDayOfMonth(toks *tokSeq, i int, v float64) bool {
	if v < 1 || v > 31 || hasDotOrComma(toks.t[i].Text) {
		return false
	}
	prev := i - 1
	if toks.lower(prev) == "." {
		prev--
	}
	if prev >= 0 && toks.t[prev].IsCapitalized() && isMonthText(toks.t[prev].Text) {
		return true
	}
	return i+1 < len(toks.t) && toks.t[i+1].IsCapitalized() && isMonthText(toks.t[i+1].Text)
}

func glued(toks *tokSeq, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return toks.t[a].End == toks.t[b].Start
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// oddStep is the place of the last non-zero digit of a whole v: "40-odd" is 40 to 49, "100-odd"
// 100 to 199.
func oddStep(v float64) float64 {
	step := 1.0
	for v >= step*10 && math.Mod(v, step*10) == 0 {
		step *= 10
	}
	return step
}

// parseWords reads a number written in words starting at token i: "twenty-six", "three thousand",
// "one hundred and twenty", "a dozen", "a hundred", "half a million". It returns the last token used.
func parseWords(toks *tokSeq, i int) (float64, int, bool) {
	w := toks.lower(i)
	// "a dozen", "a hundred", "a thousand", "half a dozen"
	if w == "a" || w == "an" {
		nw := toks.lower(i + 1)
		if nw == "dozen" {
			return 12, i + 1, true
		}
		if s, ok := scales[nw]; ok {
			v, last := s, i+1
			if more, l2, ok := continueWords(toks, last+1, v); ok {
				return more, l2, true
			}
			return v, last, true
		}
		return 0, 0, false
	}
	if w == "dozen" {
		return 12, i, true
	}
	if w == "half" && toks.lower(i+1) == "a" {
		nw := toks.lower(i + 2)
		if nw == "dozen" {
			return 6, i + 2, true
		}
		if s, ok := scales[nw]; ok && s >= 1e3 {
			return s / 2, i + 2, true
		}
		return 0, 0, false
	}
	total, cur := 0.0, 0.0
	seen := false
	last := -1
	for j := i; j < len(toks.t) && toks.t[j].Kind == segment.Word; j++ {
		tw := toks.lower(j)
		var pb [4]string
		parts := splitHyphens(tw, &pb)
		if len(parts) == 0 || !isNumberWord(parts[0]) {
			break
		}
		whole := allNumberWords(tw)
		if !whole && (j > i || len(parts) < 2) {
			break
		}
		for _, p := range parts {
			if !isNumberWord(p) {
				break // "ten-day": the number part stands, the rest is a unit
			}
			if v, ok := ones[p]; ok {
				cur += v
			} else if v, ok := tens[p]; ok {
				cur += v
			} else if s := scales[p]; seen {
				if s == 100 {
					cur *= 100
				} else {
					total += cur * s
					cur = 0
				}
			} else {
				return 0, 0, false // a scale word alone ("million") is no number
			}
			seen = true
		}
		last = j
		if !whole {
			break
		}
		// "one hundred and twenty"
		if toks.lower(j+1) == "and" && isSmallNumberWord(toks.lower(j+2)) && (strings.HasSuffix(tw, "hundred") || strings.HasSuffix(tw, "thousand")) {
			j++
		}
	}
	if !seen || last < 0 {
		return 0, 0, false
	}
	// "two dozen", "three dozen": a count of dozens, not a number and then a dozen
	if v := total + cur; toks.lower(last+1) == "dozen" && v >= 1 && v <= 20 && v == float64(int(v)) {
		return v * 12, last + 1, true
	}
	return total + cur, last, true
}

// splitHyphens is strings.FieldsFunc(w, isHyphen) for the hyphens '-' and '‑', into buf when the
// parts fit: number words are split on every word readAt tries, and a slice allocated for each
// was most of what reading numbers allocated. A byte scan finds the same separators as a rune
// scan: '-' is one byte and the lead byte 0xE2 of '‑' is never inside another character.
func splitHyphens(w string, buf *[4]string) []string {
	out := buf[:0]
	start := -1
	for i := 0; i < len(w); {
		sep := 0
		if w[i] == '-' {
			sep = 1
		} else if w[i] == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x91 {
			sep = 3
		}
		if sep == 0 {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if start >= 0 {
			out = append(out, w[start:i])
			start = -1
		}
		i += sep
	}
	if start >= 0 {
		out = append(out, w[start:])
	}
	return out
}

func isSmallNumberWord(w string) bool {
	var pb [4]string
	p := splitHyphens(w, &pb)
	if len(p) == 0 {
		return false
	}
	_, a := ones[p[0]]
	_, b := tens[p[0]]
	return a || b
}

// continueWords extends "a thousand" with following words ("a hundred and twenty").
func continueWords(toks *tokSeq, j int, v float64) (float64, int, bool) {
	if toks.lower(j) == "and" {
		if n, last, ok := parseWords(toks, j+1); ok && n < 100 {
			return v + n, last, true
		}
	}
	return 0, 0, false
}

func allNumberWords(w string) bool {
	var pb [4]string
	for _, p := range splitHyphens(w, &pb) {
		if !isNumberWord(p) {
			return false
		}
	}
	return true
}
