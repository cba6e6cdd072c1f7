package claimstore

import (
	"hash/maphash"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Vocabulary keeps strings that repeat across a run's articles once, by number. Encoders on
// several goroutines may share one.
//
// The words' bytes lie one after another in a few large chunks, and words says where, without
// a pointer: a run's vocabulary holds a few hundred thousand words, which as strings of their
// own the garbage collector would visit one by one at every cycle.
type Vocabulary struct {
	mu     sync.RWMutex
	ids    wordIndex // from words to numbers, until Freeze
	words  []wordAt
	chunks [][]byte // written only past their length: the bytes of a word never change
	frozen bool
	// fixed is frozen, set once words is final: readers (every decoded claim asks for several
	// words, on every core) then need no lock.
	fixed atomic.Bool
}

// wordIndex finds a word's number: an open-addressed table whose slots hold the upper half of
// the word's hash and 1 + its number (0 for an empty slot), without a pointer. A map from the
// words to their numbers held a string per word, a few hundred thousand that the garbage
// collector visited at every cycle while articles were read.
type wordIndex struct {
	slots []uint64 // length a power of two, at most half full
	n     int
	seed  maphash.Seed
}

// hash32 is the hash of s that a slot keeps: it places the word and tells most others apart.
func (x *wordIndex) hash32(s string) uint32 { return uint32(maphash.String(x.seed, s) >> 32) }

// find returns the number of s, given its hash32 h and the words' places.
func (v *Vocabulary) find(s string, h uint32) (uint32, bool) {
	x := &v.ids
	if len(x.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := x.slots[i]
		if e == 0 {
			return 0, false
		}
		if uint32(e>>32) == h {
			if id := uint32(e) - 1; v.at(v.words[id]) == s {
				return id, true
			}
		}
	}
}

// insert records word number id, of hash32 h, which is not in the index.
func (x *wordIndex) insert(h, id uint32) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		x.slots = make([]uint64, max(1024, 2*len(old)))
		x.n = 0
		for _, e := range old {
			if e != 0 {
				x.put(e)
			}
		}
	}
	x.put(uint64(h)<<32 | uint64(id+1))
}

// put places slot entry e.
func (x *wordIndex) put(e uint64) {
	mask := uint32(len(x.slots) - 1)
	i := uint32(e>>32) & mask
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = e
	x.n++
}

// wordAt is where a word's bytes are: chunk, offset, length.
type wordAt struct{ chunk, off, n uint32 }

// Chunk sizes: words are copied into chunks of vocChunk bytes; a word longer than vocAlone gets
// a chunk of its own, so that a chunk wastes little at its end.
const (
	vocChunk = 64 << 10
	vocAlone = 1 << 10
)

// NewVocabulary returns an empty vocabulary.
func NewVocabulary() *Vocabulary { return &Vocabulary{ids: wordIndex{seed: maphash.MakeSeed()}} }

// ID returns the number of s, adding a copy of s (so that the caller's memory can go) when new.
// A frozen vocabulary takes no new words: ID panics.
func (v *Vocabulary) ID(s string) uint32 {
	id, ok := v.add(s)
	if !ok {
		panic("claimstore: a word added to a frozen vocabulary")
	}
	return id
}

// Freeze drops the index from words to numbers, which only adding words needs: once every
// article is read, the run keeps the words alone. Encoders then write new strings in full.
func (v *Vocabulary) Freeze() {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.frozen {
		return // readers may be reading words without the lock
	}
	v.ids.slots, v.frozen = nil, true
	v.words = slices.Clip(v.words)
	v.fixed.Store(true)
}

// add is ID, or false for a frozen vocabulary.
func (v *Vocabulary) add(s string) (uint32, bool) {
	id, _, ok := v.addWord(s)
	return id, ok
}

// addWord is add, and also returns the vocabulary's copy of s (whose bytes never change).
func (v *Vocabulary) addWord(s string) (uint32, string, bool) {
	h := v.ids.hash32(s) // the seed never changes
	v.mu.RLock()
	id, ok := v.find(s, h)
	frozen := v.frozen
	var w string
	if ok {
		w = v.at(v.words[id])
	}
	v.mu.RUnlock()
	if ok || frozen {
		return id, w, ok
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if id, ok := v.find(s, h); ok {
		return id, v.at(v.words[id]), true
	}
	if v.frozen {
		return 0, "", false
	}
	id = uint32(len(v.words))
	at := v.store(s)
	v.words = append(v.words, at)
	v.ids.insert(h, id)
	return id, v.at(at), true
}

// store copies s into a chunk and says where.
func (v *Vocabulary) store(s string) wordAt {
	if len(s) > vocAlone {
		v.chunks = append(v.chunks, []byte(s))
		return wordAt{uint32(len(v.chunks) - 1), 0, uint32(len(s))}
	}
	last := len(v.chunks) - 1
	if last < 0 || len(v.chunks[last])+len(s) > cap(v.chunks[last]) {
		v.chunks = append(v.chunks, make([]byte, 0, vocChunk))
		last++
	}
	c := v.chunks[last]
	v.chunks[last] = append(c, s...)
	return wordAt{uint32(last), uint32(len(c)), uint32(len(s))}
}

// at returns the word at w.
func (v *Vocabulary) at(w wordAt) string {
	if w.n == 0 {
		return ""
	}
	return unsafe.String(&v.chunks[w.chunk][w.off], int(w.n))
}

// Intern returns the vocabulary's copy of s.
func (v *Vocabulary) Intern(s string) string {
	return v.Word(v.ID(s))
}

// Word returns word number n, "" when there is none.
func (v *Vocabulary) Word(n uint32) string {
	w, _ := v.word(int(n))
	return w
}

// word returns word number n.
func (v *Vocabulary) word(n int) (string, bool) {
	if v == nil {
		return "", false
	}
	if v.fixed.Load() {
		if n < 0 || n >= len(v.words) {
			return "", false
		}
		return v.at(v.words[n]), true
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if n < 0 || n >= len(v.words) {
		return "", false
	}
	return v.at(v.words[n]), true
}

// Len is the number of words.
func (v *Vocabulary) Len() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.words)
}
