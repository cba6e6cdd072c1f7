package extract

import "github.com/crosscheck/crosscheck/segment"

// Plans named by a frame around a subject: "a second round is set for September 1", "the
// election is due on November 4", "the vote is slated for October 3", and a subject with an "of"
// complement that tells it apart ("the first phase of the withdrawal").

// dtOrdinals are the occurrence words that make an indefinite subject one known occurrence: "a
// second round is set for…" is the second round another outlet calls "the second round".
var dtOrdinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "final": true,
}

// dtOrdinalIndefinite reports whether token j is "a" or "an" before an ordinal ("a second round",
// "a final vote"): a definite occurrence although indefinite in form. "A new round", "another
// round" and "a first round" (one of several talks' first rounds) are any occurrence.
func dtOrdinalIndefinite(s *Sent, j int) bool {
	w := s.Lower(j)
	return (w == "a" || w == "an") && dtOrdinals[s.Lower(j+1)]
}

// dtDueAt reports whether the tokens from the event noun at n to the date at first read "is due"
// ("the election is due on November 4", "the verdict is now due on Friday") and returns the index
// of "due". "Due to" is a frame of a verb, read with the verb.
func dtDueAt(s *Sent, n, first int) (int, bool) {
	k := n + 1
	if w := s.Lower(k); k >= first || s.Tokens[k].Kind != segment.Word || w != "is" && w != "are" && w != "was" && w != "were" {
		return -1, false
	}
	k++
	for k < first && adverbAt(s, k) {
		k++
	}
	if k+1 != first || s.Lower(k) != "due" {
		return -1, false
	}
	return k, true
}

// dueEvent keys an event noun with no participant by its definite subject phrase when the noun is
// "due" at the date: "the election is due on November 4" is the election another outlet says
// "will be held on November 4". ev is the event read from the noun at n.
func (c *dateCtx) dueEvent(s *Sent, e *dateExpr, n int, ev *dateEvent) {
	due, ok := dtDueAt(s, n, e.first)
	if !ok || ev.keyed() || ev.head == "talks" {
		return // talks run in rounds and over days: only named ones meet (as in subjectEvent)
	}
	np, ok := c.subjectPhrase(s, due, false)
	if !ok || np.head != n {
		return
	}
	ev.thing = phraseWords(s, np.lo, np.head-1, false)
	ev.alone = true
}

// dtOfComplement reads the "of" complement of a subject's head that tells it apart: "the first
// phase of the withdrawal" is not "the first phase of the trade plan". It returns the complement's
// words ("withdrawal", "peace plan"), "" when there is no "of" complement or it is a name alone
// ("the port of Odesa": a participant), and ok false when the complement tells nothing a key can
// hold ("the first group of them").
func dtOfComplement(s *Sent, np dtSubjectPhrase) (string, bool) {
	of := np.head + 1
	if of > np.hi || s.Lower(of) != "of" {
		return "", true
	}
	end := np.hi
	for j := of + 1; j <= np.hi; j++ {
		if complementPrepSet.has(s.Lower(j)) {
			end = j - 1
			break
		}
	}
	words := phraseWords(s, of, end, true)
	if words != "" {
		return words, true
	}
	for j := of + 1; j <= end; j++ {
		if dtCap(&s.Tokens[j]) {
			return "", true
		}
	}
	return "", false
}
