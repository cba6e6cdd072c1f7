package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
)

// TestStreamedEqualsWhole: a plain-text file read in chunks gives the claims, spans, positions and
// ids of the same file read whole, when no paragraph repeats across chunks.
func TestStreamedEqualsWhole(t *testing.T) {
	var b strings.Builder
	b.WriteString("2025-11-19\nA day of strikes\n\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "A missile strike killed %d people in Town%c%c on Monday, police said.\n\n", 3+i, 'A'+i%26, 'a'+i/26)
		if i%7 == 0 {
			fmt.Fprintf(&b, "Residents described scenes of chaos as %d emergency crews arrived.\nSome lines wrap.\n\n", i)
		}
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))

	whole := Extract([]string{path}, Options{})
	require.Len(t, whole.Articles, 1)
	require.GreaterOrEqual(t, len(whole.Claims), 400) // the 400 tolls at least
	for _, workers := range []int{1, 3} {
		streamed := Extract([]string{path}, Options{StreamAbove: 1, ChunkSize: 4096, Workers: workers})
		require.Empty(t, streamed.Errors)
		require.Len(t, streamed.Articles, 1)
		assert.Equal(t, whole.Articles[0].Source, streamed.Articles[0].Source)
		assert.Equal(t, whole.Articles[0].Text, streamed.Articles[0].Text)
		assert.Equal(t, whole.Claims, streamed.Claims, "workers=%d", workers)
	}
}

// TestStreamedSpans: over a concatenation of generated articles, every streamed claim's evidence
// and position point into the file's cleaned text laid end to end.
func TestStreamedSpans(t *testing.T) {
	var b bytes.Buffer
	for _, f := range corpus.Articles(60, 4) {
		b.Write(corpus.PlainText(f))
	}
	path := filepath.Join(t.TempDir(), "corpus.txt")
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	ex := Extract([]string{path}, Options{StreamAbove: 1, ChunkSize: 16 << 10})
	require.Empty(t, ex.Errors)
	require.Len(t, ex.Articles, 1)
	a := ex.Articles[0]
	require.NotEmpty(t, ex.Claims)
	for i, c := range ex.Claims {
		require.Equal(t, c.Text, a.Slice(c.Evidence), c.ID)
		assert.Equal(t, a.Position(c.Evidence.Start), c.Pos, c.ID)
		assert.Equal(t, fmt.Sprintf("corpus#%d", i+1), c.ID)
		if i > 0 {
			assert.LessOrEqual(t, ex.Claims[i-1].ValueSpan.Start, c.ValueSpan.Start)
		}
	}
	dropped := Extract([]string{path}, Options{StreamAbove: 1, ChunkSize: 16 << 10, DropText: true})
	assert.Equal(t, ex.Claims, dropped.Claims)
	assert.Empty(t, dropped.Articles[0].Text)
}

func TestStreamErrors(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "scan.txt")
	require.NoError(t, os.WriteFile(pdf, append([]byte("%PDF-1.4"), bytes.Repeat([]byte{0, 1, 2}, 5000)...), 0o644))
	blank := filepath.Join(dir, "blank.txt")
	require.NoError(t, os.WriteFile(blank, bytes.Repeat([]byte("\n\n   \n"), 3000), 0o644))
	md := filepath.Join(dir, "big.md") // Markdown is never chunked: read whole as before
	require.NoError(t, os.WriteFile(md, []byte("# Head\n\nA strike killed 5 people in Kyiv, police said.\n"), 0o644))
	ex := Extract([]string{pdf, blank, md}, Options{StreamAbove: 1, ChunkSize: 4096})
	require.Len(t, ex.Errors, 2)
	assert.Equal(t, model.InputError{Path: blank, Err: "no article text (the file is empty or holds only boilerplate)"}, ex.Errors[0])
	assert.Equal(t, pdf, ex.Errors[1].Path)
	assert.Contains(t, ex.Errors[1].Err, "PDF")
	require.Len(t, ex.Articles, 1)
	assert.Equal(t, md, ex.Articles[0].Path)
}
