package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/segment"
)

// A sentence capitalises its first word whatever it is: "Dock workers walked out", "Power was
// restored", "Neighbour Tom Haley said". Such a word is read as no name when it is a common
// English word of the lists below, the article never writes it capitalised inside a sentence
// (where a surname stands: "Samantha Power said", "James Baker said" make "Power" and "Baker"
// names at an opening too), and the alias table does not know it as a name. The lists hold
// words news sentences open with; places and surnames that are also common words ("Reading",
// "Bath", "Nice", "Rice", "Brown", "Young", "May") are left out or kept by their capitalised use
// inside a sentence.

// Kinds of common opening words.
const (
	openCommon = 1 + iota // a common noun or adjective: no name when a lower-case word follows
	openPerson            // a noun for a person, also before a name: "Neighbour Tom Haley"
)

// openPersonWords describe a person and stand before a name at a sentence's opening
// ("Witness Anna Ruiz said", "Firefighter Tom Haley"), never as a part of it.
var openPersonWords = []string{
	"neighbour", "neighbor", "witness", "eyewitness", "resident", "survivor", "firefighter",
	"paramedic", "nurse", "teacher", "student", "pupil", "driver", "passenger", "shopkeeper",
	"fisherman", "villager", "volunteer", "activist", "analyst", "economist", "researcher",
	"scientist", "journalist", "photographer", "tourist", "climber", "hiker", "bystander",
	"widow", "victim", "relative", "colleague", "landlord", "tenant", "employee", "engineer",
	"mechanic", "soldier", "protester", "protestor", "campaigner", "voter", "commuter", "retiree",
	"pensioner", "homeowner", "businessman", "businesswoman", "entrepreneur", "veteran",
	"organiser", "organizer", "lecturer", "midwife", "surgeon", "pharmacist", "labourer", "laborer",
	"miner", "rescuer", "lifeguard", "coastguard", "doctor", "grandmother", "grandfather", "parent",
	"daughter", "wife", "husband", "farmer", "lawyer", "pilot", "owner", "manager", "worker",
	"trader", "banker", "investor", "vendor", "builder", "plumber", "electrician", "cleaner",
	"motorist", "pedestrian", "cyclist", "sailor", "detective", "chef", "caretaker", "carer",
	// not "son", "fan", "mother", "sister", "brother": "Son Heung-min", "Fan Bingbing",
	// "Mother Teresa" open with them
}

// openCommonWords are common nouns and adjectives that open news sentences before a lower-case
// word ("Power was restored", "Dock workers walked out", "Heavy rain fell"). Words that open
// proper names of bodies ("National Guard", "Red Cross", "White House", "New York") are left
// out: a capitalised word after them is read with them.
var openCommonWords = []string{
	"power", "electricity", "water", "gas", "fuel", "oil", "diesel", "petrol", "energy", "coal",
	"dock", "port", "rail", "road", "traffic", "flight", "bus", "ferry", "rescue", "relief",
	"recovery", "repair", "damage", "debris", "shelter", "evacuation", "search", "aid", "food",
	"rain", "snow", "wind", "smoke", "fog", "ice", "heat", "flooding", "fire", "flood", "storm",
	"heavy", "strong", "fierce", "intense", "severe", "thick", "fresh", "cold", "hot", "warm", "dry",
	"wet", "freezing", "torrential", "sporadic", "renewed", "further", "additional", "initial",
	"preliminary", "partial", "overnight", "daily", "annual", "local", "rural", "urban",
	"prices", "inflation", "trade", "growth", "unemployment", "wages", "rent", "housing", "demand",
	"supply", "production", "output", "sales", "exports", "imports", "shares", "stocks", "turnout",
	"voting", "polling", "counting", "construction", "work", "staff", "crew", "security",
	"grain", "wheat", "rice", "sugar", "coffee", "cotton", "steel", "copper", "bread", "milk",
	"meat", "medicine", "treatment", "testing", "vaccination", "schooling", "mail", "waste",
	"garbage", "rubbish", "sewage", "drinking", "tap", "mains", "backup", "emergency",
}

// openWords maps each listed word to its kind.
var openWords = func() map[string]uint8 {
	m := make(map[string]uint8, len(openPersonWords)+len(openCommonWords))
	for _, w := range openCommonWords {
		m[w] = openCommon
	}
	for _, w := range openPersonWords {
		m[w] = openPerson
	}
	for _, w := range openMoneyWords { // fix_openers.go
		m[w] = openCommon
	}
	return m
}()

// opensSentence reports whether word i of a sentence's words stands where any word is
// capitalised: the sentence's first, or the first after an opening quote or a dash ("LONDON —
// Power was restored").
func opensSentence(ws []word, i int) bool {
	if i == 0 {
		return true
	}
	p := &ws[i-1]
	if !p.punct {
		return false
	}
	switch p.text() {
	case "\"", "“", "‘", "'", "-", "–", "—":
		return true
	}
	return false
}

// commonOpener reports whether word i, which opens its sentence (opensSentence), is a common word
// capitalised by its place, not a name (see the lists above).
func (pp *people) commonOpener(ws []word, i int) bool {
	w := &ws[i]
	if w.nkeys() != 1 {
		return false
	}
	k := w.keyList()[0]
	kind := openWords[k]
	if kind == 0 {
		return false
	}
	if i+1 < len(ws) && ws[i+1].cap && !ws[i+1].punct && kind != openPerson {
		return false // "Power Station", "Fire Brigade": a name of its own may start here
	}
	if pp.capInside(k) {
		return false // "Samantha Power said … Power added"
	}
	return pp.aliases == nil || !pp.aliases.Known(w.text())
}

// capInside reports whether the article writes w (a lower-case key) capitalised inside a
// sentence: after a word, not at an opening or after punctuation, and not in a headline written
// in Title Case. Such a word is a name ("Power", after "Samantha Power").
//
// An article of news asks for a word or two: each is looked for in its sentences
// (capInsideSents). A long text (a chunk of a huge file: thousands of sentences, many openers)
// is read once for all the words of the lists instead (capInsideWords).
func (pp *people) capInside(w string) bool {
	if !pp.insideRead {
		pp.insideRead = true
		pp.insideAll = len(pp.sents) > capInsideOnce
		if pp.insideAll {
			pp.insides = capInsideWords(pp.sents)
		}
	}
	if pp.insideAll {
		return slices.Contains(pp.insides, w)
	}
	if i := slices.Index(pp.asked, w); i >= 0 {
		return pp.askedIn[i]
	}
	v := capInsideSents(pp.sents, w)
	pp.asked, pp.askedIn = append(pp.asked, w), append(pp.askedIn, v)
	return v
}

// capInsideOnce is the number of sentences above which capInside reads the text once for every
// word (a news article has 20 to 80 sentences).
const capInsideOnce = 400

// capInsideSents is capInside over sentences, for one word.
func capInsideSents(sents []Sent, w string) bool {
	if w == "" {
		return false
	}
	// a token written with an ASCII first byte is the word capitalised only when that byte is
	// the word's first letter in upper case: most tokens are refused by that byte of their text
	// alone (the listed words are ASCII; another word gets a byte no ASCII text starts with)
	up := byte(0x80)
	if c := w[0]; 'a' <= c && c <= 'z' {
		up = c - ('a' - 'A')
	}
	// a token opening with a byte beyond ASCII lowers to a word opening with an ASCII letter
	// only for 'İ' (i) and 'K' (the Kelvin sign, k): for a word opening with another ASCII
	// letter, its capital alone opens the tokens to look at, found in the text (capInsideText)
	byText := up != 0x80 && up != 'I' && up != 'K'
	for si := range sents {
		s := &sents[si]
		var found bool
		if byText {
			found = capInsideText(s, w, up)
		} else {
			found = capInsideTokens(s, w, up)
		}
		if found && !titleCaseSent(s) {
			return true
		}
	}
	return false
}

// capInsideTokens reports whether a token of s after its first, opening with the byte up or a
// byte beyond ASCII, is w capitalised after a word (capInsideAt).
func capInsideTokens(s *Sent, w string, up byte) bool {
	n := min(len(s.Tokens), len(s.lower))
	toks := s.Tokens[:n]
	for k := 1; k < n; k++ {
		// (a loop of its own, calling nothing: what it reads stays in registers)
		for ; uint(k) < uint(len(toks)); k++ { // (unsigned: no bounds test)
			if t := toks[k].Text; t == "" || t[0] == up || t[0] >= utf8.RuneSelf {
				break
			}
		}
		if k >= len(toks) {
			break
		}
		if capInsideAt(s, k, w) {
			return true
		}
	}
	return false
}

// capInsideText is capInsideTokens for an up in ASCII, when no token opening with a byte beyond
// ASCII can be w: the tokens opening with up are found by looking for up in the sentence's text
// (IndexByte reads many bytes at once; most sentences have none or one), each then found among
// the tokens by its offset.
func capInsideText(s *Sent, w string, up byte) bool {
	n := min(len(s.Tokens), len(s.lower))
	if n < 2 {
		return false
	}
	toks := s.Tokens[:n]
	// the tokens after the first, as offsets in the sentence's text (tokens are cut from it)
	from, to := toks[1].Start-s.Start, toks[n-1].End-s.Start
	if from < 0 || from > to || to > len(s.Text) {
		return capInsideTokens(s, w, up) // (not tokens of this text)
	}
	text := s.Text[:to]
	k := 1
	for p := from; p < len(text); p++ {
		d := strings.IndexByte(text[p:], up)
		if d < 0 {
			return false
		}
		p += d
		// the first token from k on that does not start before p
		at := s.Start + p
		lo, hi := k, n
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if toks[m].Start < at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if k = lo; k >= n {
			return false
		}
		if toks[k].Start == at && capInsideAt(s, k, w) {
			return true
		}
	}
	return false
}

// capInsideAt reports whether token k of s (k >= 1) is w, or w's possessive, written capitalised
// after a word.
func capInsideAt(s *Sent, k int, w string) bool {
	// the word first, by its length and first byte (most words are not it), then whether it is
	// written capitalised inside the sentence
	l := s.lower[k]
	if len(l) < len(w) || l[0] != w[0] || l != w && strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s") != w {
		return false
	}
	return s.Tokens[k-1].Kind != segment.Punct && s.Tokens[k].IsCapitalized()
}

// openShapes has, for each first byte of a word of openWords, bit n set for each length n that
// word or its possessive ("power's", "power’s") may have, modulo 64.
var openShapes = func() (t [256]uint64) {
	for w := range openWords {
		for _, n := range []int{len(w), len(w) + len("'s"), len(w) + len("’s")} {
			t[w[0]] |= 1 << (n & 63)
		}
	}
	return t
}()

// capInsideWords lists the words of the lists above (openWords) that the sentences write
// capitalised inside a sentence, outside Title Case headlines: one pass over the article, however
// many openers ask (a chunk of a huge file has thousands of sentences and many openers).
func capInsideWords(sents []Sent) []string {
	var out []string
	for si := range sents {
		s := &sents[si]
		n := min(len(s.Tokens), len(s.lower))
		title := 0 // 1 for a Title Case sentence, 2 for another, 0 before it is asked
		for k := 1; k < n; k++ {
			// most words are none of the list's, told by their first byte and length (with a
			// possessive's two or four bytes more) before anything else is read
			l := s.lower[k]
			if l == "" || openShapes[l[0]]&(1<<(len(l)&63)) == 0 {
				continue
			}
			if s.Tokens[k-1].Kind == segment.Punct || !s.Tokens[k].IsCapitalized() {
				continue
			}
			w := strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")
			if openWords[w] == 0 || slices.Contains(out, w) {
				continue
			}
			if title == 0 {
				title = 2
				if titleCaseSent(s) {
					title = 1
				}
			}
			if title == 1 {
				break
			}
			out = append(out, w)
		}
	}
	return out
}

// titleCaseSent is titleCase read from a sentence's tokens: five words or more, every word but
// the small ones capitalised. A word opening with no letter, or the scale written onto a number,
// is passed over: "Swedish Lender Agrees €2.3bn Takeover Of Danish Rival" is Title Case.
func titleCaseSent(s *Sent) bool {
	// asked of a sentence by every quantity reader and more: read once
	switch s.title {
	case 1:
		return true
	case 2:
		return false
	}
	t := readTitleCase(s)
	s.title = 2
	if t {
		s.title = 1
	}
	return t
}

// readTitleCase is titleCaseSent read from the tokens.
func readTitleCase(s *Sent) bool {
	n := 0
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		// headlineSmall by the word's fact bit (looked up only where the facts were not read)
		if t.IsCapitalized() || s.has(k, fHeadlineSmall) || k >= len(s.facts) && headlineSmall[s.Lower(k)] {
			n++
			continue
		}
		if c := t.Text[0]; c < utf8.RuneSelf && !('a' <= c && c <= 'z') {
			continue // "2,400", "€2.3bn"
		} else if r, _ := utf8.DecodeRuneInString(t.Text); c >= utf8.RuneSelf && !unicode.IsLetter(r) {
			continue
		}
		if k > 0 && s.Tokens[k-1].Kind == segment.Number && s.Tokens[k-1].End == t.Start {
			continue // the scale of an amount: "€2.3bn"
		}
		return false
	}
	return n >= 5
}

// dropPersonNoun drops a noun for a person that a name read from capitalised words begins with
// ("Neighbour Tom Haley" → "Tom Haley", as a sentence's opening writes it) when a full name of
// two words or more is left: the noun tells what the person is, it is no part of the name.
func dropPersonNoun(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp <= 0 || strings.IndexByte(name[sp+1:], ' ') < 0 {
		return name
	}
	first := name[:sp]
	if len(first) > 16 || !isUpperWord(first) {
		return name
	}
	var buf [16]byte
	b := buf[:0]
	for i := 0; i < len(first); i++ {
		c := first[i]
		if c >= 0x80 {
			return name // the listed nouns are ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if openWords[string(b)] != openPerson {
		return name
	}
	return name[sp+1:]
}
