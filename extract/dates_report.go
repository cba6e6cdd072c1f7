package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// A reporting clause ("the company said", "officials told reporters") dates a statement only
// when the date sits in it: "the company said on Monday", "On Monday, the company said". A date
// in the clause reported dates what that clause says, whether the reporting clause follows it
// ("The carmaker will cut 2,400 jobs by the end of 2027, the company said") or precedes it ("The
// company said the carmaker would cut 2,400 jobs by the end of 2027"), even when the verb of the
// reported clause is one the date scans do not know ("cut"). Such a date is left without the
// statement's event: an unread event is keyed by nothing, so it never meets another source's
// date for the statement.

// dtReportedBefore reports whether the statement verb at v, found scanning back from a date at
// first, introduces the clause that holds the date rather than being dated by it: an auxiliary or
// a modal stands between them ("said the carmaker would cut … by 2027", "said it will close … in
// May"), the mark of a finite verb of the reported clause, or "said" is followed by a subject.
func dtReportedBefore(s *Sent, v, first int) bool {
	for k := v + 1; k < first; k++ {
		if w := s.Lower(k); dtIsFutureAux(w) || dtIsModal(w) {
			return true
		}
	}
	// "said the carmaker cut 2,400 jobs in 2025": "say" takes no object, so a subject right after
	// it opens the clause reported ("announced the plan on Monday" dates the announcement)
	if vf, _ := dtVerbAt(s, v); vf.lemma == "say" && v+1 < first {
		return dtSaidSubjects[s.Lower(v+1)]
	}
	return false
}

// dtSaidSubjects open a clause reported by "said": a determiner or a subject pronoun. Not "this"
// or "it", which "said" also takes as its object ("said this on Monday").
var dtSaidSubjects = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"he": true, "she": true, "they": true, "we": true,
}

// dtReportedAfter reports whether the statement verb at v, found scanning on from a date at
// first..last, belongs to a reporting clause set off by a comma from the clause of the date: the
// date does not open its clause ("… cut 2,400 jobs by the end of 2027, the company said"), or it
// does and a verb group of its own clause comes before the comma ("By 2027, the carmaker will cut
// jobs, the company said"). "On Monday, the company said" and "Putin, on Friday, said" keep
// their statement.
func dtReportedAfter(s *Sent, first, last, v int) bool {
	comma := -1
	for k := last + 1; k < v; k++ {
		if s.Lower(k) == "," {
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	if !dtOpensClause(s, first) {
		// "… cut 2,400 jobs by the end of 2027, the company said"; but a phrase that leads into
		// the reporting clause is its own: "Speaking to reporters on Friday, Zelensky said", "In a
		// statement on Friday, the ministry said", "Zelensky, speaking on Friday, said"
		return !dtNonFiniteLead(s, first)
	}
	for k := last + 1; k < comma; k++ {
		if w := s.Lower(k); dtIsFutureAux(w) || dtIsModal(w) {
			return true
		}
	}
	return false
}

// dtOpensClause reports whether the date starting at token first opens its clause: only
// conjunctions and adverbs stand between it and the sentence's opening, a comma or other clause
// punctuation ("On Monday, …", "But by May, …", "Putin, on Friday, said").
func dtOpensClause(s *Sent, first int) bool {
	for k := first - 1; k >= 0; k-- {
		w := s.Lower(k)
		switch w {
		case ",", ";", ":", "—", "–", "-", "(", "\"", "“", "‘", "'":
			return true
		case "and", "but", "or", "so", "then", "yet", "also", "now", "later", "earlier", "still":
			continue
		}
		if adverbAt(s, k) {
			continue
		}
		return false
	}
	return true
}

// dtCommaBetween reports whether a comma stands between tokens i and j (exclusive).
func dtCommaBetween(s *Sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.Lower(k) == "," {
			return true
		}
	}
	return false
}

// dtReportingOther reports whether the verb at k, read as the date's verb for its tense, is a
// statement verb of a reporting clause that does not hold the date (see dtReportedBefore and
// dtReportedAfter).
func dtReportingOther(s *Sent, e *dateExpr, k int) bool {
	v, ok := dtVerbAt(s, k)
	if !ok || !dtLemmaStatement(v.lemma) {
		return false
	}
	if k < e.first {
		return dtReportedBefore(s, k, e.first)
	}
	return k > e.last && dtReportedAfter(s, e.first, e.last, k)
}

// dtReportedTense is the tense of the reported clause that holds a date, when the verb at k
// reports it: future when "will" or "shall" stands in it before the date ("said the plant will
// close on Friday", "The plant will close on Friday, officials said"), else unknown: "would" is
// a future seen from the statement's day, which may be behind the article's.
func dtReportedTense(s *Sent, e *dateExpr, k int) dtTense {
	lo := k + 1
	if k > e.last {
		lo = 0
		for j := e.first - 1; j >= 0; j-- {
			if w := s.Lower(j); w == "," || dtIsClauseStop(w) {
				lo = j + 1
				break
			}
		}
	}
	for j := lo; j < e.first; j++ {
		switch w := s.Lower(j); {
		case w == "will" || w == "shall" || w == "'ll" || w == "’ll":
			return tenseFuture
		}
	}
	return tenseUnknown
}

// dtNonFiniteLead reports whether the date at first sits in a phrase without a finite verb that
// opens its clause: one led by a preposition or an -ing form ("In a statement on Friday",
// "speaking on Friday"), with no auxiliary or modal in it.
func dtNonFiniteLead(s *Sent, first int) bool {
	lo := 0
	for k := first - 1; k >= 0; k-- {
		if w := s.Lower(k); w == "," || w == ";" || w == ":" || w == "—" || w == "–" || w == "(" {
			lo = k + 1
			break
		}
	}
	for k := lo; k < first; k++ {
		if w := s.Lower(k); dtIsFutureAux(w) || dtIsModal(w) {
			return false
		}
	}
	w := s.Lower(lo)
	if _, ok := datePreps[w]; ok || w == "with" || w == "amid" || w == "after" || w == "before" || w == "following" || w == "despite" {
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && s.Tokens[lo].Kind == segment.Word
}
