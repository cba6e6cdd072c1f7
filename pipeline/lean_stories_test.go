package pipeline

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPartitionBatchesStories: batches cut by story hold every claim once, a partition's claims
// of one story in one batch, each batch in load order; and a block of claims of several sources
// turns the cut by story off.
func TestPartitionBatchesStories(t *testing.T) {
	ex := extractAll([]string{writeCorpus(t, 200)}, Options{DropText: true}, true)
	opt := withStories(ex, Options{})
	require.NotNil(t, opt.Compare.Story, "the corpus holds several stories")
	stories, n := blockStories(ex.blocks, opt.Compare.Story)
	require.Greater(t, n, 1)
	defer func(n int) { batchClaims = n }(batchClaims)
	for _, size := range []int{1, 7, 300, 2048, 1 << 30} {
		batchClaims = size
		blocks := slices.Clone(ex.blocks)
		for i := range blocks {
			blocks[i].parts = slices.Clone(blocks[i].parts)
		}
		batches, costs := partitionBatchesStories(ex.voc, blocks, stories, n)
		require.Len(t, costs, len(batches))
		type unit struct {
			part  uint32
			story int32
		}
		home := map[unit]int{}
		seen := 0
		for k, b := range batches {
			require.NotEmpty(t, b)
			for j, r := range b {
				if j > 0 {
					prev := b[j-1]
					require.True(t, prev.Block < r.Block || prev.Block == r.Block && prev.Claim < r.Claim, "load order")
				}
				u := unit{ex.blocks[r.Block].parts[r.Claim], stories[r.Block]}
				require.NotZero(t, u.part)
				if at, ok := home[u]; ok {
					require.Equal(t, at, k, "a partition's claims of one story in one batch")
				}
				home[u] = k
			}
			seen += len(b)
		}
		want := 0
		for _, b := range ex.blocks {
			for _, p := range b.parts {
				if p != 0 {
					want++
				}
			}
		}
		require.Equal(t, want, seen, "batchClaims %d", size)
	}
	mixed := slices.Clone(ex.blocks)
	mixed[3].mixed = true
	ids, _ := blockStories(mixed, opt.Compare.Story)
	require.Nil(t, ids)
	require.Nil(t, func() []int32 { ids, _ := blockStories(ex.blocks, nil); return ids }())
}
