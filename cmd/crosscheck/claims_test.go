package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestClaimsMentions: --mentions adds every number, amount, percentage, date and duration read to
// the claims listing, in JSON as "mentions" (absent without the flag) and in the table after the
// claims; jsonl refuses it.
func TestClaimsMentions(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(f, []byte("The council approved a $48.6 million budget, 3% more, after 12 hours of talks in 2024; call 555-0123.\n"), 0o644))

	code, out, stderr := runCLI(t, "", "claims", "--format", "json", "--mentions", f)
	require.Equal(t, 0, code, stderr)
	var doc struct {
		Claims   []json.RawMessage `json:"claims"`
		Mentions []struct {
			Kind, Text, Normalized string
			Span                   struct{ Start, End, Line int }
		} `json:"mentions"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	kinds := map[string][]string{}
	for _, m := range doc.Mentions {
		kinds[m.Kind] = append(kinds[m.Kind], m.Text)
		assert.Equal(t, 1, m.Span.Line)
	}
	assert.Equal(t, []string{"$48.6 million"}, kinds["money"])
	assert.Equal(t, []string{"3%"}, kinds["percent"])
	assert.Equal(t, []string{"12 hours"}, kinds["duration"])
	assert.Contains(t, kinds["number"], "555-0123")

	code, out, _ = runCLI(t, "", "claims", "--format", "json", f)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, `"mentions"`)

	code, out, _ = runCLI(t, "", "claims", "--mentions", f)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Read as")
	assert.Contains(t, out, "mentions\n")

	code, _, stderr = runCLI(t, "", "claims", "--format", "jsonl", "--mentions", f)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--mentions")
}
