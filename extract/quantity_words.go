package extract

// The quantity readers ask of most words whether they are in one of several small word tables,
// often several in a row (npWord asks four). wordClasses answers all of them with one lookup; the
// tables stay the source of truth and are folded in once, at start.

// wordBits say which word tables a lower-case word is in (with the value true).
type wordBits uint8

const (
	wFunction     wordBits = 1 << iota // functionWords
	wAux                               // auxWords
	wScopeAdverb                       // scopeAdverbs
	wTime                              // timeWords
	wIrregularPast                     // irregularPast
	wIntent                            // intentWords
)

var wordClasses = func() map[string]wordBits {
	m := map[string]wordBits{}
	set := func(t map[string]bool, b wordBits) {
		for w, v := range t {
			if v {
				m[w] |= b
			}
		}
	}
	set(functionWords, wFunction)
	set(auxWords, wAux)
	set(scopeAdverbs, wScopeAdverb)
	set(timeWords, wTime)
	set(intentWords, wIntent)
	for w := range irregular {
		if irregularPastSlow(w) {
			m[w] |= wIrregularPast
		}
	}
	return m
}()

// classOf returns the tables w is in.
func classOf(w string) wordBits { return wordClasses[w] }
