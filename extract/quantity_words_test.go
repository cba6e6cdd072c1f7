package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/segment"
)

// boolTables are the tables of words wordClasses folds in with the value true, and their bits.
var boolTables = []struct {
	name string
	t    map[string]bool
	b    wordBits
}{
	{"functionWords", functionWords, wFunction}, {"auxWords", auxWords, wAux},
	{"scopeAdverbs", scopeAdverbs, wScopeAdverb}, {"timeWords", timeWords, wTime},
	{"intentWords", intentWords, wIntent}, {"determiners", determiners, wDeterminer},
	{"looseAdjectives", looseAdjectives, wLoose}, {"wholeWords", wholeWords, wWhole},
	{"earlierWords", earlierWords, wEarlier}, {"upWords", upWords, wUp}, {"downWords", downWords, wDown},
	{"recordWords", recordWords, wRecord}, {"percentLinking", percentLinking, wPercentLink},
	{"moneyLinking", moneyLinking, wMoneyLink}, {"durationLinking", durationLinking, wDurationLink},
	{"clauseWords", clauseWords, wClause}, {"measureUnits", measureUnits, wMeasureUnit},
	{"pluralOK", pluralOK, wPluralOK}, {"tollVerbs", tollVerbs, wToll}, {"filler", filler, wFiller},
	{"speechVerbs", speechVerbs, wSpeech}, {"placePrepositions", placePrepositions, wPlacePrep},
	{"notPlaces", notPlaces, wNotPlace}, {"notDurationAfter", notDurationAfter, wNotDurAfter},
	{"notDurationBefore", notDurationBefore, wNotDurBefore}, {"paymentForms", paymentForms, wPayment},
	{"prisonWords", prisonWords, wPrison}, {"possessVerbs", possessVerbs, wPossess},
	{"commonVerbs", commonVerbs, wCommonVerb}, {"anaphors", anaphors, wAnaphor},
	{"measureVerbs", measureVerbs, wMeasureVerb}, {"scopeWords", scopeWords, wScopeWord},
	{"sourceNouns", sourceNouns, wSourceNoun}, {"commonSubjects", commonSubjects, wCommonSubject},
	{"growingCounts", growingCounts, wGrowing},
}

// keyedTables are the tables wordClasses marks by key, and the other questions it answers.
var keyedTables = []struct {
	name string
	has  func(string) bool
	b    wordBits
}{
	{"wordCurrency", func(w string) bool { _, ok := wordCurrency[w]; return ok }, wCurrencyWord},
	{"changeNouns", func(w string) bool { _, ok := changeNouns[w]; return ok }, wChangeNoun},
	{"countedNouns", func(w string) bool { _, ok := countedNouns[w]; return ok }, wCounted},
	{"synonyms", func(w string) bool { _, ok := synonyms[w]; return ok }, wSynonym},
	{"casualtyWords", func(w string) bool { _, ok := casualtyWords[w]; return ok }, wCasualtyWord},
	{"measureLeft", func(w string) bool { _, ok := measureLeft[w]; return ok }, wMeasureLeft},
	{"durationUnits", func(w string) bool { _, ok := durationUnits[w]; return ok }, wDurationUnit},
	{"changeVerbsDur", func(w string) bool { _, ok := changeVerbsDur[w]; return ok }, wChangeVerbDur},
	{"quake words", func(w string) bool {
		return quakeNoun(w) != "" || w == "richter" || w == "seismic" || w == "magnitude"
	}, wQuakeWord},
	{"unitWords", func(w string) bool { _, ok := unitWords[w]; return ok }, wUnitWord},
	{"eventClasses", func(w string) bool { _, ok := eventClasses[w]; return ok }, wEventClass},
	{"indicatorHeads", func(w string) bool { _, ok := indicatorHeads[w]; return ok }, wIndicator},
	{"irregularPast", irregularPastSlow, wIrregularPast},
	{"isMonthWord", isMonthWord, wMonth}, {"weekday", weekday, wWeekday},
}

// checkWordClasses checks every bit classOf gives w against the table it stands for.
func checkWordClasses(t testing.TB, w string) {
	c := classOf(w)
	for _, l := range boolTables {
		if got := c&l.b != 0; got != l.t[w] {
			t.Errorf("classOf(%q) says %s %v, the table %v", w, l.name, got, l.t[w])
		}
	}
	for _, l := range keyedTables {
		if got := c&l.b != 0; got != l.has(w) {
			t.Errorf("classOf(%q) says %s %v, the table %v", w, l.name, got, l.has(w))
		}
	}
	if i := wordIndex(w); i >= 0 && wordKeys[i] != w || i < 0 && c != 0 {
		t.Errorf("wordIndex(%q) = %d disagrees with classOf", w, i)
	}
}

// TestWordClassesMatchTables checks every bit of wordClasses, read through the hashed index,
// against the table it stands for, on every listed word and on the words of a generated corpus.
func TestWordClassesMatchTables(t *testing.T) {
	words := map[string]bool{"": true, "s": true, "xyzzy": true}
	for w := range wordClasses {
		words[w] = true
		words[w+"s"] = true
		words[w+"."] = true
		words[w+".."] = true
	}
	for _, f := range corpus.Articles(20, 3) {
		text := string(corpus.PlainText(f))
		toks := segment.AppendTokens(nil, text, 0)
		for _, w := range segment.AppendLower(nil, toks) {
			words[w] = true
		}
	}
	for w := range words {
		checkWordClasses(t, w)
	}
}

// FuzzWordClasses checks classOf against the tables on any word.
func FuzzWordClasses(f *testing.F) {
	for _, w := range []string{"", "the", "killed", "jan.", "year-on-year", "people", "xyzzy", "é"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) { checkWordClasses(t, w) })
}

// TestUnitFirst checks that every singular duration unit passes the filter readDurationsTo puts
// before "for a week".
func TestUnitFirst(t *testing.T) {
	for w := range durationUnits {
		if w[len(w)-1] != 's' && (len(w) > 9 || !unitFirst[w[0]]) {
			t.Errorf("unit %q is refused by the filter", w)
		}
	}
}
