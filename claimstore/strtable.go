package claimstore

import (
	"encoding/binary"
	"hash/maphash"
)

// strTable finds the strings an Encoder wrote in full in the block it is writing: an
// open-addressed table whose slots hold the upper half of the string's hash and 1 + the offset
// of its tag in the block (0 for an empty slot). The bytes are compared where they were written,
// so the table holds no pointer, and a string is hashed once whether it is found or added.
type strTable struct {
	slots []uint64 // length a power of two, at most half full
	n     int
	seed  maphash.Seed
}

const (
	strSlots    = 256  // slots of a new or reset table: an article's strings
	strKeepUpTo = 4096 // a larger table (a huge file's chunk) is not kept for the next block
)

// reset empties the table for a new block.
func (t *strTable) reset() {
	if t.slots == nil {
		t.seed = maphash.MakeSeed()
	}
	if t.slots == nil || len(t.slots) > strKeepUpTo {
		t.slots = make([]uint64, strSlots)
	} else {
		clear(t.slots)
	}
	t.n = 0
}

// hash32 is the hash of s that a slot keeps.
func (t *strTable) hash32(s string) uint32 { return uint32(maphash.String(t.seed, s) >> 32) }

// find returns the offset of s, of hash32 h, in buf; else the slot where s would go.
func (t *strTable) find(buf []byte, s string, h uint32) (off uint32, slot int, ok bool) {
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.slots[i]
		if e == 0 {
			return 0, int(i), false
		}
		if uint32(e>>32) == h && string(writtenAt(buf, uint32(e)-1)) == s { // compared in place: no copy
			return uint32(e) - 1, 0, true
		}
	}
}

// writtenAt returns the bytes of the string whose tag 0 is at offset off of buf.
func writtenAt(buf []byte, off uint32) []byte {
	tag, k := binary.Uvarint(buf[off:])
	at := int(off) + k
	return buf[at : at+int(tag>>2)]
}

// add records that s, of hash32 h, is written at offset off, in the slot find gave.
func (t *strTable) add(slot int, h, off uint32) {
	e := uint64(h)<<32 | uint64(off+1)
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]uint64, 2*len(old))
		t.n = 0
		for _, o := range old {
			if o != 0 {
				t.put(o)
			}
		}
		t.put(e)
		return
	}
	t.slots[slot] = e
	t.n++
}

// put places slot entry e.
func (t *strTable) put(e uint64) {
	mask := uint32(len(t.slots) - 1)
	i := uint32(e>>32) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = e
	t.n++
}
