package extract

import (
	"maps"
	"slices"
)

// dtVerbTable holds dtVerbs open-addressed by dtWordHash behind a bit per hash: dtVerbOf is asked
// about token after token of the scans around a date, and most words are no verb form; a clear
// bit refuses them, and the rest are found without hashing the word again as the map would.
type dtVerbTable struct {
	bloom [1 << 10]uint64
	slots []dtVerbSlot
	mask  uint32
}

// dtVerbSlot is one surface form and its reading; an empty w marks a free slot.
type dtVerbSlot struct {
	w string
	v dtVerbForm
}

// dtVerbTab is dtVerbs as a dtVerbTable, filled when dtVerbs is (dates_lex.go).
var dtVerbTab *dtVerbTable

// newDtVerbTable builds the table of m.
func newDtVerbTable(m map[string]dtVerbForm) *dtVerbTable {
	t := &dtVerbTable{}
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t.slots, t.mask = make([]dtVerbSlot, size), uint32(size-1)
	// in sorted order: the slots, and so the probes' lengths, are the same from run to run
	for _, w := range slices.Sorted(maps.Keys(m)) {
		v := m[w]
		if w == "" {
			panic("dtVerbs: empty form") // get refuses "" without a look
		}
		h := dtWordHash(w)
		t.bloom[h>>6] |= 1 << (h & 63)
		i := h & t.mask
		for t.slots[i].w != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = dtVerbSlot{w, v}
	}
	return t
}

// get is m[w], ok for the table of m.
func (t *dtVerbTable) get(w string) (dtVerbForm, bool) {
	if w == "" {
		return dtVerbForm{}, false
	}
	h := dtWordHash(w)
	if t.bloom[h>>6]&(1<<(h&63)) == 0 {
		return dtVerbForm{}, false
	}
	return t.probe(w, h)
}

// getListed is get of a word the facts tell is in the table (fDtVerb): its bloom bit is set, and
// is not read.
func (t *dtVerbTable) getListed(w string) (dtVerbForm, bool) {
	if w == "" {
		return dtVerbForm{}, false
	}
	return t.probe(w, dtWordHash(w))
}

// probe finds w, of hash h, in the slots.
func (t *dtVerbTable) probe(w string, h uint32) (dtVerbForm, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; sl.w {
		case w:
			return sl.v, true
		case "":
			return dtVerbForm{}, false
		}
	}
}
