package extract

import (
	"sync"

	"github.com/crosscheck/crosscheck/normalize"
)

// facts are what the word lists of this package and the title table say about one lower-case word,
// read with one map lookup per token instead of one per list and question.
type facts uint32

// facts of this package's word lists; the title table's classes sit above them (titleShift).
const (
	fNotName      facts = 1 << iota // notNameWords
	fNotPlace                       // notPlaces (true entries)
	fPlaceSuffix                    // placeSuffixes
	fParticle                       // nameParticles
	fSpeech                         // speechVerbs
	fAux                            // isAux
	fPlacePrep                      // placePrepositions
	fAbbrev                         // abbrevs
	fHeadlineSmall                  // headlineSmall
	fSource                         // sourceNouns
	fPronoun                        // pronouns
)

const titleShift = 16

// title classes as facts.
const (
	fHead      = facts(normalize.ClassHead) << titleShift
	fCountry   = facts(normalize.ClassCountry) << titleShift
	fStatus    = facts(normalize.ClassStatus) << titleShift
	fRank      = facts(normalize.ClassRank) << titleShift
	fDomain    = facts(normalize.ClassDomain) << titleShift
	fBody      = facts(normalize.ClassBody) << titleShift
	fHonorific = facts(normalize.ClassHonorific) << titleShift
	fDetect    = facts(normalize.ClassDetect) << titleShift
)

// fNotNameCap: a capitalised word of one key with any of these facts cannot belong to a name
// (isNameWord).
const fNotNameCap = fNotName | fNotPlace | fPlaceSuffix | fBody | fHonorific | fHead | fCountry | fStatus

// factTables caches one table per title table (*normalize.Titles → map[string]facts).
var factTables sync.Map

// factTable returns the facts of every listed word under title table t, built once per table.
func factTable(t *normalize.Titles) map[string]facts {
	if m, ok := factTables.Load(t); ok {
		return m.(map[string]facts)
	}
	m := map[string]facts{}
	lists := []struct {
		set map[string]bool
		f   facts
	}{
		{notNameWords, fNotName}, {notPlaces, fNotPlace}, {placeSuffixes, fPlaceSuffix},
		{nameParticles, fParticle}, {speechVerbs, fSpeech}, {placePrepositions, fPlacePrep},
		{abbrevs, fAbbrev}, {headlineSmall, fHeadlineSmall}, {sourceNouns, fSource}, {pronouns, fPronoun},
	}
	for _, l := range lists {
		for w, on := range l.set {
			if on {
				m[w] |= l.f
			}
		}
	}
	for _, w := range auxWordList {
		m[w] |= fAux
	}
	for w, c := range t.Classes() {
		m[w] |= facts(c) << titleShift
	}
	v, _ := factTables.LoadOrStore(t, m)
	return v.(map[string]facts)
}

// auxWordList are the words isAux accepts.
var auxWordList = []string{"has", "have", "had", "also", "later", "earlier", "previously", "was", "were", "then",
	"repeatedly", "reportedly", "publicly", "separately", "further", "recently", "initially", "is", "are",
	"would", "will", "could", "originally", "first", "last", "quickly", "officially"}

// has reports whether token i of the sentence has any of the facts f (false out of range).
func (s *Sent) has(i int, f facts) bool {
	return i >= 0 && i < len(s.facts) && s.facts[i]&f != 0
}

// factsAt is the facts of token i, 0 out of range.
func (s *Sent) factsAt(i int) facts {
	if i < 0 || i >= len(s.facts) {
		return 0
	}
	return s.facts[i]
}
