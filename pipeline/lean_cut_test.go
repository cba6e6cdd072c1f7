package pipeline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// BenchmarkPartitionCut is the cut of a 10,000-article run's claims into batches, stories
// grouped as by default (the partitions of some 50,000 names ranked by name): on one core while
// the store is filled on the other.
func BenchmarkPartitionCut(b *testing.B) {
	dir, _ := benchDir(b, 10000)
	ex := extractAll([]string{dir}, Options{DropText: true}, true)
	opt := withStories(ex, Options{})
	blocks := ex.blocks
	parts := make([][]uint32, len(blocks))
	for i := range blocks {
		parts[i] = slices.Clone(blocks[i].parts)
	}
	stories, n := blockStories(blocks, opt.Compare.Story)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		for i := range blocks {
			blocks[i].parts = slices.Clone(parts[i])
		}
		b.StartTimer()
		partitionBatchesStories(ex.voc, blocks, stories, n)
	}
}

// TestSortNamed: sortNamed orders names as strings.Compare does: names sharing long prefixes,
// names that start others, bytes above 0x7f, empty names.
func TestSortNamed(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", "|", "\x00", "quantity|", "killed|", "é", "\xff", "z", "0"}
	for round := 0; round < 400; round++ {
		seen := map[string]bool{}
		var a []named
		for n := r.IntN(200); n > 0; n-- {
			var sb strings.Builder
			for k := r.IntN(12); k > 0; k-- {
				sb.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			if s := sb.String(); !seen[s] {
				seen[s] = true
				a = append(a, named{s, uint32(len(a))})
			}
		}
		want := slices.Clone(a)
		slices.SortFunc(want, func(x, y named) int { return strings.Compare(x.name, y.name) })
		sortNamed(a)
		if !slices.Equal(a, want) {
			t.Fatalf("round %d: %v, want %v", round, a, want)
		}
	}
}

// BenchmarkSortNamed sorts the partitions of a 10,000-article run by name: sortNamed, and the
// comparison sort it replaced.
func BenchmarkSortNamed(b *testing.B) {
	dir, _ := benchDir(b, 10000)
	ex := extractAll([]string{dir}, Options{DropText: true}, true)
	seen := map[uint32]bool{}
	var names []named
	for i := range ex.blocks {
		for _, p := range ex.blocks[i].parts {
			if p != 0 && !seen[p] {
				seen[p] = true
				names = append(names, named{ex.voc.Word(p - 1), p})
			}
		}
	}
	a := make([]named, len(names))
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(a, names)
			sortNamed(a)
		}
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			copy(a, names)
			slices.SortFunc(a, func(x, y named) int { return strings.Compare(x.name, y.name) })
		}
	})
}
