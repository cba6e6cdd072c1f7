package report

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/pipeline"
)

// TestJSONStreamed: the streamed JSON writer writes the bytes of one encoding of the whole report.
func TestJSONStreamed(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, corpus.WriteDir(dir, corpus.Articles(40, 3)))
	reports := map[string]*model.Report{
		"seeds":  pipeline.Compare([]string{filepath.Join("..", "fixtures", "seeds")}, pipeline.Options{}),
		"corpus": pipeline.Compare([]string{dir}, pipeline.Options{}),
		"empty":  {Sources: []model.Source{{ID: "a", Path: "a.txt"}}, Errors: []model.InputError{{Path: "b", Err: "<bad> & \"worse\""}}},
		"one": {Findings: []model.Finding{{ID: "x", Kind: model.KindSingle, Subject: "a <b> & c", Message: "“quoted”",
			Claims: []model.Claim{{ID: "a#1", Source: "a", Value: "26", Text: "He said \"26\" <b>\n"}}}}},
	}
	for name, rep := range reports {
		t.Run(name, func(t *testing.T) {
			var want, got bytes.Buffer
			require.NoError(t, encode(&want, ToJSON(rep)))
			require.NoError(t, writeJSON(&got, rep, Options{}))
			assert.Equal(t, want.String(), got.String())
		})
	}
	assert.NotEmpty(t, reports["corpus"].Findings)
}
