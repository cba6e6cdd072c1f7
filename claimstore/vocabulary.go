package claimstore

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Vocabulary keeps strings that repeat across a run's articles once, by number. Encoders on
// several goroutines may share one.
type Vocabulary struct {
	mu     sync.RWMutex
	ids    map[string]uint32
	words  []string
	frozen bool
	// fixed is frozen, set once words is final: readers (every decoded claim asks for several
	// words, on every core) then need no lock.
	fixed atomic.Bool
}

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
	v.mu.RLock()
	id, ok := v.ids[s]
	frozen := v.frozen
	v.mu.RUnlock()
	if ok || frozen {
		return id, ok
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if id, ok := v.ids[s]; ok {
		return id, true
	}
	s = strings.Clone(s)
	id = uint32(len(v.words))
	v.words = append(v.words, s)
	v.ids[s] = id
	return id, true
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
		return v.words[n], true
	}
	v.mu.RLock()
	defer v.mu.RUnlock()
	if n < 0 || n >= len(v.words) {
		return "", false
	}
	return v.words[n], true
}

// Len is the number of words.
func (v *Vocabulary) Len() int {
	v.mu.RLock()
	defer v.mu.RUnlock()
	return len(v.words)
}
