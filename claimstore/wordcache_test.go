package claimstore

import (
	"bytes"
	"fmt"
	"testing"
)

// TestWordCacheSameBlocks: an Encoder whose cache is warm from earlier articles writes the very
// bytes a fresh Encoder of the same vocabulary writes (the cache only saves looking words up).
func TestWordCacheSameBlocks(t *testing.T) {
	per, _ := benchClaims(nil)
	voc := NewVocabulary()
	warm := Encoder{Vocabulary: voc}
	for i, cs := range per {
		got, gotOffs := warm.Encode(cs)
		fresh := Encoder{Vocabulary: voc}
		want, wantOffs := fresh.Encode(cs)
		if !bytes.Equal(got, want) || fmt.Sprint(gotOffs) != fmt.Sprint(wantOffs) {
			t.Fatalf("article %d: the warm encoder wrote other bytes", i)
		}
	}
}

// TestWordCacheCollisions: words that share a slot, or differ only inside, keep their numbers.
func TestWordCacheCollisions(t *testing.T) {
	voc := NewVocabulary()
	e := Encoder{Vocabulary: voc}
	words := []string{"a", "b", "ab", "ba", "casualty|killed", "casualty|kilxed", "casualty|injured",
		"12345678", "12345678x12345678", "12345678y12345678", ""}
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%d|%d", i%97, i))
	}
	for round := range 3 {
		for _, w := range words {
			if w == "" {
				continue
			}
			if got, want := e.WordID(w), voc.ID(w); got != want {
				t.Fatalf("round %d: %q is %d, the vocabulary says %d", round, w, got, want)
			}
		}
	}
	// another vocabulary: the cache starts again
	e.Vocabulary = NewVocabulary()
	if id := e.WordID("casualty|injured"); id != 0 {
		t.Fatalf("first word of a new vocabulary is %d", id)
	}
}
