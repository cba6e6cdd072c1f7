package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// A strike's size is one figure however the strikers' action is named: "36,000 nurses are on
// strike", "32,000 nurses walked out", "went on strike", "joined the strike", "took part in the
// walkout", "staged a 48-hour strike". strikeCount keys all of these with one verb, "strike", so
// that two outlets' figures for one walkout meet (and 32,000 against 36,000 is seen). The noun is
// kept: nurses and doctors striking on one day are two figures.
// Not read: "walked out of the talks" (a delegation leaving), "were taking part" with no strike
// named, "struck" (a car struck 12 people), a strike's vote ("voted to strike").

// strikeWords name a strike after the verb that joins it.
var strikeWords = map[string]bool{
	"strike": true, "strikes": true, "walkout": true, "walkouts": true, "stoppage": true,
	"stoppages": true, "action": true,
}

// strikeVerb is the key's verb of a count of strikers.
const strikeVerb = "strike"

// strikeCount keys the count q as strikers when the verb after its noun says they struck; it runs
// after countVerb.
func (d *Doc) strikeCount(s *Sent, q *qty) {
	if len(q.what) == 0 || q.after < q.last || !strikerNoun(q.unit) {
		return
	}
	if strikeBefore(s, q.first) {
		// "a walkout by 32,000 nurses", "the 48-hour strike by 36,000 junior doctors": what follows
		// is the strike's ("… closed 300 schools")
		q.verb, q.verbAs = strikeVerb, "on strike"
		return
	}
	if end, ok := strikersAfter(s, q); ok {
		q.verb, q.verbAs = strikeVerb, "on strike"
		q.after = end // the place follows the strike: "are on strike in England"
	}
}

// strikersAfter reads the words after the count's noun (q.after is the verb countVerb found, or
// the noun when it found none) and returns the last token of the strike they tell of.
func strikersAfter(s *Sent, q *qty) (end int, ok bool) {
	v := q.after
	if q.verb != "" {
		if q.verb == "walk out" {
			return v, s.Lower(v+1) != "of" // "walked out of the talks"
		}
		if s.Lower(v) == "out" {
			v-- // a verb with its particle ends at the particle
		}
		return strikeVerbAt(s, v)
	}
	// no verb read: "36,000 nurses are on strike", "were still on strike", "36,000 members at 44
	// trusts are on strike", "32,000 members at 44 trusts had joined the strike"
	k := v + 1
	if w := s.Lower(k); w == "at" || w == "in" || w == "across" {
		for k < len(s.Tokens) && k <= v+5 && !s.lowerIs(k, wAux) {
			k++
		}
	}
	aux := 0
	for ; aux < 3 && (s.lowerIs(k, wAux) || s.Lower(k) == "now" || s.Lower(k) == "still"); aux++ {
		k++
	}
	if end, ok := onStrike(s, k); ok && aux > 0 {
		return end, true
	}
	return strikeVerbAt(s, k)
}

// strikeVerbAt reads a verb at v that joins a strike: "went on strike", "walked out", "joined the
// strike", "staged a 48-hour walkout", "took part in the strike".
func strikeVerbAt(s *Sent, v int) (end int, ok bool) {
	switch w := s.Lower(v); w {
	case "walked", "walk", "walking":
		if s.Lower(v+1) == "out" && s.Lower(v+2) != "of" {
			return v + 1, true
		}
	case "went", "go", "going", "gone":
		return onStrike(s, v+1)
	case "joined", "join", "joining", "staged", "stage", "staging", "began", "begin", "begun", "started", "start":
		return strikeWithin(s, v+1, 6)
	case "took", "take", "taking", "taken":
		if s.Lower(v+1) == "part" && s.Lower(v+2) == "in" {
			return strikeWithin(s, v+3, 4)
		}
	}
	return 0, false
}

// onStrike: "on strike", "on an indefinite strike".
func onStrike(s *Sent, k int) (end int, ok bool) {
	if s.Lower(k) != "on" {
		return 0, false
	}
	return strikeWithin(s, k+1, 3)
}

// strikeWithin finds a strike word among the n words from k, before any protest noun ("joined
// the march") or punctuation.
func strikeWithin(s *Sent, k, n int) (end int, ok bool) {
	for j := k; j < len(s.Tokens) && j < k+n; j++ {
		w := s.Lower(j)
		if strikeWords[w] {
			return j, w != "action" || s.Lower(j-1) == "industrial"
		}
		if !s.isWord(j) && w != "-" && s.Tokens[j].Kind != segment.Number || protestNouns[w] {
			return 0, false
		}
	}
	return 0, false
}

// strikerNoun: people who strike ("nurses", "members", "staff", "teachers", "drivers"), not the
// places struck ("44 trusts are on strike", "300 schools").
func strikerNoun(w string) bool {
	if _, ok := countedNouns[w]; ok {
		return true
	}
	switch w {
	case "staff", "employees", "paramedics", "midwives", "pilots", "guards", "dockers", "cleaners",
		"porters", "consultants", "medics", "physicians", "surgeons", "academics", "lecturers":
		return true
	}
	return strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ors") || strings.HasSuffix(w, "ists")
}

// strikeBefore: the strike is named before the strikers, "a strike by", "industrial action by".
func strikeBefore(s *Sent, first int) bool {
	if s.Lower(first-1) != "by" {
		return false
	}
	w := s.Lower(first - 2)
	return strikeWords[w] && (w != "action" || s.Lower(first-3) == "industrial")
}
