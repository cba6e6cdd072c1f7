package pipeline

import (
	"slices"

	"github.com/crosscheck/crosscheck/claimstore"
)

// blockStories numbers the story of each block (in order of first appearance), when story groups
// the run's sources into stories and the claims of every block come from one source; nil
// otherwise, and then batches hold whole partitions.
func blockStories(blocks []block, story map[string]string) (ids []int32, n int) {
	if story == nil {
		return nil, 0
	}
	num := map[string]int32{}
	ids = make([]int32, len(blocks))
	prev, k := "", int32(-1)
	for i := range blocks {
		b := &blocks[i]
		if b.mixed {
			return nil, 0
		}
		if len(b.offs) == 0 {
			continue // story 0: it holds no claim
		}
		if k < 0 || b.source != prev {
			s := story[b.source]
			var ok bool
			if k, ok = num[s]; !ok {
				k = int32(len(num))
				num[s] = k
			}
			prev = b.source
		}
		ids[i] = k
	}
	return ids, max(len(num), 1)
}

// partitionBatchesStories is partitionBatchesCost for a run grouped into stories, whose claims of
// different stories never meet (compare.Options.Story): the unit a batch holds whole is a
// partition's claims of one story, not the partition, units in order of story and then of
// partition name. The one partition of every quotation of the run is then cut into its stories,
// and a batch mostly holds claims of one story, which the comparator groups by key alone. Each
// batch lists its claims in load order. stories numbers the story of each block (blockStories),
// n of them.
func partitionBatchesStories(voc *claimstore.Vocabulary, blocks []block, stories []int32, n int) ([][]claimstore.Ref, []int) {
	rank, byName := rankPartitions(voc, blocks) // as partitionBatchesCost ranks them
	heavy := make([]bool, len(byName))          // by rank
	for r, p := range byName {
		heavy[r] = heavyPartition(p.name)
	}
	// the blocks of each story, in load order
	start := make([]int32, n+1)
	for _, s := range stories {
		start[s+1]++
	}
	for s := range n {
		start[s+1] += start[s]
	}
	byStory := make([]int32, len(blocks))
	at := slices.Clone(start[:n])
	for i, s := range stories {
		byStory[at[s]] = int32(i)
		at[s]++
	}
	// the units, story by story, cut into batches as they come: whole units until a batch holds
	// batchClaims claims; each claim's part becomes 1 + the number of its batch (the blocks'
	// parts are the run's to drop)
	count := make([]int, len(byName))     // by rank: claims of the story
	batchOf := make([]int32, len(byName)) // by rank: the batch of the story's unit
	var seen []int32                      // ranks of the story's partitions
	var sizes, costs []int
	size, cost := 0, 0
	for s := range n {
		bs := byStory[start[s]:start[s+1]]
		seen = seen[:0]
		for _, i := range bs {
			for _, b := range blocks[i].parts {
				if b != 0 {
					r := rank[b] - 1
					if count[r] == 0 {
						seen = append(seen, r)
					}
					count[r]++
				}
			}
		}
		slices.Sort(seen)
		for _, r := range seen {
			size += count[r]
			if heavy[r] {
				cost += costHeavy * count[r]
			} else {
				cost += costClaim * count[r]
			}
			count[r] = 0
			batchOf[r] = int32(len(sizes))
			if size >= batchClaims {
				sizes = append(sizes, size)
				costs = append(costs, cost)
				size, cost = 0, 0
			}
		}
		for _, i := range bs {
			parts := blocks[i].parts
			for k, b := range parts {
				if b != 0 {
					parts[k] = uint32(batchOf[rank[b]-1]) + 1
				}
			}
		}
	}
	if size > 0 {
		sizes = append(sizes, size)
		costs = append(costs, cost)
	}
	batches := make([][]claimstore.Ref, len(sizes))
	for k, size := range sizes {
		batches[k] = make([]claimstore.Ref, 0, size)
	}
	for i := range blocks {
		for k, b := range blocks[i].parts {
			if b != 0 {
				j := b - 1
				batches[j] = append(batches[j], claimstore.Ref{Block: uint32(i), Claim: uint32(k)})
			}
		}
		blocks[i].parts = nil
	}
	return batches, costs
}
