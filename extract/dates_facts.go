package extract

// addDateFacts marks in m the words the date scans ask about by their lower case: the core words
// with their possessives, the start words and the weekday names with the forms weekdayAt trims.
// Each bit is set by asking the old test itself, so the bits say exactly what it says.
func addDateFacts(m map[string]facts) {
	for w := range dateCoreWords {
		for _, f := range []string{w, w + "'s", w + "’s"} {
			if dateCoreWord(f) {
				m[f] |= fDateCore
			}
		}
	}
	for w := range startWords {
		if startShape.may(w) && startWords[w] {
			m[w] |= fDateStart
		}
	}
	for w := range dtWeekdayNames {
		for _, f := range weekdayForms(w) {
			m[f] |= fWeekday
		}
	}
	for w := range dtVerbs {
		if _, ok := dtVerbOf(w); ok {
			m[w] |= fDtVerb
		}
	}
	for w := range dtEventNouns {
		for _, f := range weekdayForms(w) {
			if dtEventNoun(trimPossessives(f)) != "" {
				m[f] |= fEventNoun
			}
		}
	}
}

// weekdayForms are the words weekdayAt (and eventNounAt) trims to w: "friday", "friday's",
// "friday’s" and "friday’s's" (it trims "'s", then "’s").
func weekdayForms(w string) []string {
	return []string{w, w + "'s", w + "’s", w + "’s's"}
}

// dateFactsOf is what addDateFacts says of the lower-case word w, asked of the old tests: for a
// sentence not prepared with facts.
func dateFactsOf(w string) facts {
	var f facts
	if len(w) >= 3 && !(len(w) > 4 && (w[:4] == "mid-" || w[:4] == "end-")) && dateCoreWord(w) {
		f |= fDateCore
	}
	if startShape.may(w) && startWords[w] {
		f |= fDateStart
	}
	if _, ok := dtWeekdayNames[trimPossessives(w)]; ok {
		f |= fWeekday
	}
	if _, ok := dtVerbOf(w); ok {
		f |= fDtVerb
	}
	if dtEventNoun(trimPossessives(w)) != "" {
		f |= fEventNoun
	}
	return f
}

// trimPossessives is weekdayAt's trimming of a lower-case word.
func trimPossessives(w string) string {
	if len(w) >= 2 && w[len(w)-2:] == "'s" {
		w = w[:len(w)-2]
	}
	if len(w) >= 4 && w[len(w)-4:] == "’s" {
		w = w[:len(w)-4]
	}
	return w
}

// dateFactsAt is the date facts of word token i: read from the facts prepare filled, else asked of
// the word lists.
func (s *Sent) dateFactsAt(i int) facts {
	if uint(i) < uint(len(s.facts)) {
		return s.facts[i]
	}
	return s.dateFactsLooked(i) // out of line: the test above is inlined where it is asked
}

// dateFactsLooked is dateFactsAt of a token without prepared facts.
//
//go:noinline
func (s *Sent) dateFactsLooked(i int) facts { return dateFactsOf(s.Lower(i)) }
