package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// casualties reads counts of people killed, injured, missing, arrested, displaced or evacuated.
type casualties struct{}

func (casualties) Name() string { return "casualties" }

// measureWords map a word to the measure it states. Right-hand words follow the count
// ("26 dead", "31 people were killed"); left-hand words precede it ("killed 26", "injuring 34").
var measureRight = map[string]string{
	"killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
	"perished": "killed", "fatalities": "killed", "lives": "killed", "slain": "killed", "bodies": "killed",
	"drowned": "killed", "murdered": "killed", "executed": "killed",
	"casualties": "casualties",
	"injured":    "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"hospitalised": "injured", "hospitalized": "injured",
	"missing": "missing", "unaccounted": "missing",
	"arrested": "arrested", "detained": "arrested", "arrests": "arrested", "detentions": "arrested",
	"displaced": "displaced", "evacuated": "evacuated", "rescued": "rescued",
}

var measureLeft = map[string]string{
	"killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "claimed": "killed",
	"claiming": "killed", "left": "", "leaving": "", // "left 26 dead": measure read on the right
	"wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured",
	"hurt": "injured", "hurting": "injured",
	"arrested": "arrested", "arresting": "arrested", "detained": "arrested", "detaining": "arrested",
	"displaced": "displaced", "displacing": "displaced", "evacuated": "evacuated", "evacuating": "evacuated",
	"rescued": "rescued", "rescuing": "rescued",
}

// tollWords: "the death toll rose to 26", "a toll of 26".
var tollVerbs = map[string]bool{
	"rose": true, "risen": true, "climbed": true, "increased": true, "stood": true, "stands": true,
	"reached": true, "hit": true, "is": true, "was": true, "has": true, "had": true, "jumped": true,
	"grew": true, "soared": true, "rises": true, "climbs": true, "now": true, "to": true, "at": true,
	"of": true, "reaches": true, "stand": true, "mounted": true, "surged": true, "passed": true, "topped": true,
	"fell": true, "dropped": true, "revised": true, "been": true, "down": true, "up": true, "officially": true,
}

// counted nouns and the unit they are normalised to.
var countedNouns = map[string]string{
	"people": "people", "persons": "people", "person": "people", "others": "people", "individuals": "people",
	"victims": "people", "residents": "people", "adults": "people", "inhabitants": "people", "lives": "people",
	"civilians": "civilians", "civilian": "civilians", "non-combatants": "civilians",
	"children": "children", "child": "children", "kids": "children", "minors": "children", "infants": "children",
	"babies": "children", "teenagers": "children", "students": "students", "pupils": "students",
	"soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers", "service": "soldiers",
	"servicemembers": "soldiers", "fighters": "fighters", "militants": "fighters", "combatants": "fighters",
	"police": "police", "officers": "police", "policemen": "police", "firefighters": "firefighters",
	"rescuers": "rescuers", "passengers": "passengers", "crew": "crew", "workers": "workers",
	"miners": "workers", "migrants": "migrants", "refugees": "migrants", "women": "women", "men": "men",
	"journalists": "journalists", "reporters": "journalists", "patients": "patients", "protesters": "protesters",
	"demonstrators": "protesters", "tourists": "tourists", "pilgrims": "pilgrims", "prisoners": "prisoners",
	"hostages": "hostages", "suspects": "suspects", "doctors": "medics", "medics": "medics", "nurses": "medics",
	"elderly": "people", "villagers": "people", "citizens": "people",
}

// filler words may stand between a count and its measure: "31 people were killed", "26 are feared dead".
var filler = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "are": true, "is": true,
	"being": true, "reported": true, "confirmed": true, "believed": true, "feared": true, "now": true,
	"later": true, "also": true, "reportedly": true, "so": true, "far": true, "all": true, "already": true,
	"ukrainian": true, "russian": true, "palestinian": true, "israeli": true, "local": true, "more": true,
	"other": true, "further": true, "seriously": true, "critically": true, "severely": true, "badly": true,
	"slightly": true, "lightly": true, "fatally": true, "people": true, "of": true, "them": true, "as": true,
	"in": false, "officially": true, "presumed": true, "known": true, "to": true, "be": true, "still": true,
	"young": true, "innocent": true, "unarmed": true, "foreign": true, "american": true, "british": true,
	"remain": true, "remained": true, "remains": true, "listed": true, "declared": true, "counted": true,
	"may": true, "might": true, "could": true, "would": true, "will": true, "likely": true, "probably": true,
}

// subCount words mark a part of a total: "including six children", "among them two soldiers".
func isSubCount(s *Sent, first int) bool {
	p := s.Lower(first - 1)
	pp := s.Lower(first - 2)
	return p == "including" || p == "incl" || (pp == "among" && (p == "them" || p == "whom" || p == "those")) ||
		(pp == "of" && (p == "whom" || p == "them")) || p == "among" || (pp == "," && p == "with")
}

// measureNames are the readable forms of measures.
var measureNames = map[string]string{
	"killed": "killed", "injured": "injured", "missing": "missing", "arrested": "arrested",
	"displaced": "displaced", "evacuated": "evacuated", "rescued": "rescued", "casualties": "casualties",
}

// eventClasses group the words reporters use for one kind of event.
var eventClasses = map[string]string{
	"strike": "attack", "strikes": "attack", "airstrike": "attack", "airstrikes": "attack", "attack": "attack",
	"attacks": "attack", "bombing": "attack", "bombings": "attack", "shelling": "attack", "missile": "attack",
	"missiles": "attack", "drone": "attack", "drones": "attack", "barrage": "attack", "raid": "attack",
	"raids": "attack", "bombardment": "attack", "assault": "attack", "offensive": "attack", "rocket": "attack",
	"rockets": "attack", "shell": "attack", "shells": "attack",
	"earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake", "aftershock": "earthquake",
	"flood": "flood", "floods": "flood", "flooding": "flood", "floodwaters": "flood", "floodwater": "flood", "landslide": "landslide", "landslides": "landslide",
	"mudslide": "landslide", "fire": "fire", "blaze": "fire", "wildfire": "fire", "wildfires": "fire",
	"inferno": "fire", "crash": "crash", "collision": "crash", "derailment": "crash", "accident": "crash",
	"derailed": "crash", "derails": "crash",
	"explosion": "explosion", "blast": "explosion", "explosions": "explosion", "storm": "storm",
	"hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "tornado": "storm", "shooting": "shooting",
	"gunman": "shooting", "gunfire": "shooting", "stampede": "stampede", "crush": "stampede",
	"collapse": "collapse", "heatwave": "heat", "outbreak": "outbreak", "epidemic": "outbreak",
	// a disease's toll is its outbreak's: "the death toll from cholera in Kasai"
	"pandemic": "outbreak", "cholera": "outbreak", "ebola": "outbreak", "measles": "outbreak",
	"mpox": "outbreak", "dengue": "outbreak", "malaria": "outbreak", "covid": "outbreak",
	"covid-19": "outbreak", "coronavirus": "outbreak", "influenza": "outbreak", "typhoid": "outbreak",
	"diphtheria": "outbreak", "meningitis": "outbreak", "marburg": "outbreak", "anthrax": "outbreak",
	"clashes": "clashes", "protests": "clashes", "riots": "clashes", "fighting": "attack",
}

// eventModifies are nouns that an event word names a body, a person or a thing of, not an event
// that happened: "the fire service said", "fire crews", "flood defences", "storm drains".
var eventModifies = map[string]bool{
	"service": true, "services": true, "brigade": true, "brigades": true, "department": true,
	"departments": true, "crew": true, "crews": true, "chief": true, "chiefs": true, "station": true,
	"stations": true, "officials": true, "officers": true, "fighters": true, "engine": true,
	"engines": true, "alarm": true, "alarms": true, "warning": true, "warnings": true, "alert": true,
	"alerts": true, "defences": true, "defenses": true, "barrier": true, "barriers": true,
	"drain": true, "drains": true, "insurance": true, "season": true, "safety": true, "exit": true,
	"exits": true, "escape": true, "escapes": true, "shelter": true, "shelters": true, "test": true,
	"tests": true, "investigators": true, "agency": true, "authority": true, "risk": true,
}

// casualty is an intermediate reading of one count.
type casualty struct {
	num     numbers.Number
	measure string
	counted string
	part    bool
}

func (c casualties) Extract(d *Doc) []model.Claim {
	sc := claimScratch.Get().(*claimBufs) // see quantityClaimsIn
	defer sc.recycle()
	c.appendClaims(d, sc)
	return sc.result(sc.claims, sc.quants)
}

// appendClaims appends the casualty claims to b.claims and their quantities to b.quants
// (claimAppender).
func (casualties) appendClaims(d *Doc, b *claimBufs) {
	nn := 0
	for si := range d.Sentences {
		nn += len(d.Sentences[si].Numbers)
	}
	r := casualtyRun{d: d, b: b, cas: room(d.cas, nn)[:nn], found: b.found[:0], at: b.at[:0], keys: b.keys[:0], keyAt: b.keyAt[:0]} // reused across sentences and documents
	first := len(b.claims)
	// the loop over the sentences holds little, so that it stays in registers: about half the
	// sentences have no numbers, and only the others call sentence
	off := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		s.casAt = off
		if len(s.Numbers) > 0 {
			off += len(s.Numbers)
			r.sentence(s)
		}
	}
	b.found, b.at, b.keys, b.keyAt = r.found, r.at, r.keys, r.keyAt
	if len(r.keyAt) > 0 {
		all := string(r.keys)
		for i, o := range r.keyAt {
			c := &b.claims[first+i]
			c.Key, c.Subject = all[o[0]:o[1]], all[o[1]:o[2]]
		}
	}
	d.cas, d.casRead = r.cas, true
}

// casualtyRun is what casualties.appendClaims reads one sentence's counts with.
type casualtyRun struct {
	d     *Doc
	b     *claimBufs
	cas   []casualtyReading
	found []casualty
	at    []int
	// the keys and subjects of the claims appended, and where each starts and ends
	keys  []byte
	keyAt [][3]int32
}

// sentence reads the casualty counts of s (which has numbers) and appends their claims.
func (r *casualtyRun) sentence(s *Sent) {
	d, b, cas := r.d, r.b, r.cas
	found := r.found[:0]
	for ni := range s.Numbers {
		if !isCount(&s.Numbers[ni]) {
			continue
		}
		n := &s.Numbers[ni]
		m, counted, ok := readCasualtyAt(s, n)
		cas[s.casAt+ni] = casualtyReading{m, counted, ok}
		if !ok && len(found) > 0 && (ellipsis(s, n) || isSubCount(s, n.First)) && !otherNounAfter(s, n.Last+1) {
			// "killed 12 people in Kharkiv and five in Odesa": the measure carries over
			prev := found[len(found)-1]
			m, counted = prev.measure, prev.counted
			if cn := countedAfter(s, n.Last+1); cn != "" {
				counted = cn
			}
			ok = true
		}
		if !ok {
			continue
		}
		c := casualty{num: *n, measure: m, counted: counted}
		if isSubCount(s, n.First) && len(found) > 0 {
			c.part = true
			if c.measure == "" {
				c.measure = found[len(found)-1].measure
			}
		}
		found = append(found, c)
	}
	r.found = found
	if len(found) == 0 {
		return
	}
	at := r.at[:0]
	for k := range found {
		at = append(at, found[k].num.NumFirst)
	}
	r.at = at
	out, quants := b.claims, b.quants
	lastPlace, lastDirect := "", false
	for idx, c := range found {
		if c.measure == "" || speculativeFigure(s, c.num.First, c.num.Last) { // "could kill 45" (count_speculative.go)
			continue
		}
		place, direct := d.placeFor(s, c.num.NumFirst, othersOf(found, at, idx))
		if last := lastPart(found, idx); !direct && last >= 0 {
			if p, ok := d.placeAfterAside(s, found[last].num.Last); ok {
				place, direct = p, true
			}
		}
		if c.part && lastPlace != "" {
			place, direct = lastPlace, lastDirect // a sub-count belongs where its total does
		}
		if !c.part {
			lastPlace, lastDirect = place, direct
		}
		ctx := eventNear(s, c.num.NumFirst)
		counted := c.counted
		if counted == "" {
			counted = "people"
		}
		// the key and subject are written in r.keys: one string is made of those of the document's
		// claims at the end (appendClaims)
		from := len(r.keys)
		var k int
		r.keys, k = appendCasualtyKey(r.keys, c.measure, counted, place, c.part)
		r.keyAt = append(r.keyAt, [3]int32{int32(from), int32(k), int32(len(r.keys))})
		// the claim is written in place (a claim is a large struct: one built beside it is copied)
		out = append(out, model.Claim{})
		cl := &out[len(out)-1]
		cl.Type = model.TypeQuantity
		cl.Kind = "casualty"
		cl.Measure = c.measure
		cl.Value = d.Article.Text[c.num.Start:c.num.End]
		cl.Context = ctx
		cl.Attribution = d.Attribution(s, c.num.NumFirst)
		cl.Part = c.part
		cl.Evidence = s.evidence()
		cl.ValueSpan = model.Span{Start: c.num.Start, End: c.num.End}
		cl.Inferred = !direct
		cl.Cumulative = c.measure != "missing" && c.measure != "rescued"
		if place == "" {
			cl.Inferred = true
		}
		quants = append(quants, model.Quantity{Interval: c.num.Interval, Unit: counted})
	}
	b.claims, b.quants = out, quants
}

// casualtyReading is what readCasualtyAt returned for a count.
type casualtyReading struct {
	measure, counted string
	ok               bool
}

// readCasualtyOf is readCasualtyAt(s, &s.Numbers[ni]) for a count (isCount), read from what
// casualties read of it when they have read this document.
func (d *Doc) readCasualtyOf(s *Sent, ni int) (measure, counted string, ok bool) {
	if d.casRead {
		r := &d.cas[s.casAt+ni]
		return r.measure, r.counted, r.ok
	}
	return readCasualtyAt(s, &s.Numbers[ni])
}

// casualtyKey builds a casualty claim's key ("quantity|killed|people|kharkiv") and subject ("people
// killed · Kharkiv") in one string, cut in two.
func casualtyKey(measure, counted, place string, part bool) (key, subject string) {
	// written on the stack, then copied into one string of their exact length
	var buf [128]byte
	b, k := appendCasualtyKey(buf[:0], measure, counted, place, part)
	all := string(b)
	return all[:k], all[k:]
}

// appendCasualtyKey appends the key casualtyKey returns to b, then its subject from k on.
func appendCasualtyKey(b []byte, measure, counted, place string, part bool) (_ []byte, k int) {
	name := measureNames[measure]
	b = append(b, "quantity|"...)
	b = append(b, measure...)
	b = append(b, '|')
	b = append(b, counted...)
	b = append(b, '|')
	b = normalize.AppendKey(b, place) // the place's key, with no string of its own
	if part {
		b = append(b, "|part"...)
	}
	k = len(b)
	b = append(b, counted...)
	b = append(b, ' ')
	b = append(b, name...)
	if place != "" {
		b = append(b, " · "...)
		b = append(b, place...)
	}
	return b, k
}

// casualtyWord is what the word tables say of one word, read with a single lookup on the right
// of a count, where most words are in none of them.
type casualtyWord struct {
	counted   string // countedNouns
	isCounted bool
	measure   string // measureRight
	isMeasure bool
	filler    bool // filler (its value: "in" is listed as false)
}

var casualtyWords = func() map[string]casualtyWord {
	m := map[string]casualtyWord{}
	for w, v := range countedNouns {
		e := m[w]
		e.counted, e.isCounted = v, true
		m[w] = e
	}
	for w, v := range measureRight {
		e := m[w]
		e.measure, e.isMeasure = v, true
		m[w] = e
	}
	for w, v := range filler {
		e := m[w]
		e.filler = v
		m[w] = e
	}
	return m
}()

// readCasualty decides whether a number counts casualties, and of what.
func readCasualty(s *Sent, n numbers.Number) (casualty, bool) {
	m, counted, ok := readCasualtyAt(s, &n)
	return casualty{num: n, measure: m, counted: counted}, ok
}

// casualtyRead is what readCasualtyAt has read of a count so far.
type casualtyRead struct{ measure, counted string }

// readCasualtyAt is readCasualty reading the number in place (a number is a large struct, and
// most are no casualty count): it returns the measure and the counted noun.
func readCasualtyAt(s *Sent, n *numbers.Number) (measure, counted string, ok bool) {
	var c casualtyRead
	// right side: "26 people were killed", "26 dead", "31 lives", "34 others wounded"
	limit := n.Last + 6
	generic := false // counted noun not known to name people
	countedAt := -1  // the token of the counted noun
	for j := n.Last + 1; j < len(s.Tokens) && j <= limit; j++ {
		w := s.Lower(j)
		// one small map answers the three tables on the right of a count; the word's classes
		// (read with the sentence) spare most words the lookup
		var info casualtyWord
		if s.classAt(j)&wCasualtyWord != 0 {
			info = casualtyWords[w]
		}
		if info.isCounted && (c.counted == "" || countedAt == j-1) && w != "lives" {
			// "seven police officers": a counted noun right after another is the head
			c.counted, countedAt = info.counted, j
			continue
		}
		if c.counted == "" && j <= n.Last+2 && pluralNoun(s.Tokens[j], w, info.filler) {
			if !info.isMeasure {
				c.counted = w // "eight climbers", "seven worshippers"
				generic = true
				continue
			}
		}
		// an appositive between the count and its verb: "Six people, including a police officer, were injured"
		if w == "," && (s.Lower(j+1) == "including" || s.Lower(j+1) == "among") {
			k := j + 1
			for k < len(s.Tokens) && k < j+10 && s.Lower(k) != "," {
				k++
			}
			if s.Lower(k) == "," {
				limit += k - j
				j = k
				continue
			}
		}
		if m, ok := info.measure, info.isMeasure; ok {
			if w == "death" && s.Lower(j+1) != "toll" && s.Lower(j-1) != "to" {
				break
			}
			if w == "lives" && !(isLivesVerb(s.Lower(j+1)) || isLivesVerb(s.Lower(n.First-1))) {
				break
			}
			if w == "missing" && c.counted == "" && j > n.Last+2 {
				break
			}
			if generic && m != "killed" && m != "injured" && m != "missing" {
				break // "three hospitals were evacuated": things, not people
			}
			c.measure = m
			return c.measure, c.counted, true
		}
		if info.filler || isAdjective(s.Tokens[j]) {
			continue
		}
		break
	}
	// "five of the deaths were in St Lucie County", "two of the injured": a count of a measure noun
	if s.Lower(n.Last+1) == "of" && s.Lower(n.Last+2) == "the" {
		if m, ok := measureRight[s.Lower(n.Last+3)]; ok && s.Lower(n.Last+3) != "lives" && s.Lower(n.Last+3) != "death" {
			c.measure = m
			return c.measure, c.counted, true
		}
	}
	// left side: "killed 26", "killing at least 26", "left 26 dead", "the death toll rose to 26"
	k := n.First - 1
	for k >= 0 && (s.Lower(k) == "reportedly" || s.Lower(k) == "also") {
		k--
	}
	if k >= 0 {
		m, ok := measureLeftAt(s, k)
		if !ok {
			m, ok = headlineMeasure(s, k) // "Police arrest 45 protesters" (fix_headline.go)
		}
		if ok && m != "" {
			// passive "were killed 26" is rare; "killed 26" must count people, not "killed 26 years ago"
			if !timeUnitAfter(s, n.Last+1) {
				c.measure = m
				if cn := countedAfter(s, n.Last+1); cn != "" {
					c.counted = cn
				}
				if m == "killed" && (s.Lower(k) == "claimed" || s.Lower(k) == "claiming") && !livesAfter(s, n.Last+1) {
					return c.measure, c.counted, false
				}
				return c.measure, c.counted, true
			}
		}
	}
	// the toll: "the death toll rose to 26", "the toll from the floods in Porto Alegre stood at 42",
	// "a death toll of 26": a toll verb or preposition right before the figure, "toll" earlier in the
	// same clause with no other figure between.
	if p := s.Lower(n.First - 1); p == "to" || p == "at" || p == "of" || listed(p, wToll) {
		for k := n.First - 1; k >= 0 && k >= n.First-16; k-- {
			w := s.Lower(k)
			if s.Tokens[k].Kind == segment.Number || w == ";" {
				break
			}
			if w == "toll" || w == "tolls" {
				c.measure = "killed"
				switch s.Lower(k - 1) {
				case "injury":
					c.measure = "injured"
				case "casualty":
					c.measure = "casualties"
				}
				return c.measure, c.counted, true
			}
			// "the number of people killed in the quake rose to 2,100", "the tally of injured stood at 45"
			if (w == "number" || w == "tally" || w == "count") && s.Lower(k+1) == "of" {
				for m := k + 2; m < n.First && m <= k+5; m++ {
					if cn, ok := countedNouns[s.Lower(m)]; ok && c.counted == "" {
						c.counted = cn
						continue
					}
					if ms, ok := measureRight[s.Lower(m)]; ok && s.Lower(m) != "lives" {
						c.measure = ms
						return c.measure, c.counted, true
					}
				}
			}
		}
	}
	if cn, ok := displacedAt(s, n); ok { // casualty_displaced.go: "forced 13,000 from their homes"
		return "displaced", cn, true
	}
	return c.measure, c.counted, false
}

// pluralNoun is a lower-case word that reads as a plural noun ("climbers"), not a unit of time or
// measure; isFiller is filler[w].
func pluralNoun(t segment.Token, w string, isFiller bool) bool {
	if t.Kind != segment.Word || t.IsCapitalized() || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if isFiller || timeUnitAfterWord(w) {
		return false
	}
	switch w {
	case "was", "has", "this", "its", "his", "is", "as", "thus", "plus", "minus", "across", "towards", "whereas", "perhaps", "always", "others":
		return false
	}
	return true
}

func timeUnitAfterWord(w string) bool {
	switch w {
	case "years", "days", "months", "weeks", "hours", "minutes", "seconds", "decades", "times", "percent",
		"kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "euros", "pounds",
		"points", "votes", "seats", "goals", "runs", "degrees", "feet", "inches", "acres", "hectares":
		return true
	}
	return false
}

func isLivesVerb(w string) bool {
	switch w {
	case "lost", "claimed", "were", "claiming", "taken", "took", "have", "had":
		return true
	}
	return false
}

func livesAfter(s *Sent, j int) bool {
	for k := j; k < len(s.Tokens) && k < j+3; k++ {
		if s.Lower(k) == "lives" || s.Lower(k) == "life" {
			return true
		}
	}
	return false
}

// countedAfter reads a counted noun right after a count ("killed 26 Ukrainian civilians").
func countedAfter(s *Sent, j int) string {
	for k := j; k < len(s.Tokens) && k < j+3; k++ {
		c := s.classAt(k)
		if c&wCounted != 0 {
			if cn, ok := countedNouns[s.Lower(k)]; ok {
				return cn
			}
		}
		if c&wFiller == 0 && !isAdjective(s.Tokens[k]) {
			return ""
		}
	}
	return ""
}

// otherNounAfter reports whether the words after a figure (from token j) count something other
// than people: "the toll has risen to 127, with about 2,100 suspected cases" counts cases, and the
// toll's measure does not carry over to it as it does to "and five in Odesa" or "with 12
// children among them".
func otherNounAfter(s *Sent, j int) bool {
	for k := j; k < len(s.Tokens) && k < j+3; k++ {
		c := s.classAt(k)
		if c&wCounted != 0 {
			if _, ok := countedNouns[s.Lower(k)]; ok {
				return false
			}
		}
		if !s.isWord(k) || c&(wPlacePrep|wFunction) != 0 {
			return false
		}
		if c&wFiller == 0 && !isAdjective(s.Tokens[k]) {
			return true
		}
	}
	return false
}

// timeUnitAfter: "killed 26 years ago" is no count of people.
func timeUnitAfter(s *Sent, j int) bool {
	switch s.Lower(j) {
	case "years", "year", "days", "day", "months", "month", "weeks", "week", "hours", "hour", "minutes",
		"percent", "%", "per", "times", "km", "kilometres", "kilometers", "miles", "metres", "meters":
		return true
	}
	return false
}

// isAdjective is a cheap test for a nationality or descriptive word between a count and its noun:
// capitalised words ("Ukrainian", "Palestinian") and words ending in -ian, -ese, -ish.
func isAdjective(t segment.Token) bool {
	if t.Kind != segment.Word {
		return false
	}
	w := t.Text
	if n := len(w); n >= 3 && w[n-1] < 0x80 && w[n-2] < 0x80 && w[n-3] < 0x80 {
		// the last three bytes are ASCII, so they are the last three runes, and lower-casing the
		// word ends it in their lower case: the suffixes are compared in place, whatever the rest.
		// Their last letters differ: it picks the one suffix to compare (c|0x20 is 'n', 'e', 'h'
		// or 'i' only for that letter in either case)
		switch w[n-1] | 0x20 {
		case 'n':
			return suffixFold(w, "ian")
		case 'e':
			return suffixFold(w, "ese")
		case 'h':
			return suffixFold(w, "ish")
		case 'i':
			return t.IsCapitalized()
		}
		return false
	}
	if !asciiText(w) {
		w = strings.ToLower(w)
		return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "i") && t.IsCapitalized()
	}
	// ASCII: compare the folded suffix without building a lower-case copy
	return suffixFold(w, "ian") || suffixFold(w, "ese") || suffixFold(w, "ish") || suffixFold(w, "i") && t.IsCapitalized()
}

// asciiText reports whether w has no byte outside ASCII.
func asciiText(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// suffixFold reports whether ASCII w ends in the lower-case ASCII suffix suf, ignoring case.
func suffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// ellipsis reports whether a count without its own measure continues an earlier one
// ("… and five in Odesa", "…, 12 in Lviv").
func ellipsis(s *Sent, n *numbers.Number) bool {
	p := s.Lower(n.First - 1)
	if p != "and" && p != "," && p != "while" && p != "with" && p != "another" && p != "plus" {
		return false
	}
	nx := s.Lower(n.Last + 1)
	c := s.classAt(n.Last + 1)
	if c&wCounted != 0 {
		return true
	}
	return c&wPlacePrep != 0 && nx != "over" || nx == "" || nx == "." || nx == "," || nx == ";"
}

// gunfireBefore reports whether w before "fire" makes it gunfire: "opened fire", "open fire",
// "returned fire", "came under fire".
func gunfireBefore(w string) bool {
	switch w {
	case "opened", "open", "opens", "opening", "returned", "return", "returning", "under", "exchanged":
		return true
	}
	return false
}

// eventNear returns the class of the event word nearest to token at ("strike" → "attack").
func eventNear(s *Sent, at int) string {
	best, bestDist := "", 1<<30
	for i := range s.Tokens {
		// event words have 4 to 11 letters ("fire" … "bombardment"): others need no lookup
		if w := s.Lower(i); len(w) < 4 || len(w) > 11 || s.classAt(i)&wEventClass == 0 {
			continue // the word's classes refuse most words without the lookup
		}
		if cls, ok := eventClasses[s.Lower(i)]; ok && !eventModifies[s.Lower(i+1)] {
			if cls == "fire" && gunfireBefore(s.Lower(i-1)) {
				cls = "shooting" // "opened fire", "returned fire": guns, not a blaze
			}
			dist := i - at
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = cls, dist
			}
		}
	}
	return best
}

// measureLeftAt is measureLeft[s.Lower(k)], asked only of the words the word classes list.
func measureLeftAt(s *Sent, k int) (string, bool) {
	if s.classAt(k)&wMeasureLeft == 0 {
		return "", false
	}
	m, ok := measureLeft[s.Lower(k)]
	return m, ok
}

// othersOf is at, the positions of the sentence's figures, less those of found[idx]'s own
// sub-counts (the parts that follow it): "killed 12 people, including three children, in Kharkiv"
// names the place of the 12 after its part, which does not stand between them.
func othersOf(found []casualty, at []int, idx int) []int {
	if found[idx].part || idx+1 >= len(found) || !found[idx+1].part {
		return at
	}
	end := idx + 1
	for end < len(found) && found[end].part {
		end++
	}
	out := make([]int, 0, len(at))
	out = append(out, at[:idx+1]...)
	return append(out, at[end:]...)
}

// lastPart is the index in found of the last sub-count that follows found[idx] (a total), or -1.
func lastPart(found []casualty, idx int) int {
	last := -1
	for k := idx + 1; !found[idx].part && k < len(found) && found[k].part; k++ {
		last = k
	}
	return last
}

// placeAfterAside reads the place named right after an aside that closes with a comma after the
// token end: "killed 12 people, including three children, in Kharkiv".
func (d *Doc) placeAfterAside(s *Sent, end int) (string, bool) {
	comma := -1
	for k := end + 1; k < len(s.Tokens) && comma < 0; k++ {
		switch s.Lower(k) {
		case ",":
			comma = k
		case ";", ":", "—", "–", ".":
			return "", false
		}
	}
	if comma < 0 {
		return "", false
	}
	for _, p := range d.places(s) {
		if p.First > comma {
			if s.has(comma+1, fPlacePrep) && sameClause(s, comma, p.First) {
				return p.Name, true
			}
			break
		}
	}
	return "", false
}
