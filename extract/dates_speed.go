package extract

import (
	"sync"
	"unsafe"
)

// The verb tables answer with lemmas that are the strings of dtVerbs, and the date readers then
// ask the lemma-keyed lists (dtLifeVerbs, dtEventVerbs, dtStatementVerbs) about them, a map
// look-up (hashing the text) each time. dtLemmas holds those answers for every lemma of dtVerbs,
// found by the address of the lemma's bytes: the same string, not a string of the same text
// (an unknown "-ed" word is its own lemma), so a lemma not found is asked of the lists.

// dtLemmaInfo is what the lemma-keyed lists say of one lemma.
type dtLemmaInfo struct {
	life      string // dtLifeVerbs[lemma]
	event     string // dtEventVerbs[lemma]
	hasLife   bool   // lemma is in dtLifeVerbs
	statement bool   // dtStatementVerbs[lemma]
}

// dtLemmaSlot is one lemma of dtLemmas, by the address and length of its bytes; a nil p marks a
// free slot.
type dtLemmaSlot struct {
	p    *byte
	n    int
	info dtLemmaInfo
}

// dtLemmas is built on first use, after every init has added its verbs to dtVerbs.
var dtLemmas struct {
	once  sync.Once
	slots []dtLemmaSlot
	mask  uintptr
	shift uint // 64 less the bits of an index
}

// dtLemmaHash mixes the address of a string's bytes into the top bits, taken by shift
// (Fibonacci hashing: the lemmas lie a few bytes apart in the verb lists).
func dtLemmaHash(p *byte, shift uint) uintptr {
	return uintptr(uint64(uintptr(unsafe.Pointer(p))) * 0x9E3779B97F4A7C15 >> shift)
}

func buildDtLemmas() {
	var lemmas []string
	seen := map[*byte]map[int]bool{}
	for _, v := range dtVerbs {
		if p := unsafe.StringData(v.lemma); v.lemma != "" && !seen[p][len(v.lemma)] {
			if seen[p] == nil {
				seen[p] = map[int]bool{}
			}
			seen[p][len(v.lemma)] = true
			lemmas = append(lemmas, v.lemma)
		}
	}
	size, shift := 1, uint(64)
	for size < 4*len(lemmas) {
		size, shift = size*2, shift-1
	}
	slots, mask := make([]dtLemmaSlot, size), uintptr(size-1)
	for _, l := range lemmas {
		p := unsafe.StringData(l)
		i := dtLemmaHash(p, shift) & mask
		for slots[i].p != nil {
			i = (i + 1) & mask
		}
		life, hasLife := dtLifeVerbs[l]
		slots[i] = dtLemmaSlot{p: p, n: len(l), info: dtLemmaInfo{life: life, event: dtEventVerbs[l], hasLife: hasLife, statement: dtStatementVerbs[l]}}
	}
	dtLemmas.slots, dtLemmas.mask, dtLemmas.shift = slots, mask, shift
}

// dtLemmaOf returns what the lists say of lemma when it is a string of dtVerbs; ok is false for
// any other string (ask the lists).
func dtLemmaOf(lemma string) (info *dtLemmaInfo, ok bool) {
	if lemma == "" {
		return nil, false
	}
	dtLemmas.once.Do(buildDtLemmas)
	p, slots := unsafe.StringData(lemma), dtLemmas.slots
	for i := dtLemmaHash(p, dtLemmas.shift) & dtLemmas.mask; ; i = (i + 1) & dtLemmas.mask {
		sl := &slots[i]
		if sl.p == p && sl.n == len(lemma) {
			return &sl.info, true
		}
		if sl.p == nil {
			return nil, false
		}
	}
}

// dtLemmaLife is dtLifeVerbs[lemma], with ok.
func dtLemmaLife(lemma string) (string, bool) {
	if in, ok := dtLemmaOf(lemma); ok {
		return in.life, in.hasLife
	}
	life, ok := dtLifeVerbs[lemma]
	return life, ok
}

// dtLemmaEvent is dtEventVerbs[lemma].
func dtLemmaEvent(lemma string) string {
	if in, ok := dtLemmaOf(lemma); ok {
		return in.event
	}
	return dtEventVerbs[lemma]
}

// dtLemmaStatement is dtStatementVerbs[lemma].
func dtLemmaStatement(lemma string) bool {
	if in, ok := dtLemmaOf(lemma); ok {
		return in.statement
	}
	return dtStatementVerbs[lemma]
}
