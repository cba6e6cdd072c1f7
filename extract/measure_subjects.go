package extract

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// This file says what a measurement measures, by dimension. Each reading asks for a clear subject
// named next to the figure ("winds of 150 mph", "has burned 12,000 acres", "12 tonnes of cocaine
// were seized"); anything else is left out, so a country's area, a road's length or a wall's
// height never meets a fire's area or a storm's surge.

// the keys of the measurements, one slice each: the figures of one key meet in the comparator
var (
	whatAreaBurned  = []string{"area", "burn"}
	whatAreaFires   = []string{"fires", "burn"}
	whatAreaFlooded = []string{"area", "flood"}
	whatWindLandfal = []string{"wind", "landfal"}
	whatWindPeak    = []string{"wind", "peak"}
	whatGust        = []string{"gust", "speed"}
	whatTemp        = []string{"temperatur"}
	whatLowTemp     = []string{"low", "temperatur"}
	whatRain        = []string{"rain"}
	whatSnow        = []string{"snow"}
	whatSurge       = []string{"storm", "surg"}
	whatWave        = []string{"wave", "height"}
	whatQuakeDepth  = []string{"earthquak", "depth"}
)

// fireNouns name a fire: "a 12,000-acre fire", "the blaze has grown to 4,900 hectares".
var fireNouns = map[string]bool{
	"fire": true, "fires": true, "wildfire": true, "wildfires": true, "blaze": true, "blazes": true,
	"bushfire": true, "bushfires": true, "inferno": true, "firestorm": true, "megafire": true,
	"forest-fire": true, "wildland": true,
}

// otherWords before a fire noun say it is not the story's fire: "another blaze", "a separate fire".
var otherWords = map[string]bool{
	"another": true, "separate": true, "second": true, "other": true, "smaller": true, "nearby": true,
}

// zoneWords name a zone whose radius is a reported figure: "a 20-kilometre exclusion zone".
var zoneWords = map[string]bool{
	"exclusion": true, "evacuation": true, "buffer": true, "no-go": true, "safety": true, "no-fly": true,
}

// burnVerbs say a fire burned an area: "has burned 12,000 acres", "scorched 4,900 hectares".
var burnVerbs = map[string]bool{
	"burned": true, "burnt": true, "burn": true, "burns": true, "burning": true, "scorched": true,
	"scorching": true, "scorch": true, "charred": true, "charring": true, "blackened": true,
	"consumed": true, "consuming": true, "torched": true, "engulfed": true, "razed": true,
}

// floodVerbs say water covered an area: "flooded 30,000 hectares of farmland".
var floodVerbs = map[string]bool{
	"flooded": true, "inundated": true, "submerged": true, "swamped": true,
}

// growVerbs give a fire's size when a fire is the subject: "the blaze has grown to 12,000 acres",
// "the fire now covers 4,900 hectares".
var growVerbs = map[string]bool{
	"grown": true, "grew": true, "grow": true, "spread": true, "spreads": true, "expanded": true,
	"ballooned": true, "exploded": true, "covers": true, "covered": true, "covering": true,
	"reached": true, "swelled": true, "mushroomed": true, "spanned": true, "spans": true,
	"spanning": true, "stretched": true, "measured": true,
}

// measureLinks may stand between a measured noun and its figure: "winds of up to", "temperatures
// soared to", "rainfall totals reached".
var measureLinks = map[string]bool{
	"of": true, "up": true, "to": true, "near": true, "around": true, "at": true, "as": true,
	"high": true, "reaching": true, "reached": true, "reach": true, "topped": true, "topping": true,
	"hit": true, "hitting": true, "exceeding": true, "exceeded": true, "was": true, "were": true,
	"is": true, "are": true, "been": true, "has": true, "have": true, "had": true, "measured": true,
	"recorded": true, "registered": true, "clocked": true, "speeds": true, "speed": true,
	"sustained": true, "maximum": true, "max": true, "peak": true, "top": true, "with": true,
	"soared": true, "soaring": true, "climbed": true, "climbing": true, "peaked": true, "rose": true,
	"rising": true, "surged": true, "touched": true, "touching": true, "above": true, "over": true,
	"fell": true, "dropped": true, "plunged": true, "plummeted": true, "sank": true, "dipped": true,
	"totals": true, "total": true, "amounts": true, "a": true, "an": true, "about": true,
	"some": true, "nearly": true, "almost": true, "roughly": true, "still": true, "already": true,
	"now": true, "blowing": true, "gusting": true, "extends": true, "extended": true, "stretches": true,
}

// windNouns name a wind whose speed is given; a gust's key is its own, a sustained wind's is
// chosen by windOf (at landfall, at its peak).
var windNouns = map[string][]string{
	"wind": whatWindLandfal, "winds": whatWindLandfal, "windspeed": whatWindLandfal, "windspeeds": whatWindLandfal,
	"gust": whatGust, "gusts": whatGust,
}

// windAdjectives stand between a speed and its wind: "150 mph sustained winds".
var windAdjectives = map[string]bool{
	"sustained": true, "maximum": true, "top": true, "peak": true, "strong": true, "damaging": true,
	"destructive": true, "hurricane-force": true, "gale-force": true, "wind": true,
}

// tempNouns name a temperature: "temperatures hit 46C", "a high of 115F".
var tempNouns = map[string][]string{
	"temperature": whatTemp, "temperatures": whatTemp, "temps": whatTemp, "mercury": whatTemp,
	"thermometer": whatTemp, "thermometers": whatTemp, "high": whatTemp, "highs": whatTemp,
	"heat": whatTemp, "low": whatLowTemp, "lows": whatLowTemp,
}

// precipNouns name rain or snow: "200mm of rain", "rainfall of 8 inches".
var precipNouns = map[string][]string{
	"rain": whatRain, "rainfall": whatRain, "rains": whatRain, "precipitation": whatRain,
	"downpour": whatRain, "downpours": whatRain, "snow": whatSnow, "snowfall": whatSnow,
}

// surgeNouns name a height of water: "a storm surge of up to 12 feet", "10-metre waves".
var surgeNouns = map[string][]string{
	"surge": whatSurge, "surges": whatSurge, "wave": whatWave, "waves": whatWave, "tsunami": whatWave,
}

// massGoods are what a weight is read of before "pounds" counts as a weight ("500 pounds of
// heroin"): a pound is money more often.
var massGoods = map[string]bool{
	"cocaine": true, "heroin": true, "methamphetamine": true, "meth": true, "fentanyl": true,
	"cannabis": true, "marijuana": true, "hashish": true, "drugs": true, "narcotics": true,
	"explosives": true, "gold": true, "ivory": true, "silver": true, "opium": true, "ketamine": true,
	"pills": true, "amphetamines": true, "food": true, "aid": true, "debris": true, "trash": true,
	"waste": true, "fish": true, "meat": true, "beef": true, "chicken": true, "ammunition": true,
}

// seizeVerbs fold the verbs of a seizure: "seized", "confiscated", "intercepted", "found".
var seizeVerbs = map[string]bool{
	"seiz": true, "confiscat": true, "intercept": true, "find": true, "discover": true, "recover": true,
	"captur": true, "impound": true, "haul": true, "uncover": true,
}

// seizureNouns name a seizure: "the seizure of 3.6 tonnes of cocaine".
var seizureNouns = map[string]bool{"seizure": true, "haul": true, "bust": true, "interception": true, "confiscation": true}

// spillVerbs fold the verbs of a spill or leak: "spilled 2,000 tonnes of oil".
var spillVerbs = map[string]bool{
	"spill": true, "leak": true, "releas": true, "dump": true, "discharg": true,
}

// forecastWords before a figure make it a forecast ("could see up to 10 inches of rain", "winds
// are expected to reach 150 mph"), which a report of what happened does not contradict.
var forecastWords = map[string]bool{
	"could": true, "may": true, "might": true, "will": true, "expected": true, "forecast": true,
	"forecasts": true, "predicted": true, "projected": true, "possible": true, "potential": true,
	"would": true, "likely": true, "threatens": true, "threatening": true,
}

// forecastBefore reports whether a forecast word stands in the eight tokens before token first.
func forecastBefore(s *Sent, first int) bool {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		if forecastWords[s.Lower(k)] {
			return true
		}
	}
	return false
}

// linkBack walks left from token k over auxiliaries, adverbs and the words that join a verb to a
// figure ("has now burned through", "scorched a total of") and returns the first token not skipped.
func linkBack(s *Sent, k int) int {
	for k >= 0 {
		w := s.Lower(k)
		switch {
		case s.lowerIs(k, wAux) && w != "to":
		case len(w) > 4 && strings.HasSuffix(w, "ly"):
		case w == "through" || w == "across" || w == "over" || w == "some" || w == "nearly" || w == "almost" ||
			w == "roughly" || w == "about" || w == "an" || w == "a" || w == "estimated" || w == "total" ||
			w == "of" && s.Lower(k-1) == "total" || w == "now" || w == "already" || w == "more" || w == "than":
		default:
			return k
		}
		k--
	}
	return k
}

// nounBack finds a noun of table nouns in the six tokens before token first, over link words
// only ("winds of up to", "temperatures soared to"); -1 when there is none.
func nounBack[T any](s *Sent, first int, nouns map[string]T) int {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		w := s.Lower(k)
		if _, ok := nouns[w]; ok {
			return k
		}
		if j := placeBack(s, k); j < k {
			k = j + 1 // "temperatures in Seville hit 46C": over the place to its noun
			continue
		}
		if !measureLinks[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			return -1
		}
	}
	return -1
}

// placeBack reads a short place phrase ending at token k ("in Seville", "across southern Spain")
// and returns the token before it, or k when there is none.
func placeBack(s *Sent, k int) int {
	j := k
	for j >= 0 && k-j < 3 && s.isWord(j) && s.Tokens[j].IsCapitalized() {
		j--
	}
	for j >= 0 && k-j < 4 && (s.Lower(j) == "southern" || s.Lower(j) == "northern" || s.Lower(j) == "eastern" || s.Lower(j) == "western" || s.Lower(j) == "central") {
		j--
	}
	if j == k || j < 0 || s.Lower(j) != "in" && s.Lower(j) != "across" && s.Lower(j) != "at" {
		return k
	}
	return j - 1
}

// nounAfter finds a noun of table nouns in the three tokens after token last, over adjectives and
// hyphens only ("150 mph sustained winds", "a 12-foot storm surge"); -1 when there is none.
func nounAfter[T any](s *Sent, last int, nouns map[string]T, between map[string]bool) int {
	for k := last + 1; k <= last+3; k++ {
		w := s.Lower(k)
		if _, ok := nouns[w]; ok {
			return k
		}
		if w != "-" && !between[w] {
			return -1
		}
	}
	return -1
}

// fireIn reports whether a fire is named among tokens from..to.
func fireIn(s *Sent, from, to int) bool {
	for k := max(from, 0); k <= to && k < len(s.Tokens); k++ {
		if fireNouns[s.Lower(k)] {
			return true
		}
	}
	return false
}

// setWhat keys q by what and label.
func setWhat(q *qty, what []string, label string) bool {
	q.what, q.label = what, label
	return true
}

// areaOf reads what an area is of: the area a fire burned ("has burned 12,000 acres", "a
// 12,000-acre fire", "the blaze has grown to 4,900 hectares", "12,000 acres have burned") or the
// area a flood covered ("flooded 30,000 hectares"). Other areas (a country's, a park's) are not read.
func areaOf(_ *Doc, s *Sent, q *qty, attributive bool) bool {
	burned := func() bool {
		if at := nearestFireAt(s, q); at > 0 && otherWords[s.Lower(at-1)] || at > 1 && otherWords[s.Lower(at-2)] {
			return false // "another fire in Oregon has scorched 30,000 acres": a second, unnamed fire
		} else if pastFire(s, q, at) {
			return false
		}
		q.cumulative = true // a fire only grows
		if fires := nearestFire(s, q); fires != "" && fires[len(fires)-1] == 's' {
			// "wildfires have burned 2.5 million acres this year": a season's total, not one fire's
			return setWhat(q, whatAreaFires, "area burned by fires")
		}
		q.noScope = true // one fire, wherever a report locates it
		return setWhat(q, whatAreaBurned, "area burned")
	}
	// "a 12,000-acre fire", "the 12,000-acre Carr fire"
	for k := q.last + 1; k <= q.last+3; k++ {
		if fireNouns[s.Lower(k)] {
			return burned()
		}
		if !(s.isWord(k) && s.Tokens[k].IsCapitalized()) && s.Lower(k) != "-" {
			break
		}
	}
	if attributive {
		return false // "a 40-acre park" describes
	}
	v := linkBack(s, q.first-1)
	w := s.Lower(v)
	if w == "of" && s.Lower(v-1) == "area" {
		// "has burned an area of 49 square kilometres"
		v = linkBack(s, v-2)
		w = s.Lower(v)
	}
	if w == "to" || w == "across" || w == "over" || w == "through" {
		v = linkBack(s, v-1)
		if w = s.Lower(v); !growVerbs[w] {
			return false
		}
	}
	switch {
	case burnVerbs[w]:
		return burned()
	case floodVerbs[w]:
		q.current = true // water recedes
		return setWhat(q, whatAreaFlooded, "area flooded")
	case growVerbs[w] && fireIn(s, 0, v):
		return burned()
	}
	// "12,000 acres (of forest) have burned", "4,900 hectares were scorched"
	k := q.last + 1
	if s.Lower(k) == "of" {
		if p := s.npAfter(skipDeterminers(s, k+1)); p.ok() {
			k = p.last + 1
		}
	}
	if v, ok := s.verbAfter(k); ok {
		switch {
		case burnVerbs[s.Lower(v)]:
			q.after = v
			return burned()
		case floodVerbs[s.Lower(v)]:
			q.after, q.current = v, true
			return setWhat(q, whatAreaFlooded, "area flooded")
		}
	}
	return false
}

// windOf reads a wind speed: "winds of 150 mph", "150 mph winds", "gusts of up to 120 km/h",
// "maximum sustained winds near 150 mph". A storm's forward speed ("moving at 12 mph") is not read.
func windOf(d *Doc, s *Sent, q *qty) bool {
	k := nounAfter(s, q.last, windNouns, windAdjectives)
	if k < 0 {
		k = nounBack(s, q.first, windNouns)
	}
	if k < 0 {
		return false
	}
	q.current = true // winds strengthen and ease as a storm moves
	if k > q.last {
		q.after = k
	}
	if windNouns[s.Lower(k)][0] == "gust" {
		// a gust is a station's reading: where it was measured is part of what it is
		q.scope = nearestPlace(d, s, q)
		return setWhat(q, whatGust, "wind gusts")
	}
	// a storm's winds change by the hour: the figure at landfall and the peak are told apart, and
	// one the sentence says was changing ("weakened to winds of 85 mph") is a moment's, not read
	for j := range s.Tokens {
		switch s.Lower(j) {
		case "weakened", "weakening", "weakens", "strengthened", "strengthening", "strengthens",
			"intensified", "intensifying", "downgraded", "upgraded", "eased", "easing":
			return false
		}
	}
	q.noScope = true // one storm, wherever a report locates it
	q.current = false
	// a storm's sustained winds are an estimate, advisories a few miles an hour apart: "120 mph"
	// at landfall and "hit with 125 mph winds" are one figure, 120 and 150 are not
	q.iv.Approx = true
	hit := false
	for j := range s.Tokens {
		switch s.Lower(j) {
		case "landfall", "ashore":
			return setWhat(q, whatWindLandfal, "wind speed at landfall")
		case "peak", "peaked", "strongest", "height":
			return setWhat(q, whatWindPeak, "peak wind speed")
		case "hit", "struck", "slammed", "smashed", "lashed", "pounded", "battered", "barreled", "barrelled":
			// "Milton hit Florida", "slammed into the coast", not "winds hit 150 mph"
			next := s.Lower(j + 1)
			hit = hit || s.isWord(j+1) && s.Tokens[j+1].IsCapitalized() || next == "the" || next == "into" || next == "land"
		case "now", "currently", "still", "earlier", "later", "before", "after":
			return false // a reading of some other hour
		}
	}
	if hit {
		return setWhat(q, whatWindLandfal, "wind speed at landfall") // "Milton hit Florida with 125 mph winds"
	}
	// a storm's winds at an hour the sentence does not tell: a report of another hour gives
	// another figure, and the two would read as a conflict
	return false
}

// temperatureOf reads a temperature: "temperatures hit 46C", "a high of 115F", "46C heat". A
// record ("the record of 47.4C set in 2021") is not read: it is another day's figure.
func temperatureOf(d *Doc, s *Sent, q *qty) bool {
	for k := max(0, q.first-6); k < q.first; k++ {
		if strings.HasPrefix(s.Lower(k), "record") {
			return false
		}
	}
	k := nounAfter(s, q.last, tempNouns, nil)
	if k < 0 || s.Lower(k) != "heat" && s.Lower(k) != "temperatures" && s.Lower(k) != "temperature" {
		k = nounBack(s, q.first, tempNouns)
	} else {
		q.after = k
	}
	if k < 0 {
		return false
	}
	if q.scope = placeOf(d, s, q); q.scope == "" {
		return false
	}
	q.current = true
	what, label := tempNouns[s.Lower(k)], "temperature"
	if len(what) == 2 {
		label = "low temperature"
	}
	// a heatwave's days each have their figure: the day the sentence names is the figure's
	// Context, so that two days stand apart and a figure of no day joins the only day named
	for j := range s.Tokens {
		if w := s.Lower(j); weekday(w) || w == "today" || w == "yesterday" {
			q.owner = strings.ToUpper(w[:1]) + w[1:]
			break
		}
	}
	return setWhat(q, what, label)
}

// lengthOf reads a length that is a reported figure: rainfall ("200mm of rain", "rainfall of 8
// inches"), a storm surge or waves ("a storm surge of up to 12 feet", "10-metre waves") and a
// quake's depth ("at a depth of 10 km", "10 km deep"). Distances ("felt 500 kilometres away", "a
// 30-mile stretch") are context and are not read.
func lengthOf(d *Doc, s *Sent, q *qty, attributive bool) bool {
	// "200mm of rain", "8 inches of heavy rain"
	if s.Lower(q.last+1) == "of" {
		for k := q.last + 2; k <= q.last+4; k++ {
			if what, ok := precipNouns[s.Lower(k)]; ok {
				q.after, q.cumulative = k, true
				q.scope = subjectPlace(d, s, q)
				q.rate = rainSpan(s, k)
				return setWhat(q, what, measureLabel(what))
			}
			if !s.lowerWord(k) || s.lowerIs(k, wFunction) && s.Lower(k) != "the" {
				break
			}
		}
	}
	if k := nounAfter(s, q.last, surgeNouns, map[string]bool{"storm": true, "tsunami": true, "high": true}); k >= 0 {
		q.after = k
		q.scope = nearestPlace(d, s, q) // a surge is as high as where it was measured
		return setWhat(q, surgeNouns[s.Lower(k)], measureLabel(surgeNouns[s.Lower(k)]))
	}
	// "a 20-kilometre exclusion zone", "an evacuation zone of 10 miles"
	if k := nounAfter(s, q.last, map[string]bool{"zone": true}, zoneWords); k > q.last+1 && zoneWords[s.Lower(k-1)] {
		q.after, q.noScope, q.current = k, true, true // a zone is widened or narrowed
		return setWhat(q, d.stems(0, []string{stem(s.Lower(k - 1)), "zone"}), s.Tokens[k-1].Text+" zone")
	}
	if k := nounBack(s, q.first, map[string]bool{"zone": true}); k > 0 && zoneWords[s.Lower(k-1)] {
		q.noScope, q.current = true, true
		return setWhat(q, d.stems(0, []string{stem(s.Lower(k - 1)), "zone"}), s.Tokens[k-1].Text+" zone")
	}
	if attributive {
		return false // "a 10-foot wall", "a 30-mile stretch" describe
	}
	if k := nounBack(s, q.first, precipNouns); k >= 0 {
		q.cumulative = true
		q.scope = subjectPlace(d, s, q)
		q.rate = rainSpan(s, q.last)
		return setWhat(q, precipNouns[s.Lower(k)], measureLabel(precipNouns[s.Lower(k)]))
	}
	if k := nounBack(s, q.first, surgeNouns); k >= 0 {
		q.scope = nearestPlace(d, s, q)
		return setWhat(q, surgeNouns[s.Lower(k)], measureLabel(surgeNouns[s.Lower(k)]))
	}
	// the depth's words first: whether the article is a quake's reads all its sentences
	if (nounBack(s, q.first, depthNouns) >= 0 || s.Lower(q.last+1) == "deep" || s.Lower(q.last+1) == "below" || s.Lower(q.last+1) == "underground") && !aftershockIn(s) && quakeStory(d, s) {
		q.noScope = true // one quake, wherever a report locates it
		return setWhat(q, whatQuakeDepth, "earthquake depth")
	}
	return false
}

// massOf reads the weight of what was seized, found or spilled: "police seized 12 tonnes of
// cocaine", "500 pounds of heroin were found"; "seized 12 tonnes of cocaine and 500 pounds of
// heroin" gives both the verb. A weight without such a verb is not read. before are the measurements
// of the sentence before q.
func massOf(d *Doc, s *Sent, q *qty, before []qty) bool {
	if s.Lower(q.last+1) != "of" {
		return false
	}
	p := s.npAfter(skipDeterminers(s, q.last+2))
	if !p.ok() || !s.lowerWord(p.last) {
		return false
	}
	v := linkBack(s, q.first-1)
	if w := s.Lower(v); w == "of" && seizureNouns[s.Lower(v-1)] {
		// "the seizure of 3.6 tonnes of cocaine", "a haul of 12 tonnes of cocaine"
		q.verb, q.verbAs, q.after = "seiz", s.Tokens[v-1].Text, p.last
		q.what, q.label = d.stems(0, []string{stemAs(s.Lower(p.last), s.classAt(p.last))}), s.Tokens[p.last].Text
		return true
	}
	if w := s.Lower(v); (w == "and" || w == ",") && len(before) > 0 {
		if b := &before[len(before)-1]; b.unit == unitMass && b.verb != "" && b.last < v && len(b.what) > 0 {
			q.verb, q.verbAs, q.after = b.verb, b.verbAs, p.last
			q.what, q.label = d.stems(0, []string{stemAs(s.Lower(p.last), s.classAt(p.last))}), s.Tokens[p.last].Text
			return true
		}
	}
	if !s.lowerWord(v) || s.lowerIs(v, wFunction) || !(s.verbLike(v) || strings.HasSuffix(s.Lower(v), "ed")) {
		var ok bool
		if v, ok = s.verbAfter(s.skipPlace(p.last + 1)); !ok {
			return false
		}
		q.after = v
	} else {
		q.after = p.last
	}
	verb := stemAs(s.Lower(v), s.classAt(v))
	switch {
	case seizeVerbs[verb]:
		verb = "seiz"
	case spillVerbs[verb]:
		verb = "spill"
	default:
		// "delivered 300 tonnes of food", "stacked 12 tonnes of sandbags": a story holds many such
		// loads, and two of them would read as a conflict
		return false
	}
	head := stemAs(s.Lower(p.last), s.classAt(p.last))
	q.what, q.label = d.stems(0, []string{head}), s.Tokens[p.last].Text
	q.verb, q.verbAs = verb, s.Tokens[v].Text
	return true
}

// stormWords open a storm's name: "Hurricane Milton", "Typhoon Haikui", "Storm Babet".
var stormWords = map[string]bool{
	"hurricane": true, "typhoon": true, "cyclone": true, "storm": true, "tropical": true,
}

// eventName names the fire or storm a measurement is of, as its Context: two fires of one story
// (the Park fire's 350,000 acres, the Borel fire's 59,000) are then told apart, while a report
// that names neither joins the only one named. It is the capitalised words before the fire noun
// nearest the figure ("the Carr Creek fire"), or the name after a storm word ("Hurricane Milton").
func eventName(s *Sent, q *qty) string {
	if q.unit == unitArea {
		at := nearestFireAt(s, q)
		if at < 0 {
			return ""
		}
		j := at
		for j > 0 && s.isWord(j-1) && s.Tokens[j-1].IsCapitalized() && !s.lowerIs(j-1, wFunction) && at-j < 3 {
			j--
		}
		if j < at && s.Lower(j) != "cal" {
			return trimPossessive(s.joinText(j, at-1))
		}
		return ""
	}
	for k := 0; k+1 < len(s.Tokens); k++ {
		if !stormWords[s.Lower(k)] || !s.Tokens[k].IsCapitalized() {
			continue
		}
		n := k + 1
		if s.Lower(n) == "storm" || s.Lower(n) == "cyclone" || s.Lower(n) == "depression" {
			n++ // "Tropical Storm Alberto"
		}
		if s.isWord(n) && s.Tokens[n].IsCapitalized() && !s.lowerIs(n, wFunction) {
			return trimPossessive(s.Tokens[n].Text)
		}
	}
	return ""
}

// nearestFireAt is the fire noun a fire's area is of: the last one before the figure, else the
// first after it ("a 12,000-acre fire"); -1 when there is none.
func nearestFireAt(s *Sent, q *qty) int {
	at := -1
	for k := 0; k < len(s.Tokens) && k <= q.last+3; k++ {
		if fireNouns[s.Lower(k)] && (k < q.first || at < 0) {
			at = k
		}
	}
	return at
}

// nearestFire is the fire noun nearestFireAt finds, lower case, or "".
func nearestFire(s *Sent, q *qty) string { return s.Lower(nearestFireAt(s, q)) }

// placeOf is where a temperature was taken: the place the sentence names after "in" or "at"
// nearest the figure, else the place the article is about; "" when there is none. Temperatures of
// different places never meet, and one without a place is no claim.
func placeOf(d *Doc, s *Sent, q *qty) string {
	if p := nearestPlace(d, s, q); p != "" {
		return p
	}
	return d.topPlace
}

// nearestPlace is the place the sentence names after "in", "at" or "across" nearest the figure q,
// or "".
func nearestPlace(d *Doc, s *Sent, q *qty) string {
	best, dist := "", 1<<30
	for _, p := range d.places(s) {
		b := p.First - 1
		for isDirection(s.Lower(b)) {
			b-- // "across southern Spain"
		}
		if w := s.Lower(b); w != "in" && w != "at" && w != "across" && !(w == "of" && (s.Lower(b-1) == "areas" || s.Lower(b-1) == "parts")) {
			continue
		}
		k := p.First - q.last
		if p.First < q.first {
			k = q.first - p.Last
		}
		if k < dist {
			best, dist = p.Name, k
		}
	}
	return best
}

// subjectPlace is the place opening the sentence as its subject ("Tampa received 18 inches of
// rain"), where rain fell; "" when there is none (the place after the figure is then read as any
// figure's scope).
func subjectPlace(d *Doc, s *Sent, q *qty) string {
	for _, p := range d.places(s) {
		if p.First == 0 && !weekday(s.Lower(0)) && !isMonthWord(s.Lower(0)) {
			return p.Name
		}
	}
	// a name the place list does not know, as the subject of a verb of rain gauges
	k := 0
	for k < 4 && s.isWord(k) && s.Tokens[k].IsCapitalized() && !s.lowerIs(k, wFunction) {
		k++
		if s.Lower(k) == "." && (s.Lower(k-1) == "st" || s.Lower(k-1) == "ft" || s.Lower(k-1) == "mt") {
			k++ // "St. Petersburg"
		}
	}
	switch s.Lower(k) {
	case "received", "recorded", "saw", "got", "logged", "measured", "had":
		if k > 0 {
			return trimPossessive(s.joinText(0, k-1))
		}
	}
	// "… were recorded in Valencia": the place named after "in" nearest the figure
	return nearestPlace(d, s, q)
}

// forecastAfter reports whether a forecast word follows the measured phrase ending at token
// after: "12 inches of snow expected overnight".
func forecastAfter(s *Sent, after int) bool {
	for k := after + 1; k <= after+3; k++ {
		switch s.Lower(k) {
		case "expected", "forecast", "predicted", "possible", "likely":
			return true
		}
	}
	return false
}

// rainSpan reads the time rain fell in, after token k: "200mm of rain in eight hours", "18 inches
// over 24 hours" give "in 8 hours", kept in the key (q.rate) since a day's rain is not two
// days'; "" when none is written.
func rainSpan(s *Sent, k int) string {
	for j := k + 1; j <= k+4 && j < len(s.Tokens); j++ {
		w := s.Lower(j)
		if w != "in" && w != "over" && w != "within" {
			continue
		}
		for _, n := range s.Numbers {
			if n.NumFirst == j+1 || n.NumFirst == j+2 && s.Lower(j+1) == "just" || n.First == j && n.NumFirst == j+1 {
				switch u := s.Lower(n.Last + 1); u {
				case "hour", "hours", "day", "days", "minutes", "week", "weeks":
					return "in " + strconv.FormatFloat(n.Value, 'f', -1, 64) + " " + u
				}
			}
		}
		if u := s.Lower(j + 2); s.Lower(j+1) == "a" && (u == "day" || u == "week" || u == "hour") {
			return "in 1 " + u
		}
	}
	return ""
}

// pastFire reports whether the fire at token at, whose area q is, is a fire of the past the story
// compares with: "the 2018 Camp Fire, which burned 153,336 acres", "the largest since the Dixie
// fire burned 963,000 acres". Its name would give a Context the story's unnamed fire joins.
func pastFire(s *Sent, q *qty, at int) bool {
	for k := max(0, at-4); k < at; k++ {
		if s.Tokens[k].Kind == segment.Number && len(s.Tokens[k].Text) == 4 && s.Tokens[k].Text >= "1900" && s.Tokens[k].Text <= "2100" {
			return true
		}
	}
	// the fire is named after a word of comparison ("since the", "than the"), and the figure after
	// it: the figure is that fire's, not the story's ("since Friday, the fire has burned" is not)
	if at < 0 || at > q.first {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		switch w := s.Lower(k); {
		case w == "since" || w == "than" || w == "surpassing" || w == "surpassed" || w == "eclipsing" || w == "eclipsed" || w == "topping" || w == "like":
			return true
		case w == "the" || s.Tokens[k].Kind == segment.Number || s.isWord(k) && s.Tokens[k].IsCapitalized():
		default:
			return false
		}
	}
	return false
}

// measureLabel is how a report names the measurements of one key: one label for "rain",
// "Rainfall" and "downpours", which the comparator shows for all of them.
func measureLabel(what []string) string {
	switch what[0] {
	case "rain":
		return "rainfall"
	case "snow":
		return "snowfall"
	case "storm":
		return "storm surge"
	case "wave":
		return "wave height"
	}
	return strings.Join(what, " ")
}

// depthNouns name a depth: "at a depth of 10 km".
var depthNouns = map[string]bool{"depth": true}

// quakeStory reports whether the sentence names a quake, or, when it does not ("It struck at a
// depth of 10 km"), whether the article does: a depth is then the quake's.
func quakeStory(d *Doc, s *Sent) bool {
	if quakeSentence(s) {
		return true
	}
	for i := range d.Sentences {
		if quakeSentence(&d.Sentences[i]) {
			return true
		}
	}
	return false
}

// aftershockIn reports whether the sentence names an aftershock or foreshock: a depth there is
// not the main quake's.
func aftershockIn(s *Sent) bool {
	for k := range s.Tokens {
		if c := quakeNoun(s.Lower(k)); c == "aftershock" || c == "foreshock" {
			return true
		}
	}
	return false
}
