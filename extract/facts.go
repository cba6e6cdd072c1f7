package extract

import (
	"strconv"
	"sync"
	"unsafe"

	"github.com/crosscheck/crosscheck/segment"

	"github.com/crosscheck/crosscheck/normalize"
)

// facts are what the word lists of this package and the title table say about one lower-case word,
// read with one map lookup per token instead of one per list and question.
type facts uint32

// facts of this package's word lists; the title table's classes sit above them (titleShift).
const (
	fNotName       facts = 1 << iota // notNameWords
	fNotPlace                        // notPlaces (true entries)
	fPlaceSuffix                     // placeSuffixes
	fParticle                        // nameParticles
	fSpeech                          // speechVerbs
	fAux                             // isAux
	fPlacePrep                       // placePrepositions
	fAbbrev                          // abbrevs
	fHeadlineSmall                   // headlineSmall
	fSource                          // sourceNouns
	fPronoun                         // pronouns
	fFor                             // "for", which opens "for a week" (readDurationsTo)
	fUnitLong                        // a duration unit and "-long": "hour-long" (readDurationsTo)
	fDateCore                        // dateCoreWord, but "mid-…" and "end-…" (nextDateCore)
	fDateStart                       // startWords (mayStartDate)
	fWeekday                         // a weekday name, possessive or not (weekdayAt)
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

// date classes, above the title classes.
const (
	fDtVerb    = fDetect << 1 // dtVerbOf knows the word (dtVerbAt)
	fEventNoun = fDetect << 2 // the word less a possessive is an event noun (eventNounAt)
	fDateYear  = fDetect << 3 // a year of 1900..2100 in four digits (nextDateCore)
	fRoleNoun  = fDetect << 4 // singularSources or roleSpeakerNouns: a noun naming one person by role (roleNounFact)
)

// fNotNameCap: a capitalised word of one key with any of these facts cannot belong to a name
// (isNameWord).
const fNotNameCap = fNotName | fNotPlace | fPlaceSuffix | fBody | fHonorific | fHead | fCountry | fStatus

// factTab holds the facts of every listed word, and a bit per hash of them: most words of a text
// are in no list, and a clear bit refuses them without the map lookup.
type factTab struct {
	m     map[string]facts
	bloom [1 << 10]uint64
	// slots hold the same words as m, open-addressed by the bits of factHash: a word that passes
	// the bloom filter is found with the hash already computed, without hashing it again as the
	// map would
	slots []factSlot
	mask  uint32
}

// factSlot is one word of a factTab, its facts and its quantity word classes (wordClasses); an
// empty w marks a free slot.
type factSlot struct {
	w string
	f facts
	c wordBits
}

// factHash mixes a word's length and three of its bytes into 16 bits.
func factHash(w string) uint32 {
	// w is never empty: its bytes are read without bounds tests (this runs for every token)
	n := uint(len(w))
	p := unsafe.Pointer(unsafe.StringData(w))
	h := uint32(n)*0x9E3779B1 ^ uint32(*(*byte)(p))<<8 ^ uint32(*(*byte)(unsafe.Add(p, n-1))) ^ uint32(*(*byte)(unsafe.Add(p, n/2)))<<16
	return (h * 0x85EBCA6B) >> 16
}

// get returns the facts of w, 0 when it is in no list.
func (t *factTab) get(w string) facts {
	if w == "" {
		return t.m[w]
	}
	h := factHash(w)
	if t.bloom[h>>6]&(1<<(h&63)) == 0 {
		return 0
	}
	return t.probe(w, h)
}

// factsOf writes the facts of each token of a sentence, whose lower-case texts are low, to fs
// (0 for punctuation), and returns them all or'ed. Its own loop, with the bloom test of get
// written out, keeps its values in registers: most words fail that test, with no call. lens gets
// the dtLenCode of each token, the date extractor's (wordUses), made here while the text is in
// hand rather than read again for every document.
func (t *factTab) factsOf(toks []segment.Token, low []string, fs []facts, lens []byte) facts {
	var sum facts
	low, fs, lens = low[:len(toks)], fs[:len(toks)], lens[:len(toks)]
	for k := range toks {
		var f facts
		w := low[k]
		lens[k] = dtLenCode(w)
		if toks[k].Kind != segment.Punct {
			if w == "" {
				f = t.get(w)
			} else if h := factHash(w); t.bloom[h>>6]&(1<<(h&63)) != 0 {
				// most words that pass are in the table, in their first slot, and short: such
				// a word is told here, without the call to find (which reads on)
				if sl := &t.slots[h&t.mask]; len(sl.w) == len(w) && len(w) <= 8 && sameShort(sl.w, w) {
					f = sl.f
				} else {
					f = t.probe(w, h)
				}
			}
		}
		fs[k] = f
		sum |= f
	}
	return sum
}

// factsClassesOf is factsOf, and writes the quantity word classes of each token to cs
// (getBoth), and their dtLenCode to lens.
func (t *factTab) factsClassesOf(toks []segment.Token, low []string, fs []facts, cs []wordBits, lens []byte) facts {
	var sum facts
	low, fs, cs, lens = low[:len(toks)], fs[:len(toks)], cs[:len(toks)], lens[:len(toks)]
	for k := range toks {
		var f facts
		var c wordBits
		w := low[k]
		lens[k] = dtLenCode(w)
		if w == "" {
			f, c = t.getBoth(w)
		} else if h := factHash(w); t.bloom[h>>6]&(1<<(h&63)) != 0 {
			// (the first slot, as factsOf reads it)
			if sl := &t.slots[h&t.mask]; len(sl.w) == len(w) && len(w) <= 8 && sameShort(sl.w, w) {
				f, c = sl.f, sl.c
			} else {
				f, c = t.probeBoth(w, h)
			}
		}
		if toks[k].Kind == segment.Punct {
			f = 0
		}
		fs[k], cs[k] = f, c
		sum |= f
	}
	return sum
}

// probe is get of a word w of hash h whose bloom bit is set.
func (t *factTab) probe(w string, h uint32) facts {
	if sl := t.find(w, h); sl != nil {
		return sl.f
	}
	return 0
}

// probeBoth is getBoth of a word w of hash h whose bloom bit is set.
func (t *factTab) probeBoth(w string, h uint32) (facts, wordBits) {
	if sl := t.find(w, h); sl != nil {
		return sl.f, sl.c
	}
	return 0, 0
}

// find returns the slot of the word w (not empty) of hash h, nil when it has none. It calls
// nothing: a slot's word of w's length is compared by loads of eight bytes or fewer, which
// overlap when the length is not a multiple (most are hits, and a call to compare them cost
// more than the rest of the probe).
//
//go:noinline
func (t *factTab) find(w string, h uint32) *factSlot {
	n := uint(len(w))
	pw := unsafe.Pointer(unsafe.StringData(w))
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if uint(len(sl.w)) != n {
			if sl.w == "" {
				return nil
			}
			continue
		}
		ps := unsafe.Pointer(unsafe.StringData(sl.w))
		same := true
		switch {
		case n >= 8:
			for k := uint(0); k < n-8 && same; k += 8 {
				same = load8(ps, k) == load8(pw, k)
			}
			same = same && load8(ps, n-8) == load8(pw, n-8)
		case n >= 4:
			same = load4(ps, 0) == load4(pw, 0) && load4(ps, n-4) == load4(pw, n-4)
		case n >= 2:
			same = load2(ps, 0) == load2(pw, 0) && load2(ps, n-2) == load2(pw, n-2)
		default:
			same = *(*byte)(ps) == *(*byte)(pw)
		}
		if same {
			return sl
		}
	}
}

// sameShort reports whether a and b, of the same length, 1 to 8 bytes, hold the same bytes, by
// two loads of four or two bytes each (which overlap) or one byte.
func sameShort(a, b string) bool {
	n := uint(len(a))
	pa, pb := unsafe.Pointer(unsafe.StringData(a)), unsafe.Pointer(unsafe.StringData(b))
	if n >= 4 {
		return *(*[4]byte)(pa) == *(*[4]byte)(pb) && *(*[4]byte)(unsafe.Add(pa, n-4)) == *(*[4]byte)(unsafe.Add(pb, n-4))
	}
	if n >= 2 {
		return *(*[2]byte)(pa) == *(*[2]byte)(pb) && *(*[2]byte)(unsafe.Add(pa, n-2)) == *(*[2]byte)(unsafe.Add(pb, n-2))
	}
	return *(*byte)(pa) == *(*byte)(pb)
}

// load8, load4 and load2 read 8, 4 and 2 bytes at p+i (one load each where the machine allows).
func load8(p unsafe.Pointer, i uint) uint64 {
	b := (*[8]byte)(unsafe.Add(p, i))
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func load4(p unsafe.Pointer, i uint) uint32 {
	b := (*[4]byte)(unsafe.Add(p, i))
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func load2(p unsafe.Pointer, i uint) uint16 {
	b := (*[2]byte)(unsafe.Add(p, i))
	return uint16(b[0]) | uint16(b[1])<<8
}

// getBoth returns the facts and the quantity word classes of w (classOf), with one probe.
func (t *factTab) getBoth(w string) (facts, wordBits) {
	if w == "" {
		return t.m[w], wordClasses[w]
	}
	h := factHash(w)
	if t.bloom[h>>6]&(1<<(h&63)) == 0 {
		return 0, 0
	}
	return t.probeBoth(w, h)
}

// factTables caches one table per title table (*normalize.Titles → *factTab).
var factTables sync.Map

// factTable returns the facts of every listed word under title table t, built once per table.
func factTable(t *normalize.Titles) *factTab {
	if m, ok := factTables.Load(t); ok {
		return m.(*factTab)
	}
	m := map[string]facts{}
	lists := []struct {
		set map[string]bool
		f   facts
	}{
		{notNameWords, fNotName}, {notPlaces, fNotPlace}, {placeSuffixes, fPlaceSuffix},
		{nameParticles, fParticle}, {speechVerbs, fSpeech}, {placePrepositions, fPlacePrep},
		{abbrevs, fAbbrev}, {headlineSmall, fHeadlineSmall}, {sourceNouns, fSource}, {pronouns, fPronoun},
		{singularSources, fRoleNoun}, {roleSpeakerNouns, fRoleNoun},
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
	m["for"] |= fFor
	for u := range durationUnits {
		m[u+"-long"] |= fUnitLong
	}
	addDateFacts(m)
	for y := 1900; y <= 2100; y++ {
		m[strconv.Itoa(y)] |= fDateYear
	}
	for w, c := range t.Classes() {
		m[w] |= facts(c) << titleShift
	}
	tab := &factTab{m: m}
	// the slots also hold the quantity word classes, so that prepare reads both with one probe
	words := make(map[string]bool, len(m)+len(wordClasses))
	for w := range m {
		words[w] = true
	}
	for w := range wordClasses {
		words[w] = true
	}
	size := 1
	for size < 4*len(words) {
		size *= 2
	}
	tab.slots, tab.mask = make([]factSlot, size), uint32(size-1)
	for _, w := range slotOrder(words) {
		if w != "" {
			h := factHash(w)
			tab.bloom[h>>6] |= 1 << (h & 63)
			i := h & tab.mask
			for tab.slots[i].w != "" {
				i = (i + 1) & tab.mask
			}
			tab.slots[i] = factSlot{w, m[w], wordClasses[w]}
		}
	}
	v, _ := factTables.LoadOrStore(t, tab)
	return v.(*factTab)
}

// commonWords are words of the lists that news text writes most, most frequent first: slotOrder
// puts them into the table first, so that each lies in its first slot, which factsOf reads
// without calling find (a word placed after another of its slot is found only by find).
var commonWords = []string{
	"the", "a", "of", "to", "in", "and", "on", "said", "for", "was", "were", "by", "at", "had",
	"has", "is", "have", "are", "been", "it", "its", "that", "with", "from", "as", "an", "after",
	"about", "they", "he", "she", "his", "her", "their", "this", "be", "which", "who", "would",
	"could", "will", "also", "than", "more", "into", "up", "people", "told", "according",
	"officials", "government", "since", "when", "last", "year", "years", "day", "days", "week",
	"police", "minister", "president", "percent", "million", "not", "but", "or", "we", "i",
	"there", "over", "out", "new", "two", "three", "first", "one", "before", "during", "while",
	"under", "between", "some", "all", "other", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "then", "later", "added", "says", "say", "spokesperson",
	"spokesman", "spokeswoman", "governor", "mayor", "official", "authorities",
}

// slotOrder returns the words in the order factTable places them: commonWords first, each then
// in its first slot unless a more frequent one took it (in the map's order, which changes from
// run to run, any of them could lose its slot to a rare word).
func slotOrder(words map[string]bool) []string {
	out := make([]string, 0, len(words))
	placed := make(map[string]bool, len(commonWords))
	for _, w := range commonWords {
		if words[w] && !placed[w] {
			out = append(out, w)
			placed[w] = true
		}
	}
	// the rest in the map's order: rarer words, which mostly pass the bloom filter only to be
	// refused (sorting them, for an order of their own, cost more than it saved)
	for w := range words {
		if !placed[w] {
			out = append(out, w)
		}
	}
	return out
}

// auxWordList are the words isAux accepts.
var auxWordList = []string{"has", "have", "had", "also", "later", "earlier", "previously", "was", "were", "then",
	"repeatedly", "reportedly", "publicly", "separately", "further", "recently", "initially", "is", "are",
	"would", "will", "could", "originally", "first", "last", "quickly", "officially"}

// roleNounFact is roleNounAt told by the token's facts (fRoleNoun) when the sentence has them,
// without two map lookups.
func roleNounFact(s *Sent, k int) bool {
	if len(s.facts) == len(s.Tokens) && len(s.lower) == len(s.Tokens) {
		return s.has(k, fRoleNoun) // (facts are 0 for punctuation, which is no role noun)
	}
	return roleNounAt(s, k)
}

// has reports whether token i of the sentence has any of the facts f (false out of range).
func (s *Sent) has(i int, f facts) bool {
	return uint(i) < uint(len(s.facts)) && s.facts[i]&f != 0 // (one test for both ends)
}

// classAt is classOf(s.Lower(i)): read from the array prepare fills, else looked up.
func (s *Sent) classAt(i int) wordBits {
	if uint(i) < uint(len(s.cls)) {
		return s.cls[i]
	}
	return s.classLooked(i)
}

// classLooked is classOf(s.Lower(i)), out of line so that classAt inlines.
//
//go:noinline
func (s *Sent) classLooked(i int) wordBits { return classOf(s.Lower(i)) }

// factsAt is the facts of token i, 0 out of range.
func (s *Sent) factsAt(i int) facts {
	if uint(i) >= uint(len(s.facts)) { // (one test for both ends)
		return 0
	}
	return s.facts[i]
}
