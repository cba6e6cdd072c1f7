package extract

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/segment"
)

// gender is what a text tells of a person's gender, for resolving "he" and "she": from an
// honorific or a gendered noun next to the name ("Mrs Brennan", "Brennan, a mother of three"),
// else from a table of unambiguous given names. Unknown never rules a person out.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// pronounGender is the gender of a personal pronoun, unknown for any other word.
func pronounGender(w string) gender {
	switch w {
	case "he", "him", "his", "himself":
		return genderMale
	case "she", "her", "hers", "herself":
		return genderFemale
	}
	return genderUnknown
}

// fits reports whether a person of gender p may be meant by a pronoun of gender want: only a
// known, different gender rules the person out.
func (want gender) fits(p gender) bool {
	return want == genderUnknown || p == genderUnknown || p == want
}

// genderWords are the words that give the gender of the name they stand before ("Mrs Olga
// Brennan", "spokeswoman Olga Brennan", "her husband Tom Haley") or of the name a short
// appositive follows ("Brennan, a mother of three,"). "Sheikh" is left out: it is part of
// women's names too (Sheikh Hasina); so are "chairman" and "alderman", held by women too.
var genderWords = map[string]gender{
	"mr": genderMale, "mister": genderMale, "sir": genderMale, "lord": genderMale, "king": genderMale,
	"prince": genderMale, "duke": genderMale, "baron": genderMale, "earl": genderMale, "emperor": genderMale,
	"tsar": genderMale, "pope": genderMale, "cardinal": genderMale, "monsignor": genderMale,
	"monsieur": genderMale, "herr": genderMale, "señor": genderMale, "senor": genderMale, "signor": genderMale,
	"spokesman": genderMale, "businessman": genderMale, "congressman": genderMale, "councilman": genderMale,
	"assemblyman": genderMale, "policeman": genderMale, "sportsman": genderMale, "anchorman": genderMale,
	"father": genderMale, "husband": genderMale, "widower": genderMale, "son": genderMale,
	"brother": genderMale, "grandfather": genderMale, "grandson": genderMale, "uncle": genderMale,
	"nephew": genderMale, "boyfriend": genderMale, "fiancé": genderMale, "stepfather": genderMale,
	"stepson": genderMale, "dad": genderMale, "grandpa": genderMale, "monk": genderMale,
	"patriarch": genderMale, "schoolboy": genderMale,

	"mrs": genderFemale, "ms": genderFemale, "miss": genderFemale, "mme": genderFemale,
	"madame": genderFemale, "madam": genderFemale, "mademoiselle": genderFemale, "mlle": genderFemale,
	"frau": genderFemale, "señora": genderFemale, "senora": genderFemale, "señorita": genderFemale,
	"signora": genderFemale, "dame": genderFemale, "lady": genderFemale, "queen": genderFemale,
	"princess": genderFemale, "duchess": genderFemale, "baroness": genderFemale, "countess": genderFemale,
	"empress": genderFemale, "tsarina": genderFemale,
	"spokeswoman": genderFemale, "businesswoman": genderFemale, "congresswoman": genderFemale,
	"chairwoman": genderFemale, "councilwoman": genderFemale, "assemblywoman": genderFemale,
	"policewoman": genderFemale, "sportswoman": genderFemale, "anchorwoman": genderFemale,
	"mother": genderFemale, "wife": genderFemale, "widow": genderFemale, "daughter": genderFemale,
	"sister": genderFemale, "grandmother": genderFemale, "granddaughter": genderFemale, "aunt": genderFemale,
	"niece": genderFemale, "girlfriend": genderFemale, "fiancée": genderFemale, "stepmother": genderFemale,
	"stepdaughter": genderFemale, "mum": genderFemale, "mom": genderFemale, "grandma": genderFemale,
	"nun": genderFemale, "matriarch": genderFemale, "schoolgirl": genderFemale, "actress": genderFemale,
	"heiress": genderFemale, "housewife": genderFemale,
}

// appositiveGender are gendered words that tell a person's gender only as the head of an
// appositive ("Brennan, the first woman to lead the city"), never before a name.
var appositiveGender = map[string]gender{
	"man": genderMale, "boy": genderMale, "gentleman": genderMale, "male": genderMale,
	"woman": genderFemale, "girl": genderFemale, "female": genderFemale,
}

//go:embed data/givennames.txt
var givenNamesText string

var (
	givenNamesOnce sync.Once
	givenNames     map[string]gender
)

// loadGivenNames parses the given-name table on first use: most articles never need it.
func loadGivenNames() {
	givenNames = make(map[string]gender, 700)
	g := genderUnknown
	for line := range strings.Lines(givenNamesText) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line == "f:":
			g = genderFemale
		case line == "m:":
			g = genderMale
		default:
			for _, n := range strings.Fields(line) {
				givenNames[n] = g
			}
		}
	}
}

// givenNameGender is the gender of given name n in the table, unknown when it is not listed.
// A double name is read by its whole or its first part: "Anna-Lena", "Jean-Luc".
func givenNameGender(n string) gender {
	givenNamesOnce.Do(loadGivenNames)
	var buf [32]byte
	b := buf[:0]
	for _, r := range n {
		if r == '.' || len(b) > len(buf)-utf8.UTFMax {
			return genderUnknown // an initial ("J.") or no given name
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	if g, ok := givenNames[string(b)]; ok {
		return g
	}
	if h := strings.IndexByte(n, '-'); h > 0 {
		return givenNameGender(n[:h])
	}
	return genderUnknown
}

// personGender is what the article tells of the gender of person p (a speaker as the
// attribution readers name them): a proxy ("spokeswoman for Olga Brennan") by its noun; a
// full name by its given name, else by the words next to the name in the text.
func (d *Doc) personGender(p string) gender {
	if p == "" {
		return genderUnknown
	}
	sp := strings.IndexByte(p, ' ')
	first := p
	if sp > 0 {
		first = p[:sp]
	}
	if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) {
		if g := genderWords[first]; g != genderUnknown {
			return g // "spokeswoman for …": never the one spoken for
		}
		return roleGender(p) // "police spokeswoman"; "local officials": unknown
	}
	if sp > 0 {
		// "Sheriff Michael Johnson": the given name follows the title
		if rest := p[sp+1:]; strings.IndexByte(rest, ' ') > 0 && (isPersonTitle(strings.ToLower(first)) || roleSpeakerNouns[strings.ToLower(first)]) {
			first = rest[:strings.IndexByte(rest, ' ')]
		}
		if g := givenNameGender(first); g != genderUnknown {
			return g
		}
	}
	return d.textGender(p[strings.LastIndexByte(p, ' ')+1:])
}

// textGender reads the gender the text gives the person whose last name is last: a gendered
// word before the name ("Mrs Brennan", "Mrs. Olga Brennan", "her husband Tom Haley", "the
// boy's mother, Olga Brennan,") or heading an appositive after it ("Brennan, a mother of
// three"). Words for both genders, as of two people of one surname, tell nothing.
func (d *Doc) textGender(last string) gender {
	if len(last) < 2 {
		return genderUnknown
	}
	for _, m := range d.genders {
		if m.last == last {
			return m.g
		}
	}
	g := d.readTextGender(last)
	d.genders = append(d.genders, lastGender{last, g})
	return g
}

// lastGender is a gender textGender read for a last name.
type lastGender struct {
	last string
	g    gender
}

// readTextGender is textGender read from the article's tokens: asked of every pronoun's possible
// speaker, it is read once per name and article.
func (d *Doc) readTextGender(last string) gender {
	var seen [3]bool
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !strings.Contains(s.Text, last) {
			continue // most sentences do not name the person: one search of the text refuses them
		}
		for i := range s.Tokens {
			if s.Tokens[i].Text == last {
				seen[nameGenderAt(s, i)] = true
			}
		}
	}
	switch {
	case seen[genderMale] && !seen[genderFemale]:
		return genderMale
	case seen[genderFemale] && !seen[genderMale]:
		return genderFemale
	}
	return genderUnknown
}

// nameGenderAt is the gender the words around the last name at token i of s give it.
func nameGenderAt(s *Sent, i int) gender {
	// before: skip the given and middle names, then an abbreviation's period
	k := i - 1
	for n := 0; n < 2 && k > 0 && s.Tokens[k].Kind == segment.Word && s.Tokens[k].IsCapitalized() && genderWords[s.Lower(k)] == genderUnknown; n++ {
		k--
	}
	first := k + 1 // where the name starts
	if s.Lower(k) == "." {
		k--
	}
	if g := genderWords[s.Lower(k)]; g != genderUnknown {
		return g
	}
	// "the boy's mother, Olga Brennan, said": a noun and a name between commas
	if s.Lower(first-1) == "," && s.Lower(i+1) == "," {
		if g := genderWords[s.Lower(first-2)]; g != genderUnknown && first-2 > 0 && !s.Tokens[first-2].IsCapitalized() {
			return g
		}
	}
	// after: "Brennan, a mother of three", "Brennan, the mayor's wife". Not "Haley, his wife
	// and their sons": a list, not an appositive
	j := i + 1
	if s.Lower(j) != "," {
		return genderUnknown
	}
	j++
	switch w := s.Lower(j); {
	case w == "a" || w == "an" || w == "the":
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
	default:
		return genderUnknown
	}
	for end := j + 4; j < end && j < len(s.Tokens) && s.Tokens[j].Kind == segment.Word; j++ {
		w := s.Lower(j)
		g := genderWords[w]
		if g == genderUnknown {
			g = appositiveGender[w]
		}
		if g != genderUnknown {
			if inList(s, j+1) {
				return genderUnknown
			}
			return g
		}
		switch w {
		case "of", "who", "whose", "and", "with", "for", "to", "in", "at", "on", "from", "by", "that":
			return genderUnknown // the head noun is past: "a friend of the man"
		}
	}
	return genderUnknown
}

// inList reports whether the phrase from token j to the next comma or end of sentence goes on
// with "and" or a plural verb: "Tom Haley, a woman and two children were killed" lists people.
func inList(s *Sent, j int) bool {
	for end := j + 12; j < end && j < len(s.Tokens); j++ {
		switch s.Lower(j) {
		case ",", ".", ";", "!", "?", "—", "–":
			return false
		case "and", "or", "were", "are":
			return true
		}
	}
	return false
}
