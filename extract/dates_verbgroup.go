package extract

// verbGroupSet holds every word verbGroupStart steps over by a list: the adverbs of dtIsAdverb,
// dtIsBe's, dtIsFutureAux's and dtIsModal's words, "to", "being" and the frames. Its shape
// filter refuses most words before the lists' switches are tried in turn (mayVerbGroupWord).
var verbGroupSet = newWordSet(
	[]string{"not", "n't", "also", "again", "already", "now", "then", "still", "just", "soon", "never", "even",
		"reportedly", "originally", "initially", "finally", "first", "later", "earlier", "previously", "formally",
		"officially", "publicly", "briefly", "only", "once", "jointly", "personally", "eventually", "last"},
	[]string{"is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had"},
	[]string{"will", "'ll", "shall", "would", "wo"},
	[]string{"may", "might", "could", "should", "must", "can"},
	[]string{"to", "being"},
	keysOf(dtFrames, isTrue),
)

// mayVerbGroupWord reports whether verbGroupStart may step over w; false means surely not. The
// words of the lists pass by their shape; any word ending in "ly" (an adverb of dtIsAdverb) or
// in "ll" ("'ll", "’ll") passes too.
func mayVerbGroupWord(w string) bool {
	if n := len(w); n >= 2 && w[n-2] == 'l' && (w[n-1] == 'y' || w[n-1] == 'l') {
		return true
	}
	return verbGroupSet.may(w)
}
