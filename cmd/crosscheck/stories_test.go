package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// conflictMessages are the messages of a JSON report's conflicts.
func conflictMessages(t *testing.T, out string) []string {
	t.Helper()
	var rep struct {
		Findings []struct{ Kind, Message string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	var msgs []string
	for _, f := range rep.Findings {
		if f.Kind == "conflict" {
			msgs = append(msgs, f.Message)
		}
	}
	return msgs
}

// TestStoriesFlag: a folder of two stories raises the conflict within one of them only; with
// --stories one the whole folder is one story, and the cross-story figures conflict as before.
func TestStoriesFlag(t *testing.T) {
	dir := filepath.Join("..", "..", "fixtures", "cases", "two-stories")
	code, out, stderr := runCLI(t, "", "compare", "--format", "json", "--fail-on", "never", dir)
	require.Equal(t, 0, code, stderr)
	msgs := conflictMessages(t, out)
	require.Len(t, msgs, 1)
	assert.Contains(t, msgs[0], "14 (piura-daily) vs 12 (piura-wire)")

	code, out, stderr = runCLI(t, "", "compare", "--stories", "one", "--format", "json", "--fail-on", "never", dir)
	require.Equal(t, 0, code, stderr)
	msgs = conflictMessages(t, out)
	require.Len(t, msgs, 2)
	assert.Contains(t, msgs[1], "About 27% (cusco-agency, cusco-radio) vs About 20% (piura-daily, piura-wire)")

	code, _, stderr = runCLI(t, "", "compare", "--stories", "many", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--stories")
}
