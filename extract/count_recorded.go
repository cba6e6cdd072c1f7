package extract

import "github.com/crosscheck/crosscheck/segment"

// A tally of events or things is one figure whichever verb of record tells it: "280 landslides
// were reported", "305 have been recorded", "officials counted 305 landslides", "logged 305
// landslides". Speech verbs are no count verbs (countVerb), so a passive "were reported" after
// the noun left such a tally without a verb, and so without a claim; and "recorded", "counted",
// "logged" keyed the same tally apart. Rivers that "burst their banks" flooded: "21 rivers burst
// their banks" and "23 rivers flooded" or "overflowed" are one count. Tallies grow as a story
// develops (a later, higher figure is an update when publication times say so).

// recordVerbs are the verbs of record a tally is reported with, as written.
var recordVerbs = map[string]bool{
	"reported": true, "recorded": true, "registered": true, "logged": true, "documented": true,
	"counted": true, "tallied": true,
}

// recordStems are the stems of recordVerbs (and their base forms), keyed as one.
var recordStems = map[string]bool{}

// floodStems are the stems of verbs of a river or a dam flooding, keyed as "flood".
var floodStems = map[string]bool{}

func init() {
	for _, w := range []string{"record", "recorded", "report", "reported", "register", "registered", "log", "logged", "document", "documented", "count", "counted", "tally", "tallied"} {
		recordStems[stem(w)] = true
	}
	for _, w := range []string{"overflowed", "overflow", "overtopped", "overtop"} {
		floodStems[stem(w)] = true
	}
}

// recordedCount keys every verb of record of a count as one, every river's flooding as one.
func (d *Doc) recordedCount(s *Sent, q *qty) {
	if len(q.what) == 0 || q.unit == "cases" {
		return // a disease's cases have their own key (count_cases.go)
	}
	switch {
	case s.burstsBanksAt(q.after):
		q.verb = stem("flooded") // "23 rivers had burst their banks", read by countVerb over "had"
		q.cumulative = true
	case recordStems[q.verb]:
		q.verb = stem("recorded")
		q.cumulative = true
	case floodStems[q.verb]:
		q.verb = stem("flooded")
		q.cumulative = true
	}
}

// recordVerb reads the verb of a count countVerb found none for (a verb of record is a speech
// verb): after its noun, or "the agency reported 305 landslides". It runs before a verb is carried
// over "and" from the count before ("21 rivers burst their banks and 280 landslides were
// reported": the landslides were not burst).
func (d *Doc) recordVerb(s *Sent, q *qty) {
	if len(q.what) == 0 || q.unit == "cases" {
		return // a disease's cases have their own key (count_cases.go)
	}
	s.recordVerbAfter(q)
	if k := q.first - 1; q.verb == "" && s.lowerWord(k) && recordVerbs[s.Lower(k)] {
		// "the agency reported 305 landslides": a speech verb (no count verb) telling a tally
		q.verb, q.verbAs, q.owner = stem("recorded"), s.Tokens[k].Text, d.ownerOf(s, k)
	}
}

// recordVerbAfter reads the verb of a count told after its noun: a passive verb of record ("were
// reported", "have been recorded"), or the participle it reports ("were reported damaged"), or
// "burst their banks".
func (s *Sent) recordVerbAfter(q *qty) {
	if k, ok := s.banksBurst(q.after + 1); ok {
		q.verb, q.verbAs, q.after, q.cumulative = stem("flooded"), s.Tokens[k].Text, k, true
		return
	}
	k := s.skipPlace(q.after + 1)
	aux := false
	for n := 0; n < 3 && s.lowerIs(k, wAux) && s.Lower(k) != "to"; n++ {
		aux, k = true, k+1
	}
	if !aux || !s.lowerWord(k) || !recordVerbs[s.Lower(k)] {
		return
	}
	if p := s.Lower(k + 1); p == "to" || p == "as" || p == "by" && !s.isWord(k+2) {
		return // "were reported to have", "were reported as": what is reported is told after
	}
	if n := k + 1; s.lowerWord(n) && len(s.Lower(n)) > 3 && s.Lower(n)[len(s.Lower(n))-2:] == "ed" {
		// "45 homes were reported damaged": the participle is what the count measures
		q.verb, q.verbAs, q.after = stemAs(s.Lower(n), s.classAt(n)), s.Tokens[n].Text, n
		q.cumulative = q.cumulative || listed(q.verb, wGrowing)
		return
	}
	q.verb, q.verbAs, q.after = stem("recorded"), s.Tokens[k].Text, k
}

// banksBurst finds "burst", "broke" or "breached" (their|its|the) banks within a short phrase
// from token j: the token of the verb.
func (s *Sent) banksBurst(j int) (int, bool) {
	for k := j; k < len(s.Tokens) && k < j+5; k++ {
		if s.burstsBanksAt(k) {
			return k, true
		}
		switch s.Lower(k) {
		case "burst", "broke", "breached", "overtopped", ",", ";", ":", "and", "but", "which", "that", "who":
			return 0, false
		}
		if s.Tokens[k].Kind != segment.Word || s.lowerIs(k, wAux) {
			return 0, false
		}
	}
	return 0, false
}

// burstsBanksAt reports whether token k is "burst", "broke", "breached" or "overtopped" before
// "their banks" ("its", "the"): a verb, which a noun phrase would otherwise take for its head
// ("rivers burst" like "rivers basin").
func (s *Sent) burstsBanksAt(k int) bool {
	switch s.Lower(k) {
	case "burst", "broke", "breached", "overtopped":
		p := s.Lower(k + 1)
		return (p == "their" || p == "its" || p == "the") && (s.Lower(k+2) == "banks" || s.Lower(k+2) == "bank")
	}
	return false
}

// articleBefore reports whether an article stands right before token k: "a staggering 23
// rivers", "an estimated 300 homes" hold an adjective there, not a verb counting the figure.
func articleBefore(s *Sent, k int) bool {
	p := s.Lower(k - 1)
	return p == "a" || p == "an" || p == "the"
}
