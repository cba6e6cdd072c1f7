package extract

import (
	"sync"

	"github.com/crosscheck/crosscheck/numbers"
)

// An estimate told with "put ... at" is the figure of what is put: "police put the crowd at
// 80,000", "organisers put the figure at 400,000", "the CGT put nationwide turnout at 1.5 million",
// "officials put the number of suspected cases at 2,300". The figure ends the phrase, with no noun
// after it, so readCounts would pass it over. A crowd, a turnout or "the figure" is the size of a
// protest only when the sentence or the one before tells of one ("Hundreds of thousands marched
// in Paris"); then it meets "80,000 people marched" (count_crowd.go). Otherwise what is counted
// is not clear, and no claim is made.

// putVerbs are the verbs of an estimate with "at".
var putVerbs = map[string]bool{
	"put": true, "puts": true, "putting": true, "estimated": true, "estimates": true, "estimate": true,
	"estimating": true, "placed": true, "places": true, "placing": true,
}

// crowdWords stand for the size of a gathering, not for what it is made of.
var crowdWords = map[string]bool{
	"crowd": true, "crowds": true, "turnout": true, "attendance": true, "figure": true, "number": true,
	"total": true, "size": true, "participation": true, "numbers": true,
}

// protestWords tell that a sentence is about a protest (or a strike's marches).
var protestWords = map[string]bool{
	"protest": true, "protests": true, "protested": true, "protesters": true, "protestors": true,
	"march": true, "marches": true, "marched": true, "marchers": true, "demonstration": true,
	"demonstrations": true, "demonstrated": true, "demonstrators": true, "rally": true, "rallies": true,
	"rallied": true, "streets": true, "strike": true, "strikes": true,
}

// protestWhat is the key of a crowd of protesters (count_crowd.go).
var protestWhat = sync.OnceValue(func() []string { return []string{stem("protesters")} })

// putAtCount reads the count n of sentence s when it is told as "put X at N": what X is, which
// verb keys it, who put it. ok is false when X is not clear.
func (d *Doc) putAtCount(s *Sent, n *numbers.Number) (q qty, ok bool) {
	if n.Prefix != "" || s.Lower(n.First-1) != "at" {
		return q, false
	}
	if w := s.Lower(n.Last + 1); w != "" && s.isWord(n.Last+1) && w != "and" && w != "but" && w != "while" && w != "whereas" {
		return q, false // a word after the figure: "at 80,000 people" is read as a count
	}
	at := n.First - 1
	v := -1 // the verb: a few words before "at"
	for k := at - 1; k >= 0 && k >= at-9; k-- {
		if putVerbs[s.Lower(k)] {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= at {
		return q, false
	}
	q = qty{kind: "count", first: n.First, last: n.Last, num: n.NumFirst, iv: n.Interval, after: n.Last}
	q.verbAs = s.Tokens[v].Text
	q.owner = d.ownerOf(s, v)
	head := at - 1 // X's last word: "the crowd", "the number of suspected cases"
	place := ""
	for k := at - 1; k > v+1 && k >= at-4; k-- {
		// "put the crowd in Paris at 80,000": the place is the figure's
		if s.Lower(k) == "in" {
			if p, ok := d.nameAt(s, k+1); ok && p.Last == at-1 {
				head, place = k-1, p.Name
			} else if capitalizedRun(s, k+1, at-1) {
				head, place = k-1, s.Text[s.Tokens[k+1].Start-s.Start:s.Tokens[at-1].End-s.Start]
			}
			break
		}
	}
	if !s.lowerWord(head) {
		return q, false
	}
	h := s.Lower(head)
	switch {
	case crowdWords[h] || crowdStems().nouns[stem(h)]:
		if !d.protestNear(s) {
			return q, false // "the figure", "the crowd": of what, the story does not say here
		}
		q.what, q.unit, q.label = protestWhat(), "protesters", "protesters"
		q.verb, q.verbAs = stem("protest"), "protested" // as count_crowd.go keys a crowd
		if !hasProtestWord(s) && s.Index > 0 && s.Index <= len(d.Sentences) {
			// "Hundreds of thousands marched in Paris. Organisers put the figure at 400,000."
			q.scope = d.onePlaceIn(&d.Sentences[s.Index-1])
		}
	case h == "cases":
		// caseCount reads the kind between q.num and q.after: here between the verb and the noun
		q.what, q.unit, q.label = []string{stem(h)}, h, s.Tokens[head].Text
		q.num, q.after = v, head
		d.caseCount(s, &q)
		q.num, q.after = n.NumFirst, n.Last
		if q.verb == "" {
			return q, false
		}
	default:
		return q, false
	}
	if place != "" {
		q.scope = place
	}
	return q, true
}

// protestNear reports whether s or the sentence before it tells of a protest.
func (d *Doc) protestNear(s *Sent) bool {
	if hasProtestWord(s) {
		return true
	}
	if d != nil && s.Index > 0 && s.Index <= len(d.Sentences) {
		return hasProtestWord(&d.Sentences[s.Index-1])
	}
	return false
}

func hasProtestWord(s *Sent) bool {
	for k := range s.Tokens {
		if protestWords[s.Lower(k)] {
			return true
		}
	}
	return false
}

// onePlaceIn is the place s tells its event in ("marched in Paris", "the streets of Paris") when
// it names one only; "" otherwise ("marched in Paris and Lyon").
func (d *Doc) onePlaceIn(s *Sent) string {
	name := ""
	add := func(n string, last int) bool {
		if name != "" && name != n || (s.Lower(last+1) == "and" || s.Lower(last+1) == ",") && s.isWord(last+2) && s.Tokens[last+2].IsCapitalized() {
			return false
		}
		name = n
		return true
	}
	for _, p := range d.places(s) {
		if !add(p.Name, p.Last) {
			return ""
		}
	}
	for k := 0; k+2 < len(s.Tokens); k++ {
		if s.Lower(k) == "streets" && s.Lower(k+1) == "of" {
			if p, ok := d.nameAt(s, k+2); ok && !add(p.Name, p.Last) {
				return ""
			}
		}
	}
	return name
}

// capitalizedRun reports whether tokens from..to are all capitalized words ("Mandoul", "Le Mans").
func capitalizedRun(s *Sent, from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k <= to; k++ {
		if !s.isWord(k) || !s.Tokens[k].IsCapitalized() {
			return false
		}
	}
	return true
}
