package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runMain runs the command line in a fresh working directory dir (so that no .crosscheck.yaml of
// the repository is found by accident) and returns the exit code, stdout and stderr.
func runMain(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"crosscheck"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

type reportDoc struct {
	Findings []struct {
		ID      string `json:"id"`
		Kind    string `json:"kind"`
		Subject string `json:"subject"`
	} `json:"findings"`
	Summary map[string]int `json:"summary"`
}

func parseReport(t *testing.T, out string) reportDoc {
	t.Helper()
	var doc reportDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	return doc
}

func (d reportDoc) kinds() map[string]string {
	m := map[string]string{}
	for _, f := range d.Findings {
		m[f.Subject] = f.Kind
	}
	return m
}

func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	require.NoError(t, err)
	return a
}

// TestConfigChangesReport: the marlow articles say "about 30" and "26" killed. At the default
// tolerance (10%) that is a conflict; a config file can widen the tolerance, accept the finding,
// or change the failing level, and flags given on the command line win over the file.
func TestConfigChangesReport(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config"))
	const subject = "people killed · Marlow (flood)"
	tests := []struct {
		name       string
		config     string // written to .crosscheck.yaml in the working directory; "" for none
		flags      []string
		code       int
		kind       string // kind of the Marlow finding, "" when it is gone
		suppressed int
	}{
		{name: "no config", code: 1, kind: "conflict"},
		{name: "tolerance for the measure", config: "tolerance:\n  killed: 0.2\n", code: 0, kind: "corroborated"},
		{name: "default tolerance", config: "tolerance:\n  default: 20%\n", code: 0, kind: "corroborated"},
		{name: "tolerance of another measure", config: "tolerance:\n  injured: 0.5\n", code: 1, kind: "conflict"},
		{name: "suppress by subject", config: "suppress:\n  - subject: " + subject + "\n    kind: conflict\n    reason: desk checked\n", code: 0, suppressed: 1},
		{name: "suppress another kind", config: "suppress:\n  - subject: " + subject + "\n    kind: corroborated\n", code: 1, kind: "conflict"},
		{name: "fail-on never", config: "fail-on: never\n", code: 0, kind: "conflict"},
		{name: "flag beats fail-on", config: "fail-on: never\n", flags: []string{"--fail-on", "error"}, code: 1, kind: "conflict"},
		{name: "no-config ignores the file", config: "fail-on: never\n", flags: []string{"--no-config"}, code: 1, kind: "conflict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.config != "" {
				require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte(tt.config), 0o644))
			}
			args := append([]string{"compare", "--format", "json"}, tt.flags...)
			code, out, stderr := runMain(t, dir, append(args, articles)...)
			require.Equal(t, tt.code, code, stderr)
			doc := parseReport(t, out)
			kind, ok := doc.kinds()[subject]
			if tt.kind == "" {
				assert.False(t, ok, "finding dropped")
			} else {
				assert.Equal(t, tt.kind, kind)
			}
			assert.Equal(t, tt.suppressed, doc.Summary["suppressed"])
			if tt.suppressed > 0 {
				assert.Equal(t, 0, doc.Summary["conflict"], "the summary counts what is shown")
			}
		})
	}
}

// TestConfigSuppressByID: the id printed in the JSON report is what a suppress entry names.
func TestConfigSuppressByID(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config"))
	dir := t.TempDir()
	code, out, _ := runMain(t, dir, "compare", "--format", "json", articles)
	require.Equal(t, 1, code)
	var id string
	for _, f := range parseReport(t, out).Findings {
		if f.Kind == "conflict" {
			id = f.ID
		}
	}
	require.NotEmpty(t, id)
	cfg := filepath.Join(dir, "accepted.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("suppress:\n  - id: "+id+"\n"), 0o644))
	code, out, stderr := runMain(t, dir, "compare", "--config", cfg, "--format", "json", articles)
	require.Equal(t, 0, code, stderr)
	doc := parseReport(t, out)
	assert.Equal(t, 1, doc.Summary["suppressed"])
	code, table, _ := runMain(t, dir, "compare", "--config", cfg, articles)
	assert.Equal(t, 0, code)
	assert.Contains(t, table, "1 suppressed by the configuration")
}

// TestConfigAliases: two spellings of one town only conflict once the config says they are one.
func TestConfigAliases(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config-alias"))
	dir := t.TempDir()
	code, out, _ := runMain(t, dir, "compare", "--format", "json", articles)
	assert.Equal(t, 0, code)
	assert.Equal(t, 0, parseReport(t, out).Summary["conflict"])

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte("aliases:\n  Port Elspeth: [Elspeth Harbour]\n"), 0o644))
	code, out, stderr := runMain(t, dir, "compare", "--format", "json", articles)
	assert.Equal(t, 1, code, stderr)
	assert.Equal(t, "conflict", parseReport(t, out).kinds()["people killed · Port Elspeth (storm)"])
}

// TestConfigTitles: two titles for one person conflict until the config says they name one post.
func TestConfigTitles(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config-titles"))
	const subject = "Mara Lindqvist · post"
	dir := t.TempDir()
	code, out, _ := runMain(t, dir, "compare", "--format", "json", "--fail-on", "warning", articles)
	assert.Equal(t, 1, code)
	assert.Equal(t, "conflict", parseReport(t, out).kinds()[subject])

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte("titles:\n  - press secretary = communications director\n"), 0o644))
	code, out, stderr := runMain(t, dir, "compare", "--format", "json", "--fail-on", "warning", articles)
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, "corroborated", parseReport(t, out).kinds()[subject])
}

func TestConfigFoundUpward(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config"))
	root := t.TempDir()
	sub := filepath.Join(root, "desk", "today")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, ".crosscheck.yaml"), []byte("fail-on: never\n"), 0o644))
	code, _, stderr := runMain(t, sub, "compare", "--format", "json", articles)
	assert.Equal(t, 0, code, stderr)
}

func TestConfigErrors(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config"))
	tests := []struct {
		name, config string
		flags        []string
		want         string
	}{
		{"unknown key", "fail-on: error\ntolerence:\n  killed: 0.2\n", nil, `.crosscheck.yaml:2: unknown key "tolerence"`},
		{"type error", "tolerance:\n  killed: [0.2]\n", nil, `.crosscheck.yaml:2: tolerance.killed: want a string, got a list`},
		{"bad level", "fail-on: loudly\n", nil, `.crosscheck.yaml:1: fail-on: want one of error, warning, info, never`},
		{"missing file", "", []string{"--config", "nowhere.yaml"}, "nowhere.yaml"},
		{"both flags", "", []string{"--config", "x.yaml", "--no-config"}, "--config and --no-config exclude each other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.config != "" {
				require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte(tt.config), 0o644))
			}
			args := append([]string{"compare"}, tt.flags...)
			code, out, stderr := runMain(t, dir, append(args, articles)...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

// TestConfigClaimsCommand: the claims command reads the same file (aliases), and rejects a bad one.
func TestConfigClaimsCommand(t *testing.T) {
	articles := abs(t, filepath.Join("testdata", "config-alias"))
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte("aliases:\n  - Port Elspeth = Elspeth Harbour\n"), 0o644))
	code, out, stderr := runMain(t, dir, "claims", "--format", "json", articles)
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, out, "people killed · Elspeth Harbour")

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte("alias: []\n"), 0o644))
	code, _, stderr = runMain(t, dir, "claims", articles)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `.crosscheck.yaml:1: unknown key "alias"`)
}

// TestNoProgressWhenNotATerminal: the progress bar never reaches a pipe or a buffer.
func TestNoProgressWhenNotATerminal(t *testing.T) {
	update, finish := newProgress(&bytes.Buffer{})
	assert.Nil(t, update)
	finish()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	update, finish = newProgress(w)
	assert.Nil(t, update, "a pipe is not a terminal")
	finish()
}
