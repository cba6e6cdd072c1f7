package claimstore

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestBlocksCutFromChunks: blocks and offsets cut from an encoder's chunks are sized exactly, so
// that appending to one cannot write over the next, and decode as blocks of their own do, large
// ones (allocated alone) among them.
func TestBlocksCutFromChunks(t *testing.T) {
	e := Encoder{Vocabulary: NewVocabulary()}
	var blocks [][]byte
	var offs [][]uint32
	var want [][]model.Claim
	for i := 0; i < 300; i++ {
		n := 1 + i%7
		if i%50 == 0 {
			n = offsChunk/4 + 1 // offsets of their own
		}
		cs := make([]model.Claim, n)
		for k := range cs {
			text := fmt.Sprintf("Sentence %d of article %d.", k, i)
			if i%60 == 1 {
				text += strings.Repeat(" long", blockChunk/20) // a block of its own
			}
			cs[k] = model.Claim{ID: fmt.Sprintf("a%d#%d", i, k+1), Source: fmt.Sprint("a", i), Key: "k", Text: text, Value: "7"}
		}
		b, o := e.Encode(cs)
		require.Equal(t, len(b), cap(b))
		require.Equal(t, len(o), cap(o))
		blocks, offs, want = append(blocks, b), append(offs, o), append(want, cs)
	}
	for i := range blocks {
		_ = append(blocks[i], 0xff, 0xff) // must not reach the next block
		_ = append(offs[i], 1<<31)
	}
	for i := range blocks {
		for k, off := range offs[i] {
			c, err := Decode(e.Vocabulary, blocks[i], off)
			require.NoError(t, err)
			require.True(t, Same(&want[i][k], &c), "article %d, claim %d", i, k)
		}
	}
}

// TestAppendOrdinal: appendOrdinal writes what strconv writes.
func TestAppendOrdinal(t *testing.T) {
	var b []byte
	for n := uint64(0); n < 200_000; n++ {
		b = appendOrdinal(b[:0], n)
		require.Equal(t, strconv.FormatUint(n, 10), string(b))
	}
	for _, n := range []uint64{1 << 32, 1<<64 - 1} {
		require.Equal(t, "x"+strconv.FormatUint(n, 10), string(appendOrdinal([]byte("x"), n)))
	}
}
