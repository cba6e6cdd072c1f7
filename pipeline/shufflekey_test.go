package pipeline

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
)

// TestAppendShuffleKeyIsShuffleKey: the key newBlock numbers, made in a buffer, is
// compare.ShuffleKeyOf's, over a generated corpus and every fixture.
func TestAppendShuffleKeyIsShuffleKey(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "*"))
	require.NoError(t, err)
	dirs = append(dirs, writeCorpus(t, 80))
	ex := Extract(dirs, Options{DropText: true})
	require.NotEmpty(t, ex.Claims)
	var buf []byte
	scoped := 0
	for i := range ex.Claims {
		c := &ex.Claims[i]
		var got string
		got, buf = compare.AppendShuffleKey(buf, c)
		want := compare.ShuffleKeyOf(c)
		require.Equal(t, want, got, "claim %s key %q", c.ID, c.Key)
		if got != c.Key {
			scoped++
		}
	}
	require.NotZero(t, scoped) // some keys lose their scope
}
