package load

import (
	"math/bits"
	"sync"
)

// lineSet is the set of normalised lines cleanBody has kept, to read a repeated paragraph once. It
// is a map[string]bool made cheaper for lines of 20 bytes or more: the hash reads 24 bytes of a
// line (its two ends and its middle) instead of all of it, the full comparison runs only on equal
// hashes, and the tables are reused from one article to the next.
type lineSet struct {
	slots []int32 // index+1 in lines of the line hashed to each slot, 0 when free; len a power of 2
	hash  []uint64
	lines []string
}

var lineSets = sync.Pool{New: func() any { return new(lineSet) }}

// getLineSet returns an empty set.
func getLineSet() *lineSet { return lineSets.Get().(*lineSet) }

// release empties the set, dropping its lines (windows on an article), and gives it back.
func (t *lineSet) release() {
	clear(t.lines)
	t.lines = t.lines[:0]
	t.hash = t.hash[:0]
	clear(t.slots)
	lineSets.Put(t)
}

// lineHash mixes the length and three eight-byte windows of s, which has at least 8 bytes.
func lineHash(s string) uint64 {
	load := func(t string) uint64 {
		_ = t[7]
		return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
	}
	const k0, k1, k2 = 0x9e3779b97f4a7c15, 0xc2b2ae3d27d4eb4f, 0x165667b19e3779f9
	h := uint64(len(s))*k0 ^ load(s)
	h = bits.RotateLeft64(h*k1, 31) ^ load(s[len(s)-8:])
	h = bits.RotateLeft64(h*k2, 29) ^ load(s[len(s)/2-4:])
	h *= k1
	return h ^ h>>32
}

// add puts s (at least 8 bytes) in the set and reports whether it was not there yet.
func (t *lineSet) add(s string) bool {
	if 2*(len(t.lines)+1) > len(t.slots) {
		t.grow()
	}
	h := lineHash(s)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := t.slots[i]
		if k == 0 {
			t.lines = append(t.lines, s)
			t.hash = append(t.hash, h)
			t.slots[i] = int32(len(t.lines))
			return true
		}
		if t.hash[k-1] == h && t.lines[k-1] == s {
			return false
		}
	}
}

// grow doubles the slots (at least 64) and places the lines again.
func (t *lineSet) grow() {
	n := max(64, 2*len(t.slots))
	if n > cap(t.slots) {
		t.slots = make([]int32, n)
	} else {
		t.slots = t.slots[:n]
		clear(t.slots)
	}
	mask := uint64(n - 1)
	for k, h := range t.hash {
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(k + 1)
	}
}
