package extract

import (
	"strings"

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
	return m
}()

// capInsideMemo is one answer of capInside.
type capInsideMemo struct {
	w      string
	inside bool
}

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
func (pp *people) capInside(w string) bool {
	for _, m := range pp.insides {
		if m.w == w {
			return m.inside
		}
	}
	v := capInsideSents(pp.sents, w)
	pp.insides = append(pp.insides, capInsideMemo{w, v})
	return v
}

// capInsideSents is capInside over sentences.
func capInsideSents(sents []Sent, w string) bool {
	if w == "" {
		return false
	}
	for si := range sents {
		s := &sents[si]
		n := min(len(s.Tokens), len(s.lower))
		found := false
		for k := 1; k < n; k++ {
			// the word first, by its length and first byte (most words are not it), then
			// whether it is written capitalised inside the sentence
			l := s.lower[k]
			if len(l) < len(w) || l[0] != w[0] || l != w && strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s") != w {
				continue
			}
			if s.Tokens[k-1].Kind == segment.Punct || !s.Tokens[k].IsCapitalized() {
				continue
			}
			found = true
			break
		}
		if found && !titleCaseSent(s) {
			return true
		}
	}
	return false
}

// titleCaseSent is titleCase read from a sentence's tokens: five words or more, every word but
// the small ones capitalised.
func titleCaseSent(s *Sent) bool {
	n := 0
	for k := range s.Tokens {
		t := &s.Tokens[k]
		if t.Kind != segment.Word {
			continue
		}
		if t.IsCapitalized() || headlineSmall[s.Lower(k)] {
			n++
			continue
		}
		if c := t.Text[0]; c >= '0' && c <= '9' {
			continue
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
