package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claimstore"
	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/report"
)

// TestLeanEqualsWhole: the lean run (claims encoded, compared partition by partition on the workers,
// findings referring to stored claims) writes every format byte for byte like a run that holds
// every claim and compares them in one call, on a generated corpus with a source id collision
// and on every fixture folder, with one worker and with several.
func TestLeanEqualsWhole(t *testing.T) {
	dirs, err := filepath.Glob("../fixtures/cases/*")
	require.NoError(t, err)
	dirs = append(dirs, "../fixtures/seeds", writeCorpus(t, 300))
	defer func(n, p int) { batchClaims, packFindingsFrom = n, p }(batchClaims, packFindingsFrom)
	for i, dir := range dirs {
		batchClaims = 1 + 97*(i%3)             // batches of one partition, and of many
		packFindingsFrom = (i % 2) * (1 << 30) // findings packed (lean_findings.go) and not
		for _, workers := range []int{1, 3} {
			opt := Options{Workers: workers}
			whole := func() *model.Report { return Report(Extract([]string{dir}, opt), opt) }
			for _, format := range []string{"json", "markdown", "sarif"} {
				var want, got bytes.Buffer
				require.NoError(t, report.Write(format, &want, whole(), report.Options{}))
				lean := Compare([]string{dir}, opt)
				require.NotNil(t, lean.Store, "the lean run keeps claims in a store")
				require.NoError(t, report.Write(format, &got, lean, report.Options{}))
				require.Equal(t, want.String(), got.String(), "%s, %s, %d workers", dir, format, workers)
			}
		}
	}
}

// TestPartitionBatches: every claim lands in exactly one batch, batches hold whole partitions, and a
// batch lists its claims in load order.
func TestPartitionBatches(t *testing.T) {
	voc := claimstore.NewVocabulary()
	mk := func(names ...string) block {
		b := block{offs: make([]uint32, len(names))}
		for _, n := range names {
			id := uint32(0)
			if n != "" {
				id = 1 + voc.ID(n)
			}
			b.parts = append(b.parts, id)
		}
		return b
	}
	blocks := []block{mk("b", "a", "c"), mk("a", "\x00role"), {}, mk("c", "", "b")}
	defer func(n int) { batchClaims = n }(batchClaims)
	batchClaims = 2
	batches := partitionBatches(voc, blocks)
	require.Len(t, batches, 3, "whole partitions: role with a, then b, then c")
	seen := 0
	for _, b := range batches {
		for k := 1; k < len(b); k++ {
			prev, cur := b[k-1], b[k]
			require.True(t, prev.Block < cur.Block || prev.Block == cur.Block && prev.Claim < cur.Claim, "load order")
		}
		seen += len(b)
	}
	require.Equal(t, 7, seen)
}

func TestInputBytesAndMemory(t *testing.T) {
	files, err := filepath.Glob("../fixtures/seeds/*") // articles and the expectations beside them
	require.NoError(t, err)
	var want int64
	for _, f := range files {
		info, err := os.Stat(f)
		require.NoError(t, err)
		want += info.Size()
	}
	require.Equal(t, want, InputBytes([]string{"../fixtures/seeds"}))
	require.Equal(t, want, InputBytes([]string{"../fixtures/seeds", "-", "https://example.com/a", "no/such/file"}), "stdin, URLs and missing files count nothing")
	require.Equal(t, int64(64<<20), MemoryFor(want), "small inputs get the floor")
	require.Equal(t, int64(125<<20), MemoryFor(50<<20))
}

// TestLeanStreamed: a huge file read in chunks, in a folder beside another copy of it (same base
// name, so one source id is renamed), gives the lean run the report of the non-lean one, whose
// streamed claims TestStreamedEqualsWhole holds to the file read whole.
func TestLeanStreamed(t *testing.T) {
	var b bytes.Buffer
	for _, f := range corpus.Articles(60, 5) {
		b.Write(corpus.PlainText(f))
		b.WriteString("\n\n")
	}
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	for _, p := range []string{filepath.Join(dir, "big.txt"), filepath.Join(dir, "sub", "big.txt")} {
		require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
	}
	for _, workers := range []int{1, 3} {
		opt := Options{StreamAbove: 1, ChunkSize: 8192, Workers: workers}
		var want, got bytes.Buffer
		require.NoError(t, report.Write("json", &want, Report(Extract([]string{dir}, opt), opt), report.Options{}))
		require.NoError(t, report.Write("json", &got, Compare([]string{dir}, opt), report.Options{}))
		require.Equal(t, want.String(), got.String(), "%d workers", workers)
		require.Contains(t, got.String(), `"id": "big-2"`, "the second copy was renamed")
	}
}

// TestDispatchOrder: batches go out costliest first, ties in batch order.
func TestDispatchOrder(t *testing.T) {
	require.Equal(t, []int{1, 3, 0, 2}, dispatchOrder([]int{5, 9, 5, 7}))
	require.Empty(t, dispatchOrder(nil))
}
