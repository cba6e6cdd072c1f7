package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/model"
)

// decideByStory decides the claims of each story of Options.Story on their own, stories in
// order of their ids, and reports whether it did: claims of one story only (a partition of a
// sharded run often holds one) are left to decideSet as they are. Claims keep their order
// within a story, so each story's findings are those a run over its sources alone gives.
func decideByStory(c *comparer, rest, quotes []*model.Claim) bool {
	first, seen, several := "", false, false
	for _, cs := range [2][]*model.Claim{rest, quotes} {
		for _, x := range cs {
			switch s := c.opt.Story[x.Source]; {
			case !seen:
				first, seen = s, true
			case s != first:
				several = true
			}
			if several {
				break
			}
		}
	}
	if !several {
		return false
	}
	type bucket struct{ rest, quotes []*model.Claim }
	by := map[string]*bucket{}
	var ids []string
	get := func(x *model.Claim) *bucket {
		s := c.opt.Story[x.Source]
		b, ok := by[s]
		if !ok {
			b = &bucket{}
			by[s] = b
			ids = append(ids, s)
		}
		return b
	}
	for _, x := range rest {
		b := get(x)
		b.rest = append(b.rest, x)
	}
	for _, x := range quotes {
		b := get(x)
		b.quotes = append(b.quotes, x)
	}
	slices.Sort(ids)
	for _, s := range ids {
		decideSet(c, by[s].rest, by[s].quotes)
	}
	return true
}
