package extract

// The quantity readers ask of most words whether they are in one of several small word tables,
// often several in a row (npWord asks four). wordClasses answers all of them with one lookup; the
// tables stay the source of truth and are folded in once, at start.

// wordBits say which word tables a lower-case word is in (with the value true, or, for the tables
// of strings, as a key).
type wordBits uint64

const (
	wFunction      wordBits = 1 << iota // functionWords
	wAux                                // auxWords
	wScopeAdverb                        // scopeAdverbs
	wTime                               // timeWords
	wIrregularPast                      // irregularPast
	wIntent                             // intentWords
	wStemTable                          // a word stem looks up in sameThing, spelling or irregular
	wDeterminer                         // determiners
	wLoose                              // looseAdjectives
	wWhole                              // wholeWords
	wEarlier                            // earlierWords
	wUp                                 // upWords
	wDown                               // downWords
	wRecord                             // recordWords
	wPercentLink                        // percentLinking
	wMoneyLink                          // moneyLinking
	wDurationLink                       // durationLinking
	wClause                             // clauseWords
	wMeasureUnit                        // measureUnits
	wPluralOK                           // pluralOK
	wCurrencyWord                       // wordCurrency (a key)
	wChangeNoun                         // changeNouns (a key)
	wToll                               // tollVerbs
	wCounted                            // countedNouns (a key)
	wFiller                             // filler
	wSpeech                             // speechVerbs
	wPlacePrep                          // placePrepositions
	wNotPlace                           // notPlaces
	wNotDurAfter                        // notDurationAfter
	wNotDurBefore                       // notDurationBefore
	wPayment                            // paymentForms
	wSynonym                            // synonyms (a key)
	wPrison                             // prisonWords
	wPossess                            // possessVerbs
	wCommonVerb                         // commonVerbs
	wAnaphor                            // anaphors
	wMeasureVerb                        // measureVerbs
	wScopeWord                          // scopeWords
	wSourceNoun                         // sourceNouns
	wCommonSubject                      // commonSubjects
	wGrowing                            // growingCounts
	wMonth                              // isMonthWord
	wWeekday                            // weekday
	wPeriodWord                         // the words other than months that periodNear reads
	wCasualtyWord                       // casualtyWords (a key)
	wMeasureLeft                        // measureLeft (a key)
	wDurationUnit                       // durationUnits (a key)
	wChangeVerbDur                      // changeVerbsDur (a key)
	wQuakeWord                          // a word quakeSentence looks for: a quake noun, "richter", "seismic", "magnitude"
	wUnitWord                           // unitWords (a key)
	wEventClass                         // eventClasses (a key)
	wIndicator                          // indicatorHeads (a key)
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
	set(determiners, wDeterminer)
	set(looseAdjectives, wLoose)
	set(wholeWords, wWhole)
	set(earlierWords, wEarlier)
	set(upWords, wUp)
	set(downWords, wDown)
	set(recordWords, wRecord)
	set(percentLinking, wPercentLink)
	set(moneyLinking, wMoneyLink)
	set(durationLinking, wDurationLink)
	set(clauseWords, wClause)
	set(measureUnits, wMeasureUnit)
	set(pluralOK, wPluralOK)
	set(tollVerbs, wToll)
	set(filler, wFiller)
	set(speechVerbs, wSpeech)
	set(placePrepositions, wPlacePrep)
	set(notPlaces, wNotPlace)
	set(notDurationAfter, wNotDurAfter)
	set(notDurationBefore, wNotDurBefore)
	set(paymentForms, wPayment)
	set(prisonWords, wPrison)
	set(possessVerbs, wPossess)
	set(commonVerbs, wCommonVerb)
	set(anaphors, wAnaphor)
	set(measureVerbs, wMeasureVerb)
	set(scopeWords, wScopeWord)
	set(sourceNouns, wSourceNoun)
	set(commonSubjects, wCommonSubject)
	set(growingCounts, wGrowing)
	for _, w := range []string{"january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"} {
		m[w] |= wMonth
		m[w+"."] |= wMonth // isMonthWord trims one final period
	}
	for _, w := range []string{"quarter", "half", "year", "month", "year-on-year", "month-on-month", "year-over-year",
		"q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"} {
		m[w] |= wPeriodWord
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		m[w] |= wWeekday
	}
	keys := func(b wordBits, ws ...string) {
		for _, w := range ws {
			m[w] |= b
		}
	}
	keys(wCurrencyWord, tableKeys(wordCurrency)...)
	keys(wChangeNoun, tableKeys(changeNouns)...)
	keys(wCounted, tableKeys(countedNouns)...)
	keys(wSynonym, tableKeys(synonyms)...)
	keys(wCasualtyWord, tableKeys(casualtyWords)...)
	keys(wMeasureLeft, tableKeys(measureLeft)...)
	keys(wDurationUnit, tableKeys(durationUnits)...)
	keys(wChangeVerbDur, tableKeys(changeVerbsDur)...)
	keys(wUnitWord, tableKeys(unitWords)...)
	keys(wEventClass, tableKeys(eventClasses)...)
	keys(wIndicator, tableKeys(indicatorHeads)...)
	for w, c := range quakeNouns {
		if c != "" {
			m[w] |= wQuakeWord
		}
	}
	keys(wQuakeWord, "richter", "seismic", "magnitude")
	return m
}()

// tableKeys lists the keys of a word table.
func tableKeys[V any](t map[string]V) []string {
	out := make([]string, 0, len(t))
	for w := range t {
		out = append(out, w)
	}
	return out
}

// markSpelled marks w and w+"s", which stem finds in spelling through w.
func markSpelled(m map[string]wordBits, w string) {
	m[w] |= wStemTable
	m[w+"s"] |= wStemTable
}

// wordSlots index wordClasses by a hash of the word, with linear probing: slot h holds 1 + the
// index of a word in wordKeys and wordVals, or 0 when empty. Most words of a text are in no table,
// and an empty slot refuses them at once; a listed word costs one short string comparison, not a
// map lookup. The index is 16 KB, about 15% full.
const wordMask = 1<<13 - 1

var (
	wordSlots [wordMask + 1]uint16
	wordKeys  []string
	wordVals  []wordBits
)

func init() {
	for w, b := range wordClasses {
		if w == "" {
			continue
		}
		wordKeys = append(wordKeys, w)
		wordVals = append(wordVals, b)
		h := wordHash(w)
		for wordSlots[h] != 0 {
			h = (h + 1) & wordMask
		}
		wordSlots[h] = uint16(len(wordKeys))
	}
}

// wordHash mixes a word's length and three of its bytes into an index of wordSlots.
func wordHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])<<8 ^ uint32(w[n-1]) ^ uint32(w[n/2])<<16
	return (h * 0x85EBCA6B) >> (32 - 13)
}

// classOf returns the tables w is in.
func classOf(w string) wordBits {
	if w == "" {
		return emptyClasses
	}
	if i := wordIndex(w); i >= 0 {
		return wordVals[i]
	}
	return 0
}

// emptyClasses is what the tables say of "", which out-of-range tokens read as: classOf asks it
// without a map lookup (package variables that ask classOf are initialised after it).
var emptyClasses = wordClasses[""]

// wordIndex returns the index of w in wordKeys, or -1 when w is in no table (or "").
func wordIndex(w string) int {
	if w == "" {
		return -1
	}
	for h := wordHash(w); ; h = (h + 1) & wordMask {
		i := wordSlots[h]
		if i == 0 {
			return -1
		}
		if wordKeys[i-1] == w {
			return int(i) - 1
		}
	}
}

// listed reports whether w is in any of the tables b.
func listed(w string, b wordBits) bool { return classOf(w)&b != 0 }

// lowerIs reports whether the lower-case text of token i is in any of the tables b.
func (s *Sent) lowerIs(i int, b wordBits) bool {
	if uint(i) < uint(len(s.cls)) {
		return s.cls[i]&b != 0
	}
	return s.classLooked(i)&b != 0
}
