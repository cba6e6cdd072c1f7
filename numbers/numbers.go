// Package numbers reads numbers from tokens: digits with separators, number words, scale words and hedges, as intervals.
package numbers

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// Number is one number read from a token run, with its hedge.
type Number struct {
	First, Last int     // token indices, inclusive, of the whole expression (hedge included)
	NumFirst    int     // token index where the numeral itself starts
	Start, End  int     // byte span of the whole expression
	Value       float64 // the central figure ("at least 14" → 14)
	Interval    model.Interval
	Hedge       string // hedge words as written, lower case ("at least"), "" when exact
	Words       bool   // written in words
	Scale       string // scale word when present ("billion", "bn", "m")
	Ordinal     bool   // "3rd", "21st": not a count
	Year        bool   // "in 2022": not a count
	ID          bool   // phone, id, time or code-like: not a count
}

// IsCount reports whether the number may be read as a count or amount.
func (n Number) IsCount() bool { return !n.Ordinal && !n.Year && !n.ID }

var ones = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// suffixScales follow digits directly or after a space: "$1.2bn", "£4m", "5k".
var suffixScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}

// vague quantities: "dozens of" and the like, as ranges.
var vague = map[string]model.Interval{
	"dozens":    {Low: 24, High: 99, Approx: true},
	"scores":    {Low: 40, High: 99, Approx: true},
	"hundreds":  {Low: 200, High: 999, Approx: true},
	"thousands": {Low: 2000, High: 9999, Approx: true},
	"millions":  {Low: 2e6, High: 999e6, Approx: true},
	"billions":  {Low: 2e9, High: 999e9, Approx: true},
}

// idWords are capitalised words after which a number is a name, not a count ("Article 5", "Flight 370").
var idWords = map[string]bool{
	"article": true, "section": true, "chapter": true, "flight": true, "route": true, "title": true,
	"resolution": true, "room": true, "gate": true, "terminal": true, "highway": true, "interstate": true,
	"platform": true, "level": true, "phase": true, "stage": true, "brigade": true, "division": true,
	"regiment": true, "no": true, "number": true, "amendment": true, "paragraph": true, "rule": true,
	"protocol": true, "episode": true, "season": true, "game": true, "week": true, "covid": true,
	"apollo": true, "act": true, "bill": true, "item": true, "unit": true, "block": true, "building": true,
	"floor": true, "page": true, "vol": true, "volume": true, "version": true, "model": true, "type": true,
	"class": true, "category": true, "grade": true, "band": true, "tier": true, "batch": true, "lot": true,
	"district": true, "ward": true, "zone": true, "sector": true, "area": true, "camp": true, "base": true,
	"corps": true, "army": true, "battalion": true, "squadron": true, "fleet": true, "group": true, "g": true,
	"f": true, "su": true, "mig": true, "boeing": true, "airbus": true, "iphone": true, "windows": true,
	"super": true, "formula": true, "channel": true, "news": true,
}

// yearPrepositions precede a year ("in 2022", "since 2014").
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true, "year": true,
	"early": true, "late": true, "mid": true, "before": true, "after": true, "during": true, "around": true,
	"circa": true, "and": true, "to": true, "through": true, "throughout": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true, "the": true, "fiscal": true, "fy": true,
}

// hedge is a phrase before a number and how it shapes the interval.
type hedge struct {
	words []string
	apply func(v float64) model.Interval
}

var hedges = []hedge{}

func init() {
	add := func(f func(v float64) model.Interval, phrases ...string) {
		for _, p := range phrases {
			hedges = append(hedges, hedge{words: strings.Fields(p), apply: f})
		}
	}
	atLeast := func(v float64) model.Interval { return model.Interval{Low: v, Unbounded: true} }
	moreThan := func(v float64) model.Interval { return model.Interval{Low: v, LowOpen: true, Unbounded: true} }
	nearly := func(v float64) model.Interval { return model.Interval{Low: v * 0.9, High: v, HighOpen: true} }
	about := func(v float64) model.Interval { return model.Interval{Low: v, High: v, Approx: true} }
	upTo := func(v float64) model.Interval { return model.Interval{Low: 0, High: v} }
	lessThan := func(v float64) model.Interval { return model.Interval{Low: 0, High: v, HighOpen: true} }
	add(atLeast, "at least", "no fewer than", "no less than", "a minimum of", "upwards of", "upward of", "at a minimum")
	add(moreThan, "more than", "over", "above", "in excess of", "exceeding", "well over", "just over", "more then")
	add(nearly, "nearly", "almost", "close to", "just under", "just shy of", "not quite", "approaching")
	add(about, "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa",
		"approx", "approx.", "an approximate", "a reported", "reportedly", "perhaps", "maybe", "or so")
	add(upTo, "up to", "as many as", "at most", "no more than", "a maximum of")
	add(lessThan, "fewer than", "less than", "under", "below", "just under")
	// longest phrases first, so "no more than" wins over "more than"
	for i := 1; i < len(hedges); i++ {
		for j := i; j > 0 && len(hedges[j].words) > len(hedges[j-1].words); j-- {
			hedges[j], hedges[j-1] = hedges[j-1], hedges[j]
		}
	}
}

// lower returns the lower-case text of token i, or "" out of range.
func lower(toks []segment.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[i].Text)
}

// Find reads every number in toks, in order.
func Find(toks []segment.Token) []Number {
	var out []Number
	for i := 0; i < len(toks); i++ {
		n, ok := readAt(toks, i)
		if !ok {
			continue
		}
		out = append(out, n)
		i = n.Last
	}
	// a number glued to an id-like one by spaces, brackets or dashes is part of the same code:
	// "+1 (555) 123-4567"
	for changed := true; changed; {
		changed = false
		for k := range out {
			if out[k].ID {
				continue
			}
			for _, m := range []int{k - 1, k + 1} {
				if m >= 0 && m < len(out) && out[m].ID && gap(toks, out[k], out[m]) {
					out[k].ID = true
					changed = true
				}
			}
		}
	}
	return out
}

// gap reports whether two numbers are separated only by a few code punctuation bytes.
func gap(toks []segment.Token, a, b Number) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if b.Start-a.End > 3 {
		return false
	}
	for k := a.Last + 1; k < b.First; k++ {
		if !strings.Contains("()+-.", toks[k].Text) {
			return false
		}
	}
	return true
}

// readAt reads a number whose numeral starts at token i.
func readAt(toks []segment.Token, i int) (Number, bool) {
	t := toks[i]
	var n Number
	switch t.Kind {
	case segment.Number:
		v, ok := parseDigits(t.Text)
		if !ok {
			n = Number{First: i, Last: i, NumFirst: i, ID: true}
			break
		}
		n = Number{First: i, Last: i, NumFirst: i, Value: v}
		classifyDigits(toks, i, &n)
		// scale: "2.3 billion", "1.2bn", "4m"
		if j := i + 1; j < len(toks) && toks[j].Kind == segment.Word {
			w := strings.ToLower(toks[j].Text)
			if s, ok := scales[w]; ok && w != "hundred" || ok && w == "hundred" {
				n.Value *= s
				n.Scale = w
				n.Last = j
				n.Year = false
			} else if s, ok := suffixScales[w]; ok && toks[j].Start == t.End {
				n.Value *= s
				n.Scale = w
				n.Last = j
				n.Year = false
			}
		}
	case segment.Word:
		w := strings.ToLower(t.Text)
		if iv, ok := vague[w]; ok && lower(toks, i+1) == "of" {
			// "dozens of", "hundreds of", "tens of thousands of"
			n = Number{First: i, Last: i, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: w}
			return finish(toks, n), true
		}
		if w == "tens" && lower(toks, i+1) == "of" {
			if s, ok := map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}[lower(toks, i+2)]; ok {
				iv := model.Interval{Low: 10 * s, High: 99 * s, Approx: true}
				n = Number{First: i, Last: i + 2, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: "tens of " + lower(toks, i+2)}
				return finish(toks, n), true
			}
		}
		if w == "hundreds" && lower(toks, i+1) == "of" && lower(toks, i+2) == "thousands" {
			iv := model.Interval{Low: 2e5, High: 999e3, Approx: true}
			n = Number{First: i, Last: i + 2, NumFirst: i, Value: iv.Low, Interval: iv, Words: true, Hedge: "hundreds of thousands"}
			return finish(toks, n), true
		}
		v, last, ok := parseWords(toks, i)
		if !ok {
			return Number{}, false
		}
		n = Number{First: i, Last: last, NumFirst: i, Value: v, Words: true}
	default:
		return Number{}, false
	}
	if n.ID {
		n.Start, n.End = t.Start, t.End
		return n, true
	}
	n.Interval = model.Exact(n.Value)
	return finish(toks, n), true
}

// finish applies hedges before and after the numeral and sets the span.
func finish(toks []segment.Token, n Number) Number {
	if n.Hedge == "" {
		if h, first, ok := hedgeBefore(toks, n.NumFirst); ok {
			n.Interval = h.apply(n.Value)
			n.Hedge = strings.Join(h.words, " ")
			n.First = first
		} else if n.NumFirst >= 1 && lower(toks, n.NumFirst-1) == "a" && n.Words && lower(toks, n.NumFirst) == "dozen" {
			n.First = n.NumFirst - 1
		}
		// "between 10 and 15", "10 to 15", "10-15"
		if n.Hedge == "" {
			if hi, last, ok := rangeAfter(toks, n.Last); ok && hi > n.Value {
				n.Interval = model.Interval{Low: n.Value, High: hi}
				n.Last = last
				n.Hedge = "range"
				if lower(toks, n.First-1) == "between" {
					n.First--
				}
			}
		}
		// "30 or more", "30-plus", "30+"
		if n.Hedge == "" {
			j := n.Last + 1
			if lower(toks, j) == "or" && (lower(toks, j+1) == "more" || lower(toks, j+1) == "so") {
				if lower(toks, j+1) == "more" {
					n.Interval = model.Interval{Low: n.Value, Unbounded: true}
					n.Hedge = "or more"
				} else {
					n.Interval = model.Interval{Low: n.Value, High: n.Value, Approx: true}
					n.Hedge = "or so"
				}
				n.Last = j + 1
			} else if lower(toks, j) == "+" && toks[j].Start == toks[n.Last].End {
				n.Interval = model.Interval{Low: n.Value, Unbounded: true}
				n.Hedge = "+"
				n.Last = j
			}
		}
	}
	if n.Words && n.Hedge == "" && (lower(toks, n.NumFirst) == "dozen" || lower(toks, n.NumFirst) == "a") {
		n.Interval.Approx = true
	}
	n.Start = toks[n.First].Start
	n.End = toks[n.Last].End
	return n
}

// hedgeBefore matches a hedge phrase ending right before token i.
func hedgeBefore(toks []segment.Token, i int) (hedge, int, bool) {
	for _, h := range hedges {
		k := len(h.words)
		if i-k < 0 {
			continue
		}
		ok := true
		for m, w := range h.words {
			if lower(toks, i-k+m) != w {
				ok = false
				break
			}
		}
		if ok {
			return h, i - k, true
		}
	}
	return hedge{}, 0, false
}

// rangeAfter reads the upper end of "10 to 15", "10-15", "10 and 15" (after "between").
func rangeAfter(toks []segment.Token, last int) (float64, int, bool) {
	j := last + 1
	sep := lower(toks, j)
	if sep != "to" && sep != "-" && sep != "–" && sep != "and" {
		return 0, 0, false
	}
	if sep == "and" && lower(toks, firstOf(toks, last)-1) != "between" {
		return 0, 0, false
	}
	if j+1 >= len(toks) {
		return 0, 0, false
	}
	t := toks[j+1]
	if t.Kind == segment.Number {
		v, ok := parseDigits(t.Text)
		if !ok {
			return 0, 0, false
		}
		if (sep == "-" || sep == "–") && (toks[j].Start != toks[last].End || t.Start != toks[j].End) {
			return 0, 0, false
		}
		end := j + 1
		if s, ok := scales[lower(toks, j+2)]; ok {
			v *= s
			end = j + 2
		}
		return v, end, true
	}
	if t.Kind == segment.Word && sep != "-" {
		if v, end, ok := parseWords(toks, j+1); ok {
			return v, end, true
		}
	}
	return 0, 0, false
}

// firstOf walks back over a numeral to find where it starts (for "between").
func firstOf(toks []segment.Token, last int) int {
	i := last
	for i > 0 && (toks[i-1].Kind == segment.Number || isNumberWord(lower(toks, i-1))) {
		i--
	}
	return i
}

func isNumberWord(w string) bool {
	if _, ok := ones[w]; ok {
		return true
	}
	if _, ok := tens[w]; ok {
		return true
	}
	_, ok := scales[w]
	return ok
}

// parseDigits reads "1,200", "4.2", "26"; it refuses malformed groups ("1,20") and slashes or colons.
func parseDigits(s string) (float64, bool) {
	if strings.ContainsAny(s, "/:") {
		return 0, false
	}
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	if strings.Contains(s, ",") {
		intPart := s
		if dot := strings.IndexByte(s, '.'); dot >= 0 {
			intPart = s[:dot]
		}
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// classifyDigits marks ordinals, years and id-like numbers.
func classifyDigits(toks []segment.Token, i int, n *Number) {
	t := toks[i]
	next := lower(toks, i+1)
	adjNext := i+1 < len(toks) && toks[i+1].Start == t.End
	adjPrev := i > 0 && toks[i-1].End == t.Start
	// ordinals: 3rd, 21st, 2nd, 4th
	if adjNext && (next == "st" || next == "nd" || next == "rd" || next == "th") {
		n.Ordinal = true
		n.Last = i + 1
		return
	}
	// glued to letters: "G7", "MH17", "F-16", "COVID-19", "Su-25"
	if adjPrev && (toks[i-1].Kind == segment.Word || toks[i-1].Text == "-" && i >= 2 && toks[i-2].Kind == segment.Word && toks[i-2].End == toks[i-1].Start && toks[i-2].IsCapitalized()) {
		n.ID = true
		return
	}
	if adjNext && toks[i+1].Kind == segment.Word && !isUnitSuffix(next) {
		n.ID = true // "4G", "5km" is a unit and allowed
		return
	}
	// "No. 3", "#3", "Article 5"
	if i > 0 {
		p := lower(toks, i-1)
		if p == "#" || p == "№" || (toks[i-1].IsCapitalized() && idWords[p]) || (p == "." && lower(toks, i-2) == "no") {
			n.ID = true
			return
		}
	}
	// phone and id strings: numbers chained by hyphens, dots or spaces in groups, leading zeros
	if chainedID(toks, i) {
		n.ID = true
		return
	}
	// years: four digits 1800-2100 without separator, not counting something
	if len(t.Text) == 4 && !strings.ContainsAny(t.Text, ",.") && n.Value >= 1800 && n.Value <= 2100 {
		prev := lower(toks, i-1)
		if yearPrepositions[prev] || isMonth(prev) || i+1 >= len(toks) || toks[i+1].Kind != segment.Word || toks[i+1].IsCapitalized() {
			n.Year = true
		}
	}
}

func isUnitSuffix(w string) bool {
	switch w {
	case "km", "m", "mm", "cm", "kg", "g", "mph", "kph", "ft", "mi", "s", "h", "hrs", "bn", "mn", "mln", "k",
		"b", "tn", "trn", "pc", "am", "pm", "x", "gw", "mw", "kw", "kwh", "gwh", "t", "lb", "lbs", "oz", "l", "ml":
		return true
	}
	return false
}

func isMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// chainedID reports whether the number at i is part of a phone- or id-like chain: "555-0123",
// "+1 555 123 4567", "(555) 123-4567", "0123".
func chainedID(toks []segment.Token, i int) bool {
	t := toks[i]
	if len(t.Text) > 1 && t.Text[0] == '0' && !strings.HasPrefix(t.Text, "0.") {
		return true
	}
	groups := 1
	// walk left and right over number tokens glued by - . ( ) or single spaces
	for _, dir := range []int{-1, 1} {
		j := i
		for {
			k := j + dir
			if k < 0 || k >= len(toks) {
				break
			}
			if toks[k].Kind == segment.Punct && strings.Contains("-().+", toks[k].Text) {
				k2 := k + dir
				if k2 >= 0 && k2 < len(toks) && toks[k2].Kind == segment.Number && glued(toks, j, k) && glued(toks, k, k2) {
					groups++
					j = k2
					continue
				}
				break
			}
			if toks[k].Kind == segment.Number && abs(toks[k].Start-toks[j].End) <= 1 && abs(toks[j].Start-toks[k].End) >= 0 {
				groups++
				j = k
				continue
			}
			break
		}
	}
	if groups >= 3 {
		return true
	}
	if groups == 2 {
		// "555-0123" but not a range "10-15" or "2020-2022"
		for _, k := range []int{i - 2, i + 2} {
			if k >= 0 && k < len(toks) && toks[k].Kind == segment.Number && (len(toks[k].Text) >= 4 && len(t.Text) == 3 || len(t.Text) >= 4 && len(toks[k].Text) == 3) {
				return true
			}
		}
	}
	return false
}

func glued(toks []segment.Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return toks[a].End == toks[b].Start
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// parseWords reads a number written in words starting at token i: "twenty-six", "three thousand",
// "one hundred and twenty", "a dozen", "a hundred", "half a million". It returns the last token used.
func parseWords(toks []segment.Token, i int) (float64, int, bool) {
	w := lower(toks, i)
	// "a dozen", "a hundred", "a thousand", "half a dozen"
	if w == "a" || w == "an" {
		nw := lower(toks, i+1)
		if nw == "dozen" {
			return 12, i + 1, true
		}
		if s, ok := scales[nw]; ok {
			v, last := s, i+1
			if more, l2, ok := continueWords(toks, last+1, v); ok {
				return more, l2, true
			}
			return v, last, true
		}
		return 0, 0, false
	}
	if w == "dozen" {
		return 12, i, true
	}
	if w == "half" && lower(toks, i+1) == "a" {
		nw := lower(toks, i+2)
		if nw == "dozen" {
			return 6, i + 2, true
		}
		if s, ok := scales[nw]; ok && s >= 1e3 {
			return s / 2, i + 2, true
		}
		return 0, 0, false
	}
	total, cur := 0.0, 0.0
	seen := false
	last := -1
	for j := i; j < len(toks) && toks[j].Kind == segment.Word; j++ {
		tw := lower(toks, j)
		parts := strings.FieldsFunc(tw, func(r rune) bool { return r == '-' || r == '‑' })
		if len(parts) == 0 || !isNumberWord(parts[0]) {
			break
		}
		whole := allNumberWords(tw)
		if !whole && (j > i || len(parts) < 2) {
			break
		}
		for _, p := range parts {
			if !isNumberWord(p) {
				break // "ten-day": the number part stands, the rest is a unit
			}
			if v, ok := ones[p]; ok {
				cur += v
			} else if v, ok := tens[p]; ok {
				cur += v
			} else if s := scales[p]; seen {
				if s == 100 {
					cur *= 100
				} else {
					total += cur * s
					cur = 0
				}
			} else {
				return 0, 0, false // a scale word alone ("million") is no number
			}
			seen = true
		}
		last = j
		if !whole {
			break
		}
		// "one hundred and twenty"
		if lower(toks, j+1) == "and" && isSmallNumberWord(lower(toks, j+2)) && (strings.HasSuffix(tw, "hundred") || strings.HasSuffix(tw, "thousand")) {
			j++
		}
	}
	if !seen || last < 0 {
		return 0, 0, false
	}
	return total + cur, last, true
}

func isSmallNumberWord(w string) bool {
	p := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‑' })
	if len(p) == 0 {
		return false
	}
	_, a := ones[p[0]]
	_, b := tens[p[0]]
	return a || b
}

// continueWords extends "a thousand" with following words ("a hundred and twenty").
func continueWords(toks []segment.Token, j int, v float64) (float64, int, bool) {
	if lower(toks, j) == "and" {
		if n, last, ok := parseWords(toks, j+1); ok && n < 100 {
			return v + n, last, true
		}
	}
	return 0, 0, false
}

func allNumberWords(w string) bool {
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '‑' }) {
		if !isNumberWord(p) {
			return false
		}
	}
	return true
}
