package extract

// The quantity readers ask of most words whether they are in one of several small word tables,
// often several in a row (npWord asks four). wordClasses answers all of them with one lookup; the
// tables stay the source of truth and are folded in once, at start.

// wordBits say which word tables a lower-case word is in (with the value true).
type wordBits uint8

const (
	wFunction      wordBits = 1 << iota // functionWords
	wAux                                // auxWords
	wScopeAdverb                        // scopeAdverbs
	wTime                               // timeWords
	wIrregularPast                      // irregularPast
	wIntent                             // intentWords
	wStemTable                          // a word stem looks up in sameThing, spelling or irregular
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
	// stem looks w up in sameThing, then the result (or w) in spelling, also without a final "s",
	// then that in irregular: a word is marked when any step of that chain can find something
	for w, v := range sameThing {
		m[w] |= wStemTable
		markSpelled(m, v)
	}
	for w := range spelling {
		markSpelled(m, w)
	}
	for w := range irregular {
		m[w] |= wStemTable
	}
	return m
}()

// markSpelled marks w and w+"s", which stem finds in spelling through w.
func markSpelled(m map[string]wordBits, w string) {
	m[w] |= wStemTable
	m[w+"s"] |= wStemTable
}

// classOf returns the tables w is in.
func classOf(w string) wordBits { return wordClasses[w] }
