package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestCompareByStory: claims of one key conflict within a story only; quotations and surnames
// meet those of their own story.
func TestCompareByStory(t *testing.T) {
	toll := func(src string, v float64) model.Claim {
		return qty(src, "x", model.Exact(v), "")
	}
	srcs := []model.Source{{ID: "a1"}, {ID: "a2"}, {ID: "b1"}, {ID: "b2"}}
	claims := []model.Claim{
		toll("a1", 12), toll("a2", 14), toll("b1", 9), toll("b2", 9),
		quote("a1", "Ana Torres", "We will rebuild the town together", false),
		quote("b1", "Li Wei", "We will rebuild the town together", false),
	}
	count := func(fs []model.Finding, kind model.Kind) int {
		n := 0
		for _, f := range fs {
			if f.Kind == kind {
				n++
			}
		}
		return n
	}
	one := Compare(srcs, claims, Options{})
	story := map[string]string{"a1": "a1", "a2": "a1", "b1": "b1", "b2": "b1"}
	by := Compare(srcs, claims, Options{Story: story})
	if got := count(one, model.KindConflict); got != 2 {
		t.Errorf("one story: %d conflicts, want 2 (the tolls, the quote credited to two people)", got)
	}
	if got := count(by, model.KindConflict); got != 1 {
		t.Errorf("two stories: %d conflicts, want 1 (a1's 12 vs a2's 14)", got)
	}
	for _, f := range by {
		for _, c := range f.Claims {
			if story[c.Source] != story[f.Claims[0].Source] {
				t.Errorf("finding %q mixes stories", f.Message)
			}
		}
	}
	// the same claims in one story: the map changes nothing
	all := map[string]string{"a1": "a1", "a2": "a1", "b1": "a1", "b2": "a1"}
	if got := Compare(srcs, claims, Options{Story: all}); len(got) != len(one) {
		t.Errorf("one story by the map: %d findings, want %d", len(got), len(one))
	}
}

// TestSurnamesByStory: "Secretary Rubio" takes the full name of his own story, though another
// story names another Rubio.
func TestSurnamesByStory(t *testing.T) {
	role := func(id, src, person, post string) model.Claim {
		return model.Claim{ID: id, Source: src, Type: model.TypeRole, Key: "role|" + person, Value: post,
			Role: &model.Role{Person: person, Post: post}}
	}
	claims := []*model.Claim{}
	for _, c := range []model.Claim{
		role("a1#1", "a1", "Marco Rubio", "Secretary of State"), role("a2#1", "a2", "Rubio", "Secretary of State"),
		role("b1#1", "b1", "Ana Rubio", "mayor"),
	} {
		claims = append(claims, &c)
	}
	resolveSurnamesByStory(claims, map[string]string{"a1": "a", "a2": "a", "b1": "b"})
	if got := claims[1].Role.Person; got != "Marco Rubio" {
		t.Errorf("a2's Rubio is %q, want Marco Rubio", got)
	}
}
