package pipeline

import (
	"reflect"
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
	for k := range fs {
		p.add(&fs[k])
	}
	got := p.materialize()
	if !reflect.DeepEqual(got, fs) {
		t.Fatalf("round trip differs")
	}
	if got[3].Diff == nil || got[2].Diff != nil {
		t.Fatalf("nil and empty diffs not kept apart")
	}
}
