package extract

import "github.com/crosscheck/crosscheck/model"

// charges reads numbers of criminal charges with the stage of the case they are counted at:
// "convicted on 14 counts of fraud", "faces 12 charges", "charged with three counts of murder",
// "pleaded guilty to two counts", "acquitted on the remaining five counts". A man charged with
// 14 counts and convicted on 12 is no conflict: the stage is part of the key (charged, convicted,
// pleaded guilty, acquitted, dropped), as is the offence ("fraud", from "counts of wire fraud" or
// "fraud charges"; "" when none is named, which is the total) and the person, read as prison
// terms read theirs (duration_person.go): the key is
// quantity|charge|charg [offence]|counts|stage|person|period. A number of charges with no stage
// in its clause ("the 14 counts") is no claim: what it counts cannot be told.
type charges struct{}

func (charges) Name() string { return "charge" }

func init() { extractors = append(extractors, charges{}) }

func (c charges) Extract(d *Doc) []model.Claim {
	cs := d.quantityClaimsIn(readChargesTo, func(s *Sent, qs []qty, i int) bool { return c.measure(d, s, qs, i) }, true)
	for i := range cs {
		dropKeyPeriod(&cs[i], 6) // quantity|charge|what|unit|stage|person|period: "convicted in July"
	}
	return cs
}

// chargeHeads are the nouns a number of charges counts.
var chargeHeads = map[string]bool{"counts": true, "count": true, "charges": true, "charge": true}

// isChargeHead is chargeHeads[w], by a switch: it is asked of most counted nouns (count.go).
func isChargeHead(w string) bool {
	switch w {
	case "counts", "count", "charges", "charge":
		return true
	}
	return false
}

// chargeModifiers stand between a number and "counts" without naming the offence: "12 federal
// charges", "two more counts". Any other word there is the offence: "three murder charges".
var chargeModifiers = map[string]bool{
	"criminal": true, "federal": true, "state": true, "separate": true, "additional": true, "more": true,
	"new": true, "further": true, "felony": true, "misdemeanor": true, "misdemeanour": true, "other": true,
	"related": true, "remaining": true, "outstanding": true, "fresh": true, "similar": true,
	"serious": true, "lesser": true, "reduced": true, "original": true, "initial": true, "total": true,
	"formal": true, "individual": true, "specimen": true, "summary": true, "indictable": true,
}

// chargeHeadAt is the token of "counts" or "charges" a number ending at last counts ("14 counts",
// "three murder charges", "12 federal fraud charges"), and the offence word before it (-1: none).
// head is -1 when the number counts no charges.
func chargeHeadAt(s *Sent, last int) (head, offence int) {
	offence = -1
	for k := last + 1; k <= last+3; k++ {
		w := s.Lower(k)
		if isChargeHead(w) {
			if k == last+1 && s.Tokens[k].Start != s.Tokens[last].End+1 {
				return -1, -1 // "14-count": an indictment's, left
			}
			return k, offence
		}
		if !s.lowerWord(k) || s.lowerIs(k, wFunction) {
			return -1, -1
		}
		if !chargeModifiers[w] {
			offence = k
		}
	}
	return -1, -1
}

// indictmentAt reads "14-count indictment" after a number ending at last: the token of "count",
// and whether it is one.
func indictmentAt(s *Sent, last int) (int, bool) {
	if s.Lower(last+1) != "-" || s.Lower(last+2) != "count" || s.Tokens[last+1].Start != s.Tokens[last].End {
		return 0, false
	}
	w := s.Lower(last + 3)
	return last + 2, w == "indictment" || w == "complaint" || w == "charge"
}

// chargeFigure reports whether number n of s is a number of charges that readChargesTo reads:
// counts leave it to them (count.go).
func chargeFigure(s *Sent, ni int) bool {
	n := &s.Numbers[ni]
	if h, _ := chargeHeadAt(s, n.Last); h < 0 {
		_, ok := indictmentAt(s, n.Last)
		return ok
	}
	_, ok := chargeAt(s, ni)
	return ok
}

// readChargesTo appends the numbers of charges of a sentence to out.
func readChargesTo(out []qty, s *Sent) []qty {
	for ni := range s.Numbers {
		if !chargeMay(s, s.Numbers[ni].Last) {
			continue // most numbers count no charges: no qty built and returned empty
		}
		if q, ok := chargeAt(s, ni); ok {
			out = append(out, q)
		}
	}
	return out
}

// chargeMay is a cheap test whether chargeAt may read a number ending at last: its head
// ("counts", "charges"; chargeHeadAt) or the "count" of "14-count" (indictmentAt) is among the
// three tokens after it, or "of" follows it ("two of the 14 counts", whose head is the whole's).
func chargeMay(s *Sent, last int) bool {
	if s.Lower(last+1) == "of" {
		return true
	}
	for k := last + 1; k <= last+3; k++ {
		if isChargeHead(s.Lower(k)) {
			return true
		}
	}
	return false
}

// chargeAt reads number ni of s as a number of charges at a stage of the case. "Two of the 14
// counts" are two counts (at the stage of their clause) of 14 charged.
func chargeAt(s *Sent, ni int) (qty, bool) {
	n := &s.Numbers[ni]
	if n.ID || n.Ordinal || n.Year || n.Age || n.Date || n.Fraction || n.Prefix != "" || n.Scale != "" {
		return qty{}, false
	}
	numLast := n.Last
	whole := false // "two of the 14 counts": 14 is the whole, charged
	if s.Lower(n.Last+1) == "of" && s.Lower(n.Last+2) == "the" {
		// "two of the 14 counts": the head is the whole's
		for mi := ni + 1; mi < len(s.Numbers) && s.Numbers[mi].First == n.Last+3; mi++ {
			numLast = s.Numbers[mi].Last
		}
	} else if s.Lower(n.First-1) == "the" && s.Lower(n.First-2) == "of" {
		for mi := ni - 1; mi >= 0; mi-- {
			if s.Numbers[mi].Last == n.First-3 {
				whole = true
			}
		}
	}
	if h, ok := indictmentAt(s, n.Last); ok {
		// "a 14-count indictment": the counts charged
		q := qty{kind: "charge", first: n.First, last: h, num: n.NumFirst, iv: n.Interval, unit: "counts", after: h + 1, noScope: true}
		q.verb, q.verbAs = "charg", stageLabels["charg"]
		q.what, q.label, q.current = []string{"charg"}, "counts", true
		return q, true
	}
	head, off := chargeHeadAt(s, numLast)
	if head < 0 {
		return qty{}, false
	}
	stage := "charg"
	if !whole {
		stage, _ = chargeStage(s, n.First, head)
	}
	if stage == "" {
		return qty{}, false
	}
	q := qty{kind: "charge", first: n.First, last: head, num: n.NumFirst, iv: n.Interval, unit: "counts", after: head, noScope: true}
	q.verb, q.verbAs = stage, stageLabels[stage]
	// the charges a person faces change as a case goes on (a superseding indictment, charges
	// dropped): reports of different days may differ; a verdict or a plea does not change
	q.current = stage == "charg"
	q.what, q.label = []string{"charg"}, "counts"
	if off >= 0 {
		q.what = append(q.what, stem(s.Lower(off)))
		q.label = s.Tokens[off].Text + " counts"
	} else if s.Lower(head+1) == "of" {
		if o, last := offenceAfter(s, head+2); o >= 0 {
			q.after = last
			// "14 counts of wire fraud and money laundering" are the counts of both: the total
			if !moreOffences(s, last) {
				q.what = append(q.what, stem(s.Lower(o)))
				q.label = "counts of " + s.Tokens[o].Text
			}
		}
	}
	return q, true
}

// stageLabels are the stages as a subject writes them.
var stageLabels = map[string]string{
	"charg": "(charged)", "convict": "(convicted)", "plead": "(pleaded guilty)", "acquit": "(acquitted)", "drop": "(dropped)",
}

// offenceEnds end an offence's phrase: "12 counts of fraud last week".
var offenceEnds = map[string]bool{
	"last": true, "this": true, "next": true, "earlier": true, "later": true, "ago": true,
	"yesterday": true, "today": true, "tonight": true, "overnight": true, "including": true,
}

// offenceAfter is the head noun of the offence named from token k ("wire fraud", "first-degree
// murder", "money laundering"), and the last token of its phrase; -1 when there is none.
func offenceAfter(s *Sent, k int) (head, last int) {
	head, last = -1, -1
	for j := k; j < len(s.Tokens) && j < k+6; j++ {
		w := s.Lower(j)
		if w == "-" && head >= 0 {
			continue
		}
		if !s.lowerWord(j) || s.lowerIs(j, wFunction|wTime) || offenceEnds[w] {
			break
		}
		head, last = j, j
	}
	return head, last
}

// moreOffences reports whether another offence follows the one ending at last: "fraud and money
// laundering", "theft, forgery and fraud"; not "fraud and was jailed".
func moreOffences(s *Sent, last int) bool {
	if w := s.Lower(last + 1); w != "and" && w != "or" && w != "," {
		return false
	}
	k := last + 2
	if s.Lower(last+1) == "," && sourceAfterComma(s, k) {
		return false // "fraud, prosecutors said" (fix_charges.go)
	}
	return s.lowerWord(k) && !s.lowerIs(k, wFunction|wAux) && !s.verbLikeAs(k, s.Lower(k), s.classAt(k))
}

// chargeStage is the stage of the case a number of charges from token first to head is counted
// at, read from the verb of its clause ("was convicted on", "pleaded guilty to", "faces") or
// after it ("12 charges were dropped"), and that verb's token; "" when none is found.
func chargeStage(s *Sent, first, head int) (string, int) {
	for k := first - 1; k >= 0 && k >= first-10; k-- {
		w := s.Lower(k)
		if w == ";" || w == "but" || w == "while" || w == "although" || w == "whereas" || w == "after" || w == "before" {
			break
		}
		switch w {
		case "guilty":
			switch {
			case s.Lower(k-1) == "not" && pleadWord(s.Lower(k-2)):
				return "charg", k - 2 // "pleaded not guilty to 12 counts": the charges he faces
			case s.Lower(k-1) == "not" && s.Lower(k-2) == "found":
				return "acquit", k - 2
			case s.Lower(k-1) == "not":
				return "acquit", k - 1
			case pleadWord(s.Lower(k - 1)):
				return "plead", k - 1
			case s.Lower(k-1) == "found":
				return "convict", k - 1 // the subject is found's: "Larsen was found guilty"
			}
			// "a jury found Piet Larsen guilty": the person is found's object (measure)
			for f := k - 2; f >= 0 && f >= k-4; f-- {
				if s.Lower(f) == "found" {
					return "convict", f
				}
			}
			return "convict", k
		case "convicted", "convict", "convicts", "convicting":
			return "convict", k
		case "admitted", "admits", "admit", "admitting":
			return "plead", k
		case "acquitted", "acquit", "acquits", "cleared":
			return "acquit", k
		case "charged", "indicted", "accused", "faces", "face", "facing", "faced", "prosecuted", "denied", "denies", "deny",
			"brought", "filed", "laid", "levelled", "leveled":
			return "charg", k
		case "dropped", "dismissed", "withdrew", "withdrawn", "dropping", "dismissing":
			return "drop", k
		}
		if containStage(s, k) {
			return "charg", k // "the indictment contains 14 counts" (fix_charges.go)
		}
	}
	// "12 charges were dropped", "three charges against Larsen were withdrawn"
	k := head + 1
	if s.Lower(k) == "of" {
		if _, last := offenceAfter(s, k+1); last >= 0 {
			k = last + 1
		}
	}
	if s.Lower(k) == "against" {
		k++
		for k < len(s.Tokens) && k < head+8 && (s.isWord(k) && s.Tokens[k].IsCapitalized() || s.Lower(k) == "him" || s.Lower(k) == "her" || s.Lower(k) == "them") {
			k++
		}
	}
	if s.lowerIs(k, wAux) {
		k++
		if s.Lower(k) == "been" {
			k++
		}
		switch s.Lower(k) {
		case "dropped", "dismissed", "withdrawn", "quashed":
			return "drop", -1
		case "filed", "brought", "laid", "added":
			return "charg", -1
		}
	}
	return "", -1
}

func pleadWord(w string) bool {
	return w == "pleaded" || w == "pled" || w == "pleads" || w == "plead" || w == "pleading"
}

// measure gives a number of charges its person: the subject of the stage's verb ("Piet Larsen
// was convicted on"), a name after it ("the jury convicted Piet Larsen on 14 counts", "charged
// Larsen with"), or the one the charges are "against".
func (charges) measure(d *Doc, s *Sent, qs []qty, i int) bool {
	q := &qs[i]
	v := -1
	if stage, at := chargeStage(s, q.first, q.last); stage == q.verb {
		v = at // "two of the 14 counts": the whole's stage is no verb's
	}
	who := ""
	if v >= 0 {
		who = d.sentencedBy(s, v)
		if who == "" {
			who = d.nameBetween(s, v+1, q.first)
		}
	}
	if who == "" && s.Lower(q.after+1) == "against" {
		who = d.nameBetween(s, q.after+2, q.after+6)
	}
	if who != "" {
		q.scope, q.owner = surname(who), who
		return true
	}
	switch {
	case severalSentenced(s, q, v):
		q.what = append(q.what[:len(q.what):len(q.what)], "each")
		q.label += " (each)"
	case v >= 0 && anotherSentenced(s, v):
		q.what = append(q.what[:len(q.what):len(q.what)], "other")
		q.label += " (of another)"
	}
	return true
}

// nameBetween is the person named by the capitalised words opening at from (before to), or "".
func (d *Doc) nameBetween(s *Sent, from, to int) string {
	for from < to && (s.Lower(from) == "former" || s.Lower(from) == "the") {
		from++
	}
	j := from
	for j < to && j < len(s.Tokens) && s.isWord(j) && s.Tokens[j].IsCapitalized() && !s.lowerIs(j, wFunction) {
		j++
	}
	if j == from || isPossessive(s.Lower(j-1)) {
		return ""
	}
	return d.personNamed(d.ownerOf(s, j))
}
