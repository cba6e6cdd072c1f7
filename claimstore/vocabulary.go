package claimstore

import (
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
	ids    map[string]uint32 // keys are the chunks' copies
	words  []wordAt
	chunks [][]byte // written only past their length: the bytes of a word never change
	frozen bool
	// fixed is frozen, set once words is final: readers (every decoded claim asks for several
	// words, on every core) then need no lock.
	fixed atomic.Bool
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
func NewVocabulary() *Vocabulary { return &Vocabulary{ids: map[string]uint32{}} }

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
	v.ids, v.frozen = nil, true
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
	v.mu.RLock()
	id, ok := v.ids[s]
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
	if id, ok := v.ids[s]; ok {
		return id, v.at(v.words[id]), true
	}
	id = uint32(len(v.words))
	at := v.store(s)
	v.words = append(v.words, at)
	w = v.at(at)
	v.ids[w] = id
	return id, w, true
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
