package extract

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
)

// percents reads percentages ("62 percent", "62%", "18pc", "62 per cent"), percentage points and
// basis points, tied to what they measure: "turnout", "100% tariffs", "40% of the buildings damaged".
type percents struct{}

func (percents) Name() string { return "percent" }

// percentLinking words join a subject to its percentage: "turnout reached 62%", "inflation slowed to 3%".
var percentLinking = map[string]bool{
	"reached": true, "reach": true, "reaches": true, "stood": true, "stands": true, "stand": true, "hit": true,
	"hits": true, "came": true, "comes": true, "remained": true, "remains": true, "stayed": true, "stay": true,
	"stays": true, "edged": true, "eased": true, "slowed": true, "accelerated": true, "closed": true,
	"ended": true, "finished": true, "opened": true, "traded": true, "settled": true, "rose": true, "rise": true,
	"rises": true, "risen": true, "fell": true, "fall": true, "falls": true, "fallen": true, "jumped": true,
	"climbed": true, "climb": true, "climbs": true, "dropped": true, "declined": true, "increased": true,
	"decreased": true, "grew": true, "gained": true, "lost": true, "slipped": true, "slid": true,
	"plunged": true, "plummeted": true, "tumbled": true, "soared": true, "surged": true, "sank": true,
	"dipped": true, "slumped": true, "rallied": true, "advanced": true, "shed": true, "added": true,
	"running": true, "ran": true, "measured": true, "hovered": true, "hovering": true, "averaged": true,
	"or": true, ",": true, "points": true, "point": true, "percent": true, "%": true, "percentage": true,
	"per": true, "cent": true, "basis": true, "pc": true, "was": true, "is": true, "at": true, "to": true,
	"by": true, "of": true, "near": true, "up": true, "down": true, "higher": true, "lower": true,
	"expected": true, "forecast": true, "projected": true, "seen": true, "estimated": true,
	"held": true, "holds": true, "steady": true, "unchanged": true,
}

// changeNouns name a change and its direction: "a 7.5 percent rise in rents".
var changeNouns = map[string]string{
	"rise": "up", "increase": "up", "jump": "up", "gain": "up", "hike": "up", "surge": "up", "growth": "up",
	"fall": "down", "drop": "down", "decline": "down", "decrease": "down", "cut": "down", "slump": "down",
	"plunge": "down", "loss": "down", "reduction": "down", "dip": "down",
}

// readPercents finds the percentages of a sentence; "between 10% and 15%" and "10% to 15%" are ranges.
func readPercents(s *Sent) []qty { return readPercentsAs(nil, s, true) }

// readPercentsTo appends the percentages of a sentence to out.
func readPercentsTo(out []qty, s *Sent) []qty { return readPercentsAs(out, s, true) }

// readPercentsAs is readPercents; without values it leaves the interval of a rounded figure
// unread, for callers that only need where percentages stand (takenByOthers).
func readPercentsAs(out []qty, s *Sent, values bool) []qty {
	for ni := 0; ni < len(s.Numbers); ni++ {
		n := &s.Numbers[ni]
		if n.ID || n.Ordinal || n.Fraction || n.Prefix != "" {
			continue
		}
		unit, last := percentUnit(s, n.Last+1, n.Last)
		if unit == "" {
			continue
		}
		q := qty{kind: "percent", first: n.First, last: last, num: n.NumFirst, iv: n.Interval, unit: unit}
		if values && n.Hedge == "" && n.Interval.IsExact() {
			// "65 percent" is a rounded figure: it holds 65.4 but not 66
			q.iv = roundedPercent(s.Tokens[n.Last].Text, n.Words, n.Value)
		}
		// "10% to 15%", "between 10% and 15%"
		if sep := s.Lower(last + 1); (sep == "to" || sep == "and" && s.Lower(n.First-1) == "between" || sep == "-" || sep == "–") && ni+1 < len(s.Numbers) && n.Hedge == "" {
			m := &s.Numbers[ni+1]
			if m.First == last+2 && m.Value > n.Value && m.Hedge == "" && !(sep == "to" && s.Lower(n.First-1) == "from") {
				if u2, l2 := percentUnit(s, m.Last+1, m.Last); u2 == unit {
					q.iv = model.Interval{Low: n.Value, High: m.Value}
					q.last = l2
					if sep == "and" {
						q.first = n.First - 1
					}
					ni++
				}
			}
		}
		out = append(out, q)
	}
	return out
}

// roundedPercent is the interval a percentage written with these digits covers: "65" is
// [64.5, 65.5), "65.4" is [65.35, 65.45), computed on the digits so that no float error creeps in.
func roundedPercent(t string, words bool, v float64) model.Interval {
	t = strings.ReplaceAll(t, ",", "")
	if words || strings.ContainsAny(t, "/:") {
		return numbers.Rounded(v, 0.5)
	}
	dec := 0
	if dot := strings.IndexByte(t, '.'); dot >= 0 {
		dec = len(t) - dot - 1
	}
	m, err := strconv.ParseInt(strings.Replace(t, ".", "", 1), 10, 64)
	if err != nil || m > 1e15 {
		return numbers.Rounded(v, 0.5)
	}
	return model.Interval{Low: tenthsBelow(m*10-5, dec+1), High: tenthsBelow(m*10+5, dec+1), HighOpen: true}
}

// tenthsBelow is m × 10^-e, parsed from the digits "<m>e-<e>" (written on the stack) so that no
// float error creeps in.
func tenthsBelow(m int64, e int) float64 {
	if -1<<53 <= m && m <= 1<<53 && 0 <= e && e < len(tenPowers) {
		// both m and 10^e are exact in a float64, and the quotient of two exact values is
		// correctly rounded: ParseFloat's own exact case, without writing and reading the digits
		return float64(m) / tenPowers[e]
	}
	return tenthsBelowParsed(m, e)
}

// tenPowers are the powers of ten a float64 holds exactly.
var tenPowers = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// tenthsBelowParsed is tenthsBelow by ParseFloat of the digits, for values past the exact case.
func tenthsBelowParsed(m int64, e int) float64 {
	var buf [48]byte
	b := strconv.AppendInt(buf[:0], m, 10)
	b = append(b, "e-"...)
	b = strconv.AppendInt(b, int64(e), 10)
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// percentUnit reads the percent word after a figure: it returns the unit and the last token used.
func percentUnit(s *Sent, j, last int) (string, int) {
	switch w := s.Lower(j); {
	case w == "%" || w == "percent" || w == "pct" || w == "pc" && s.Tokens[j].Start == s.Tokens[j-1].End:
		return "percent", j
	case w == "per" && s.Lower(j+1) == "cent":
		return "percent", j + 1
	case w == "percentage" && (s.Lower(j+1) == "points" || s.Lower(j+1) == "point"):
		return "percentage points", j + 1
	case w == "basis" && (s.Lower(j+1) == "points" || s.Lower(j+1) == "point"):
		return "basis points", j + 1
	case w == "bps" || w == "bp" && s.Tokens[j].Start == s.Tokens[j-1].End:
		return "basis points", j
	}
	return "", last
}

func (p percents) Extract(d *Doc) []model.Claim {
	return d.quantityClaimsIn(readPercentsTo, func(s *Sent, qs []qty, i int) bool { return p.measure(d, s, qs, i) }, true)
}

// measure says what percentage i of qs measures; every percentage is a claim.
func (percents) measure(d *Doc, s *Sent, qs []qty, i int) bool {
	q := &qs[i]
	d.percentWhat(s, q)
	d.containment(s, q) // "the fire was 15% contained" (disaster_contain.go)
	if len(q.what) == 0 && i > 0 && (q.prev || s.Lower(q.first-1) == "to") {
		inherit(q, &qs[i-1])
	}
	d.voteShare(s, q) // a party's share of the vote is keyed by the party
	d.shareMove(s, q) // a company's share move is keyed by the company (business.go)
	return true
}

// percentWhat reads what a percentage measures: a share "of" something and what that share did
// ("40% of the buildings were damaged"), the noun it modifies ("100% tariffs"), or the subject it
// is linked to ("turnout reached 62%"), with the direction of a change ("shares fell 5%").
func (d *Doc) percentWhat(s *Sent, q *qty) {
	q.after = q.last
	q.prev = s.earlierFigure(q.first)
	after := s.Lower(q.last + 1)
	ac := s.classAt(q.last + 1)
	changeNoun := ""
	if ac&wChangeNoun != 0 {
		changeNoun = changeNouns[after]
	}
	if ac&wUp != 0 || after == "more" || changeNoun == "up" {
		q.change = "up"
	} else if ac&wDown != 0 || after == "less" || after == "fewer" || changeNoun == "down" {
		q.change = "down"
	}
	// "a 7.5 percent rise in rents", "a 3% fall in sales"
	if changeNoun != "" && s.Lower(q.last+2) == "in" {
		if p := s.npAfter(skipDeterminers(s, q.last+3)); p.ok() && s.lowerWord(p.last) {
			if w, label := d.words(s, p); len(w) > 0 {
				q.what, q.label, q.after = w, label, p.last
				return
			}
		}
	}
	// "40% of the city's buildings were damaged", "won 54.6% of the vote"
	if after == "of" {
		k := q.last + 2
		for s.Lower(k) == "the" || s.Lower(k) == "all" || s.Lower(k) == "its" || s.Lower(k) == "their" {
			k++
		}
		// the possessor, of one word or more: "the city's", "the European Union's budget"
		m := k
		for m < k+3 && s.possessorWord(m) {
			m++
		}
		if isPossessive(s.Lower(m)) {
			q.scope = s.possessorName(m)
			k = m + 1
		}
		if p := s.npAfter(k); p.ok() {
			if w, label := d.words(s, p); len(w) > 0 {
				// room for the verb the share may take: one slice and one label string each
				q.what = d.stems(1, []string{"share"}, w)
				q.after = p.last
				if v, ok := s.verbAfter(s.skipPlace(p.last + 1)); ok {
					q.what = append(q.what, stemAs(s.Lower(v), s.classAt(v)))
					q.label = d.joinLabel("share of ", label, " ", s.Tokens[v].Text)
				} else if c, ok := s.copulaComplement(s.skipPlace(p.last + 1)); ok {
					// "90% of the town was without power": what the share is, or lacks
					q.what = append(q.what, stemAs(s.Lower(c), s.classAt(c)))
					q.label = d.joinLabel("share of ", label, " … ", s.Tokens[c].Text)
				} else if v, _, _ := s.skipBack(q.first-1, 0); s.lowerWord(v) && !s.lowerIs(v, wFunction) {
					q.what = append(q.what, stemAs(s.Lower(v), s.classAt(v)))
					q.label = d.joinLabel(s.Tokens[v].Text, " share of ", label)
					q.owner = d.ownerOf(s, v)
				} else {
					q.label = d.joinLabel("share of ", label)
				}
				return
			}
		}
	}
	// attributive: "100% tariffs", "a 51 percent stake", "a 30 per cent chance of showers"
	if p := s.npAfter(q.last + 1); p.ok() && s.lowerWord(p.last) && q.change == "" {
		if w, label := d.words(s, p); len(w) > 0 {
			q.what, q.label, q.after = w, label, p.last
			if c, prep := s.complement(p.last + 1); c.ok() {
				cw, cl := d.words(s, c)
				q.what = d.withComplement(q.what, cw)
				q.label = d.joinLabel(q.label, " ", prep, " ", cl)
				q.after = c.last
			}
			if p := s.possessorBefore(q.first); p != "" {
				q.scope = p
			}
			return
		}
	}
	// a subject linked to the figure: "turnout reached 62%", "inflation slowed to 3.2%"
	k, change, level := s.skipBack(q.first-1, wPercentLink)
	head, comp, scope, owner := s.subjectBefore(k)
	if !head.ok() {
		return
	}
	// "the central bank raised rates by 50 basis points": the verb before the noun gives the direction
	if v := head.first - 1; change == "change" || change == "" && !level {
		if s.lowerIs(v, wUp) {
			change = "up"
		} else if s.lowerIs(v, wDown) {
			change = "down"
		}
	}
	if !level && q.change == "" {
		q.change = change
	}
	w, label := d.words(s, head)
	if comp.ok() {
		cw, cl := d.words(s, comp)
		w = d.withComplement(w, cw)
		label = d.joinLabel(label, " of ", cl)
	}
	if len(w) == 0 {
		return
	}
	q.what, q.label = w, label
	if scope.ok() {
		sl := s.joinText(scope.first, scope.last) // the label words would give
		q.scope = sl
	}
	if owner != "" && q.scope == "" {
		q.scope = owner
	}
}

// copulaComplement finds what a copula says of a subject ending before j: "… was without power",
// "… are in debt", "… remained closed": the head of the first content phrase after it.
func (s *Sent) copulaComplement(j int) (int, bool) {
	w := s.Lower(j)
	if w != "was" && w != "were" && w != "is" && w != "are" && w != "remain" && w != "remained" && w != "remains" {
		return 0, false
	}
	k := j + 1
	for k < len(s.Tokens) && k < j+4 && (s.lowerIs(k, wFunction) || strings.HasSuffix(s.Lower(k), "ly")) {
		k++
	}
	if !s.lowerWord(k) || s.lowerIs(k, wTime) {
		return 0, false
	}
	p := s.npAfter(k)
	if !p.ok() {
		return k, true // "remained closed"
	}
	return p.last, true
}

// verbAfter finds the verb of a clause after a noun phrase ending before token j: "… were damaged",
// "… backed the measure", over auxiliaries and adverbs.
func (s *Sent) verbAfter(j int) (int, bool) {
	aux := false
	for k := j; k < len(s.Tokens) && k < j+4; k++ {
		w := s.Lower(k)
		c := s.classAt(k)
		switch {
		case c&wAux != 0 && w != "to" || c&wIntent != 0:
			aux = true
		case len(w) > 4 && w[len(w)-2:] == "ly":
		case s.lowerWord(k) && c&wFunction == 0 && (aux || s.verbLikeAs(k, w, c) || c&wIrregularPast != 0 || len(w) > 3 && w[len(w)-2:] == "ed"):
			return k, true
		default:
			return 0, false
		}
	}
	return 0, false
}
