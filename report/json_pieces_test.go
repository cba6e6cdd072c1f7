package report

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claimstore"
	"github.com/crosscheck/crosscheck/model"
)

// giantClaims are n claims of several shapes, some with strings to escape.
func giantClaims(n int, source string) []model.Claim {
	cs := make([]model.Claim, n)
	for i := range cs {
		text := fmt.Sprintf("Sentence %d of %s says \"%d\" people\n died.", i, source, i*7)
		c := model.Claim{ID: fmt.Sprintf("%s#%d", source, i+1), Source: source, Type: model.TypeQuantity, Key: "k", Value: fmt.Sprint(i * 7),
			Text: text, Evidence: model.Span{Start: 10 * i, End: 10*i + len(text)}, ValueSpan: model.Span{Start: 10*i + 22, End: 10*i + 23},
			Pos: model.Position{Line: i + 1, Column: 3}, Attribution: []string{"", "police"}[i%2], Part: i%5 == 0}
		switch i % 4 {
		case 0:
			c.Quantity = &model.Quantity{Interval: model.Interval{Low: float64(i * 7), High: float64(i*7) + 0.5}, Unit: "people"}
		case 1:
			c.Date = &model.DateValue{Start: "2025-01-02", Expression: "Jan 2", Resolved: true}
		case 2:
			c.Role = &model.Role{Person: "Ann Lee", Post: "mayor"}
		case 3:
			c.Quote = &model.Quote{Speaker: "Ann Lee", Folded: "we will rebuild"}
		}
		cs[i] = c
	}
	return cs
}

// giantSizes are findings' claim counts around chunkClaims and its multiples, the largest last.
var giantSizes = []int{3, chunkClaims + 1, 1, chunkClaims, 2*chunkClaims + 5, 0, 2, 2 * chunkClaims, 5000}

// TestJSONStreamedGiantFindings: findings of more claims than a chunk holds, written in pieces,
// give the bytes of one encoding of the whole report, from claims in the findings and from a
// claim store.
func TestJSONStreamedGiantFindings(t *testing.T) {
	rep := &model.Report{Sources: []model.Source{{ID: "a", Path: "a.txt"}}}
	voc := claimstore.NewVocabulary()
	enc := claimstore.Encoder{Vocabulary: voc}
	var blocks [][]model.Claim
	for i, n := range giantSizes {
		cs := giantClaims(n, fmt.Sprintf("src-%d", i))
		rep.Findings = append(rep.Findings, model.Finding{ID: fmt.Sprint("F", i), Kind: model.KindConflict, Subject: "s", Message: "m", Claims: cs})
		blocks = append(blocks, cs)
	}
	var want, got bytes.Buffer
	require.NoError(t, encode(&want, ToJSON(rep)))
	require.NoError(t, writeJSON(&got, rep, Options{}))
	assert.Equal(t, want.String(), got.String(), "claims in the findings")

	store := claimstore.NewStore(voc, len(blocks))
	for i, cs := range blocks {
		block, offs := enc.Encode(cs)
		store.Set(i, block, offs)
	}
	fs := claimstore.NewFindings(store)
	stored := &model.Report{Sources: rep.Sources, Store: fs}
	for i, f := range rep.Findings {
		refs := make([]claimstore.Ref, len(f.Claims))
		for k := range refs {
			refs[k] = claimstore.Ref{Block: uint32(i), Claim: uint32(k)}
		}
		f.Claims, f.Stored = nil, fs.Add(refs)
		stored.Findings = append(stored.Findings, f)
	}
	got.Reset()
	require.NoError(t, writeJSON(&got, stored, Options{}))
	assert.Equal(t, want.String(), got.String(), "claims in a store")

	pieces := chunkPieces(stored, chunkBounds(stored))
	assert.Greater(t, len(pieces), len(chunkBounds(stored))-1, "findings cut into pieces")
	for _, p := range pieces {
		if p.lo >= 0 {
			assert.LessOrEqual(t, p.hi-p.lo, chunkClaims)
		}
	}
}
