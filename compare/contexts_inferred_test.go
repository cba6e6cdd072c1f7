package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestResolveEventContexts: a casualty count placed from a neighbouring sentence with no event
// takes the one event its story names for the same figure; not when the story names two events,
// when its own source names an event for the figure, when its source gives two unnamed values,
// across stories, for a count read directly, nor for other figures.
func TestResolveEventContexts(t *testing.T) {
	const key = "quantity|arrested|people|place de la nation"
	claim := func(src, ctx string, v float64, inferred bool) *model.Claim {
		return &model.Claim{Type: model.TypeQuantity, Kind: "casualty", Source: src, Key: key, Context: ctx, Inferred: inferred,
			Value: "x", Quantity: &model.Quantity{Interval: model.Interval{Low: v, High: v}}}
	}
	tests := []struct {
		name  string
		cs    []*model.Claim
		story map[string]string
		want  string // the last claim's context after
	}{
		{"one event named", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 45, true)}, nil, "clashes"},
		{"named by an inferred claim too", []*model.Claim{claim("b", "clashes", 32, true), claim("a", "", 45, true)}, nil, "clashes"},
		{"two events", []*model.Claim{claim("b", "clashes", 32, false), claim("c", "attack", 12, false), claim("a", "", 45, true)}, nil, ""},
		{"its source names the event", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "clashes", 32, false), claim("a", "", 45, true)}, nil, ""},
		{"its source gives two unnamed values", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 12, true), claim("a", "", 45, true)}, nil, ""},
		{"its source gives another value directly", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 12, false), claim("a", "", 45, true)}, nil, ""},
		{"its source repeats one value", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 45, true), claim("a", "", 45, true)}, nil, "clashes"},
		{"another story", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 45, true)}, map[string]string{"a": "x", "b": "y"}, ""},
		{"read directly", []*model.Claim{claim("b", "clashes", 32, false), claim("a", "", 45, false)}, nil, ""},
		{"none named", []*model.Claim{claim("b", "", 32, false), claim("a", "", 45, true)}, nil, ""},
	}
	for _, tt := range tests {
		orig := tt.cs[len(tt.cs)-1]
		resolveEventContexts(tt.cs, tt.story)
		if got := tt.cs[len(tt.cs)-1].Context; got != tt.want {
			t.Errorf("%s: context %q, want %q", tt.name, got, tt.want)
		}
		if orig.Context != "" {
			t.Errorf("%s: the caller's claim was changed", tt.name)
		}
	}
	// other figures keep their context
	c := &model.Claim{Type: model.TypeQuantity, Kind: "count", Source: "a", Key: key, Inferred: true, Quantity: &model.Quantity{}}
	cs := []*model.Claim{claim("b", "clashes", 32, false), c}
	resolveEventContexts(cs, nil)
	if cs[1].Context != "" {
		t.Errorf("a count took an event: %q", cs[1].Context)
	}
}
