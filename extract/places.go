package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// placePrepositions introduce a place: "in Ternopil", "strike on Kharkiv", "near Odesa".
var placePrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "near": true, "outside": true, "across": true, "around": true,
	"into": true, "from": true, "hit": true, "struck": true, "targeted": true, "targeting": true,
	"hitting": true, "striking": true, "over": true, "inside": true, "throughout": true, "hits": true,
	"rocked": true, "rocks": true, "battered": true, "through": true, "batters": true, "pounded": true, "pounds": true,
	"shook": true, "shakes": true, "devastated": true, "ravaged": true, "swept": true, "engulfed": true,
}

// notPlaces are capitalised words that follow a preposition but name no place.
var notPlaces = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "x": true, "telegram": true, "facebook": true, "twitter": true, "instagram": true,
	"tiktok": true, "youtube": true, "truth": true, "social": true, "the": true, "a": true, "an": true,
	"his": true, "her": true, "their": true, "its": true, "this": true, "that": true, "these": true,
	"those": true, "english": true, "parliament": true, "congress": true, "court": true, "christmas": true,
	"easter": true, "ramadan": true, "president": true, "prime": true, "minister": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "total": true, "all": true, "both": true, "each": true,
	"addition": true, "response": true, "particular": true, "recent": true, "other": true, "which": true,
	"what": true, "one": true, "some": true, "many": true, "most": true, "several": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true, "here": true,
	"new": false,
}

// placeSuffixes follow a place name and are not part of its key ("Ternopil region").
var placeSuffixes = map[string]bool{
	"region": true, "oblast": true, "province": true, "district": true, "city": true, "county": true,
	"state": true, "governorate": true, "prefecture": true, "area": true, "municipality": true,
}

// placeAbbrev are abbreviations that stand inside place names with their dot.
var placeAbbrev = map[string]bool{"st": true, "ste": true, "ft": true, "mt": true, "pt": true}

// Place is a place name found in a sentence.
type Place struct {
	Name        string // canonical name
	First, Last int    // token range
}

// places returns the places a sentence names, found once per sentence.
func (d *Doc) places(s *Sent) []Place {
	if d.sentPlaces == nil {
		// the places of several sentences share a chunk: one allocation for many. The list and
		// the last chunk are the word store's when there is one, recycled with it (names_slab.go)
		var tmp [16]Place
		var chunk []Place
		var st *wordStore
		if d.people != nil {
			st = d.people.store
		}
		if st != nil && cap(st.places) >= len(d.Sentences) {
			d.sentPlaces = st.places[:len(d.Sentences)] // cleared by putWordStore
		} else {
			d.sentPlaces = make([][]Place, len(d.Sentences))
		}
		if st != nil {
			chunk = st.placeChunk[:0]
		}
		last := ""
		for i := range d.Sentences {
			ps := d.appendPlaces(tmp[:0], &d.Sentences[i], last)
			if len(ps) == 0 {
				continue
			}
			last = ps[len(ps)-1].Name
			if cap(chunk)-len(chunk) < len(ps) {
				chunk = make([]Place, 0, max(8, 2*cap(chunk), len(ps)))
			}
			n := len(chunk)
			chunk = append(chunk, ps...)
			d.sentPlaces[i] = chunk[n:len(chunk):len(chunk)]
		}
		if st != nil {
			st.places, st.placeChunk = d.sentPlaces, chunk
		}
	}
	return d.sentPlaces[s.Index]
}

// findPlaces finds the places a sentence names after locative prepositions.
// "In the county" with no name after it refers back to last, the place named last before the
// sentence.
func (d *Doc) findPlaces(s *Sent, last string) []Place {
	return d.appendPlaces(nil, s, last)
}

// appendPlaces appends the places findPlaces finds to out.
func (d *Doc) appendPlaces(out []Place, s *Sent, last string) []Place {
	if s.sum&fPlacePrep == 0 && len(s.facts) == len(s.Tokens) {
		return out // no preposition that introduces a place (the sentence's facts say so at once)
	}
	// the prepositions are found by a loop over the facts alone (s.has for each token)
	n := min(len(s.Tokens), len(s.facts))
	fs := s.facts[:n]
	for i := 0; i < n; i++ {
		for uint(i) < uint(len(fs)) && fs[i]&fPlacePrep == 0 { // (i < n, unsigned: no bounds test)
			i++
		}
		if i == n {
			break
		}
		j := i + 1
		// "in the Ternopil region", "in western Ukraine", "in the city of Lviv"
		for j < len(s.Tokens) && (s.Lower(j) == "the" || isDirection(s.Lower(j))) {
			j++
		}
		if s.Lower(j+1) == "of" && placeOfNounAt(s, j) {
			j += 2 // "in the city of Lviv", "in the province of Sindh"
		} else if s.Lower(j+2) == "of" && placeOfNounAt(s, j+1) && s.Tokens[j].IsCapitalized() {
			j += 3 // "near the Serbian town of Vranje": the town, not the country's adjective
		}
		if p, ok := d.nameAt(s, j); ok {
			out = append(out, p)
			i = p.Last
			continue
		}
		// "six people died in the county": the county named before
		if last != "" && j > i+1 && s.Lower(j-1) == "the" && s.placeSuffixAt(j) && s.Lower(j+1) != "of" &&
			(j+1 >= len(s.Tokens) || !s.Tokens[j+1].IsCapitalized()) {
			out = append(out, Place{Name: last, First: j, Last: j})
			i = j
		}
	}
	return out
}

// placeParticles are the lower-case words inside place names: "Place de la Nation", "Rio de
// Janeiro", "Castellammare di Stabia", "Puerto del Rosario".
var placeParticles = map[string]bool{
	"de": true, "la": true, "le": true, "les": true, "del": true, "della": true, "di": true, "da": true,
	"du": true, "des": true, "do": true, "dos": true, "das": true, "el": true, "al": true, "sur": true,
}

// particlesAt is the token after the run of one or two name particles starting at k (k when there
// are none).
func particlesAt(s *Sent, k int) int {
	m := k
	for m < len(s.Tokens) && m < k+2 && s.Tokens[m].Kind == segment.Word && placeParticles[s.Tokens[m].Text] {
		m++
	}
	return m
}

// placeOfNoun is a noun that names a place after "of": "the city of Lviv", "the town of Vranje".
func placeOfNoun(w string) bool { return placeSuffixes[w] || w == "town" || w == "village" }

// placeOfNounAt is placeOfNoun of the lower case of token j of s.
func placeOfNounAt(s *Sent, j int) bool {
	if w := s.Lower(j); w == "town" || w == "village" {
		return true
	}
	return s.placeSuffixAt(j)
}

// placeSuffixAt is placeSuffixes[s.Lower(j)], told by the token's facts (fPlaceSuffix) when
// the sentence has them, without a map lookup.
func (s *Sent) placeSuffixAt(j int) bool {
	if len(s.facts) == len(s.Tokens) && len(s.lower) == len(s.Tokens) {
		return s.has(j, fPlaceSuffix) // (facts are 0 for punctuation, which is no suffix)
	}
	return placeSuffixes[s.Lower(j)]
}

// lastPlaceSuffix is placeSuffixes[strings.ToLower(w)] for w, the text of token m of s or that
// text less a possessive: the token's facts tell when w is its whole text (most names), with
// neither a lower-case copy nor a map lookup.
func lastPlaceSuffix(s *Sent, w string, m int) bool {
	if uint(m) < uint(len(s.Tokens)) && len(w) == len(s.Tokens[m].Text) {
		return s.placeSuffixAt(m)
	}
	return placeSuffixes[strings.ToLower(w)]
}

func isDirection(w string) bool {
	switch w {
	case "western", "eastern", "northern", "southern", "central", "northeastern", "northwestern",
		"southeastern", "southwestern", "north", "south", "east", "west", "northeast", "northwest",
		"southeast", "southwest", "downtown", "suburban", "rural", "coastal", "occupied", "neighbouring", "neighboring":
		return true
	}
	return false
}

// nameAt reads a capitalised place name starting at token j ("Ternopil", "New York City", "Gaza Strip").
func (d *Doc) nameAt(s *Sent, j int) (Place, bool) {
	if j >= len(s.Tokens) {
		return Place{}, false
	}
	t := &s.Tokens[j]
	if t.Kind != segment.Word || len(t.Text) < 2 || !t.IsCapitalized() {
		return Place{}, false
	}
	// notPlaces of the word less a possessive: the fact bit of its lower case when there is none
	if l := s.Lower(j); strings.HasSuffix(l, "s") && (strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")) {
		if notPlaces[strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")] {
			return Place{}, false
		}
	} else if s.has(j, fNotPlace) {
		return Place{}, false
	}
	if isPersonTitle(s.Lower(j)) {
		return Place{}, false
	}
	k := j
	for k+1 < len(s.Tokens) && k-j < 4 {
		n := &s.Tokens[k+1]
		if n.Kind == segment.Word && n.IsCapitalized() && !s.has(k+1, fNotPlace) && n.Start == s.Tokens[k].End+1 { // notPlaces
			k++
			continue
		}
		// "St. Lucie", "Ft. Myers", "Mt. Vernon": an abbreviation's dot inside the name
		if n.Text == "." && placeAbbrev[s.Lower(k)] && k+2 < len(s.Tokens) && s.Tokens[k+2].IsCapitalized() && n.Start == s.Tokens[k].End {
			k += 2
			continue
		}
		// "Place de la Nation", "Rio de Janeiro": particles inside the name
		if m := particlesAt(s, k+1); m > k+1 && m < len(s.Tokens) && s.Tokens[m].Kind == segment.Word && s.Tokens[m].IsCapitalized() && k-j < 3 {
			k = m
			continue
		}
		break
	}
	// the words joined by spaces, built on the stack: most names are the article's own text
	// ("New York City"), cut from it without a string of their own
	var wbuf [8]string
	var tbuf [8]int
	words, toks := wbuf[:0], tbuf[:0] // the words and the token each is
	for m := j; m <= k; m++ {
		w := s.Tokens[m].Text
		if w == "." {
			continue // "St. Lucie" and "St Lucie" are one place
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		words, toks = append(words, w), append(toks, m)
	}
	// drop a trailing suffix word ("Ternopil Region")
	suffixed := s.placeSuffixAt(k + 1) // "Congo's Kasai province"
	if len(words) > 1 && lastPlaceSuffix(s, words[len(words)-1], toks[len(toks)-1]) {
		words, toks = words[:len(words)-1], toks[:len(toks)-1]
		suffixed = true
	}
	// a region named with its country's possessive is the region: "Congo's Kasai province" and
	// "Ukraine's Kharkiv region" are Kasai and Kharkiv (a name with a possessive and no suffix
	// after it, "Martha's Vineyard", stays whole)
	if suffixed {
		for x := len(words) - 2; x >= 0; x-- {
			if l := s.Lower(toks[x]); strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
				words, toks = words[x+1:], toks[x+1:]
				break
			}
		}
	}
	name := words[0]
	if len(words) > 1 {
		var buf [64]byte
		b := buf[:0]
		for x, w := range words {
			if x > 0 {
				b = append(b, ' ')
			}
			b = append(b, w...)
		}
		if name = d.Article.Text[s.Tokens[toks[0]].Start:s.Tokens[toks[len(toks)-1]].End]; name != string(b) {
			name = string(b)
		}
	}
	return Place{Name: d.Aliases.Canonical(name), First: j, Last: k}, true
}

func isPersonTitle(w string) bool {
	switch w {
	case "president", "minister", "secretary", "ambassador", "general", "gen", "col", "admiral", "mayor",
		"governor", "senator", "sen", "rep", "chancellor", "king", "queen", "prince", "pope", "envoy", "spokesman",
		"spokeswoman", "spokesperson", "chief", "director", "commander", "lt", "sgt", "capt", "mr", "mrs", "ms", "dr":
		return true
	}
	return false
}

// placeFor picks the place a value at token index at belongs to: first a place that follows the value
// in the same clause with no other claimed value between ("killed 12 in Kharkiv and 5 in Odesa"),
// else the nearest place before it ("the attack on Kharkiv killed 12"); else a place of an earlier
// sentence of the paragraph, else the article's dominant place (direct is then false).
func (d *Doc) placeFor(s *Sent, at int, others []int) (string, bool) {
	ps := d.places(s)
	for _, p := range ps {
		if p.First <= at {
			continue
		}
		if sameClause(s, at, p.First) && !anyBetween(others, at, p.First) {
			return p.Name, true
		}
		break
	}
	for k := len(ps) - 1; k >= 0; k-- {
		if ps[k].Last < at {
			return ps[k].Name, true
		}
	}
	// an earlier sentence of the same paragraph
	for k := s.Index - 1; k >= 0 && d.Sentences[k].Para == s.Para; k-- {
		if ps := d.places(&d.Sentences[k]); len(ps) > 0 {
			return ps[len(ps)-1].Name, false
		}
	}
	return d.topPlace, false
}

// sameClause reports whether tokens a..b stand in one clause: no comma, semicolon or clause
// conjunction between them.
func sameClause(s *Sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch s.Lower(k) {
		case ",", ";", ":", "while", "whereas", "but", "although", "though", "—", "–":
			return false
		}
	}
	return true
}

func anyBetween(xs []int, a, b int) bool {
	for _, x := range xs {
		if x > a && x < b {
			return true
		}
	}
	return false
}

// dominantPlace is the place an article is about: named more often than any other. A wire
// dateline's city counts as one naming and wins a tie.
func (d *Doc) dominantPlace() string {
	type kv struct {
		k string
		v int
	}
	// the names in order of first mention with their counts: an article names few places, and
	// looking them up in a short list beats a map
	var buf [32]kv
	kvs := buf[:0]
	var count map[string]int // when the list grows long
	add := func(name string) {
		if count != nil {
			count[name]++
			return
		}
		for x := range kvs {
			if kvs[x].k == name {
				kvs[x].v++
				return
			}
		}
		if len(kvs) == len(buf) {
			count = make(map[string]int, 2*len(kvs))
			for _, e := range kvs {
				count[e.k] = e.v
			}
			count[name]++
			return
		}
		kvs = append(kvs, kv{name, 1})
	}
	for i := range d.Sentences {
		for _, p := range d.places(&d.Sentences[i]) {
			add(p.Name)
		}
	}
	dateline := d.datelinePlace()
	if dateline != "" {
		add(dateline)
	}
	if count != nil {
		kvs = kvs[:0]
		for k, v := range count {
			kvs = append(kvs, kv{k, v})
		}
	}
	// the one name counted most often; on a tie the dateline's city, else none
	best, tie := -1, false
	for x, e := range kvs {
		switch {
		case best < 0 || e.v > kvs[best].v:
			best, tie = x, false
		case e.v == kvs[best].v:
			tie = true
		}
	}
	if tie && dateline != "" {
		for x, e := range kvs {
			if e.k == dateline && e.v == kvs[best].v {
				best, tie = x, false
			}
		}
	}
	if best < 0 || tie {
		return ""
	}
	return kvs[best].k
}
