package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// roles reads the posts an article gives people: "US Ambassador to NATO Matthew Whitaker",
// "Matthew Whitaker, US Permanent Representative to NATO", "the acting US envoy to the UN, John Kelley".
type roles struct{}

func init() { extractors = append(extractors, roles{}) }

func (roles) Name() string { return "roles" }

// roleReading is one person given one post in one sentence.
type roleReading struct {
	sent   int
	person string
	title  model.Span // the title as written
	post   normalize.Post
}

func (roles) Extract(d *Doc) []model.Claim {
	rs := d.roleReadings()
	out := make([]model.Claim, 0, len(rs))
	for _, r := range subsumeRoles(rs, d.titles()) {
		s := &d.Sentences[r.sent]
		title := d.Article.Text[r.title.Start:r.title.End]
		out = append(out, model.Claim{
			Type:      model.TypeRole,
			Kind:      "role",
			Key:       "role|" + normalize.Key(r.person),
			Subject:   r.person + " · post",
			Measure:   "role",
			Value:     title,
			Role:      &model.Role{Person: r.person, Title: title, Post: r.post.String()},
			Evidence:  s.evidence(),
			ValueSpan: r.title,
		})
	}
	return out
}

// roleReadings reads every sentence once; quotes use the result to resolve "the minister said".
func (d *Doc) roleReadings() []roleReading {
	pp := d.people
	if pp.rolesRead {
		return pp.readings
	}
	pp.rolesRead = true
	for si := range d.Sentences {
		from := len(pp.readings)
		pp.readings = d.appendRolesIn(pp.readings, si)
		for _, r := range pp.readings[from:] {
			k := normalize.Key(r.person)
			if pp.roles == nil {
				pp.roles = map[string][]roleRef{}
			}
			pp.roles[k] = append(pp.roles[k], roleRef{at: r.title.Start, post: r.post})
		}
	}
	return pp.readings
}

// subsumeRoles keeps, per person, one reading per post: the most specific wording of it, at its
// first mention ("President Zelensky" adds nothing after "Ukrainian President Volodymyr Zelensky").
func subsumeRoles(rs []roleReading, t *normalize.Titles) []roleReading {
	var out []roleReading
	for i, r := range rs {
		keep := true
		for j, o := range rs {
			if i == j || normalize.Key(o.person) != normalize.Key(r.person) || !t.Same(r.post.String(), o.post.String()) {
				continue
			}
			si, so := t.Specificity(r.post.String()), t.Specificity(o.post.String())
			if so > si || so == si && j < i {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

// appendRolesIn appends the people given a post in sentence si to out: the readings of all
// sentences share one array.
func (d *Doc) appendRolesIn(out []roleReading, si int) []roleReading {
	pp := d.people
	ws := pp.words[si]
	// a headline in title case gives no posts; it is asked only once an office noun is found,
	// as most sentences have none and titleCase reads every word's text
	checked := false
	for h := 0; h < len(ws); h++ {
		if w := &ws[h]; w.punct || w.nkeys() == 0 || w.poss || w.nkeys() == 1 && w.kf&fDetect == 0 {
			continue // the last: no office noun starts with this word (headAt, read at once)
		}
		he, ok := pp.headAt(ws, h)
		if !ok {
			continue
		}
		if !checked {
			if titleCase(ws) {
				return out // nothing appended yet
			}
			checked = true
		}
		L := pp.leftExtend(d, ws, h)
		R := he + 1
		if R < len(ws) && (ws[R].lower() == "of" || ws[R].lower() == "for" || ws[R].lower() == "to") {
			if c := pp.complement(ws, R+1); c > R+1 {
				R = c
			}
		}
		if r, ok := d.roleAfter(si, ws, L, R); ok {
			out = append(out, r)
			h = R - 1
			continue
		}
		if r, ok := d.roleBefore(si, ws, L, R); ok {
			out = append(out, r)
			h = R - 1
			continue
		}
		h = he
	}
	return out
}

// headAt reports whether an office noun starts at word h, and the index of its last word.
func (pp *people) headAt(ws []word, h int) (int, bool) {
	if ws[h].nkeys() == 1 && ws[h].kf&fDetect == 0 {
		return 0, false // no office noun starts with this word (DetectHead)
	}
	var keyBuf [16]string
	var ownerBuf [16]int
	keys, owner := keyBuf[:0], ownerBuf[:0] // on the stack for the usual few words
	for i := h; i < len(ws) && i < h+5; i++ {
		if ws[i].punct {
			break
		}
		kl := ws[i].keyList()
		for range kl {
			owner = append(owner, i)
		}
		keys = append(keys, kl...)
	}
	n := pp.titles.DetectHead(keys, 0)
	if n == 0 {
		return 0, false
	}
	if n < len(keys) && owner[n] == owner[n-1] {
		// the office noun ends inside a word: only a status may follow ("President-elect")
		if m, _, _ := pp.titles.Status(keys, n); m == 0 || n+m < len(keys) && owner[n+m] == owner[n-1] {
			return 0, false
		}
	}
	end := owner[n-1]
	if ws[end].poss && end > h {
		return 0, false
	}
	return end, true
}

// leftExtend walks left from the office noun at h over the words that qualify it: countries,
// grades, statuses, departments ("Ukraine's Defense", "US Army", "acting", "Deputy Foreign").
func (pp *people) leftExtend(d *Doc, ws []word, h int) int {
	L := h
	for i := h - 1; i >= 0 && h-i <= 6; i-- {
		w := ws[i]
		if w.punct || w.nkeys() == 0 {
			break
		}
		k := w.key()
		if m := pp.countryEndingAt(ws, i); m > 1 {
			L = i - m + 1 // "South Korean", "United States"
			i = L
			continue
		}
		if w.poss {
			// "Ukraine's", "the country's", "Microsoft's" qualify the post; "Trump's" owns it
			if n, _ := pp.titles.Country(w.keyList(), 0); n == w.nkeys() || genericOwner(k) || !pp.possessivePerson(d, ws, i) {
				L = i
			}
			break
		}
		if !w.cap {
			if pp.titles.IsDomain(k) || pp.titles.IsBody(k) || lowerGrade(k) || pp.status(w) {
				L = i
				continue
			}
			break
		}
		if notNameWords[k] || notPlaces[k] && !pp.titles.IsBody(k) {
			break
		}
		if n, _ := pp.titles.Country(w.keyList(), 0); n == w.nkeys() {
			L = i
			continue
		}
		if pp.titles.IsBody(k) || pp.titles.IsDomain(k) || pp.status(w) || pp.titles.Rank(w.keyList(), 0) > 0 || pp.isTitleWord(w) || acronym(w.text()) {
			L = i
			continue
		}
		// an unknown capitalised word qualifies the post ("Kremlin", "Pentagon") unless it names a person
		if pp.personLike(d.resolvePerson(w.text())) || i > 0 && ws[i-1].cap && !ws[i-1].punct && pp.nameBackward(ws, i+1) < i {
			break
		}
		L = i
	}
	// a title never starts with a dangling "and"/grade alone: trim leading words that qualify nothing
	return L
}

// possessivePerson reports whether the possessive word i ends a person's name ("Trump's").
func (pp *people) possessivePerson(d *Doc, ws []word, i int) bool {
	st := pp.nameBackward(ws, i+1)
	if st > i {
		return false
	}
	name := d.resolvePerson(nameText(ws[st:i+1], d.Article.Text))
	return pp.personLike(name) || i-st >= 1
}

func genericOwner(k string) bool {
	switch k {
	case "country", "nation", "company", "firm", "government", "organisation", "organization", "city",
		"region", "party", "bloc", "alliance", "state", "kingdom", "republic", "group":
		return true
	}
	return false
}

// lowerGrade: grades written in lower case that still belong to a title ("deputy", "vice").
func lowerGrade(k string) bool {
	switch k {
	case "deputy", "vice", "assistant", "acting", "interim", "former", "special", "senior", "chief", "top":
		return true
	}
	return false
}

func (pp *people) status(w word) bool {
	n, _, _ := pp.titles.Status(w.keyList(), 0)
	return n > 0
}

func acronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// complement reads the words after "of", "for" or "to" that belong to a post ("the Army",
// "NATO", "Foreign Affairs", "the Joint Chiefs of Staff"); it returns the index after them.
func (pp *people) complement(ws []word, j int) int {
	i := j
	if i < len(ws) && ws[i].lower() == "the" {
		i++
	}
	end := j
	for i < len(ws) && i-j < 8 {
		w := ws[i]
		if w.punct || w.nkeys() == 0 {
			break
		}
		k := w.key()
		if (k == "and" || k == "of" || k == "the") && i+1 < len(ws) && pp.complementWord(ws[i+1]) {
			i++
			continue
		}
		if m := pp.countryStartingAt(ws, i); m > 1 {
			i += m
			end = i
			continue
		}
		if !pp.complementWord(w) {
			break
		}
		i++
		end = i
	}
	return end
}

func (pp *people) complementWord(w word) bool {
	if w.punct || w.nkeys() == 0 {
		return false
	}
	k := w.key()
	if n, _ := pp.titles.Country(w.keyList(), 0); n == w.nkeys() && (w.cap || w.poss) {
		return true
	}
	if genericOwner(k) && w.poss {
		return true
	}
	return pp.titles.IsBody(k) || pp.titles.IsDomain(k) || acronym(w.text()) || w.cap && w.poss
}

// roleAfter: a title followed by the name ("US Ambassador to NATO Matthew Whitaker"), or by a
// comma and the name ("the acting US envoy to the UN, John Kelley,").
func (d *Doc) roleAfter(si int, ws []word, L, R int) (roleReading, bool) {
	pp := d.people
	j := R
	comma := false
	if j < len(ws) && ws[j].text() == "," {
		if !(L == 0 || ws[L-1].punct || isDeterminer(ws[L-1].lower()) || ws[L-1].poss) {
			return roleReading{}, false
		}
		comma = true
		j++
	}
	for j < len(ws) && pp.isHonorificWord(ws[j]) && !ws[j].punct {
		j++
	}
	e := pp.nameForward(ws, j)
	if e == j {
		return roleReading{}, false
	}
	if comma && !(e == len(ws) || ws[e].punct && strings.ContainsAny(ws[e].text(), ",.;)")) {
		return roleReading{}, false
	}
	person, ok := d.personFrom(ws, j, e, true)
	if !ok || bodyNamed(person) { // "for the British Red Cross" (fix_roles.go)
		return roleReading{}, false
	}
	return d.reading(si, ws, L, R, person)
}

// roleBefore: the name, a comma and the title ("Matthew Whitaker, US Permanent Representative to
// NATO,", "Col. David Butler, an Army spokesperson").
func (d *Doc) roleBefore(si int, ws []word, L, R int) (roleReading, bool) {
	pp := d.people
	if !(R == len(ws) || ws[R].punct && strings.ContainsAny(ws[R].text(), ",.;)—")) {
		return roleReading{}, false
	}
	b := L
	if b > 0 && isDeterminer(ws[b-1].lower()) {
		b--
	}
	if b < 2 || ws[b-1].text() != "," {
		return roleReading{}, false
	}
	st := pp.nameBackward(ws, b-1)
	if st == b-1 {
		return roleReading{}, false
	}
	person, ok := d.personFrom(ws, st, b-1, true)
	if !ok {
		return roleReading{}, false
	}
	return d.reading(si, ws, L, R, person)
}

// personFrom resolves the name ws[i:j]; a single word counts as a person only with a title by it
// and when the alias table does not know it as something else.
func (d *Doc) personFrom(ws []word, i, j int, titled bool) (string, bool) {
	raw := nameText(ws[i:j], d.Article.Text)
	c := d.resolvePerson(raw)
	if d.people.personLike(c) {
		return c, true
	}
	if titled && j-i == 1 && !d.Aliases.Known(raw) && !acronym(raw) {
		return c, true
	}
	return "", false
}

func (d *Doc) reading(si int, ws []word, L, R int, person string) (roleReading, bool) {
	span := model.Span{Start: ws[L].Start, End: ws[R-1].End}
	title := d.Article.Text[span.Start:span.End]
	post, ok := d.titles().Normalize(title)
	if !ok || post.Vague && post.Bare() && post.Country == "" {
		return roleReading{}, false
	}
	return roleReading{sent: si, person: person, title: span, post: post}, true
}

func isDeterminer(w string) bool { return w == "the" || w == "a" || w == "an" }

// countryEndingAt returns how many words (two or more) ending at word i name a country, else 0.
func (pp *people) countryEndingAt(ws []word, i int) int {
	for m := 4; m >= 2; m-- {
		if i-m+1 < 0 {
			continue
		}
		if pp.countryWords(ws[i-m+1 : i+1]) {
			return m
		}
	}
	return 0
}

// countryStartingAt returns how many words (two or more) starting at word i name a country, else 0.
func (pp *people) countryStartingAt(ws []word, i int) int {
	for m := 4; m >= 2; m-- {
		if i+m > len(ws) {
			continue
		}
		if pp.countryWords(ws[i : i+m]) {
			return m
		}
	}
	return 0
}

// countryWords reports whether the words, all capitalised, name exactly one country.
func (pp *people) countryWords(ws []word) bool {
	var buf [16]string
	keys := buf[:0] // on the stack for the usual few words
	for k, w := range ws {
		if w.punct || !w.cap || w.poss && k < len(ws)-1 {
			return false
		}
		keys = append(keys, w.keyList()...)
	}
	n, _ := pp.titles.Country(keys, 0)
	return n == len(keys)
}
