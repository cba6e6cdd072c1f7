package load

import (
	"hash/maphash"
	"sync"
)

// lineSet is the set of normalised lines cleanBody has kept, to read a repeated paragraph once. It
// is a map[string]bool made cheaper: its tables are reused from one article to the next, and the
// full comparison runs only on equal hashes.
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

// lineSeed seeds the hash of lines: a hash of the whole line with a seed chosen at start-up, as
// Go's maps use, so that no text can make its lines collide on purpose.
var lineSeed = maphash.MakeSeed()

func lineHash(s string) uint64 { return maphash.String(lineSeed, s) }

// add puts s in the set and reports whether it was not there yet.
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
