package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// A count told with "may", "might" or "could" ("police may arrest 45 protesters", "storms could
// kill 45", "up to 300 jobs could go"), a counterfactual ("would have cost 300 jobs"), a threat
// ("threatened to cut 500 jobs") or a figure under a condition ("300 homes would flood if the dam
// failed", "if 45 people are arrested") says what might happen, not what did or what a party has
// announced it will do: no source reports it as a figure, and two such guesses, or a guess and a
// count, are no conflict. Plain "would" and "will" stay claims: in news they mostly report an
// announced plan or a forecast its owner stands by ("said it would cut 2,400 jobs", "the closure
// would cost 300 jobs"), which other outlets report with the same figure.

// speculativeModals are the modals of a possibility.
var speculativeModals = map[string]bool{
	"may": true, "might": true, "could": true, "could've": true, "might've": true, "may've": true,
}

// verbChainWords stand between a modal and the verb it governs: "may well have killed",
// "could potentially be cut", "might not arrest".
var verbChainWords = map[string]bool{
	"have": true, "be": true, "been": true, "well": true, "also": true, "still": true, "even": true,
	"not": true, "never": true, "soon": true, "yet": true, "now": true, "ultimately": true,
	"eventually": true, "potentially": true, "possibly": true, "easily": true, "already": true,
}

// threatWords say that the verb after "to" is a threat: "threatened to cut 500 jobs".
var threatWords = map[string]bool{
	"threatened": true, "threatening": true, "threatens": true, "threaten": true,
}

// speculativeFigure reports whether the figure at tokens first..last is told as a possibility,
// a counterfactual, a threat or under a condition, by the verb before it ("could kill 45") or
// after its noun ("45 people could be arrested").
func speculativeFigure(s *Sent, first, last int) bool {
	return speculativeBefore(s, first) || speculativeAfter(s, last) || insideCondition(s, first)
}

// speculativeBefore reads the verb right before the figure and the auxiliaries before it.
func speculativeBefore(s *Sent, first int) bool {
	k := first - 1
	for k >= 0 && (s.Lower(k) == "another" || s.Lower(k) == "some" || s.Lower(k) == "an" || s.Lower(k) == "a" || s.Lower(k) == "additional") {
		k--
	}
	if w := s.Lower(k); w == "up" || w == "off" || w == "out" || w == "down" {
		k-- // "could lay off 300 workers"
	}
	if k < 1 || !s.isWord(k) || s.lowerIs(k, wFunction) && s.Lower(k) != "shed" {
		return false
	}
	return speculativeAux(s, k-1, false)
}

// speculativeAux reads the auxiliaries ending at token k, leftwards, of a verb: true when they
// hold a modal of possibility, "would have", a threat's "to", or "would"/"will" under a
// condition. after is set when the verb follows the figure ("45 people could be arrested").
func speculativeAux(s *Sent, k int, after bool) bool {
	sawHave := false
	for k >= 0 && (verbChainWords[s.Lower(k)] || strings.HasSuffix(s.Lower(k), "ly") && len(s.Lower(k)) > 4 && s.lowerWord(k)) {
		if s.Lower(k) == "have" {
			sawHave = true
		}
		k--
	}
	if k < 0 || !s.isWord(k) || !s.lowerWord(k) && !titleModal(s.Lower(k)) {
		return false // a name: "Theresa May", the month
	}
	switch w := s.Lower(k); {
	case speculativeModals[w]:
		return !monthMay(s, k)
	case w == "would" || w == "will" || w == "'d" || w == "’d":
		// "would have cost 300 jobs" is what did not happen; "would cut … if" is a condition
		return sawHave && w == "would" || conditional(s)
	case w == "to" && !after:
		return threatWords[s.Lower(k-1)]
	}
	return false
}

// speculativeAfter reads the verb after the figure's noun: "45 protesters could be arrested",
// "up to 300 jobs in Germany may go". The noun phrase is passed over up to its verb; a comma, a
// clause word, another figure or a finite verb end the search.
func speculativeAfter(s *Sent, last int) bool {
	for j := last + 1; j < len(s.Tokens) && j <= last+6; j++ {
		w := s.Lower(j)
		if speculativeModals[w] || w == "would" || w == "will" {
			if !s.lowerWord(j) && !titleModal(w) || monthMay(s, j) {
				return false // "in May": a month
			}
			return speculativeAux(s, j, true) // the modal itself ends the chain read leftwards
		}
		if s.Tokens[j].Kind != segment.Word || s.lowerIs(j, wAux) || s.lowerIs(j, wSpeech) {
			return false
		}
		switch w {
		case "and", "but", "or", "that", "which", "who", "whom", "whose", "while", "as", "than":
			return false
		}
		if j > last+1 && (strings.HasSuffix(w, "ed") || s.lowerIs(j, wIrregularPast)) {
			return false // "45 people arrested could face charges": the count's verb came first
		}
	}
	return false
}

// conditional reports whether the sentence puts a condition: "if" or "unless", not "even if"
// (which says the thing happens anyway), "as if", nor "if" for "whether" ("did not say if").
func conditional(s *Sent) bool {
	for k := range s.Tokens {
		if w := s.Lower(k); (w == "if" || w == "unless") && conditionAt(s, k) {
			return true
		}
	}
	return false
}

// whetherWords before "if" make it "whether": "did not say if", "it is unclear if".
var whetherWords = map[string]bool{
	"even": true, "as": true, "say": true, "said": true, "says": true, "know": true, "knew": true,
	"ask": true, "asked": true, "unclear": true, "clear": true, "see": true, "decide": true,
	"decided": true, "check": true, "wonder": true, "wondered": true, "sure": true, "confirm": true,
	"tell": true, "told": true, "whether": true,
}

// conditionAt reports whether the "if" or "unless" at token k puts a condition.
func conditionAt(s *Sent, k int) bool {
	return s.Lower(k) == "unless" || !whetherWords[s.Lower(k-1)]
}

// insideCondition reports whether the figure stands in an "if" or "unless" clause: "if 45
// protesters are arrested", "unless 300 jobs go".
func insideCondition(s *Sent, first int) bool {
	for k := first - 1; k >= 0 && first-k <= 12; k-- {
		switch s.Lower(k) {
		case ",", ";", ":", "—", "–":
			return false
		case "if", "unless":
			// "if" for "whether" asserts nothing either: "would not say if they had arrested 45"
			return s.Lower(k-1) != "even" && s.Lower(k-1) != "as"
		}
	}
	return false
}

// monthMay reports whether "may" at token k is the month, as in a headline read in lower case
// ("Police Arrest 45 Protesters In May"): a preposition or a word of time before it.
func monthMay(s *Sent, k int) bool {
	if s.Lower(k) != "may" {
		return false
	}
	switch s.Lower(k - 1) {
	case "in", "since", "until", "till", "by", "of", "from", "last", "early", "late", "mid", "through", "next", "this", "during", "before", "after", "on":
		return true
	}
	return false
}

// titleModal reports whether w, capitalised, is still a modal: "Could" and "Might" inside a
// Title Case headline ("Storms Could Kill 45"). A capitalised "May" is a name or the month.
func titleModal(w string) bool {
	return w == "could" || w == "might" || w == "would" || w == "will"
}

// possibleJobCut reports whether the count q is a cut of jobs told only with a modal of
// possibility: "up to 300 jobs could go", "the company said 300 jobs may be cut". That is how an
// employer's announced consultation is reported, and outlets that give 300 and 400 disagree on
// what it announced; a threat, "would have" or a condition still makes it a guess.
func possibleJobCut(s *Sent, q *qty) bool {
	if q.verb != "cut" || len(q.what) != 1 || q.what[0] != "job" || insideCondition(s, q.first) || conditional(s) {
		return false
	}
	for k := range s.Tokens {
		if w := s.Lower(k); threatWords[w] || w == "have" && k > 0 && s.Lower(k-1) == "would" {
			return false
		}
	}
	return true
}
