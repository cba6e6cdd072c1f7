package extract

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// This file reads the unit written after a figure ("12,000 acres", "150 mph", "46C", "200mm",
// "4,900 hectares (12,100 acres)") and converts the figure to its dimension's base unit: outlets
// write the same fire in acres and hectares, the same storm in mph and km/h, and the comparator
// meets figures of one unit only.

// the base units, one per dimension: a measure's Quantity.Unit is always one of these
const (
	unitArea   = "km²"
	unitLength = "m"
	unitSpeed  = "km/h"
	unitMass   = "kg"
	unitTemp   = "°C"
)

// mUnit is a unit read after a figure: its dimension's base unit and how a value converts to it.
type mUnit struct {
	base   string
	factor float64 // base units per unit
	// spread is the factor's upper end when the unit word is ambiguous ("tons": short or long ton);
	// 0 when it is not
	spread     float64
	fahrenheit bool // °F: converted by (v − 32) × 5/9, not by a factor
}

// unitWords are the unit words read alone; those that need the next word ("square miles",
// "miles per hour", "degrees Celsius", "km/h", "°C") are read by measureUnit.
var unitWords = map[string]mUnit{
	"acre": {base: unitArea, factor: 0.0040468564224}, "acres": {base: unitArea, factor: 0.0040468564224},
	"hectare": {base: unitArea, factor: 0.01}, "hectares": {base: unitArea, factor: 0.01}, "ha": {base: unitArea, factor: 0.01},
	"km2": {base: unitArea, factor: 1}, "km²": {base: unitArea, factor: 1}, "sqkm": {base: unitArea, factor: 1},

	"km": {base: unitLength, factor: 1000}, "kilometre": {base: unitLength, factor: 1000}, "kilometres": {base: unitLength, factor: 1000},
	"kilometer": {base: unitLength, factor: 1000}, "kilometers": {base: unitLength, factor: 1000},
	"mile": {base: unitLength, factor: 1609.344}, "miles": {base: unitLength, factor: 1609.344}, "mi": {base: unitLength, factor: 1609.344},
	"metre": {base: unitLength, factor: 1}, "metres": {base: unitLength, factor: 1}, "meter": {base: unitLength, factor: 1},
	"meters": {base: unitLength, factor: 1}, "m": {base: unitLength, factor: 1},
	"foot": {base: unitLength, factor: 0.3048}, "feet": {base: unitLength, factor: 0.3048}, "ft": {base: unitLength, factor: 0.3048},
	"inch": {base: unitLength, factor: 0.0254}, "inches": {base: unitLength, factor: 0.0254},
	"mm": {base: unitLength, factor: 0.001}, "millimetre": {base: unitLength, factor: 0.001}, "millimetres": {base: unitLength, factor: 0.001},
	"millimeter": {base: unitLength, factor: 0.001}, "millimeters": {base: unitLength, factor: 0.001},
	"cm": {base: unitLength, factor: 0.01}, "centimetre": {base: unitLength, factor: 0.01}, "centimetres": {base: unitLength, factor: 0.01},
	"centimeter": {base: unitLength, factor: 0.01}, "centimeters": {base: unitLength, factor: 0.01},

	"mph": {base: unitSpeed, factor: 1.609344}, "kph": {base: unitSpeed, factor: 1}, "kmh": {base: unitSpeed, factor: 1},
	"km/h": {base: unitSpeed, factor: 1}, "knot": {base: unitSpeed, factor: 1.852}, "knots": {base: unitSpeed, factor: 1.852},

	"tonne": {base: unitMass, factor: 1000}, "tonnes": {base: unitMass, factor: 1000},
	"ton": {base: unitMass, factor: 907.18474, spread: 1016.0469088}, "tons": {base: unitMass, factor: 907.18474, spread: 1016.0469088},
	"kg": {base: unitMass, factor: 1}, "kgs": {base: unitMass, factor: 1}, "kilogram": {base: unitMass, factor: 1},
	"kilograms": {base: unitMass, factor: 1}, "kilogrammes": {base: unitMass, factor: 1}, "kilos": {base: unitMass, factor: 1},
	"lb": {base: unitMass, factor: 0.45359237}, "lbs": {base: unitMass, factor: 0.45359237},
	"pound": {base: unitMass, factor: 0.45359237}, "pounds": {base: unitMass, factor: 0.45359237},
}

// squareUnits follow "square" or "sq": "square miles", "sq km".
var squareUnits = map[string]float64{
	"km": 1, "kilometre": 1, "kilometres": 1, "kilometer": 1, "kilometers": 1,
	"mile": 2.589988110336, "miles": 2.589988110336, "mi": 2.589988110336,
	"metre": 1e-6, "metres": 1e-6, "meter": 1e-6, "meters": 1e-6, "m": 1e-6,
	"foot": 9.290304e-8, "feet": 9.290304e-8, "ft": 9.290304e-8,
}

// measureUnit reads the unit of the figure n, written from token j on ("acres", "square miles",
// "miles per hour", "km/h", "°C", "degrees Fahrenheit", a glued "46C"). It returns the unit, the
// last token read; a hyphen may join them ("a 12,000-acre fire").
func measureUnit(s *Sent, n *numbers.Number, j int) (u mUnit, last int, ok bool) {
	hyphen := false
	if s.Lower(j) == "-" && glued(s, j) && glued(s, j+1) {
		j++
		hyphen = true
	}
	w := s.Lower(j)
	if w == "" || !s.isWord(j) && w != "°" && w != "º" && w != "²" {
		return mUnit{}, 0, false
	}
	glue := glued(s, j)
	if rest, ok := strings.CutPrefix(w, "square-"); ok {
		// "a 19-square-mile fire": the hyphenated unit is one token
		if f, ok := squareUnits[rest]; ok {
			return mUnit{base: unitArea, factor: f}, j, true
		}
		return mUnit{}, 0, false
	}
	switch w {
	case "square", "sq", "sq.":
		k := j + 1
		if t := s.Lower(k); t == "." || t == "-" && glued(s, k) {
			k++ // "sq. km", "a 19-square-mile fire"
		}
		if f, ok := squareUnits[s.Lower(k)]; ok {
			return mUnit{base: unitArea, factor: f}, k, true
		}
		return mUnit{}, 0, false
	case "°", "º", "degrees", "degree":
		switch s.Lower(j + 1) {
		case "c", "celsius", "centigrade":
			return mUnit{base: unitTemp, factor: 1}, j + 1, true
		case "f", "fahrenheit":
			return mUnit{base: unitTemp, factor: 1, fahrenheit: true}, j + 1, true
		}
		return mUnit{}, 0, false // "30 degrees" alone: an angle or a temperature in no scale
	case "c", "f":
		// "46C", "115F": only glued to the figure and written in capitals ("5 c" is no temperature)
		if glue && !hyphen && (s.Tokens[j].Text == "C" || s.Tokens[j].Text == "F") && s.Tokens[n.NumFirst].Kind == segment.Number {
			return mUnit{base: unitTemp, factor: 1, fahrenheit: w == "f"}, j, true
		}
		return mUnit{}, 0, false
	case "pound", "pounds":
		// a pound is money more often than weight: only "pounds of cocaine" weighs
		if s.Lower(j+1) != "of" || !massGoods[s.Lower(skipDeterminers(s, j+2))] {
			return mUnit{}, 0, false
		}
	case "m":
		// "500 m" spaced; a glued "500m" is read as millions by package numbers
		if s.Tokens[j].Text != "m" {
			return mUnit{}, 0, false
		}
	case "metric":
		if t := s.Lower(j + 1); t == "tons" || t == "ton" || t == "tonnes" {
			return mUnit{base: unitMass, factor: 1000}, j + 1, true
		}
		return mUnit{}, 0, false
	}
	if s.classAt(j)&wUnitWord == 0 {
		return mUnit{}, 0, false // no unit word: refused without the map lookup
	}
	u, ok = unitWords[w]
	if !ok {
		return mUnit{}, 0, false
	}
	last = j
	switch {
	case (w == "km" || w == "mi" || w == "m") && s.Lower(j+1) == "²" && glued(s, j+1):
		u, last = mUnit{base: unitArea, factor: squareUnits[w]}, j+1
	case w == "km" && s.Lower(j+1) == "/" && (s.Lower(j+2) == "h" || s.Lower(j+2) == "hr"):
		u, last = mUnit{base: unitSpeed, factor: 1}, j+2
	case u.base == unitLength && (s.Lower(j+1) == "per" || s.Lower(j+1) == "an" || s.Lower(j+1) == "a") && s.Lower(j+2) == "hour":
		// "miles per hour", "kilometres an hour"
		u, last = mUnit{base: unitSpeed, factor: u.factor / 1000}, j+2
	}
	return u, last, true
}

// glued reports whether token j starts where token j−1 ends.
func glued(s *Sent, j int) bool {
	return j > 0 && j < len(s.Tokens) && s.Tokens[j].Start == s.Tokens[j-1].End
}

// measureNumber reports whether figure n may be a measurement: no money, year, age, date, ordinal
// or fraction, and no suffix scale ("500m" is read as 500 million). A code-like figure is kept
// for a glued temperature ("46C" reads as a code).
func measureNumber(n *numbers.Number) bool {
	if n.Prefix != "" || n.Year || n.Age || n.Date || n.Ordinal || n.Fraction {
		return false
	}
	switch n.Scale {
	case "", "thousand", "million", "billion", "hundred":
		return true
	}
	return false
}

// measureInterval is the interval of figure n in its written unit: a figure written without a
// hedge is a rounded one ("12,000 acres" holds 11,900; "240 km/h" holds 241), since outlets round
// what they convert; a hedge keeps its own interval, compared with the measure's tolerance.
func measureInterval(s *Sent, n *numbers.Number) model.Interval {
	iv := n.Interval
	if n.ID {
		// a glued temperature ("46C") reads as a code, its hedge unread
		iv = model.Exact(n.Value)
		switch s.Lower(n.First - 1) {
		case "above", "over", "exceeding", "topping":
			return model.Interval{Low: n.Value, LowOpen: true, Unbounded: true}
		case "about", "around", "nearly", "almost", "roughly", "some":
			iv.Approx = true
			return iv
		case "to":
			if s.Lower(n.First-2) == "up" {
				return model.Interval{Low: -100, High: n.Value} // "up to 46C": no higher
			}
		}
	}
	if !iv.IsExact() || n.Words {
		return iv
	}
	half := roundingHalf(s.Tokens[n.NumFirst].Text)
	if limit := 0.025 * n.Value; half > limit {
		half = limit // "12,000" is not [11,500, 12,500): trailing zeros are partly significant
	}
	if half < 0.5 && !strings.Contains(s.Tokens[n.NumFirst].Text, ".") {
		half = 0.5
	}
	return model.Interval{Low: n.Value - half, High: n.Value + half}
}

// roundingHalf is half the unit of the last significant digit of a numeral: "4,900" → 50,
// "12,100" → 50, "3.5" → 0.05, "46" → 0.5.
func roundingHalf(t string) float64 {
	t = strings.ReplaceAll(t, ",", "")
	if dot := strings.IndexByte(t, '.'); dot >= 0 {
		h, _ := strconv.ParseFloat("5e-"+strconv.Itoa(len(t)-dot), 64)
		return h
	}
	z := 0
	for k := len(t) - 1; k > 0 && t[k] == '0'; k-- {
		z++
	}
	h := 0.5
	for ; z > 0; z-- {
		h *= 10
	}
	return h
}

// toBase converts an interval written in unit u to u's base unit; a temperature's hedge ("about
// 46C") is a degree either way, not a share of the figure.
func toBase(iv model.Interval, u mUnit) model.Interval {
	if u.base == unitTemp {
		if u.fahrenheit {
			iv.Low = (iv.Low - 32) * 5 / 9
			iv.High = (iv.High - 32) * 5 / 9
		}
		if iv.Approx {
			iv.Approx = false
			iv.Low--
			if !iv.Unbounded {
				iv.High++
			}
		}
		return iv
	}
	hi := u.factor
	if u.spread > 0 {
		hi = u.spread
	}
	iv.Low *= u.factor
	if !iv.Unbounded {
		iv.High *= hi
	}
	return iv
}
