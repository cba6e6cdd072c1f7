package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// Statistics are told as a level the figure rose to or stood at, with the thing counted before
// the verb and no noun after the figure: "Cases rose to 4,500", "the waiting list stood at 7.6
// million", "Infections in Kasai have risen to 4,500", "the number of migrants reached 1.2
// million". readCounts wants a noun after the figure, so these were passed over. levelCount keys
// them by the subject with one verb whichever is used (rose to = stood at = reached), so that
// outlets' levels meet; a level may rise or fall between reports (current). Cases of a disease are
// keyed as case counts (count_cases.go).
// Not read: a change ("rose by 500"), a starting level ("from 4,000"), a subject that is a name
// ("Siemens rose to 120": a share price), a measure of the dead ("deaths rose to 26" is a toll,
// casualty.go), singular subjects other than aggregates ("the index rose to 4,500").

// levelVerbs take the level with "to" or "at"; reachVerbs take it directly.
var levelVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "rising": true, "climbed": true,
	"climb": true, "climbs": true, "increased": true, "jumped": true, "grew": true, "grown": true,
	"soared": true, "surged": true, "fell": true, "fallen": true, "falls": true, "dropped": true,
	"declined": true, "decreased": true, "shrank": true, "stood": true, "stands": true, "stand": true,
	"standing": true, "swelled": true, "doubled": true, "mounted": true,
}

var reachVerbs = map[string]bool{
	"reached": true, "reaches": true, "topped": true, "tops": true, "passed": true, "exceeded": true,
	"surpassed": true, "hit": true, "hits": true,
}

// levelAggregates are singular nouns that stand for a count: "the waiting list stood at 7.6 million".
var levelAggregates = map[string]bool{
	"list": true, "backlog": true, "population": true, "unemployment": true, "membership": true,
	"enrolment": true, "enrollment": true, "caseload": true, "tally": true, "total": true,
}

// levelVerb is the key's verb of a level.
const levelVerb = "stand at"

// levelCount reads the figure n of s as a level of the thing counted before its verb.
func (d *Doc) levelCount(s *Sent, n *numbers.Number) (q qty, ok bool) {
	if d == nil || n.Prefix != "" {
		return q, false
	}
	if q, ok := d.ofWholeCount(s, n); ok {
		return q, true // "32,000 of its members"
	}
	v := n.First - 1
	if w := s.Lower(v); w == "to" || w == "at" {
		v--
		if !levelVerbs[s.Lower(v)] {
			// "rose sharply to 4,500"
			if len(s.Lower(v)) > 4 && s.Lower(v)[len(s.Lower(v))-2:] == "ly" && levelVerbs[s.Lower(v-1)] {
				v--
			} else {
				return q, false
			}
		}
	} else if !reachVerbs[w] {
		return q, false
	}
	// the subject: back over auxiliaries and a place phrase ("Infections in Kasai have risen")
	k := v - 1
	for k >= 0 && (s.lowerIs(k, wAux) || s.Lower(k) == "now" || s.Lower(k) == "already") {
		k--
	}
	scope := ""
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if w := s.Lower(j); w == "in" || w == "across" {
			if p, ok := d.nameAt(s, j+1); ok && p.Last == k {
				scope, k = p.Name, j-1
			}
			break
		}
	}
	if !d.levelWord(s, k) || s.lowerIs(k, wFunction|wAux) {
		return q, false
	}
	// "the waiting list for hospital treatment in England stood at": the list is the subject
	for j := k - 1; j >= 1 && j >= k-5 && s.isWord(j); j-- {
		if s.Lower(j) == "for" {
			if levelAggregates[s.Lower(j-1)] {
				k = j - 1
			}
			break
		}
	}
	head := s.Lower(k)
	first := k // the subject's first word: over adjectives and modifiers ("confirmed cases", "waiting list")
	for first > 0 && d.levelWord(s, first-1) && !s.lowerIs(first-1, wFunction|wAux|wDeterminer) && first > k-2 {
		first--
	}
	if notLevels[head] {
		return q, false
	}
	switch {
	case head == "list" || head == "backlog":
		if first == k {
			return q, false // "the list rose to": a list of what
		}
	case levelAggregates[head]:
	case pluralNoun(segment.Token{Kind: segment.Word, Text: head}, head, false) && !timeUnitAfterWord(head):
		if _, ok := measureRight[head]; ok {
			return q, false // "deaths rose to 26": a toll
		}
	default:
		return q, false
	}
	q = qty{kind: "count", first: n.First, last: n.Last, num: n.NumFirst, iv: n.Interval, after: n.Last}
	q.what, q.label = d.words(s, np{first: first, last: k})
	if len(q.what) == 0 {
		return q, false
	}
	q.label = s.Text[s.Tokens[first].Start-s.Start : s.Tokens[k].End-s.Start]
	q.unit = head
	q.scope = scope
	if head == "cases" {
		// caseCount reads the kind between q.num and q.after: here the subject's words
		what, label := q.what, q.label
		q.what, q.label = []string{stem(head)}, s.Tokens[k].Text
		q.num, q.after = first-1, k
		d.caseCount(s, &q)
		q.num, q.after = n.NumFirst, n.Last
		if q.verb != "" {
			return q, true
		}
		q.what, q.label = what, label
	}
	q.verb, q.verbAs = levelVerb, s.Tokens[v].Text
	q.current = true
	return q, true
}

// levelWord is a common word of the subject: in lower case, or opening the sentence ("Cases rose
// to 4,500. … 300 new cases", "Confirmed cases in Kasai rose to 4,500").
func (d *Doc) levelWord(s *Sent, k int) bool {
	if k < 0 || s.lowerWord(k) {
		return k >= 0
	}
	// an opening capital: a common word the text writes in lower case too, not a name ("Siemens
	// rose to 120")
	return k == 0 && s.isWord(k) && !d.openerName(s.Lower(k))
}

// notLevels are subjects whose level is a price, a rate or a reading, not a count: "shares rose
// to 120", "temperatures rose to 40", "yields rose to 4.5".
var notLevels = map[string]bool{
	"shares": true, "stocks": true, "prices": true, "rates": true, "yields": true, "temperatures": true,
	"levels": true, "points": true, "futures": true, "bonds": true, "markets": true, "costs": true,
	"earnings": true, "revenues": true, "profits": true, "sales": true, "bills": true, "fares": true,
	"rents": true, "wages": true, "salaries": true, "savings": true, "losses": true, "readings": true,
	"scores": true, "odds": true, "ratings": true, "valuations": true, "reserves": true, "exports": true,
	"imports": true, "assets": true, "debts": true, "payments": true, "benefits": true, "pensions": true,
}

// A part of a whole is told "N of its members", "1,200 of its 5,000 staff", "300 of their jobs":
// the noun follows "of" (and the whole's figure), so readCounts, which wants the noun after the
// figure, passed the part over. ofWholeCount reads the part as a count of that noun; its verb is
// found as for any count ("had joined the strike", "will cut").
func (d *Doc) ofWholeCount(s *Sent, n *numbers.Number) (q qty, ok bool) {
	if d == nil || n.Prefix != "" || s.Lower(n.Last+1) != "of" {
		return q, false
	}
	j := n.Last + 2
	switch s.Lower(j) {
	case "its", "their", "his", "her", "our":
		j++
	default:
		// "300 of them", "300 of Siemens' staff"; "two of the victims were children" tells who
		// they were, not what was done to them
		return q, false
	}
	if s.Tokens[min(j, len(s.Tokens)-1)].Kind == segment.Number && j < len(s.Tokens) {
		j++ // the whole's figure: "1,200 of its 5,000 staff"
	}
	p := s.npAfter(j)
	if !p.ok() || !s.lowerWord(p.last) {
		return q, false
	}
	head := s.Lower(p.last)
	if s.lowerIs(p.last, wMeasureUnit|wTime|wCurrencyWord) || !strings.HasSuffix(head, "s") && !listed(head, wPluralOK) {
		return q, false
	}
	q = qty{kind: "count", first: n.First, last: n.Last, num: n.NumFirst, iv: n.Interval, unit: unitWordAt(s, p.last, head)}
	q.label = s.Tokens[p.last].Text
	if w, _ := d.words(s, np{first: p.last, last: p.last}); len(w) > 0 {
		q.what = w
	}
	q.after = p.last
	return q, len(q.what) > 0
}
