package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// counts reads counts of things with the verb that counts them: "cut 1,200 jobs", "300 buildings
// collapsed", "called up 300,000 reservists", "2 million ballots were cast". Casualty counts are
// left to casualty.go, amounts, percentages, durations and magnitudes to their own extractors.
type counts struct{}

func (counts) Name() string { return "count" }

// measureUnits are nouns of measure, not things counted.
var measureUnits = map[string]bool{
	"km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true, "miles": true,
	"mile": true, "metres": true, "meters": true, "metre": true, "meter": true, "feet": true, "foot": true,
	"ft": true, "inches": true, "inch": true, "cm": true, "mm": true, "centimetres": true, "centimeters": true,
	"millimetres": true, "millimeters": true, "yards": true, "tonnes": true, "tons": true, "tonne": true,
	"ton": true, "kg": true, "kilograms": true, "kilos": true, "grams": true, "pounds": true, "lbs": true,
	"lb": true, "ounces": true, "oz": true, "litres": true, "liters": true, "gallons": true, "barrels": true,
	"acres": true, "hectares": true, "square": true, "cubic": true, "degrees": true, "degree": true,
	"mph": true, "kph": true, "knots": true, "percent": true, "per": true, "points": true, "point": true,
	"times": true, "fold": true, "bps": true, "mw": true, "gw": true, "kw": true, "kwh": true, "mwh": true,
	"gwh": true, "megawatts": true, "gigawatts": true, "calories": true, "bpd": true, "c": true, "f": true,
	"celsius": true, "fahrenheit": true, "m": true, "k": true, "bn": true, "ml": true, "mg": true,
	"decibels": true, "volts": true, "watts": true, "pixels": true, "storeys": true, "storey": true,
	"stories": true, "floors": true, "lanes": true, "laps": true, "runs": true, "wickets": true, "goals": false,
	"strokes": true, "shots": false, "yards'": true, "bytes": true, "gb": true, "mb": true, "tb": true,
}

// pluralOK are nouns whose plural does not end in -s.
var pluralOK = map[string]bool{
	"people": true, "police": true, "children": true, "men": true, "women": true, "aircraft": true,
	"staff": true, "crew": true, "personnel": true, "cattle": true, "livestock": true, "sheep": true,
	"fish": true, "deer": true, "troops": true, "data": true, "media": true, "offspring": true, "youth": true,
}

// readCounts finds the counts of things in a sentence; taken lists the token ranges of figures read
// by other extractors.
func readCounts(s *Sent, taken [][2]int) []qty {
	return readCountsWith(nil, nil, s, func() [][2]int { return taken })
}

// readCountsWith is readCounts with the taken ranges computed on first need: most sentences have
// no count, and reading every other kind of figure costs more than the counts themselves. When d is
// not nil, s is one of its sentences, and a casualty reading is asked of it (readCasualtyOf).
func readCountsWith(out []qty, d *Doc, s *Sent, takenFn func() [][2]int) []qty {
	var taken [][2]int
	haveTaken := false
	for ni := range s.Numbers {
		n := &s.Numbers[ni]
		if !isCount(n) || n.Prefix != "" {
			continue
		}
		j := n.Last + 1
		if s.Lower(j) == "of" && n.Words && n.Hedge != "" {
			j++ // "dozens of shops"
		}
		p := s.npAfter(j)
		if k, ok := s.seatsOfTotal(n.Last); ok {
			p = np{first: k, last: k} // "58 of the 150 seats": the seats won, not the whole
		}
		if !p.ok() && s.Lower(j+1) == "cases" && caseKinds[s.Lower(j)] != "" {
			p = np{first: j, last: j + 1} // "300 confirmed cases": the participle is the count's kind
		}
		if !p.ok() {
			// "police put the crowd at 80,000": no noun after the figure (count_putat.go)
			q, ok := d.putAtCount(s, n)
			if !ok {
				q, ok = d.levelCount(s, n) // "cases rose to 4,500" (count_level.go)
			}
			if ok && !readAsCasualty(d, s, ni) {
				if !haveTaken {
					taken, haveTaken = takenFn(), true
				}
				if !covered(taken, n.NumFirst) {
					out = append(out, q)
				}
			}
			continue
		}
		if p.last > p.first && (s.remainsState(p.last) || s.burstsBanksAt(p.last)) {
			p.last-- // "12 people remain in hospital", "23 rivers burst their banks": the verb ends the phrase
		}
		if !p.ok() || !s.lowerWord(p.last) && !(s.isWord(p.last) && strings.ToLower(s.Tokens[p.last].Text[:1]) == s.Tokens[p.last].Text[:1]) {
			continue
		}
		head := s.Lower(p.last)
		if isChargeHead(head) && chargeFigure(s, ni) {
			continue // a number of charges (charges.go)
		}
		if s.lowerIs(p.last, wMeasureUnit|wTime) || s.lowerIs(p.last, wCurrencyWord) && wordCurrency[head] != "" || s.lowerIs(j, wMeasureUnit) || hasDigit(head) {
			continue
		}
		if n.Interval.Low != 1 || n.Interval.High != 1 {
			if (!strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss") || strings.HasSuffix(head, "us") || strings.HasSuffix(head, "is")) && !listed(head, wPluralOK) {
				continue // a singular noun ("the number 100 bus") is not what a count counts
			}
		}
		// the counted noun must follow the figure directly or after adjectives, not a hyphen ("3-1 win")
		if s.Tokens[j].Start == s.Tokens[n.Last].End && s.Lower(j) != "of" {
			continue
		}
		// the dearest tests last: a casualty count, a figure another extractor reads, is no count
		if readAsCasualty(d, s, ni) {
			continue
		}
		if !haveTaken {
			taken, haveTaken = takenFn(), true
		}
		if covered(taken, n.NumFirst) {
			continue
		}
		q := qty{kind: "count", first: n.First, last: n.Last, num: n.NumFirst, iv: n.Interval, unit: unitWordAt(s, p.last, head)}
		q.label = s.Tokens[p.last].Text
		if w, _ := d.words(s, np{first: p.last, last: p.last}); len(w) > 0 {
			q.what = w
		}
		q.after = p.last
		out = append(out, q)
	}
	return out
}

// readAsCasualty reports whether the number ni of s is a casualty count (casualty.go); d may be nil.
func readAsCasualty(d *Doc, s *Sent, ni int) bool {
	if d != nil {
		_, _, ok := d.readCasualtyOf(s, ni)
		return ok
	}
	_, _, ok := readCasualtyAt(s, &s.Numbers[ni])
	return ok
}

// unitWord is the unit of a count: its noun in lower case, British spelling folded.
func unitWord(w string) string {
	w = strings.ToLower(w)
	if v, ok := spelling[w]; ok {
		return v
	}
	return w
}

// unitWordAt is unitWord(w) for w, the lower-case text of token k: the spelling table is asked
// only of the words the word classes mark (every spelling key is).
func unitWordAt(s *Sent, k int, w string) string {
	if lw := strings.ToLower(w); lw == w && !s.lowerIs(k, wStemTable) {
		return lw
	}
	return unitWord(w)
}

func covered(taken [][2]int, i int) bool {
	for _, t := range taken {
		if i >= t[0] && i <= t[1] {
			return true
		}
	}
	return false
}

// takenByOthers lists the token ranges of money, percentages, durations and magnitudes.
func takenByOthers(s *Sent) [][2]int {
	out, _ := takenByOthersTo(nil, nil, s)
	return out
}

// takenByOthersTo appends the ranges takenByOthers lists to out, reading the figures into scratch
// (returned for reuse).
func takenByOthersTo(out [][2]int, scratch []qty, s *Sent) ([][2]int, []qty) {
	// only the ranges are needed: percentages are read without their rounded intervals
	scratch = readMoneyTo(scratch[:0], s)
	scratch = readPercentsAs(scratch, s, false)
	scratch = readDurationsTo(scratch, s)
	scratch = readMagnitudesTo(scratch, s)
	for i := range scratch {
		out = append(out, [2]int{scratch[i].first, scratch[i].last})
	}
	return out, scratch
}

func (counts) Extract(d *Doc) []model.Claim {
	sc := claimScratch.Get().(*claimBufs) // see quantityClaimsIn
	defer sc.recycle()
	counts{}.appendClaims(d, sc)
	return sc.result(sc.claims, sc.quants)
}

// late: counts run after the other quantity extractors, whose figures they leave (lateAppender).
func (counts) late() {}

// appendClaims appends the counts' claims to b (claimAppender).
func (counts) appendClaims(d *Doc, b *claimBufs) {
	var taken [][2]int
	var scratch []qty
	read := func(out []qty, s *Sent) []qty {
		return readCountsWith(out, d, s, func() [][2]int {
			var ok bool
			if taken, ok = d.takenRead(taken[:0], s); !ok {
				taken, scratch = takenByOthersTo(taken[:0], scratch, s)
			}
			return taken
		})
	}
	d.appendQuantityClaims(b, nil, read, func(s *Sent, qs []qty, i int) bool {
		q := &qs[i]
		if q.verb == "" {
			d.countVerb(s, qs, i) // a figure put at a value comes with its verb (count_putat.go)
		}
		if q.verb == "" {
			d.recordVerb(s, q) // "280 landslides were reported", "rivers burst their banks" (count_recorded.go)
		}
		if q.verb == "" && i > 0 && (s.Lower(q.first-1) == "and" || s.Lower(q.first-1) == ",") && qs[i-1].verb != "" {
			// "deployed 500 firefighters and 40 aircraft": the verb carries over
			q.verb, q.verbAs, q.owner = qs[i-1].verb, qs[i-1].verbAs, qs[i-1].owner
		}
		s.jobCut(q)
		// nurses on strike, walked out, joined the strike (count_strike.go); data of 9.8 million
		// customers stolen (count_breach.go)
		d.strikeCount(s, q)
		d.breachCount(s, q)
		d.lightCount(s, q) // customers had, served; staff employed (business.go)
		d.crowdCount(s, q) // people marched, demonstrators took to the streets (count_crowd.go)
		goodsSent(q)       // doses sent, shipped, delivered (count_goods.go)
		// a case count put at a figure is cumulative already (count_putat.go)
		q.cumulative = q.cumulative || listed(q.verb, wGrowing)
		d.caseCount(s, q)     // suspected cases recorded, reported, or there have been (count_cases.go)
		d.recordedCount(s, q) // landslides reported, recorded, counted; rivers burst their banks (count_recorded.go)
		// "85 homes were lost" is "destroyed" (disaster_homes.go)
		d.destroyedBuildings(s, q)
		d.seatWinner(s, q) // a party's seats are keyed by the party
		// no verb, no telling what the count measures: a mention, not a claim; nor is a guess (count_speculative.go)
		return q.verb != "" && (!speculativeFigure(s, q.first, q.last) || possibleJobCut(s, q))
	}, true)
}

// jobNouns are the stems of the nouns a job cut counts, which reporters use for one figure:
// "cut 600 jobs", "some 600 roles would be cut", "axe 600 positions".
var jobNouns = map[string]bool{"job": true, "rol": true, "position": true}

// jobGoVerbs are verbs that tell of a cut when jobs are what they count ("600 jobs will go",
// "600 jobs will be lost", "the plant will lose 600 jobs"), and of something else with other
// nouns ("600 staff will go" home; "lost 600 homes").
var jobGoVerbs = map[string]bool{"go": true, "los": true}

// goesOn are the words after "go" that say where or how the jobs go, not that they are cut:
// "600 jobs go unfilled", "went to local firms".
var goesOn = map[string]bool{"unfilled": true, "vacant": true, "begging": true, "to": true, "abroad": true, "overseas": true, "offshore": true, "on": true, "up": true, "into": true, "towards": true, "toward": true, "ahead": true, "through": true}

// jobWhat is the key of a job cut's noun: read only.
var jobWhat = []string{"job"}

// jobCut keys a cut of jobs, roles or positions as one of jobs, in jobs: one figure, however
// named. Only cuts: "600 open positions", "create 600 roles" are kept as written.
func (s *Sent) jobCut(q *qty) {
	if len(q.what) != 1 || !jobNouns[q.what[0]] {
		return
	}
	if jobGoVerbs[q.verb] && !(q.verb == "go" && goesOn[s.Lower(q.after+1)]) {
		q.verb = "cut"
	}
	if q.verb == "cut" {
		q.what = jobWhat
		q.unit = "jobs"
	}
}

// raisingWords stand between a count and its verb with "to": "600 jobs are expected to go",
// "are set to be cut", "are due to be lost".
var raisingWords = map[string]bool{
	"expected": true, "set": true, "due": true, "likely": true, "slated": true, "poised": true,
	"scheduled": true, "planned": true, "going": true, "about": true,
}

// raisedVerbAfter finds the verb of a count told through "to" from token j on: "(are expected)
// to go", "are to be cut", "(are set) to be lost", "600 jobs to go".
func (s *Sent) raisedVerbAfter(j int) (int, bool) {
	k := j
	for n := 0; n < 2 && s.lowerIs(k, wAux) && s.Lower(k) != "to"; n++ {
		k++
	}
	if raisingWords[s.Lower(k)] {
		k++
	}
	if s.Lower(k) != "to" {
		return 0, false
	}
	k++
	if s.Lower(k) == "be" {
		k++
	}
	if !s.lowerWord(k) || s.lowerIs(k, wFunction|wAux) {
		return 0, false
	}
	return k, true
}

// countVerb finds the verb that measures a count: before it ("cut 1,200 jobs", "called up 300,000
// reservists"), or after its noun ("300 buildings collapsed", "2 million ballots were cast").
// A state after the noun ("1,500 homes were without power", "had 112 people on board") keys it
// instead (stateCount).
func (d *Doc) countVerb(s *Sent, qs []qty, i int) {
	q := &qs[i]
	k := q.first - 1
	particle := ""
	for k >= 0 && (s.Lower(k) == "another" || s.Lower(k) == "some" || s.Lower(k) == "an" || s.Lower(k) == "additional" || s.Lower(k) == "a") {
		k--
	}
	if w := s.Lower(k); w == "up" || w == "off" || w == "out" || w == "down" {
		particle = " " + w
		k--
	}
	if s.lowerIs(k, wPossess) || leaveWords[s.Lower(k)] && particle == "" {
		// "the ferry had 112 people on board", "the storm left 1,500 homes without power"
		if d.stateCount(s, qs, i, false) {
			return
		}
	}
	if carryWords[s.Lower(k)] && particle == "" && d.carriedAboard(s, q) {
		return
	}
	if s.lowerIs(k, wPossess) {
		// "the hospital has 26 beds": what is had belongs to who has it
		q.verb, q.verbAs = "have", s.Tokens[k].Text
		q.owner = d.ownerOf(s, k)
		if w, label, ok := d.commonSubject(s, k); ok {
			q.what = d.stems(0, w, q.what)
			q.label = d.joinLabel(label, " ", q.label)
		}
		return
	}
	if s.countVerbAt(k) {
		base := s.Lower(k)
		q.verb = stem(base + particle)
		if particle != "" {
			if v, ok := synonyms[stem(base)+particle]; ok {
				q.verb = v
			} else {
				q.verb = stem(base) + particle
			}
		}
		q.verbAs = s.Tokens[k].Text + particle
		q.owner = d.ownerOf(s, k)
		if p := s.pronounBefore(k); p >= 0 {
			if partyPronoun(s.Lower(p)) {
				q.owner = d.pronounOwner(s, p, q.num) // "Nordvik said it would cut 2,400 jobs"
			} else {
				q.what = nil // "he visited 30 countries": whose figure is not said
			}
		}
		return
	}
	// a state after the noun, over linking words: "1,500 homes were left without power"
	if d.stateCount(s, qs, i, true) {
		return
	}
	// after the noun, over auxiliaries and a short place phrase: "1,200 jobs in Germany will be cut"
	j := s.skipPlace(q.after + 1)
	v, ok := s.raisedVerbAfter(j)
	if !ok {
		v, ok = s.verbAfter(j)
	}
	if ok && !s.lowerIs(v, wSpeech) {
		q.verb = stemAs(s.Lower(v), s.classAt(v))
		q.verbAs = s.Tokens[v].Text
		q.after = v // the place of the clause follows its verb: "134 structures were destroyed in Butte County"
		if p := s.Lower(v + 1); p == "up" || p == "off" || p == "out" || p == "down" {
			if syn, ok := synonyms[q.verb+" "+p]; ok {
				q.verb = syn
			} else {
				q.verb += " " + p
			}
			q.verbAs += " " + p
			q.after = v + 1
		}
		return
	}
	// "1,200 job cuts": the head noun names the action
	if q.after > q.last+1 {
		if h := stem(s.Lower(q.after)); h == "cut" || h == "loss" || h == "layoff" || h == "redundanci" {
			q.verb = "cut"
			q.verbAs = s.Tokens[q.after].Text
			if w, _ := d.words(s, np{first: q.after - 1, last: q.after - 1}); len(w) > 0 {
				q.what = w
				q.label = s.Tokens[q.after-1].Text
			}
		}
	}
}

// countVerbAt reports whether token k is a verb that counts what follows it.
func (s *Sent) countVerbAt(k int) bool {
	if !s.lowerWord(k) {
		return false
	}
	w := s.Lower(k)
	c := s.classAt(k)
	if c&wFunction != 0 && w != "shed" || articleBefore(s, k) || c&wSpeech != 0 && w != "counted" && w != "recorded" || c&(wTime|wMonth) != 0 || w == "than" || w == "total" || w == "only" || w == "just" || w == "top" || w == "least" || w == "worth" {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || c&wIrregularPast != 0 || s.lowerIs(k-1, wAux) || s.Lower(k-1) == "to" ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || c&wCommonVerb != 0
}

// growingCounts are verb stems of counts that only grow as a story develops: a later, higher
// figure is an update rather than a contradiction when publication times say so.
var growingCounts = map[string]bool{
	"destroi": true, "damag": true, "collaps": true, "burn": true, "flood": true, "cancel": true,
	"loot": true, "cast": true, "count": true, "register": true, "seiz": true, "raz": true,
	"level": true, "submerg": true, "affect": true, "cut off": true, "shoot down": true,
}

// possessVerbs count what is had right after them: "the league has 20 teams".
var possessVerbs = map[string]bool{"has": true, "have": true, "had": true}

// commonVerbs are base forms that count things, met after a subject without an auxiliary.
var commonVerbs = map[string]bool{
	"cut": true, "shed": true, "hire": true, "employ": true, "build": true, "sell": true, "close": true,
	"open": true, "hold": true, "send": true, "deploy": true, "create": true, "add": true, "lose": true,
	"elect": true, "own": true, "have": true, "destroy": true, "cast": true, "hit": true, "set": true,
	"put": true, "house": true, "host": true, "attract": true, "draw": true, "produce": true,
}
