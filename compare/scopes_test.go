package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestScopeSlot: the scope is found by the key's layout, for casualty counts and other figures,
// with and without a verb and the fields after the period; keys without a slot have none.
func TestScopeSlot(t *testing.T) {
	tests := []struct {
		kind, key, scope string
		ok               bool
	}{
		{"casualty", "quantity|injured|firefighters|shasta", "shasta", true},
		{"casualty", "quantity|injured|firefighters|", "", true},
		{"casualty", "quantity|killed|people|kharkiv|part", "kharkiv", true},
		{"count", "quantity|count|job|jobs|cut|germany|", "germany", true},
		{"count", "quantity|count|job|jobs|cut||by 2027", "", true},
		{"percent", "quantity|percent|inflation|percent|uk|october", "uk", true},
		{"percent", "quantity|percent|inflation|percent||october|earlier", "", true},
		{"percent", "quantity|percent|employer stock|percent|region||change:down", "region", true},
		{"money", "quantity|money|budget|EUR|||per year", "", true},
		{"percent", "quantity|percent|?|a@246", "", false},
		{"count", "quantity|count|job|jobs", "", false},
		{"date", "date|x", "", false},
	}
	for _, tt := range tests {
		c := &model.Claim{Type: model.TypeQuantity, Kind: tt.kind, Key: tt.key}
		i, j, ok := scopeSlot(c)
		if ok != tt.ok || ok && tt.key[i:j] != tt.scope {
			t.Errorf("scopeSlot(%q) = %d, %d, %v; want %q, %v", tt.key, i, j, ok, tt.scope, tt.ok)
		}
	}
}

// TestResolveScopes: a figure with no place takes its story's only place for it, marked
// Inferred; not when the story gives two places, when its source gives the placed figure another
// value, when its source gives two values, nor across stories.
func TestResolveScopes(t *testing.T) {
	const bare, shasta, butte = "quantity|injured|firefighters|", "quantity|injured|firefighters|shasta", "quantity|injured|firefighters|butte"
	claim := func(src, key string, v float64) *model.Claim {
		return &model.Claim{Type: model.TypeQuantity, Kind: "casualty", Source: src, Key: key, Subject: key, Quantity: &model.Quantity{Interval: model.Interval{Low: v, High: v}}}
	}
	tests := []struct {
		name  string
		cs    []*model.Claim
		story map[string]string
		want  []string
	}{
		{"one place", []*model.Claim{claim("b", shasta, 3), claim("a", bare, 2)}, nil, []string{shasta, shasta}},
		{"two places", []*model.Claim{claim("b", shasta, 3), claim("c", butte, 1), claim("a", bare, 2)}, nil, []string{shasta, butte, bare}},
		{"the source gives the place another value", []*model.Claim{claim("b", shasta, 3), claim("a", shasta, 3), claim("a", bare, 2)}, nil, []string{shasta, shasta, bare}},
		{"the source repeats its placed value", []*model.Claim{claim("b", shasta, 3), claim("a", shasta, 3), claim("a", bare, 3)}, nil, []string{shasta, shasta, shasta}},
		{"two values", []*model.Claim{claim("b", shasta, 3), claim("a", bare, 2), claim("a", bare, 4)}, nil, []string{shasta, bare, bare}},
		{"another story", []*model.Claim{claim("b", shasta, 3), claim("a", bare, 2)}, map[string]string{"a": "x", "b": "y"}, []string{shasta, bare}},
	}
	for _, tt := range tests {
		orig := tt.cs[len(tt.cs)-1]
		resolveScopes(tt.cs, tt.story)
		for i, c := range tt.cs {
			if c.Key != tt.want[i] {
				t.Errorf("%s: claim %d key %q, want %q", tt.name, i, c.Key, tt.want[i])
			}
			if c.Key != orig.Key && c == orig {
				t.Errorf("%s: the caller's claim was changed", tt.name)
			}
		}
		if last := tt.cs[len(tt.cs)-1]; last.Key != orig.Key && (!last.Inferred || last.Subject != last.Key || orig.Key != bare) {
			t.Errorf("%s: a moved claim is a marked copy: %+v, caller's %q", tt.name, last, orig.Key)
		}
	}
}
