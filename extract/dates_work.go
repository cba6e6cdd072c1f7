package extract

import "github.com/crosscheck/crosscheck/segment"

// Building works: reporters name the one start of a project's construction "construction",
// "construction work", "building work", "work on the terminal" or "construction of the terminal".
// dtWorkHead reads all of them as the thing "construction", with what is built as its complement,
// so "start of construction of terminal" meets "building work on the new terminal will start".

// dtWorkModifiers make "work" building works: "building work", "construction works".
var dtWorkModifiers = map[string]bool{"building": true, "construction": true}

// dtWorkHead reports whether the subject head at h (a phrase from lo+1) names building works:
// "construction"; "work(s)" after "building" or "construction" or before "on" ("work on the
// terminal"); "building" before "of" ("building of the bridge", not "the building collapsed").
func dtWorkHead(s *Sent, lo, h int) bool {
	switch w := s.Lower(h); w {
	case "construction":
		return true
	case "work", "works":
		if h-1 > lo && dtWorkModifiers[s.Lower(h-1)] {
			return true
		}
		return s.Lower(h+1) == "on" && w == "work" // "works on" is a verb: "she works on"
	case "building":
		return s.Lower(h+1) == "of"
	}
	return false
}

// dtWorkComplement returns the words of what building works at head build: "of the terminal",
// "on the new terminal" ("terminal"), up to the phrase's end or its next preposition; "" when
// none. ok is false when the complement holds only a name (read as a participant) or nothing a
// key can tell apart, as dtOfComplement.
func dtWorkComplement(s *Sent, np dtSubjectPhrase) (string, bool) {
	p := np.head + 1
	if p > np.hi || s.Lower(p) != "of" && s.Lower(p) != "on" {
		return "", true
	}
	end := np.hi
	for j := p + 1; j <= np.hi; j++ {
		if complementPrepSet.has(s.Lower(j)) {
			end = j - 1
			break
		}
	}
	if words := phraseWords(s, p, end, true); words != "" {
		return dtLastWord(words), true // "new terminal" and "terminal" are one terminal
	}
	for j := p + 1; j <= end; j++ {
		if dtCap(&s.Tokens[j]) {
			return "", true // "work on Heathrow's terminal": Heathrow is a participant
		}
	}
	return "", false
}

// dtLastWord returns the last space-separated word of words: the head of a phrase.
func dtLastWord(words string) string {
	for i := len(words) - 1; i >= 0; i-- {
		if words[i] == ' ' {
			return words[i+1:]
		}
	}
	return words
}

// dtIngVerbAt reports whether token k is a verb's -ing form: "starting", "reopening".
func dtIngVerbAt(s *Sent, k int) bool {
	if k >= len(s.Tokens) {
		return false
	}
	w := s.Lower(k)
	if len(w) < 5 || w[len(w)-3:] != "ing" {
		return false
	}
	_, isVerb := dtVerbHere(s, k)
	return isVerb
}

// dtBeforeEventNoun reports whether the token after k is a lower-case event noun or building
// works ("Coalition talks", "Construction work"): a word there modifies a common noun, where a
// body's name stands before a verb ("Parliament will vote", "Commission officials said").
func dtBeforeEventNoun(s *Sent, k int) bool {
	n := k + 1
	if n >= len(s.Tokens) || s.Tokens[n].Kind != segment.Word || dtCap(&s.Tokens[n]) {
		return false
	}
	return eventNounAt(s, n) != "" || s.Lower(n) == "work" || s.Lower(n) == "works"
}

// dtCommonSuffix reports whether a word opening a sentence ends as abstract common nouns do and
// names seldom do: "Coalition", "Government", "Leadership", "Tourism". Endings shared with names
// ("-ance": France, "-ence": Florence, "-ity": Trinity, "-ton") are left out.
func dtCommonSuffix(w string) bool {
	n := len(w)
	if n < 7 {
		return false
	}
	switch {
	case w[n-4:] == "tion", w[n-4:] == "sion", w[n-4:] == "ment", w[n-4:] == "ness", w[n-4:] == "ship":
		return true
	case w[n-3:] == "ism":
		return true
	}
	return false
}

// dtLeadersMeet reports whether the verb "meet" at v has a named group's leaders as subject:
// "G7 leaders will meet", "Leaders of the G7 will meet", "EU leaders meet". A meeting of a
// group's leaders is its summit, which another outlet names so ("the G7 summit in Evian"). Two
// leaders ("Trump and Xi will meet", "the two leaders will meet") hold talks; and leaders meeting
// "on the sidelines" of a summit, or in a sentence that names a summit itself, hold talks beside it.
func dtLeadersMeet(s *Sent, v int) bool {
	k := verbGroupStart(s, v)
	for j := 0; j < len(s.Tokens); j++ {
		switch s.Lower(j) {
		case "sidelines", "margins", "summit", "summits", "bilateral":
			return false
		}
	}
	for j := k; j >= 0 && j >= k-4; j-- {
		if s.Lower(j) != "leaders" {
			continue
		}
		if j == k {
			// "G7 leaders", "EU leaders": a name just before
			return j > 0 && s.Tokens[j-1].Kind != segment.Punct && dtCap(&s.Tokens[j-1]) && dtGroupName(s, j-1)
		}
		// "leaders of the G7": "of", an optional "the", then names to the verb group
		n := j + 1
		if s.Lower(n) != "of" {
			return false
		}
		n++
		if s.Lower(n) == "the" {
			n++
		}
		if n > k {
			return false
		}
		for ; n <= k; n++ {
			if !dtCap(&s.Tokens[n]) || !dtGroupName(s, n) {
				return false
			}
		}
		return true
	}
	return false
}

// dtGroupName reports whether the capitalised token at k may name a group of states or bodies
// whose leaders meet: a short acronym, two capitals or digits ("G7", "G20", "EU", "NATO"); names
// written as words ("Asean", "Nato") are not read. A country or a person's name ("Ukraine", "Trump") is no group: its
// leaders meeting are rarely called a summit.
func dtGroupName(s *Sent, k int) bool {
	t := s.Tokens[k].Text
	if len(t) < 2 || len(t) > 6 {
		return false
	}
	upper := 0
	for i := 0; i < len(t); i++ {
		if 'A' <= t[i] && t[i] <= 'Z' || '0' <= t[i] && t[i] <= '9' {
			upper++
		}
	}
	return upper >= 2
}

// dtScheduledEvents are held on a date fixed in advance and announced: meetings, votes,
// proceedings and ceremonies, not attacks, strikes or storms.
var dtScheduledEvents = map[string]bool{
	"talks": true, "summit": true, "conference": true, "visit": true, "vote": true, "election": true,
	"referendum": true, "hearing": true, "trial": true, "session": true, "ceremony": true,
	"inauguration": true, "signing": true, "funeral": true, "sentencing": true,
}

// dtScheduledStage reports whether a hedged stage at v is rather a schedule: the stage of a
// scheduled event ("Michal is expected to begin coalition talks on Tuesday", "the trial is
// expected to open on Monday") hedged by "expected" alone. Wires write an announced date so, as
// others write "are due to start on Wednesday": the two are one plan and may conflict. The stage
// of a thing ("the port is expected to reopen next week") or of any other event ("the strike is
// expected to end") stays an estimate, as does any end ("the trial is expected to end next
// month"); "could", "may" and "likely" stay hedges.
func dtScheduledStage(s *Sent, v int, ev *dateEvent) bool {
	if ev.undergoer || ev.thing != "" || !dtScheduledEvents[ev.head] || ev.life != "begin" && ev.life != "resume" {
		// an end is estimated ("the trial is expected to end next month"), a start announced
		return false
	}
	hedge := false
	for k := max(verbGroupStart(s, v), 0); k < v; k++ {
		if w := s.Lower(k); dtIsHedge(w) {
			if w != "expected" {
				return false
			}
			hedge = true
		}
	}
	return hedge
}
