package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

func TestDeadlineBase(t *testing.T) {
	tests := []struct {
		key, base string
		ok        bool
	}{
		{"quantity|count|job|jobs|cut||by 2027", "quantity|count|job|jobs|cut||", true},
		{"quantity|money|budget|EUR||by 2030|per year", "quantity|money|budget|EUR|||per year", true},
		{"quantity|count|job|jobs|cut||2027", "", false},
		{"quantity|percent|share hom build|percent|poland|before 2003", "", false},
		{"quantity|count|job|jobs|cut||by 20270", "", false},
		{"quantity|count|job|jobs|cut||by next", "", false},
	}
	for _, tt := range tests {
		if base, ok := deadlineBase(tt.key); base != tt.base || ok != tt.ok {
			t.Errorf("deadlineBase(%q) = %q, %v; want %q, %v", tt.key, base, ok, tt.base, tt.ok)
		}
	}
}

// TestResolveDeadlines: a claim without a deadline takes the story's only one, unless its source
// gives the deadline too or gives two values; stories are apart.
func TestResolveDeadlines(t *testing.T) {
	const bare, by27, by29 = "quantity|count|job|jobs|cut||", "quantity|count|job|jobs|cut||by 2027", "quantity|count|job|jobs|cut||by 2029"
	claim := func(src, key string, v float64) *model.Claim {
		return &model.Claim{Type: model.TypeQuantity, Source: src, Key: key, Quantity: &model.Quantity{Interval: model.Interval{Low: v, High: v}}}
	}
	tests := []struct {
		name  string
		cs    []*model.Claim
		story map[string]string
		want  []string
	}{
		{"one deadline", []*model.Claim{claim("a", by27, 2400), claim("b", bare, 1800)}, nil, []string{by27, by27}},
		{"two deadlines", []*model.Claim{claim("a", by27, 1800), claim("a", by29, 2400), claim("b", bare, 3000)}, nil, []string{by27, by29, bare}},
		{"the source gives the deadline", []*model.Claim{claim("a", by27, 2400), claim("a", bare, 1000), claim("b", by27, 2400)}, nil, []string{by27, bare, by27}},
		{"the source repeats its deadline's value", []*model.Claim{claim("a", by27, 2400), claim("a", bare, 2400), claim("b", bare, 1800)}, nil, []string{by27, by27, by27}},
		{"two values", []*model.Claim{claim("a", by27, 2400), claim("b", bare, 1000), claim("b", bare, 2400)}, nil, []string{by27, bare, bare}},
		{"one value told twice", []*model.Claim{claim("a", by27, 2400), claim("b", bare, 1800), claim("b", bare, 1800)}, nil, []string{by27, by27, by27}},
		{"another story", []*model.Claim{claim("a", by27, 2400), claim("b", bare, 1800)}, map[string]string{"a": "x", "b": "y"}, []string{by27, bare}},
	}
	for _, tt := range tests {
		orig := tt.cs[len(tt.cs)-1]
		resolveDeadlines(tt.cs, tt.story)
		for i, c := range tt.cs {
			if c.Key != tt.want[i] {
				t.Errorf("%s: claim %d key %q, want %q", tt.name, i, c.Key, tt.want[i])
			}
		}
		if orig.Key != bare && orig.Key != by27 && orig.Key != by29 {
			t.Errorf("%s: the caller's claim was changed", tt.name)
		}
	}
}
