package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunWritesCorpus(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-n", "30", "-o", dir, "-seed", "2"}, &out, &errb), errb.String())
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	articles := 0
	for _, e := range ents {
		if e.Name() != ".expect.json" {
			articles++
		}
	}
	assert.Equal(t, 30, articles)
	data, err := os.ReadFile(filepath.Join(dir, ".expect.json"))
	require.NoError(t, err)
	var doc expectDoc
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.EqualValues(t, 30, doc.Stats["articles"])
	assert.NotNil(t, doc.Flag)
	assert.Contains(t, out.String(), "wrote 30 articles")
}

func TestRunSingle(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-n", "12", "-single", "-o", dir}, &out, &errb), errb.String())
	info, err := os.Stat(filepath.Join(dir, "corpus.txt"))
	require.NoError(t, err)
	assert.Greater(t, info.Size(), int64(12*2000))
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no output", []string{"-n", "3"}},
		{"zero articles", []string{"-n", "0", "-o", "x"}},
		{"stray argument", []string{"-o", "x", "extra"}},
		{"bad flag", []string{"-bogus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &out, &errb))
		})
	}
}
