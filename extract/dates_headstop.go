package extract

import "github.com/crosscheck/crosscheck/segment"

// A headline's infinitive of plan is also written as a sentence with a full stop, in a
// standfirst or a one-line brief: "Ferry walkout to end on Thursday." headlineSent reads only
// lines without one. Such a line is headline-ese: it opens on a bare capitalised noun phrase (no
// article) with no verb before "to", and is short. Body English puts a verb before such a "to"
// ("ordered the troops to withdraw on Thursday") or an article before its noun ("A deal to end
// the strike on Thursday was agreed").

// dtHeadlineStyle reports whether sentence s, whose "to" is at p, reads as a headline written
// with a full stop: at most 12 words, a capitalised first word that is no article or pronoun, and
// only words before p that are no verb and no function word.
func dtHeadlineStyle(s *Sent, p int) bool {
	if len(s.Tokens) > 14 || p < 1 || p > 5 {
		return false
	}
	if t := &s.Tokens[0]; t.Kind != segment.Word || !t.IsCapitalized() {
		return false
	}
	for k := 0; k < p; k++ {
		w := s.Lower(k)
		if !s.isWord(k) || isFunctionWord(w) || speechDeterminers[w] || notNames[w] || pronouns[w] || dtIsAdverb(w) || dtHasDigit(w) {
			return false
		}
		if _, isVerb := dtVerbAt(s, k); isVerb {
			return false
		}
	}
	// a verb after the infinitive's phrase makes it a subject: "Plans to end the strike on
	// Thursday were dropped"
	for k := p + 2; k < len(s.Tokens); k++ {
		if w := s.Lower(k); dtIsBe(w) || dtIsModal(w) || w == "has" || w == "have" || w == "had" {
			return false
		}
	}
	return true
}
