package compare

import "github.com/crosscheck/crosscheck/model"

// A casualty count placed from a neighbouring sentence (Inferred) raises a conflict only with
// one that names the same kind of event (comparable): "Police detained 45 people." takes its
// place from "Seven officers were hurt in scuffles near Place de la Nation", and could be another
// event's. When the story names one event only for that figure at that place ("Police arrested
// 32 people after clashes near Place de la Nation" in another source), the unnamed count is that
// event's: one story, one place, one measure, one event named. resolveEventContexts gives it that
// event. It does not when the story names two events for the figure (two protests, clashes and a
// raid), nor when the claim's own source names an event for the figure elsewhere (its unnamed
// count may then be another), nor when that source gives the figure two values ("31 were
// injured … seven of the injured were in a serious condition"), nor for other figures.

// storyKey is a figure of one story.
type storyKey struct{ story, key string }

// storySource is a figure of one story as one source gives it.
type storySource struct {
	storyKey
	source string
}

// resolveEventContexts gives the inferred casualty claims with no event the one event their
// story names for the same key (story names each source's story; nil: one story). The claims it
// changes are copies: the caller's are left alone.
func resolveEventContexts(cs []*model.Claim, story map[string]string) {
	var need map[storyKey]bool
	for _, c := range cs {
		if unnamedInferred(c) {
			if need == nil {
				need = map[storyKey]bool{}
			}
			need[storyKey{story[c.Source], c.Key}] = true
		}
	}
	if need == nil {
		return // most batches: no casualty count placed from a neighbour without its event
	}
	event := map[storyKey]string{} // "" when the story names several
	named := map[storySource]bool{}
	value := map[storySource]string{} // the value a source gives the figure; "" when several
	for _, c := range cs {
		if c.Kind != "casualty" {
			continue
		}
		k := storyKey{story[c.Source], c.Key}
		if !need[k] {
			continue
		}
		v, f := normValue(c), storySource{k, c.Source}
		if old, seen := value[f]; !seen {
			value[f] = v
		} else if old != v {
			value[f] = ""
		}
		if c.Context == "" {
			continue
		}
		if x, seen := event[k]; !seen {
			event[k] = c.Context
		} else if x != c.Context {
			event[k] = ""
		}
		named[storySource{k, c.Source}] = true
	}
	for i, c := range cs {
		if !unnamedInferred(c) {
			continue
		}
		k := storyKey{story[c.Source], c.Key}
		if x := event[k]; x != "" && !named[storySource{k, c.Source}] && value[storySource{k, c.Source}] != "" {
			cp := *c
			cp.Context = x
			cs[i] = &cp
		}
	}
}

// unnamedInferred reports whether c is a casualty count placed from context with no event named.
func unnamedInferred(c *model.Claim) bool {
	return c.Kind == "casualty" && c.Inferred && c.Context == "" && c.Key != ""
}
