package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"crosscheck"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestClaimsJSONLThenCompare: `claims --format jsonl` per shard, then `compare --claims` over the
// shard files, prints the report of `compare` over the articles, byte for byte.
func TestClaimsJSONLThenCompare(t *testing.T) {
	seeds := filepath.Join("..", "..", "fixtures", "seeds")
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, 5)

	code, want, _ := runCLI(t, "", "compare", "--format", "json", "--fail-on", "never", seeds)
	require.Equal(t, 0, code)

	dir := t.TempDir()
	shardA, shardB := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	code, _, stderr := runCLI(t, "", "claims", "--format", "jsonl", "--output", shardA, files[0], files[3], files[4])
	require.Equal(t, 0, code, stderr)
	code, jsonl, stderr := runCLI(t, "", "claims", "--format", "jsonl", files[1], files[2])
	require.Equal(t, 0, code, stderr)
	require.NoError(t, os.WriteFile(shardB, []byte(jsonl), 0o644))
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		assert.True(t, strings.HasPrefix(line, `{"record":"`), "one record a line: %.60s", line)
	}

	code, got, stderr := runCLI(t, "", "compare", "--claims", "--format", "json", "--fail-on", "never", shardB, shardA)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, want, got)

	// stdin, and the exit code of a conflict at the default --fail-on error
	a, err := os.ReadFile(shardA)
	require.NoError(t, err)
	code, table, _ := runCLI(t, string(a)+jsonl, "compare", "--claims", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, table, "Ternopil")
}

func TestCompareClaimsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"record\":\"claim\"}\n"), 0o644))
	code, _, stderr := runCLI(t, "", "compare", "--claims", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, bad+":1:")

	code, _, stderr = runCLI(t, "", "compare", "--claims", filepath.Join(dir, "none.jsonl"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "none.jsonl")

	code, _, stderr = runCLI(t, "", "claims", "--format", "yaml", filepath.Join("..", "..", "fixtures", "seeds"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "jsonl")
}
