package extract

import (
	"github.com/crosscheck/crosscheck/model"
)

// measures reads physical measurements with their units: the area a fire burned ("12,000 acres",
// "about 4,900 hectares (12,100 acres)"), a storm's winds ("150 mph", "240 km/h"), rainfall
// ("200mm of rain"), a storm surge, a quake's depth, a temperature ("46C", "115F") and the weight
// of what was seized ("12 tonnes of cocaine"). Each is converted to its dimension's base unit, so
// that outlets writing different units meet. A measurement is a claim only when what it measures
// is clear: a distance ("felt 500 kilometres away", "a 30-mile stretch") or a size that describes
// ("a 10-foot wall") is context, not a reported figure, and is left out.
type measures struct{}

func (measures) Name() string { return "measure" }

// readMeasuresTo appends the measurements of a sentence to out. A conversion written after a
// figure ("4,900 hectares (12,100 acres)", "150 mph, or 240 km/h") is read with it, as one.
func readMeasuresTo(out []qty, s *Sent) []qty {
	taken := -1 // the last token of a conversion already read
	for ni := range s.Numbers {
		n := &s.Numbers[ni]
		if n.First <= taken || !measureNumber(n) {
			continue
		}
		u, last, ok := measureUnit(s, n, n.Last+1)
		if !ok || (n.ID || n.Value < 0) && u.base != unitTemp {
			continue // below zero, only a temperature
		}
		iv := measureInterval(s, n)
		first := n.First
		if u.base == unitTemp && s.Lower(n.First-1) == "minus" && n.Value > 0 {
			iv.Low, iv.High = -iv.High, -iv.Low
			first--
		}
		q := qty{kind: "measure", first: first, last: last, num: n.NumFirst, iv: toBase(iv, u), unit: u.base}
		if end := conversionAfter(s, ni, last, u.base); end > last {
			q.last, taken = end, end
		}
		out = append(out, q)
	}
	return out
}

// conversionAfter reads a conversion of the figure numbers[ni] (its unit ending at token last)
// into another unit of the same dimension: "(12,100 acres)", "(240 km/h)", ", or 240 km/h". It
// returns the last token of the conversion, or last when there is none.
func conversionAfter(s *Sent, ni, last int, base string) int {
	j := last + 1
	open := s.Lower(j) == "("
	switch {
	case open:
		j++
	case s.Lower(j) == "," && s.Lower(j+1) == "or":
		j += 2
	case s.Lower(j) == "or":
		j++
	default:
		return last
	}
	if ni+1 >= len(s.Numbers) {
		return last
	}
	m := &s.Numbers[ni+1]
	if m.First < j || m.First > j+1 || !measureNumber(m) {
		return last // "(or about 4,900 hectares)" has one word before the figure at most
	}
	u, end, ok := measureUnit(s, m, m.Last+1)
	if !ok || u.base != base {
		return last
	}
	if open {
		if s.Lower(end+1) != ")" {
			return last
		}
		end++
	}
	return end
}

func (m measures) Extract(d *Doc) []model.Claim {
	cs := d.quantityClaimsIn(readMeasuresTo, func(s *Sent, qs []qty, i int) bool { return m.measure(d, s, qs, i) }, true)
	for i := range cs {
		// "38C were recorded in Redding": the attribution reader takes the glued unit letter for
		// a name that recorded the figure
		if a := cs[i].Attribution; a == "C" || a == "F" {
			cs[i].Attribution = ""
		}
	}
	return cs
}

// measure says what measurement i of qs measures; one whose subject is unclear is no claim.
func (measures) measure(d *Doc, s *Sent, qs []qty, i int) bool {
	q := &qs[i]
	attributive := s.Lower(q.num+1) == "-" && glued(s, q.num+1) // "a 12,000-acre fire"
	q.after = q.last
	q.prev = s.earlierFigure(q.first)
	if forecastBefore(s, q.first) {
		return false // "could see up to 10 inches of rain": a forecast, not a report
	}
	if pastYear(d, s) {
		return false // "Katrina made landfall in 2005 with 125 mph winds": a past event's figure
	}
	ok := false
	switch q.unit {
	case unitArea:
		ok = areaOf(d, s, q, attributive)
	case unitSpeed:
		ok = windOf(d, s, q) || vehicleSpeedOf(d, s, q) // measure_vehicle.go
	case unitTemp:
		ok = temperatureOf(d, s, q)
	case unitLength:
		ok = lengthOf(d, s, q, attributive)
	case unitMass:
		ok = massOf(d, s, q, qs[:i])
	}
	if ok && forecastAfter(s, q.after) {
		return false
	}
	if ok && q.unit != unitMass && q.unit != unitTemp {
		q.owner = eventName(s, q)
	}
	return ok
}

// pastYear reports whether the sentence names a year before the article's ("in 2005", "the 2018
// Camp Fire"): its measurements are of a past event the story recalls. A year that the article's
// publication does not date counts as past.
func pastYear(d *Doc, s *Sent) bool {
	for i := range s.Numbers {
		n := &s.Numbers[i]
		if !n.Year {
			continue
		}
		if p := d.Article.Published; p != nil && int(n.Value) >= p.Year() {
			continue
		}
		return true
	}
	return false
}
