package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// titleWords returns, for a sentence written in Title Case or capitals (a headline: "Carmaker To
// Shed 2,400 Jobs At Halden Plant"), a copy whose words read in lower case, into buf; nil for
// any other sentence. The quantity readers tell a verb or a counted noun from a name by its case,
// which such a line does not give: they read the copy, where no word is taken for a name (the
// owner of a figure is then left unsaid, which joins it to the others), and its places are the
// sentence's own (Doc.places reads the document's sentences, by index, and titlePlace checks
// them). Months and weekdays keep their capital ("In March" is a period, "march" a verb), and so
// do acronyms in a line that is not all capitals ("US To Send 3,000 Troops": not "us") and
// single letters ("45C": degrees Celsius).
func titleWords(s *Sent, buf []segment.Token) []segment.Token {
	if !titleCaseSent(s) {
		return nil
	}
	caps := allCaps(s)
	buf = append(buf[:0], s.Tokens...)
	for k := range buf {
		if buf[k].Kind != segment.Word || k >= len(s.lower) {
			continue
		}
		w := s.lower[k]
		if isMonthWord(w) || weekday(w) || !caps && isAcronym(buf[k].Text) || len(w) == 1 {
			continue
		}
		buf[k].Text = w
	}
	return buf
}

// allCaps reports whether every word of s of two letters or more is written in capitals.
func allCaps(s *Sent) bool {
	for k := range s.Tokens {
		if t := &s.Tokens[k]; t.Kind == segment.Word && len(t.Text) > 1 && !isAcronym(t.Text) {
			return false
		}
	}
	return true
}

// original is the document's sentence a copy made by titleWords stands for, or s itself: who a
// sentence credits is read from its words as written (attributions are kept by sentence).
func (d *Doc) original(s *Sent) *Sent {
	if i := s.Index; uint(i) < uint(len(d.Sentences)) && d.Sentences[i].Start == s.Start && len(d.Sentences[i].Tokens) == len(s.Tokens) {
		return &d.Sentences[i]
	}
	return s
}

// titlePlace is the name of place p of a Title Case sentence as a scope: a place name runs over
// every capitalised word after it, which in such a line are all ("At Halden Plant", "In Capital
// As Voters Queue"). The country its first words name, or else the longest run of its first words
// that the article names as a place in a sentence of its own ("the plant in Halden") or that the
// alias table knows, is kept; "" when there is none, and the figure then takes the one scope its
// story gives (compare.resolveScopes).
func (d *Doc) titlePlace(s *Sent, p Place) string {
	words := strings.Fields(p.Name)
	var kb [8]string
	keys := kb[:0]
	for _, w := range words {
		keys = append(keys, strings.ToLower(w))
	}
	if n, _ := d.titles().Country(keys, 0); n > 0 && n <= len(words) {
		return strings.Join(words[:n], " ") // "In Kenya Presidential Vote": Kenya
	}
	for n := len(words); n > 0; n-- {
		name := strings.Join(words[:n], " ")
		if d.Aliases.Known(name) || d.placeNamedElsewhere(s.Index, name) {
			return name
		}
	}
	return ""
}

// placeNamedElsewhere reports whether a sentence of the document other than the one at skip, and not in
// Title Case, names the place name.
func (d *Doc) placeNamedElsewhere(skip int, name string) bool {
	for i := range d.Sentences {
		o := &d.Sentences[i]
		if i == skip || len(d.places(o)) == 0 || titleCaseSent(o) {
			continue
		}
		for _, q := range d.places(o) {
			if strings.EqualFold(q.Name, name) {
				return true
			}
		}
	}
	return false
}

// titleOwner is the owner of the verb at v of a Title Case sentence s, as written: the name before
// it ("Nordvik Motors To Shed 2,400 Jobs") when the article writes that name in another sentence
// too, or it is an acronym or a name the alias table knows ("EU"), since in such a line any words
// may be read as a name ("Halden Plant To Lose 2,400 Jobs"); "" otherwise, and the figure then
// joins the others of its key.
func (d *Doc) titleOwner(s *Sent, v int) string {
	name := d.ownerOf(s, v)
	if name == "" {
		return ""
	}
	if d.Aliases.Known(name) || isAcronym(name) && !allCaps(s) {
		return name // "EU To Spend €50 Billion": a name in any line
	}
	first, last := s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End
	text := d.Article.Text
	if first > len(text) || last > len(text) || !strings.Contains(text[:first], name) && !strings.Contains(text[last:], name) {
		return ""
	}
	return name
}
