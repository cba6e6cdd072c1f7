package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// This file resolves speakers a sentence refers to rather than names: "they" (the group that
// spoke just before), a lower-case role ("the governor", "the health minister": its holder when
// the article has named exactly one), and "he"/"she" for a person named in the sentence before
// who has not spoken yet. Each resolves only when one reading is sure; an unsure one credits no
// one, as a wrong speaker misleads a fact-checker (conflict notes name who each source credits).

// roleSpeakerNouns are singular posts and roles a lower-case speaker may be named by ("the
// health minister said", "a police officer told"), besides the singular source nouns (governor,
// mayor, spokesman…). Each names one person.
var roleSpeakerNouns = map[string]bool{
	"minister": true, "president": true, "premier": true, "chancellor": true, "sheriff": true,
	"commissioner": true, "chief": true, "prosecutor": true, "coroner": true, "director": true,
	"chairman": true, "chairwoman": true, "chairperson": true, "chair": true, "secretary": true,
	"senator": true, "ambassador": true, "judge": true, "executive": true, "superintendent": true,
	"commander": true, "inspector": true, "captain": true, "lawmaker": true, "legislator": true,
	"congressman": true, "congresswoman": true, "councillor": true, "councilman": true,
	"councilwoman": true, "envoy": true, "general": true, "officer": true, "doctor": true,
	"surgeon": true, "pathologist": true, "investigator": true, "paramedic": true, "firefighter": true, "witness": true,
	"headteacher": true, "principal": true, "administrator": true, "manager": true,
}

// roleDeterminers open a noun phrase naming one person by role: "the minister", "a police
// officer", "her lawyer". A bare role noun ("minister said") may be a headline's or a name's.
var roleDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
}

// roleNounAt reports whether lower-case token k is a noun naming one person by role.
func roleNounAt(s *Sent, k int) bool {
	w := s.Lower(k)
	return singularSources[w] || roleSpeakerNouns[w]
}

// roleSpeaker reads the speaker a lower-case role noun at k names: the person the article named
// earlier as the only holder of that post ("Governor Jane Smith … the governor said"), else the
// role as written ("governor", "health minister", "police spokesman").
func (d *Doc) roleSpeaker(s *Sent, k int) string {
	j := k
	for j > 0 && s.Tokens[j-1].Kind == segment.Word && !isFunctionWord(s.Lower(j-1)) && j > k-3 &&
		!s.has(j-1, fSpeech) {
		j--
	}
	det := s.Lower(j - 1)
	if !sourceNouns[s.Lower(k)] && !roleDeterminers[det] && !possessiveWord(s.Lower(j)) {
		return "" // "minister said" with no determiner: not read as a role
	}
	role := strings.TrimPrefix(joinTokens(s, j, k), "the ")
	who := role
	if det == "the" {
		if h := d.roleHolder(s, j-1, k); h != "" {
			who = h
		}
	}
	// "a spokesperson for the governor said": the spokesperson speaks, on the holder's behalf
	q := j
	if roleDeterminers[det] {
		q = j - 1
	}
	if p := s.Lower(q - 1); (p == "for" || p == "to" || p == "of") && proxyNouns[s.Lower(q-2)] {
		if who == role {
			who = joinTokens(s, q, k) // "spokesman for the minister"
		}
		return s.Lower(q-2) + " " + p + " " + who
	}
	return who
}

// possessiveWord reports whether w ends with a possessive: "the city's mayor".
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// roleHolder is the one person the article names before token i as holding the current post
// tokens i..k of s describe ("the governor", "the health minister"), or "" when it names none or
// several (two governors: which one is meant is unsure).
func (d *Doc) roleHolder(s *Sent, i, k int) string {
	pp := d.people
	if pp == nil || pp.titles == nil || pp.words == nil {
		return ""
	}
	post, ok := pp.titles.Normalize(d.Article.Text[s.Tokens[i].Start:s.Tokens[k].End])
	if !ok || post.Vague || !post.Current() {
		return ""
	}
	at := s.Tokens[i].Start
	holder, key := "", ""
	for _, r := range d.roleReadings() {
		if r.title.Start >= at || r.post.Vague || !r.post.Current() || !pp.titles.CompatiblePosts(post, r.post) {
			continue
		}
		if rk := normalize.Key(r.person); key == "" {
			holder, key = r.person, rk
		} else if rk != key {
			return "" // two holders
		}
	}
	return holder
}

// roleGender is the gender a lower-case role speaker's noun gives ("police spokeswoman"), unknown
// when it names a proxy ("spokesman for …": read by its first word) or no gendered noun.
func roleGender(who string) gender {
	if strings.Contains(who, " for ") || strings.Contains(who, " to ") || strings.Contains(who, " of ") {
		return genderUnknown
	}
	return genderWords[who[strings.LastIndexByte(who, ' ')+1:]]
}

// isRoleSpeaker reports whether speaker who is a lower-case role naming one person ("health
// minister", "police officer").
func isRoleSpeaker(who string) bool {
	if r, _ := utf8.DecodeRuneInString(who); unicode.IsUpper(r) {
		return false
	}
	return roleSpeakerNouns[who[strings.LastIndexByte(who, ' ')+1:]]
}

// groupAt resolves "they" (or, with body, "it") at byte offset at of sentence s: the speaker
// credited last before it in its sentence, else the last one the sentence before credits, when
// that speaker is a body or group ("Police said … They said"; for "it" a body: "The ministry said
// … It said"). A person, or no speaker, gives "": "they" is never one person, nor someone
// credited further back.
func (d *Doc) groupAt(s *Sent, at int, body bool) string {
	only := groupOnly
	if body {
		only = bodyOnly
	}
	buf, own := d.takeCredBuf()
	cs := d.appendAttributionsBefore(buf, s, at)
	if own {
		d.giveCredBuf(cs)
	}
	if len(cs) > 0 {
		return only(cs[len(cs)-1].who)
	}
	if s.Index <= 0 || s.Index >= len(d.Sentences) || s != &d.Sentences[s.Index] {
		return ""
	}
	prev := d.attributions(&d.Sentences[s.Index-1])
	if len(prev) == 0 {
		return ""
	}
	return only(prev[len(prev)-1].who)
}

// bodyNouns are the source nouns naming one body, which "it" may stand for.
var bodyNouns = map[string]bool{
	"ministry": true, "government": true, "agency": true, "hospital": true, "council": true,
	"office": true, "department": true, "administration": true, "military": true, "army": true,
	"service": true, "kremlin": true, "pentagon": true, "guard": true, "coastguard": true, "navy": true,
	"company": true, "commission": true, "regulator": true,
}

// bodyOnly is who when it names a body "it" may stand for ("the interior ministry", "the
// Kremlin"), else "".
func bodyOnly(who string) string {
	var buf [24]byte
	last := who[strings.LastIndexByte(who, ' ')+1:]
	if strings.Contains(who, " for ") || strings.Contains(who, " to ") || !bodyNouns[string(lowerASCII(buf[:0], last))] {
		return ""
	}
	return who
}

// groupOnly is who when it names a body or group "they" may stand for ("Police", "local
// officials", "the interior ministry", "aides to Brennan"), else "".
func groupOnly(who string) string {
	if who == "" {
		return ""
	}
	var buf [24]byte
	first := who
	if sp := strings.IndexByte(who, ' '); sp > 0 {
		first = who[:sp]
	}
	if proxyNouns[first] {
		if strings.HasSuffix(first, "s") || first == "spokespeople" {
			return who
		}
		return ""
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	l := string(lowerASCII(buf[:0], last))
	switch {
	case !sourceNouns[l] || singularSources[l] || last == "Un":
		return ""
	case l == "report" || l == "reports" || l == "statement" || l == "un":
		return "" // a text, not a body that speaks again
	}
	return who
}

// namedAntecedent resolves "he" or "she" at offset at of sentence idx that no speaker before it
// fits to a person named, not speaking, before it in its sentence or in the sentence before ("Tom
// Haley met Olga Brennan on Friday. She said …"): only when exactly one person named there may
// be meant, and the article gives that one the pronoun's gender.
func (d *Doc) namedAntecedent(idx, at int, g gender) string {
	found, key, several := "", "", false
	d.namedFitting(idx, at, g, func(p string, _ bool) bool {
		if k := normalize.Key(p); key == "" {
			found, key = p, k
		} else if k != key {
			several = true // two people the pronoun may stand for
			return false
		}
		return true
	})
	if several || found == "" || d.personGender(found) != g {
		return ""
	}
	return found
}

// rivalNamed reports whether a person other than who, of gender g for sure, is the subject of
// the sentence before offset at of sentence idx or of the sentence before (named first, before
// any lower-case word): then "he" or "she" may mean either, the speaker of earlier sentences or
// the person who just acted ("Okafor said … Gina Alvarez and Mark Stone toured the site. He
// said …"), and crediting one of them would be a guess. A person named later in the sentence
// is no rival ("She met Tom Haley and Ana Ruiz. She said …": the "she" who met them).
func (d *Doc) rivalNamed(idx, at int, g gender, who string) bool {
	rival := false
	d.namedFitting(idx, at, g, func(p string, lead bool) bool {
		rival = lead && !sameSurname(p, who) && d.personGender(p) == g
		return !rival
	})
	return rival
}

// sameSurname reports whether two names of people end in the same word ("Daniel Okafor",
// "Okafor").
func sameSurname(a, b string) bool {
	last := func(s string) string { return normalize.Key(s[strings.LastIndexByte(s, ' ')+1:]) }
	return last(a) == last(b)
}

// namedFitting calls fn with each person named, not inside a quotation, before offset at of
// sentence idx and in the sentence before, whom a pronoun of gender g may stand for, until fn
// returns false; lead tells that only capitalised words, punctuation and "and" come before the
// name in its sentence (it is the subject, or one of them).
func (d *Doc) namedFitting(idx, at int, g gender, fn func(p string, lead bool) bool) {
	pp := d.people
	if g == genderUnknown || pp == nil || idx < 0 || idx >= len(pp.words) {
		return
	}
	for si := idx; si >= 0 && si >= idx-1; si-- {
		ws := pp.words[si]
		quoted, lead := false, true
		for i := 0; i < len(ws) && ws[i].Start < at; i++ {
			if ws[i].punct {
				quoted = quoteToggle(ws[i].text(), quoted)
				continue
			}
			if quoted {
				continue // "“Tom Haley is a hero,” Olga Brennan said": no one named in a quotation
			}
			j := i
			for j < len(ws) && !ws[j].punct && (pp.isTitleWord(ws[j]) || pp.titles.IsHonorific(ws[j].key())) {
				j++
			}
			e := pp.nameForward(ws, j)
			if e <= j {
				lead = lead && (ws[i].cap || ws[i].lower() == "and")
				continue
			}
			titled := j > i
			i = e - 1
			p, ok := d.personFrom(ws, j, e, titled)
			if !ok || !g.fits(d.personGender(p)) || d.namesPlace(si, int(ws[j].tok), p) {
				continue // "In Carver Falls, Tom Haley met Jane Smith": the town is no "she"
			}
			if !fn(p, lead) {
				return
			}
		}
	}
}

// namesPlace reports whether the name p read at token tok of sentence si is a place: read as one
// there ("in Carver Falls"), or a place the article names elsewhere or mostly is about.
func (d *Doc) namesPlace(si, tok int, p string) bool {
	if strings.EqualFold(p, d.topPlace) {
		return true
	}
	for _, i := range [2]int{si, si - 1} {
		if i < 0 || i >= len(d.Sentences) {
			continue
		}
		for _, pl := range d.places(&d.Sentences[i]) {
			if i == si && pl.First <= tok && tok <= pl.Last || strings.EqualFold(pl.Name, p) {
				return true
			}
		}
	}
	return false
}

// quoteToggle is whether the words after punctuation p are inside a quotation, given whether the
// words before it were.
func quoteToggle(p string, quoted bool) bool {
	switch p {
	case "“", "‘":
		return true
	case "”", "’":
		return false
	case "\"":
		return !quoted
	}
	return quoted
}

// appositiveStart reads an appositive between the subject's name and a speech verb, ending with
// the comma at token k: an age ("Maria Lopez, 54, said") or a description opened by a determiner
// or possessive ("Jane Smith, the governor, said", "Tom Haley, a local farmer, said"). It returns
// the index of the comma opening it when a capitalised word stands before that comma, else 0.
func appositiveStart(s *Sent, k int) int {
	if s.Lower(k) != "," {
		return 0
	}
	m := k - 1
	for m > 0 && k-m <= 6 && s.Lower(m) != "," {
		if s.Tokens[m].Kind == segment.Punct {
			return 0
		}
		m--
	}
	if m < 1 || s.Lower(m) != "," || m == k-1 {
		return 0
	}
	if name := s.Tokens[m-1]; name.Kind != segment.Word || !name.IsCapitalized() {
		return 0
	}
	first := s.Lower(m + 1)
	switch {
	case m+2 == k && isAge(first): // "Maria Lopez, 54,"
	case roleDeterminers[first] || possessiveWord(first): // "Jane Smith, the governor,"
	default:
		return 0
	}
	return m
}

// isAge reports whether w is a number a person's age may be: 1 to 119.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n >= 1 && n < 120
}

// appositiveName reports whether the comma at token k closes a name in apposition to a role
// noun: "the region's governor, Oleh Syniehubov, said" (the name speaks).
func appositiveName(s *Sent, k int) bool {
	if s.Lower(k) != "," {
		return false
	}
	m := k - 1
	for m > 0 && k-m <= 4 && s.Tokens[m].Kind == segment.Word && s.Tokens[m].IsCapitalized() {
		m--
	}
	return m < k-1 && m > 0 && s.Lower(m) == "," && s.Tokens[m-1].Kind == segment.Word &&
		(!s.Tokens[m-1].IsCapitalized() && (roleNounAt(s, m-1) || isPersonTitle(s.Lower(m-1))) ||
			titledPlaceEndsAt(s, m-1)) // "The Mayor of London, Sadiq Khan," (fix_titled.go)
}
