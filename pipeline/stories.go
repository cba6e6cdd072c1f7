package pipeline

import (
	"fmt"

	"github.com/crosscheck/crosscheck/model"

	"github.com/crosscheck/crosscheck/story"
)

// Ways a run is grouped into stories (Options.Stories).
const (
	// StoriesAuto groups the sources into stories by the names they share (package story) and
	// compares claims within a story: a folder holding a day's news raises no conflict between
	// two stories that share a key. The default.
	StoriesAuto = "auto"
	// StoriesOne compares every claim with every other of its key: the run is one story.
	StoriesOne = "one"
)

// ParseStories checks a value of Options.Stories ("" is StoriesAuto).
func ParseStories(s string) (string, error) {
	switch s {
	case "", StoriesAuto:
		return StoriesAuto, nil
	case StoriesOne:
		return StoriesOne, nil
	}
	return "", fmt.Errorf("unknown value %q (choose from %s, %s)", s, StoriesAuto, StoriesOne)
}

// withStories groups ex's sources into stories, unless opt says the run is one, and returns
// the options that compare within them: each source gets its Story, and the comparator the
// map. A run found to be one story keeps both unset, so that it compares as before, at no cost.
// It runs over the sources of the whole run (their Terms were read at extraction), so a
// sharded run, whose claims files carry the terms, groups as one run does.
func withStories(ex *Extracted, opt Options) Options {
	if opt.Stories == StoriesOne || len(ex.Articles) < 2 {
		return opt
	}
	srcs := ex.Sources()
	ids := story.Assign(srcs)
	several := false
	for _, id := range ids {
		several = several || id != ids[0]
	}
	if !several {
		return opt
	}
	m := make(map[string]string, len(ids))
	for i, a := range ex.Articles {
		a.Story = ids[i]
		m[a.ID] = ids[i]
	}
	opt.Compare.Story = m
	return opt
}

// countStories is how many stories srcs were grouped into when more than one, else 0.
func countStories(srcs []model.Source) int {
	seen := map[string]bool{}
	for _, s := range srcs {
		if s.Story != "" {
			seen[s.Story] = true
		}
	}
	if len(seen) < 2 {
		return 0
	}
	return len(seen)
}

// chunkTerms is the salient terms of a file read in chunks: the first chunk's, which holds the
// article's headline and lead (each later chunk would count its own first sentences as a lead).
func chunkTerms(results []chunkResult) []string {
	if len(results) == 0 {
		return nil
	}
	return results[0].terms
}
