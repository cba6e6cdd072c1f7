package pipeline

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/report"
)

// writeCorpus writes n generated articles into a folder, plus inputs that exercise the seams of
// a merge: a file that cannot be read, and a file whose base name collides with another's.
func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	fs := corpus.Articles(n, 11)
	for _, f := range fs {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "scan.txt"), []byte("%PDF-1.4 binary"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", fs[0].Name), fs[1].Data, 0o644))
	return dir
}

func reportJSON(t *testing.T, rep *model.Report) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, report.Write("json", &b, rep, report.Options{}))
	return b.String()
}

// inputFiles lists the article files a run over dir reads, in load order. A walk skips JSON files
// that hold no article (expect.json) while a named one is reported, so shards name articles only.
func inputFiles(t *testing.T, dir string) []string {
	t.Helper()
	ins, errs := load.Inputs([]string{dir})
	require.Empty(t, errs)
	var out []string
	for _, in := range ins {
		if filepath.Ext(in.Path) != ".json" {
			out = append(out, in.Path)
		}
	}
	return out
}

// TestShardedEqualsSingleRun: extracting shards separately (map), writing their claims as JSON
// Lines, and comparing the claims files (reduce) gives the very report of one run, byte for byte,
// whatever the sharding and the order the claims files are given in.
func TestShardedEqualsSingleRun(t *testing.T) {
	tests := []struct {
		name   string
		dir    func(t *testing.T) string
		shards int
	}{
		{"seeds", func(*testing.T) string { return filepath.Join("..", "fixtures", "seeds") }, 2},
		{"generated corpus", func(t *testing.T) string { return writeCorpus(t, 120) }, 3},
		{"one shard per file", func(t *testing.T) string { return writeCorpus(t, 12) }, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			want := reportJSON(t, Compare([]string{dir}, Options{}))

			files := inputFiles(t, dir)
			parts := make([][]string, tt.shards)
			for i, f := range files {
				parts[i%tt.shards] = append(parts[i%tt.shards], f) // interleaved, not contiguous
			}
			out := t.TempDir()
			var claimFiles []string
			for k, part := range parts {
				if len(part) == 0 {
					continue
				}
				ex := Extract(part, Options{DropText: true})
				p := filepath.Join(out, fmt.Sprintf("shard-%03d.jsonl", k))
				var b bytes.Buffer
				require.NoError(t, claimsio.Write(&b, ex.Sources(), ex.Claims, ex.Errors))
				require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
				claimFiles = append(claimFiles, p)
			}
			sort.Sort(sort.Reverse(sort.StringSlice(claimFiles))) // any order of shards
			rep, err := CompareClaims(claimFiles, nil, Options{})
			require.NoError(t, err)
			assert.Equal(t, want, reportJSON(t, rep))
		})
	}
}

// TestReducePerKey: comparing each partition of claims by compare.ShuffleKey on its own (a
// reducer per partition) and sorting the findings together gives the findings of one comparison
// over every claim.
func TestReducePerKey(t *testing.T) {
	dir := writeCorpus(t, 80)
	ex := Extract([]string{dir}, Options{DropText: true})
	srcs := ex.Sources()
	want := compare.Compare(srcs, ex.Claims, compare.Options{})
	require.NotEmpty(t, want)

	const reducers = 4
	parts := make([][]model.Claim, reducers)
	for _, c := range ex.Claims {
		h := fnv.New32a()
		h.Write([]byte(compare.ShuffleKey(c)))
		k := h.Sum32() % reducers
		parts[k] = append(parts[k], c)
	}
	var got []model.Finding
	for _, p := range parts {
		got = append(got, compare.Compare(srcs, p, compare.Options{})...)
	}
	compare.Sort(got)
	assert.Equal(t, want, got)
}

// TestStreamingLoadsAsLoad: the streaming Extract reads the same sources, in the same order,
// with the same errors, as one load.Load of every path.
func TestStreamingLoadsAsLoad(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "*"))
	require.NoError(t, err)
	dirs = append(dirs, writeCorpus(t, 20))
	var paths []string
	for _, d := range dirs {
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			paths = append(paths, d)
		}
	}
	paths = append(paths, "no-such-file.txt", paths[0]) // an error, and a folder named twice
	res := load.Load(paths, load.Options{})
	want := make([]model.Source, len(res.Articles))
	for i, a := range res.Articles {
		want[i] = a.Source
	}
	sortErrors(res.Errors)
	for _, workers := range []int{1, 2, 5} {
		ex := Extract(paths, Options{Workers: workers, DropText: true})
		got := ex.Sources()
		for i := range got {
			got[i].Terms = nil // read by extraction (stories.go), not by loading
		}
		assert.Equal(t, want, got, "workers=%d", workers)
		assert.Equal(t, res.Errors, ex.Errors, "workers=%d", workers)
	}
}

// TestDropTextKeepsClaims: dropping article texts changes nothing in the claims but frees the text.
func TestDropTextKeepsClaims(t *testing.T) {
	dir := writeCorpus(t, 30)
	keep := Extract([]string{dir}, Options{})
	drop := Extract([]string{dir}, Options{DropText: true})
	assert.Equal(t, keep.Claims, drop.Claims)
	for i, a := range drop.Articles {
		assert.Empty(t, a.Text)
		assert.Equal(t, keep.Articles[i].Source, a.Source)
		assert.NotEmpty(t, keep.Articles[i].Text)
	}
	for _, c := range keep.Claims {
		require.NotEmpty(t, c.Text)
	}
}

func TestReadClaimsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"record\":\"schema\",\"schema\":\"crosscheck.claims.jsonl/v1\"}\nnot json\n"), 0o644))
	_, err := ReadClaims([]string{bad}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), bad+":2:")
	_, err = ReadClaims([]string{filepath.Join(dir, "missing.jsonl")}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "missing.jsonl")
	_, err = ReadClaims([]string{"-"}, nil)
	require.Error(t, err)
}
