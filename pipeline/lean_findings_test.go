package pipeline

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestPackedFindingsRoundTrip: findings packed come back field for field, shared strings,
// rare fields and strings longer than a chunk among them.
func TestPackedFindingsRoundTrip(t *testing.T) {
	long := strings.Repeat("x", chunkBytes+5)
	fs := []model.Finding{
		{ID: "a1", Kind: model.KindConflict, Type: "quote", Severity: model.SeverityError, Subject: "Ann · quote",
			Message: "altered", Key: "quote|ann", Diff: []model.DiffOp{{Op: "=", Text: "we"}}, Stored: 7},
		{ID: "a2", Kind: model.KindCorroborated, Type: "money", Severity: model.SeverityInfo, Subject: "Ann · quote",
			Message: long, Key: "quote|ann", Evolving: true, Latest: "12", Stored: 1 << 40},
		{},
		{ID: "a3", Kind: "odd", Diff: []model.DiffOp{}, Claims: []model.Claim{{ID: "c"}}, Subject: long, Key: long},
		{ID: strings.Repeat("y", chunkBytes), Message: strings.Repeat("z", chunkBytes/2)},
	}
	var p packedFindings
	p.grow(2, 1, 10)
	w := findingPacker{text: &p.text}
	in := slices.Clone(fs)
	recs := w.pack(in[:2], nil)
	recs = w.pack(in[2:], recs)
	for k := range in {
		if in[k].ID != "" || in[k].Message != "" {
			t.Fatalf("finding %d keeps its strings", k)
		}
		p.add(&in[k], recs[k])
	}
	got := p.materialize()
	if !reflect.DeepEqual(got, fs) {
		t.Fatalf("round trip differs")
	}
	if got[3].Diff == nil || got[2].Diff != nil {
		t.Fatalf("nil and empty diffs not kept apart")
	}
}
