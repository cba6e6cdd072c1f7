package claimstore

import "math/bits"

// wordCache remembers, for one Encoder, the vocabulary numbers of words it wrote recently, in a
// table indexed by a cheap hash of a few of the word's bytes: about ten words per claim (type,
// kind, key, subject, units, names) mostly repeat those of recent claims, and the vocabulary's
// map would hash every word in full and take its lock on every core. With 4,096 slots (80 KB)
// nineteen in twenty hit on generated articles, and most misses are new words; 1,024 slots
// missed half as often again (keys and subjects of a story, evicted before its next article).
//
// An entry holds the vocabulary's own copy of the word, whose bytes never change, so an entry
// matches only a word equal to it; a vocabulary never drops a word nor renumbers one, so a number
// once found stays right (a frozen vocabulary still holds every word cached before).
type wordCache struct {
	voc  *Vocabulary // the vocabulary the entries are of
	word [wordSlots]string
	id   [wordSlots]uint32
}

const (
	wordBits  = 12
	wordSlots = 1 << wordBits
)

// slot is where s goes in the table: its length and first and last eight bytes, mixed.
func wordSlot(s string) int {
	h := uint64(len(s))
	if len(s) >= 8 {
		h ^= le64(s[:8]) * 0x9e3779b97f4a7c15
		h = bits.RotateLeft64(h, 29) ^ le64(s[len(s)-8:])*0xc2b2ae3d27d4eb4f
	} else if len(s) >= 4 {
		// four to seven bytes: the first four and the last four (overlapping) hold them all
		h ^= (uint64(le32(s[:4])) | uint64(le32(s[len(s)-4:]))<<32) * 0x9e3779b97f4a7c15
	} else {
		for i := 0; i < len(s); i++ {
			h = h<<8 | uint64(s[i])
		}
		h *= 0x9e3779b97f4a7c15
	}
	return int((h * 0xff51afd7ed558ccd) >> (64 - wordBits))
}

// le32 reads the first four bytes of s, little-endian (one load).
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 reads the first eight bytes of s, little-endian (one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// wordID returns the number of s in e.Vocabulary, adding s when new, or false for a frozen
// vocabulary without s (as Vocabulary.add).
func (e *Encoder) wordID(s string) (uint32, bool) {
	c := e.words
	if c == nil || c.voc != e.Vocabulary {
		if c == nil {
			c = new(wordCache)
			e.words = c
		} else {
			*c = wordCache{}
		}
		c.voc = e.Vocabulary
	}
	k := wordSlot(s)
	if w := c.word[k]; len(w) == len(s) && w == s && w != "" {
		return c.id[k], true
	}
	id, w, ok := e.Vocabulary.addWord(s)
	if ok {
		c.word[k], c.id[k] = w, id
	}
	return id, ok
}

// WordID returns the number of s in the Encoder's Vocabulary, as Vocabulary.ID, through the
// Encoder's cache of recent words.
func (e *Encoder) WordID(s string) uint32 {
	id, ok := e.wordID(s)
	if !ok {
		panic("claimstore: a word added to a frozen vocabulary")
	}
	return id
}
