package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// people is what the role and quote extractors share about one article: its sentences as words,
// the full names it gives, and the people each sentence is about.
type people struct {
	titles *normalize.Titles
	tab    *factTab // factTable(titles), once indexNames has it; nil otherwise
	words  [][]word // per sentence
	// lasts are the canonical full names the article gives, each with the Key of its last name,
	// in order of first mention (a list, not a map: an article gives a few)
	lasts []lastName
	roles map[string][]roleRef // Key(person) → posts the article gives them
	// subjects lists, in text order, the people a sentence is about (its subject or speaker): the
	// candidates for "he said" and "the minister said".
	subjects []mention
	// readings are the role readings of the whole article, read once (roles.go).
	readings  []roleReading
	rolesRead bool
	// resolved and likes remember resolvePerson and personLike per name: extractors ask again and
	// again. Short lists (the first memoCap names asked), recycled with the store.
	resolved []resolvedName
	likes    []likeName
	// slab is the one array holding the words of every sentence (release recycles it)
	slab []word
	// slabBox is the pointer the pool held slab in, to hand it back in (nil when none)
	slabBox *[]word
	// store holds the texts the words do not share with their tokens (release recycles it)
	store *wordStore
	// credits is the chunk the sentences' credits are kept in (attributions)
	credits []credit
	// sents and aliases are the article's sentences and alias table; what commonOpener reads
	// (names_common.go): insides, the words of its lists a long article writes capitalised
	// inside a sentence (insideAll), or the words asked so far and their answers
	sents      []Sent
	aliases    *normalize.Aliases
	insides    []string
	insideRead bool
	insideAll  bool
	asked      []string
	askedIn    []bool
}

// lastName is a full name the article gives and the Key of its last name.
type lastName struct{ last, full string }

// resolvedName is a name and what resolvePerson makes of it.
type resolvedName struct{ name, canon string }

// likeName is a name and whether personLike holds for it.
type likeName struct {
	name string
	like bool
}

// memoCap is how many names resolved and likes remember: past it, answers are worked out anew
// (the same answers), so that a list is never long to search.
const memoCap = 64

// mention is a person named at a byte offset.
type mention struct {
	at     int
	person string
}

// roleRef is a post the article gives a person.
type roleRef struct {
	at   int
	post normalize.Post
}

// word is a token of a sentence as titles and names see it: initials and abbreviations are joined
// ("U.S.", "J.D.", "Gen."), possessives marked. It holds one pointer and indexes, not strings: its
// texts are read through text, lower and keyList, so filling a recycled slab writes one pointer
// per word, not four (each a write barrier while the collector runs).
type word struct {
	Start, End int      // byte span in the article
	in         *wordCtx // the sentence it belongs to and the texts of joined words
	tok        int32    // index of the first token
	joined     int32    // 1 + index of its lower case in in.st.lows when it joins tokens, else 0
	koff, kn   int32    // its keys are in.st.keys[koff:koff+kn], unless kown
	kf         facts    // facts of the key when the word has one key (keys[0]), else 0
	lf         facts    // facts of the lower-case text
	kown       bool     // its one key is its token's lower case
	poss       bool
	cap        bool
	punct      bool
	// maybeName: the word may belong to a person's name (isNameWord's first tests, read at
	// once): not punctuation, with a key, capitalised and not fNotNameCap when it has one key,
	// or a particle
	maybeName bool
}

// setMaybeName sets w.maybeName from its other fields.
func (w *word) setMaybeName() {
	w.maybeName = !w.punct && w.nkeys() != 0 && (w.cap && (w.nkeys() != 1 || w.kf&fNotNameCap == 0) || !w.cap && w.lf&fParticle != 0)
}

// wordCtx is what the words of one sentence read their texts from.
type wordCtx struct {
	s  *Sent
	st *wordStore
}

// wordStore holds, for a whole article, the texts words do not share with their tokens.
type wordStore struct {
	text string    // the article
	lows []string  // lower case of joined words
	keys []string  // keys that are not a token's own lower case
	ctx  []wordCtx // one per sentence
	// words are the words of each sentence (people.words), in the word slab
	words [][]word
	// places and placeChunk are the places of each sentence (Doc.sentPlaces) and the last chunk
	// holding them
	places     [][]Place
	placeChunk []Place
	// lasts, resolved and likes are the backing arrays of people's lists, recycled
	lasts []lastName
	// lastText holds the texts of lasts' last-name keys (keep)
	lastText []byte
	resolved []resolvedName
	likes    []likeName
}

// text is the word as written.
func (w *word) text() string {
	if w.joined == 0 {
		return w.in.s.Tokens[w.tok].Text
	}
	return w.in.st.text[w.Start:w.End]
}

// lower is the word's lower-case text.
func (w *word) lower() string {
	if w.joined == 0 {
		return w.in.s.lower[w.tok]
	}
	return w.in.st.lows[w.joined-1]
}

// keyList is the word's keys (normalize.TitleKeys of its text), with no room to grow.
func (w *word) keyList() []string {
	if w.kown {
		t := w.tok
		return w.in.s.lower[t : t+1 : t+1]
	}
	if w.kn == 0 {
		return nil
	}
	return w.in.st.keys[w.koff : w.koff+w.kn : w.koff+w.kn]
}

// nkeys is w.nkeys().
func (w *word) nkeys() int {
	if w.kown {
		return 1
	}
	return int(w.kn)
}

func (w *word) key() string { return strings.Join(w.keyList(), " ") }

// abbrevs take their period: "Gen.", "Sen.", "Jr.".
var abbrevs = map[string]bool{"jr": true, "sr": true, "st": true, "mt": true}

// buildWords joins a sentence's tokens into words.
func buildWords(s *Sent, t *normalize.Titles, text string) []word {
	return appendWords(make([]word, 0, len(s.Tokens)), &wordCtx{s: s, st: &wordStore{text: text}}, factTable(t))
}

// appendWords builds the words of in's sentence into out, which has room for one word per token
// (words left there by another article are overwritten). Each word is written in place, field by
// field: a whole-record copy into the heap slab costs a bulk write barrier while the collector
// runs. Keys that are not the word's own lower case, and the lower case of joined words, go to
// in.st.
func appendWords(out []word, in *wordCtx, tab *factTab) []word {
	out, _, _ = appendWordsN(out, in, tab)
	return out
}

// appendWordsN is appendWords, and counts the words that may belong to a name (maybeName): it
// returns how many there are and the index of the last.
func appendWordsN(out []word, in *wordCtx, tab *factTab) ([]word, int, int) {
	toks, text := in.s.Tokens, in.st.text
	facts := in.s.facts[:len(toks)] // one per token (prepare)
	names, last := 0, -1
	for i := 0; i < len(toks); i++ {
		// the tokens wordAt need not read are read by this inner loop, which calls nothing:
		// its values stay in registers (a call in the loop reloads them at every token); i is
		// never negative, and the unsigned test tells the compiler so (no bounds tests)
		for ; uint(i) < uint(len(toks)); i++ {
			tk := &toks[i]
			out = out[:len(out)+1]
			w := &out[len(out)-1]
			// every field is written: a recycled slab is not cleared (names_slab.go)
			w.Start, w.End, w.tok, w.in = tk.Start, tk.End, int32(i), in
			w.joined, w.koff, w.kn, w.kf = 0, 0, 0, 0
			w.kown, w.poss, w.cap, w.punct, w.maybeName = false, false, false, false, false
			if tk.Kind != segment.Word {
				w.lf, w.punct = facts[i], tk.Kind == segment.Punct
				continue
			}
			// most words are ASCII letters only (isLetters, which the tokenizer tells), not
			// an initial, with no period after them: such a word's key is its lower case, its
			// facts its token's. Read at once, from the article (a token's text is the
			// article's); wordAt reads the others, and would read these alike.
			if !tk.Letters() {
				break
			}
			// (the token's text is the article's at its offsets, and not empty: its first byte,
			// and the byte after it, are read without bounds tests)
			tp := unsafe.StringData(tk.Text)
			capital := *tp-'A' < 26
			f := facts[i]
			// a capital alone is an initial ("J. D."), and a period right after the word joins
			// it when the word is an honorific, abbrevs or a short office noun ("Gen.", "Jr."):
			// wordAt reads those (a sentence's last word, before its period, is none of them)
			if capital && len(tk.Text) == 1 || tk.End < len(text) && *(*byte)(unsafe.Add(unsafe.Pointer(tp), len(tk.Text))) == '.' &&
				(f&(fHonorific|fAbbrev) != 0 || f&fHead != 0 && len(tk.Text) <= 4) {
				break
			}
			w.cap, w.lf, w.kf, w.kown = capital, f, f, true
			// setMaybeName for a word with one key
			if capital && f&fNotNameCap == 0 || !capital && f&fParticle != 0 {
				w.maybeName = true
				names, last = names+1, len(out)-1
			}
		}
		if i == len(toks) {
			break
		}
		// the word the inner loop left at i, its first fields written
		w := &out[len(out)-1]
		i = wordAt(w, in, tab, i)
		if w.setMaybeName(); w.maybeName {
			names, last = names+1, len(out)-1
		}
	}
	return out, names, last
}

// wordAt fills w, the word that starts at token i of in's sentence, when appendWords cannot tell
// it at once: initials and abbreviations joined, keys read. It returns the index of the word's
// last token.
func wordAt(w *word, in *wordCtx, tab *factTab, i int) int {
	s, st := in.s, in.st
	toks := s.Tokens
	tk := &toks[i]
	j := i
	if c := tk.Text[0]; c < utf8.RuneSelf { // isUpperWord, at once for ASCII
		w.cap = 'A' <= c && c <= 'Z'
	} else {
		w.cap = isUpperWord(tk.Text)
	}
	// initials: "U.S.", "J.D.", "F."
	if w.cap && oneRune(tk.Text) {
		for j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End {
			w.End = toks[j+1].End
			j++
			if j+1 < len(toks) && toks[j+1].Kind == segment.Word && oneRune(toks[j+1].Text) && isUpperWord(toks[j+1].Text) && toks[j+1].Start == w.End {
				w.End = toks[j+1].End
				j++
				continue
			}
			break
		}
	} else if j+1 < len(toks) && toks[j+1].Start == tk.End && toks[j+1].Text == "." {
		// an honorific, abbrevs or a short office noun ("Gen.", "Jr.", "Gov."): headAbbrev
		if f := s.facts[i]; f&(fHonorific|fAbbrev) != 0 || f&fHead != 0 && len(s.lower[i]) <= 4 {
			w.End = toks[j+1].End
			j++
		}
	}
	text, low := tk.Text, s.lower[i]
	if j == i {
		w.lf = s.facts[i]
		if lettersAt(st.text, tk.Start, tk.End) { // isLetters(text)
			// one plain word: its key is its lower case (normalize.TitleKeys)
			w.kown = true
			w.kf = w.lf
			return j
		}
	} else {
		text = st.text[w.Start:w.End]
		low = strings.ToLower(text)
		st.lows = append(st.lows, low)
		w.joined = int32(len(st.lows))
		w.lf = tab.get(low)
	}
	var kbuf [8]string
	var keys []string
	if ks, poss, ok := asciiWordKeys(text, low, &kbuf); !ok {
		keys, w.poss = normalize.TitleKeys(text)
	} else if len(ks) == 1 && ks[0] == low && j == i {
		w.kown, w.poss = true, poss // "2025": its own lower case
	} else {
		keys, w.poss = ks, poss
	}
	if len(keys) > 0 {
		w.koff, w.kn = int32(len(st.keys)), int32(len(keys))
		st.keys = append(st.keys, keys...)
	}
	if w.kown {
		w.kf = tab.get(low)
	} else if len(keys) == 1 {
		w.kf = tab.get(keys[0])
	}
	return j
}

// oneRune is utf8.RuneCountInString(s) == 1, at once for ASCII.
func oneRune(s string) bool {
	if len(s) == 1 {
		return true
	}
	if s == "" || s[0] < utf8.RuneSelf {
		return false
	}
	return utf8.RuneCountInString(s) == 1
}

// isLetters reports whether w is made of ASCII letters only (and is not empty).
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

func headAbbrev(t *normalize.Titles, l string) bool {
	n, _ := t.Head([]string{l}, 0)
	return n == 1 && len(l) <= 4
}

func isUpperWord(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nameParticles may stand inside a name in lower case: "Ursula von der Leyen".
var nameParticles = map[string]bool{
	"von": true, "der": true, "de": true, "van": true, "den": true, "bin": true, "al": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "ben": true, "ibn": true, "abu": true, "el": true,
	"dos": true, "das": true, "del": true, "al-": true, "ter": true,
}

// notNameWords are capitalised words that never belong to a person's name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"meanwhile": true, "but": true, "and": true, "when": true, "while": true, "as": true, "also": true,
	"however": true, "yesterday": true, "today": true, "tomorrow": true, "earlier": true, "later": true,
	"last": true, "this": true, "that": true, "these": true, "those": true, "both": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "we": true, "i": true, "he": true, "she": true,
	"they": true, "it": true, "if": true, "for": true, "with": true, "from": true, "by": true, "of": true,
	"to": true, "asked": true, "speaking": true, "according": true, "despite": true, "during": true,
	"since": true, "under": true, "over": true, "although": true, "because": true, "so": true, "yet": true,
	"there": true, "here": true, "what": true, "who": true, "why": true, "how": true, "where": true,
	"no": true, "not": true, "all": true, "some": true, "many": true, "most": true, "one": true,
	"news": true, "times": true, "post": true, "journal": true, "press": true, "radio": true, "tv": true,
	"television": true, "channel": true, "network": true, "group": true, "company": true, "inc": true,
	"corp": true, "ltd": true, "university": true, "hospital": true, "school": true, "street": true,
	"square": true, "river": true, "sea": true, "strip": true, "island": true, "bay": true, "valley": true,
	"airport": true, "station": true, "palace": true, "plan": true, "report": true, "war": true,
	"peace": true, "talks": true, "summit": true, "day": true, "week": true, "month": true, "year": true,
	"north": true, "south": true, "east": true, "west": true, "western": true, "eastern": true,
	"x": true, "telegram": true, "facebook": true, "twitter": true, "instagram": true, "bbc": true,
	"cnn": true, "reuters": true, "ap": true, "afp": true, "god": true, "christmas": true, "easter": true,
	"islamic": true, "republic": true, "kingdom": true, "federation": true, "democrat": true,
	"democrats": true, "republican": true, "republicans": true, "elysee": true,
}

// isNameWord reports whether word i can belong to a person's name.
func (pp *people) isNameWord(ws []word, i int) bool {
	if i < 0 || i >= len(ws) {
		return false
	}
	w := &ws[i]
	if !w.maybeName {
		return pp.calendarSurname(ws, i) // "Theresa May said" (names_month.go)
	}
	if !w.cap {
		// particles stand inside a name: "von der Leyen"
		if w.lf&fParticle == 0 {
			return false
		}
		k := i + 1
		for k < len(ws) && !ws[k].cap && ws[k].lf&fParticle != 0 && k-i < 3 {
			k++
		}
		return k < len(ws) && ws[k].cap && !ws[k].punct
	}
	if w.nkeys() == 1 {
		// the lists below, read at once; an opening word may be a common word ("Power was restored")
		return w.kf&fNotNameCap == 0 && !(opensSentence(ws, i) && pp.commonOpener(ws, i))
	}
	k := w.key()
	if notNameWords[k] || notPlaces[k] || placeSuffixes[k] || pp.titles.IsBody(k) || pp.titles.IsHonorific(k) {
		return false
	}
	if n, _ := pp.titles.Head(w.keyList(), 0); n == w.nkeys() {
		return false
	}
	if n, _ := pp.titles.Country(w.keyList(), 0); n == w.nkeys() {
		return false
	}
	if n, _, _ := pp.titles.Status(w.keyList(), 0); n > 0 {
		return false
	}
	return true
}

// isInitial: "J.D.", "F."
func isInitial(w word) bool {
	return w.cap && strings.HasSuffix(w.text(), ".") && utf8.RuneCountInString(strings.ReplaceAll(w.text(), ".", "")) <= 3
}

// nameForward reads a name starting at word i: it returns the index after it, or i when none.
// A possessive word ends the name ("Trump's").
func (pp *people) nameForward(ws []word, i int) int {
	j := i
	for j < len(ws) && j-i < 5 && pp.isNameWord(ws, j) {
		j++
		if ws[j-1].poss {
			break
		}
	}
	// a name ends on a proper word, never on a particle
	for j > i && !ws[j-1].cap {
		j--
	}
	if j > i && j < len(ws) && (ws[j].lower() == "jr." || ws[j].lower() == "jr" || ws[j].lower() == "sr.") {
		j++
	}
	if !pp.properName(ws[i:j]) || pp.orgContinues(ws, j) {
		return i
	}
	return j
}

// orgContinues reports whether the capitalised words read as a name up to word j go on into an
// institution's name: "West Yorkshire Fire and Rescue Service", "Greater Manchester Fire Service".
// The run that follows (after "and" or "&", or at once) ends on a word of a body ("Service",
// "Authority", "Council"); "Tom Haley and Defence Secretary John Healey" ends on a name.
func (pp *people) orgContinues(ws []word, j int) bool {
	if j < len(ws) && (ws[j].lower() == "and" || ws[j].lower() == "&") {
		j++
	}
	last := -1
	for k := j; k < len(ws) && k < j+4 && ws[k].cap && !ws[k].punct; k++ {
		last = k
	}
	if last < 0 {
		return false
	}
	w := ws[last]
	if w.nkeys() == 1 {
		return w.kf&fBody != 0
	}
	return w.nkeys() > 0 && pp.titles.IsBody(w.key())
}

// nameBackward reads a name ending just before word end: it returns its first index, or end when none.
func (pp *people) nameBackward(ws []word, end int) int {
	i := end
	if i > 0 && (ws[i-1].lower() == "jr." || ws[i-1].lower() == "jr") {
		i--
	}
	for i > 0 && end-i < 5 && pp.isNameWord(ws, i-1) && (i == end || !ws[i-1].poss) {
		i--
	}
	for i < end && !ws[i].cap {
		i++
	}
	if !pp.properName(ws[i:end]) {
		return end
	}
	return i
}

// properName: at least one word that is more than an initial.
func (pp *people) properName(ws []word) bool {
	for _, w := range ws {
		if w.cap && !isInitial(w) {
			return true
		}
	}
	return false
}

// nameText is the written name of words, possessive dropped.
func nameText(ws []word, text string) string {
	if len(ws) == 0 {
		return ""
	}
	s := oneLine(text[ws[0].Start:ws[len(ws)-1].End]) // "Maria\nLopes" wrapped (fix_wrap.go)
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// indexNames records the full names an article gives, so a surname alone resolves to them.
func (d *Doc) indexNames() {
	pp := &people{titles: d.titles(), sents: d.Sentences, aliases: d.Aliases} // roles made on first entry
	d.people = pp
	st := getWordStore(d.Article.Text, len(d.Sentences))
	pp.store = st
	pp.lasts, pp.resolved, pp.likes = st.lasts, st.resolved, st.likes // recycled, empty
	pp.words = st.words
	// the words of every sentence in one backing array: at most one word per token
	n := 0
	for si := range d.Sentences {
		n += len(d.Sentences[si].Tokens)
	}
	wordSlab, box := getWordSlabBox(n)
	pp.slab, pp.slabBox = wordSlab, box
	tab := factTable(pp.titles)
	pp.tab = tab
	ctx := st.ctx
	for si := range d.Sentences {
		s := &d.Sentences[si]
		m := len(s.Tokens)
		ctx[si] = wordCtx{s: s, st: st}
		ws, names, last := appendWordsN(wordSlab[:0:m], &ctx[si], tab)
		wordSlab = wordSlab[m:]
		pp.words[si] = ws
		// a name read here has two words or more, each maybeName but a "Jr." after it
		// (nameForward): with fewer, no name is recorded
		// (or a surname the word lists refuse after it: "Theresa May", names_month.go)
		if names == 0 || names == 1 && !(last+1 < len(ws) && (isJunior(ws[last+1].lower()) || maySurname(&ws[last+1]))) {
			continue
		}
		if titleCase(ws) {
			continue // a headline: names cannot be told from the words around them
		}
		for i := 0; i < len(ws); i++ {
			if !ws[i].maybeName {
				continue // no name starts here (isNameWord, read at once)
			}
			j := pp.nameForward(ws, i)
			if i == 0 && j-i > 1 && ownerDescriptors[ws[0].lower()] {
				i++ // "Rival Veltamotor", "Developer Mark Ellis": no part of the name (owner_descriptor.go)
			}
			if j-i < 2 {
				continue
			}
			if n := nameAfterTitledPlace(ws, i, j); n > i { // "Mayor of London Khan" (fix_titled.go)
				if i = n; j-i < 2 {
					i = j - 1
					continue
				}
			}
			name := d.Aliases.Canonical(nameText(ws[i:j], d.Article.Text))
			if pp.personLike(name) {
				var buf [64]byte
				k := normalize.AppendKey(buf[:0], name)
				k = trimJunior(k)                         // "John Smith Jr." is Smith
				last := k[bytes.LastIndexByte(k, ' ')+1:] // lastKey, looked up without a string of its own
				if !pp.hasLast(last, name) {
					pp.lasts = append(pp.lasts, lastName{last: st.keep(last), full: name})
				}
			}
			i = j - 1
		}
	}
}

// trimJunior drops a generational suffix from the end of a name's key ("john smith jr" → "john
// smith"), so that the surname a later mention uses alone is the one recorded.
func trimJunior(k []byte) []byte {
	i := bytes.LastIndexByte(k, ' ')
	if i > 0 {
		if w := string(k[i+1:]); w == "jr" || w == "sr" || w == "jr." || w == "sr." {
			return k[:i]
		}
	}
	return k
}

// isJunior: the words nameForward adds after a name ("Jr.").
func isJunior(l string) bool { return l == "jr." || l == "jr" || l == "sr." }

// keep returns b as a string held in st.lastText, with no allocation of its own once the store
// is recycled. The string is good until the store is handed back (putWordStore), and only
// people's lists, cleared then, hold it.
func (st *wordStore) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if cap(st.lastText)-len(st.lastText) < len(b) {
		// a new array: the strings kept in the old one still point there
		st.lastText = make([]byte, 0, max(256, 2*cap(st.lastText), 2*len(b)))
	}
	from := len(st.lastText)
	st.lastText = append(st.lastText, b...)
	return unsafe.String(&st.lastText[from], len(b))
}

// titles returns the title table in use.
func (d *Doc) titles() *normalize.Titles {
	if d.Titles != nil {
		return d.Titles
	}
	return normalize.DefaultTitles()
}

// resolvePerson maps a name to its canonical form: a surname alone ("Whitaker") to the one full
// name the article gives with that surname, else the alias table.
func (d *Doc) resolvePerson(name string) string {
	pp := d.people
	if pp == nil {
		return d.resolvePersonOnce(name)
	}
	// the article's names are all read (indexNames) before any is resolved: the answer holds
	for k := range pp.resolved {
		if r := &pp.resolved[k]; r.name == name {
			return r.canon
		}
	}
	c := d.resolvePersonOnce(name)
	if len(pp.resolved) < memoCap {
		pp.resolved = append(pp.resolved, resolvedName{name, c})
	}
	return c
}

// hasLast reports whether lasts holds full with the last-name Key last.
func (pp *people) hasLast(last []byte, full string) bool {
	for k := range pp.lasts {
		if l := &pp.lasts[k]; l.full == full && l.last == string(last) {
			return true
		}
	}
	return false
}

// onlyFull returns the one full name the article gives with the last-name Key last, if it gives
// exactly one.
func (pp *people) onlyFull(last []byte) (string, bool) {
	full, n := "", 0
	for k := range pp.lasts {
		if l := &pp.lasts[k]; l.last == string(last) {
			full, n = l.full, n+1
		}
	}
	return full, n == 1
}

func (d *Doc) resolvePersonOnce(name string) string {
	name = dropPersonNoun(name)
	var buf [64]byte // the keys are built here and looked up without a string of their own
	k := normalize.AppendKey(buf[:0], name)
	// the article's own full name first: "Brigitte Macron … Macron said" is not the table's Macron
	if d.people != nil && len(k) > 0 && bytes.IndexByte(k, ' ') < 0 {
		if full, ok := d.people.onlyFull(k); ok {
			return d.Aliases.Canonical(full)
		}
	}
	c := d.Aliases.Canonical(name)
	if d.people == nil {
		return c
	}
	if k = normalize.AppendKey(buf[:0], c); bytes.IndexByte(k, ' ') >= 0 {
		return c
	}
	if full, ok := d.people.onlyFull(k); ok {
		return d.Aliases.Canonical(full)
	}
	return c
}

// personLike reports whether a canonical name looks like a person's: two words or more, none of
// them a body's or a place's, and not a country.
func (pp *people) personLike(name string) bool {
	for k := range pp.likes {
		if l := &pp.likes[k]; l.name == name {
			return l.like
		}
	}
	v := pp.personLikeOnce(name)
	if len(pp.likes) < memoCap {
		pp.likes = append(pp.likes, likeName{name, v})
	}
	return v
}

func (pp *people) personLikeOnce(name string) bool {
	var buf [8]string
	var key string
	if st := pp.store; st != nil {
		// the key is built on the stack and kept in the store's text, recycled with it
		var kb [64]byte
		key = st.keep(normalize.AppendKey(kb[:0], name))
	} else {
		key = normalize.Key(name)
	}
	keys := splitKey(key, &buf)
	if len(keys) < 2 {
		return false
	}
	if n, _ := pp.titles.Country(keys, 0); n == len(keys) {
		return false
	}
	for _, k := range keys {
		if pp.titles.IsBody(k) {
			return false
		}
		// notNameWords and placeSuffixes, from the word's facts when the table is at hand: one
		// probe, most often refused by its bloom filter, for two map look-ups
		if pp.tab != nil {
			if pp.tab.get(k)&(fNotName|fPlaceSuffix) != 0 {
				return false
			}
		} else if notNameWords[k] || placeSuffixes[k] {
			return false
		}
	}
	return true
}

// personAt reads the person named by words ws[i:j] (titles and honorifics before the name
// skipped): the canonical name and whether it surely is a person.
func (d *Doc) personAt(ws []word, i, j int) (string, bool) {
	pp := d.people
	titled := false
	for i < j && (pp.isHonorificWord(ws[i]) || pp.isTitleWord(ws[i])) {
		titled = true
		i++
	}
	if i >= j {
		return "", false
	}
	k := pp.nameForward(ws, i)
	if k != j {
		return "", false
	}
	raw := nameText(ws[i:j], d.Article.Text)
	c := d.resolvePerson(raw)
	if pp.personLike(c) {
		return c, true
	}
	// a single word: a person only when a title stands before it and it names no place
	if titled && j-i == 1 && !d.Aliases.Known(raw) {
		return c, true
	}
	return "", false
}

// isHonorificWord is titles.IsHonorific(w.key()), one lookup saved for one-key words.
func (pp *people) isHonorificWord(w word) bool {
	if w.nkeys() == 1 {
		return w.kf&fHonorific != 0
	}
	return pp.titles.IsHonorific(w.key())
}

// isTitleWord: a word that belongs to a title before a name ("President", "Foreign", "US").
func (pp *people) isTitleWord(w word) bool {
	if w.punct || w.nkeys() == 0 {
		return false
	}
	if w.nkeys() == 1 {
		// the lookups below for one key, read at once
		return w.kf&(fHead|fStatus|fRank|fDomain|fBody) != 0 || w.kf&fCountry != 0 && w.cap
	}
	if n, _ := pp.titles.Head(w.keyList(), 0); n > 0 {
		return true
	}
	if n, _ := pp.titles.Country(w.keyList(), 0); n == w.nkeys() && w.cap {
		return true
	}
	if n, _, _ := pp.titles.Status(w.keyList(), 0); n > 0 {
		return true
	}
	k := w.key()
	return pp.titles.Rank([]string{k}, 0) > 0 || pp.titles.IsDomain(k) || pp.titles.IsBody(k)
}

// lastKey is the last word of a name's key; a key has single spaces between its words.
func lastKey(name string) string {
	k := normalize.Key(name)
	return k[strings.LastIndexByte(k, ' ')+1:]
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// headlineSmall are the words Title Case leaves in lower case.
var headlineSmall = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "to": true,
	"of": true, "in": true, "on": true, "at": true, "for": true, "by": true, "with": true, "from": true,
	"as": true, "vs": true, "via": true, "into": true, "over": true, "after": true, "amid": true,
}

// titleCase reports whether a sentence is written in Title Case (a headline): five words or more,
// and every word but the small ones capitalised. Names cannot be delimited in such lines.
func titleCase(ws []word) bool {
	n := 0
	for i := range ws {
		w := &ws[i]
		if w.punct || w.nkeys() == 0 {
			continue
		}
		// a capitalised or small word counts (it starts with a letter, not a digit); its text is
		// read only for the others
		if w.cap || w.lf&fHeadlineSmall != 0 {
			n++
			continue
		}
		if c := w.text()[0]; c >= '0' && c <= '9' {
			continue // a figure is left out
		}
		return false
	}
	return n >= 5
}

// splitKey is strings.Fields of a key (single spaces between words, none around them), into buf
// when the key has at most eight words.
func splitKey(key string, buf *[8]string) []string {
	keys, k := buf[:0], key
	for k != "" {
		if len(keys) == len(buf) {
			return strings.Fields(key)
		}
		i := strings.IndexByte(k, ' ')
		if i < 0 {
			return append(keys, k)
		}
		keys, k = append(keys, k[:i]), k[i+1:]
	}
	return keys
}
