package claimstore

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestVocabularyChunks: words kept in shared chunks come back as they went in, across chunk
// ends, long words with chunks of their own, and adds from several goroutines; the vocabulary
// keeps no reference to the caller's bytes.
func TestVocabularyChunks(t *testing.T) {
	v := NewVocabulary()
	word := func(i int) string {
		switch {
		case i%997 == 0:
			return strings.Repeat("long "+strconv.Itoa(i), vocAlone/5)
		case i%13 == 0:
			return "" // the empty word is a word too
		}
		return "word " + strings.Repeat("x", i%40) + strconv.Itoa(i)
	}
	const n = 20000
	ids := make([]uint32, n)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for i := g; i < n; i += 4 {
				b := []byte(word(i))
				ids[i] = v.ID(string(b))
				clear(b)
			}
		})
	}
	wg.Wait()
	require.Greater(t, len(v.chunks), 2)
	for i := 0; i < n; i++ {
		require.Equal(t, word(i), v.Word(ids[i]), i)
		require.Equal(t, ids[i], v.ID(word(i)), "the same word, the same number")
	}
	v.Freeze()
	for i := 0; i < n; i += 7 {
		require.Equal(t, word(i), v.Word(ids[i]), i)
	}
	require.Equal(t, "", v.Word(uint32(v.Len())))
}
