// Package segment splits cleaned article text into paragraphs, sentences and tokens, each with its byte span.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article; Start and End are byte offsets into the article text.
type Sentence struct {
	Start, End int
	Text       string // text[Start:End]
	Para       int    // index of the paragraph it belongs to
}

// Options tune splitting.
type Options struct {
	// SoftWrap treats a single newline as a space (Markdown); paragraphs end at blank lines.
	// When false, every line is a paragraph unless the text looks hard-wrapped.
	SoftWrap bool
}

// Sentences splits text into sentences. Sentences never cross a paragraph break.
func Sentences(text string, opt Options) []Sentence {
	// about one sentence per terminal mark or line: allocated once instead of grown by doubling
	var out []Sentence
	if text != "" {
		out = make([]Sentence, 0, EstimateSentences(text))
	}
	out = AppendSentences(out, text, opt)
	if len(out) == 0 {
		return nil // as before the capacity was set: no sentence, no slice
	}
	return out
}

// EstimateSentences is a count, from above, of the sentences Sentences finds in text: one per
// terminal mark or line, a capacity for AppendSentences.
func EstimateSentences(text string) int {
	return 1 + strings.Count(text, ".") + strings.Count(text, "?") + strings.Count(text, "!") + strings.Count(text, "\n")
}

// AppendSentences appends the sentences Sentences finds in text to dst: a caller that copies
// them elsewhere can split every text into one reused buffer.
func AppendSentences(dst []Sentence, text string, opt Options) []Sentence {
	soft := opt.SoftWrap || hardWrapped(text)
	para := 0
	start := 0
	for start < len(text) {
		end := paragraphEnd(text, start, soft)
		dst = splitParagraph(text, start, end, para, dst)
		para++
		start = end
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return dst
}

// paragraphEnd finds where the paragraph starting at start ends.
func paragraphEnd(text string, start int, soft bool) int {
	i := start
	for {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			return len(text)
		}
		line := i
		i += nl
		if !soft {
			if !runsOn(text[line:i], text[i+1:]) {
				return i
			}
			i++
			continue
		}
		// A blank line (only spaces) ends the paragraph.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j >= len(text) || text[j] == '\n' {
			return i
		}
		i++
	}
}

// runsOn reports whether a line of text that is not wrapped as a whole still runs on into the next
// line: it ends with no mark that may end a sentence and the next line opens with a lower-case
// letter ("… killed 12" / "people in Harwick"), as in a short wire item wrapped by hand, too short
// for hardWrapped to tell. A paragraph never opens in lower case after a line cut mid-sentence.
func runsOn(line, next string) bool {
	j := 0
	for j < len(next) && (next[j] == ' ' || next[j] == '\t') {
		j++
	}
	if j >= len(next) || next[j] < 'a' || next[j] > 'z' {
		return false
	}
	line = strings.TrimRight(line, " \t\r")
	if line == "" {
		return false
	}
	if commaQuote(line) {
		return true // "“We are ready,”" / "said the mayor."
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';', '"', '\'', ')', ']', '-', '*', '|', '>':
		return false
	}
	for _, end := range []string{"”", "’", "»", "…", "—", "–"} {
		if strings.HasSuffix(line, end) {
			return false
		}
	}
	return true
}

// commaQuote reports whether a line ends with a comma inside a closing quotation mark, which no
// sentence ends with.
func commaQuote(line string) bool {
	for _, end := range []string{",\"", ",'", ",”", ",’"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}

// hardWrapped reports whether plain text is wrapped at a fixed width, so that single newlines are
// soft: most lines long and of similar length, and most not ending a sentence.
func hardWrapped(text string) bool {
	lines, long, open := 0, 0, 0
	maxLen := 0
	// lines are scanned in place: splitting the text into a slice of lines costs an allocation
	// as large as the text's line count
	for rest := text; ; {
		l := rest
		nl := strings.IndexByte(rest, '\n')
		if nl >= 0 {
			l, rest = rest[:nl], rest[nl+1:]
		}
		for len(l) > 0 && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') {
			l = l[:len(l)-1]
		}
		if l == "" {
			if nl < 0 {
				break
			}
			continue
		}
		lines++
		if len(l) > maxLen {
			maxLen = len(l)
		}
		if len(l) >= 50 {
			long++
		}
		switch l[len(l)-1] {
		case '.', '!', '?', '"', ':':
		default:
			if !strings.HasSuffix(l, "”") {
				open++
			}
		}
		if nl < 0 {
			break
		}
	}
	return lines >= 4 && maxLen <= 100 && long*10 >= lines*7 && open*2 >= lines
}

// abbreviations that do not end a sentence when followed by a capital.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "col": true, "lt": true, "sgt": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "sen": true, "rep": true, "reps": true, "gov": true,
	"pres": true, "prof": true, "st": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "no": true, "nos": true, "vs": true, "v": true, "etc": true, "approx": true, "dept": true,
	"gov't": true, "atty": true, "supt": true, "insp": true, "det": true, "cpl": true, "pvt": true,
	"rev": true, "hon": true, "messrs": true, "mt": true, "ft": true, "ave": true, "blvd": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "u.s.a": true, "e.g": true, "i.e": true,
	"fig": true, "est": true, "cf": true, "al": true,
}

// months whose abbreviation does not end a sentence before a number ("Nov. 20").
var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// Kinds of short words in abbrevKinds.
const (
	kindAbbrev = 1 << iota // in abbreviations
	kindMonth              // in monthAbbrev
)

// abbrevKinds holds the words of abbreviations and monthAbbrev of at most 6 bytes (all of them)
// by packWord, with their kinds.
var abbrevKinds = func() map[uint64]uint8 {
	m := make(map[uint64]uint8)
	for w := range abbreviations {
		if len(w) <= 6 {
			m[packWord(w)] |= kindAbbrev
		}
	}
	for w := range monthAbbrev {
		if len(w) <= 6 {
			m[packWord(w)] |= kindMonth
		}
	}
	return m
}()

// packWord packs a word of at most 6 bytes into an integer: its bytes, and its length in the top byte.
func packWord(w string) uint64 {
	var key uint64
	for k := 0; k < len(w); k++ {
		key |= uint64(w[k]) << (8 * k)
	}
	return key | uint64(len(w))<<56
}

// splitParagraph appends the sentences of text[start:end].
func splitParagraph(text string, start, end, para int, out []Sentence) []Sentence {
	quoted := quoteCursor{text: text, rs: quoteRegions(text, start, end)}
	sentStart := start
	var emit func(s, e int)
	emit = func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e-s > MaxSentence {
			// an over-long run without sentence breaks (lists, tables, garbage) is cut at a
			// clause or word boundary so that work per sentence stays bounded
			cut := clauseCut(text, s, s+MaxSentence)
			emit(s, cut)
			emit(cut, e)
			return
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Para: para})
		}
	}
	marks := byteFinder{text: text, end: end, bytes: [3]byte{'.', '!', '?'}}
	for i := start; i < end; i++ {
		if i = marks.next(i); i >= end {
			break
		}
		c := text[i]
		// swallow runs of terminal punctuation and closing quotes/brackets
		j := i + 1
		for j < end {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:end], "”") || strings.HasPrefix(text[j:end], "’") {
				j += len("”")
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if !isSpaceByte(text[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < end && isSpaceByte(text[k]) {
			k++
		}
		if k >= end {
			break
		}
		if e := quoted.endAt(i); e >= 0 && j < e {
			i = j - 1
			continue
		}
		if !startsSentence(text[k:end]) {
			i = j - 1
			continue
		}
		if c == '.' && !endsSentence(text, sentStart, i, text[k:end]) {
			i = j - 1
			continue
		}
		emit(sentStart, j)
		sentStart = k
		i = k - 1
	}
	emit(sentStart, end)
	return out
}

// MaxSentence is the longest sentence, in bytes; longer runs are cut at a clause or word boundary.
const MaxSentence = 1200

// clauseCut finds a cut point in text(from, limit]: after the last ";" or ",", else the last space,
// else a character boundary.
func clauseCut(text string, from, limit int) int {
	for _, set := range []string{";", ",", " \t\n"} {
		if i := strings.LastIndexAny(text[from+MaxSentence/2:limit], set); i >= 0 {
			return from + MaxSentence/2 + i + 1
		}
	}
	for limit > from+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// startsSentence reports whether s begins like a sentence: a capital, a digit or an opening quote.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(' || r == '['
}

// endsSentence decides whether the period at dot ends a sentence, looking at the word before it.
func endsSentence(text string, from, dot int, next string) bool {
	// the word's bytes are or'ed as they are read: most words are ASCII, told at once
	w, or := dot, byte(0)
	for w > from {
		c := text[w-1]
		if wordOpens[c] {
			break
		}
		or |= c
		w--
	}
	raw := text[w:dot]
	if raw != "" {
		// TrimLeft decodes runes; a word that starts with no byte of its cut set keeps its text
		switch raw[0] {
		case '\'', '"', '(', 0xe2:
			raw = strings.TrimLeft(raw, "“‘'\"(")
		}
	}
	if raw == "" {
		return true
	}
	ascii, n := or < utf8.RuneSelf, len(raw)
	if !ascii {
		ascii, n = asciiLen(raw) // ASCII all the same when the trimmed quotes were not
	}
	if ascii {
		// Every abbreviation, and every word the tests below let through, is at most 6 bytes
		// long: a longer ASCII word ends the sentence, and a short one is looked up lower-cased
		// and packed into an integer (abbrevKinds), without allocating or hashing a string.
		if n > 6 {
			return true
		}
		var key uint64
		for k := 0; k < n; k++ {
			c := raw[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key |= uint64(c) << (8 * k)
		}
		kind := abbrevKinds[key|uint64(n)<<56]
		if kind&kindAbbrev != 0 {
			return false
		}
		nr, _ := utf8.DecodeRuneInString(next)
		if kind&kindMonth != 0 && unicode.IsDigit(nr) {
			return false
		}
		return endsAfterWord(text, w, dot, raw)
	}
	word := strings.ToLower(raw)
	if word == "" {
		return true
	}
	if abbreviations[word] {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(next)
	if monthAbbrev[word] && unicode.IsDigit(nr) {
		return false
	}
	return endsAfterWord(text, w, dot, word)
}

// endsAfterWord is the last part of endsSentence: initials and dotted abbreviations. word is
// text[w:dot] without its opening quotes or bracket, lower-cased or not: the tests here do not
// depend on case.
func endsAfterWord(text string, w, dot int, word string) bool {
	// A single capital letter is an initial ("J. D. Vance"), as is "J.D".
	if r, size := utf8.DecodeRuneInString(text[w:dot]); size == dot-w && unicode.IsUpper(r) {
		return false
	}
	if strings.Count(word, ".") >= 1 && len(word) <= 6 && !strings.ContainsAny(word, "0123456789") {
		return false // dotted abbreviations: "j.d", "a.m" is handled by the capital test below
	}
	return true
}

// wordOpens marks the bytes before a word that endsSentence reads back to: spaces (isSpaceByte),
// an opening bracket and a straight double quote.
var wordOpens = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '(': true, '"': true}

// asciiLen reports whether s is all ASCII, and its length.
func asciiLen(s string) (bool, int) {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false, 0
		}
	}
	return true, len(s)
}

// quoteRegions finds balanced quotation spans in text[start:end] (curly pairs, or straight quotes
// paired in order). Unbalanced quotes give no regions, so splitting falls back to punctuation.
func quoteRegions(text string, start, end int) [][2]int {
	var regions [][2]int
	open := -1
	straightOpen := -1
	// Bytes are searched, not runes decoded: '"' and the lead byte 0xE2 of “ and ” are never part
	// of another character, so every one of them is where a rune-by-rune scan would find it.
	quotes := byteFinder{text: text, end: end, bytes: [3]byte{'"', 0xe2, 0xe2}}
	for i := start; i < end; i++ {
		if i = quotes.next(i); i >= end {
			break
		}
		switch text[i] {
		case '"':
			if straightOpen < 0 {
				straightOpen = i
			} else {
				regions = append(regions, [2]int{straightOpen, i + 1})
				straightOpen = -1
			}
		case 0xe2:
			if i+2 >= end || text[i+1] != 0x80 {
				continue
			}
			switch text[i+2] {
			case 0x9c: // “
				if open < 0 {
					open = i
				}
			case 0x9d: // ”
				if open >= 0 {
					regions = append(regions, [2]int{open, i + 3})
					open = -1
				}
			}
		}
	}
	if open >= 0 || straightOpen >= 0 {
		return nil
	}
	return regions
}

// byteFinder finds the next of up to three bytes in text[:end] from offsets that never decrease,
// with one vectorised strings.IndexByte per byte and occurrence instead of a test per byte.
type byteFinder struct {
	text  string
	end   int
	bytes [3]byte // repeat a byte to look for fewer
	pos   [3]int  // per byte, its next offset at or after the last query; -1 before the first
	init  bool
}

// next returns the offset of the first of the bytes at or after i, or end when there is none.
func (f *byteFinder) next(i int) int {
	if !f.init {
		f.pos = [3]int{-1, -1, -1}
		f.init = true
	}
	best := f.end
	for k, b := range f.bytes {
		if k > 0 && b == f.bytes[k-1] {
			continue
		}
		p := f.pos[k]
		if p < i && p < f.end {
			p = f.end
			if i < f.end {
				if d := strings.IndexByte(f.text[i:f.end], b); d >= 0 {
					p = i + d
				}
			}
			f.pos[k] = p
		}
		best = min(best, p)
	}
	return best
}

// quoteCursor finds the quotation region around offsets that never decrease, in time linear in the
// paragraph: regions come sorted by their end, and those of one kind (straight, curly) never
// overlap, so per kind only the first region ending after the offset can hold it.
type quoteCursor struct {
	text string
	rs   [][2]int
	next [2]int // per kind, the index of the first region of that kind not yet left behind
}

// endAt returns the end of the first region that holds offset i strictly inside, or -1.
func (c *quoteCursor) endAt(i int) int {
	best := -1
	for k := range c.next {
		p := c.next[k]
		for p < len(c.rs) && (c.kind(p) != k || c.rs[p][1] <= i) {
			p++
		}
		c.next[k] = p
		if p < len(c.rs) && c.rs[p][0] < i && (best < 0 || c.rs[p][1] < best) {
			best = c.rs[p][1]
		}
	}
	return best
}

// kind is 0 for a straight-quoted region, 1 for a curly one.
func (c *quoteCursor) kind(p int) int {
	if c.text[c.rs[p][0]] == '"' {
		return 0
	}
	return 1
}
