package pipeline

import (
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claimstore"
)

// TestPartitionBatchesEqualsRef: batches counted into place in load order are the batches the
// former map-and-sort version cut, for several batch sizes, on a generated corpus.
func TestPartitionBatchesEqualsRef(t *testing.T) {
	ex := extractAll([]string{writeCorpus(t, 120)}, Options{DropText: true}, true)
	defer func(n int) { batchClaims = n }(batchClaims)
	for _, size := range []int{1, 7, 300, 2048, 1 << 30} {
		batchClaims = size
		run := func(f func(*claimstore.Vocabulary, []block) [][]claimstore.Ref) [][]claimstore.Ref {
			blocks := slices.Clone(ex.blocks)
			for i := range blocks {
				blocks[i].parts = slices.Clone(blocks[i].parts)
			}
			return f(ex.voc, blocks)
		}
		want, got := run(partitionBatchesRef), run(partitionBatches)
		require.Greater(t, len(want), 0)
		require.Equal(t, want, got, "batchClaims %d", size)
	}
	require.Empty(t, partitionBatches(ex.voc, nil))
}

// partitionBatchesRef is the former partitionBatches, kept as the reference: it orders every claim by partition name, and within a partition in load order,
// and cuts the sequence into batches of whole partitions; each batch lists its claims in load
// order. Claims of no partition meet no other claim and are left out.
func partitionBatchesRef(voc *claimstore.Vocabulary, blocks []block) [][]claimstore.Ref {
	// number the partitions in use by name order, then count claims into place (stable: load
	// order within a partition)
	used := map[uint32]int32{}
	var ids []uint32
	for i := range blocks {
		for _, b := range blocks[i].parts {
			if _, ok := used[b]; !ok && b != 0 {
				used[b] = 0
				ids = append(ids, b)
			}
		}
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = voc.Word(id - 1)
	}
	order := make([]int, len(ids))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return names[order[a]] < names[order[b]] })
	for r, i := range order {
		used[ids[i]] = int32(r)
	}
	start := make([]int, len(ids)+1)
	for i := range blocks {
		for _, b := range blocks[i].parts {
			if b != 0 {
				start[used[b]+1]++
			}
		}
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	sorted := make([]claimstore.Ref, start[len(ids)])
	next := slices.Clone(start[:len(ids)])
	for i := range blocks {
		for k, b := range blocks[i].parts {
			if b != 0 {
				r := used[b]
				sorted[next[r]] = claimstore.Ref{Block: uint32(i), Claim: uint32(k)}
				next[r]++
			}
		}
		blocks[i].parts = nil
	}
	var batches [][]claimstore.Ref
	from := 0
	for r := 0; r < len(ids); r++ {
		if start[r+1]-from >= batchClaims || r == len(ids)-1 {
			b := sorted[from:start[r+1]:start[r+1]]
			slices.SortFunc(b, func(x, y claimstore.Ref) int {
				if x.Block != y.Block {
					return int(x.Block) - int(y.Block)
				}
				return int(x.Claim) - int(y.Claim)
			})
			batches = append(batches, b)
			from = start[r+1]
		}
	}
	return batches
}
