package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// severalStories reports whether the claims come from sources of more than one story.
func severalStories(story map[string]string, sets ...[]*model.Claim) bool {
	first, seen := "", false
	for _, cs := range sets {
		for i, x := range cs {
			if i > 0 && x.Source == cs[i-1].Source {
				continue // claims come by source: one lookup for a run of them
			}
			s := story[x.Source]
			if seen && s != first {
				return true
			}
			first, seen = s, true
		}
	}
	return false
}

// groupByStoryKey is groupByKey for claims of several stories: a group is the claims of one key
// and one story, groups in order of key and then story, and a surname resolves to a full name
// that its own story gives.
//
// Claims are grouped by key first, by a map of strings as groupByKey does, and each key's claims
// then by story, which are numbered: no map keyed by two strings, whose entries a batch of many
// small stories would make by the thousand.
func groupByStoryKey(claims []*model.Claim, story map[string]string) (flat []*model.Claim, keys []string, ends []int32) {
	return new(grouping).byStoryKey(claims, story)
}

// byStoryKey is groupByStoryKey in g's arrays.
func (g *grouping) byStoryKey(claims []*model.Claim, story map[string]string) (flat []*model.Claim, keys []string, ends []int32) {
	resolveSurnamesByStory(claims, story)
	resolveDeadlines(claims, story) // deadlines.go
	g.scopes.resolve(claims, story) // scopes.go
	// a casualty count placed from a neighbour takes its story's one event (contexts_inferred.go)
	resolveEventContexts(claims, story)
	// each claim's story, numbered in order of first appearance, then ranked by name
	sid := int32s(&g.sid, len(claims))
	num := g.stories()
	names := g.names[:0]
	s, prev := int32(-1), ""
	for i, c := range claims {
		if s < 0 || c.Source != prev {
			name := story[c.Source]
			k, ok := num[name]
			if !ok {
				k = int32(len(names))
				num[name] = k
				names = append(names, name)
			}
			s, prev = k, c.Source
		}
		sid[i] = s
	}
	g.names = names
	byName := int32s(&g.byName, len(names))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	srank := int32s(&g.srank, len(names))
	for r, k := range byName {
		srank[k] = int32(r)
	}
	// key groups, as groupByKey
	gid, ukeys, count, order := g.numberKeys(claims)
	// the claims by key, each key's in the claims' order
	pos := int32s(&g.pos, len(ukeys))
	n := int32(0)
	for _, k := range order {
		pos[k] = n
		n += count[k]
	}
	byKey := int32s(&g.inKey, int(n)) // claim indices
	for i := range claims {
		if k := gid[i]; k >= 0 {
			byKey[pos[k]] = int32(i)
			pos[k]++
		}
	}
	// each key's claims by story rank, each story's in the claims' order: a counting sort over
	// the story ranks the key's claims use
	flat = g.flatOf(int(n))
	seen := int32s(&g.seen, len(names)) // by story rank: 1 + the key's turn that last met it
	at := int32s(&g.at, len(names))     // by story rank: claims of the story, then where they go
	ranks := g.ranks[:0]
	keys = slices.Grow(g.keys[:0], len(ukeys)) // one group a key at least
	ends = slices.Grow(g.ends[:0], len(ukeys))
	start := int32(0)
	for turn, k := range order {
		run := byKey[start : start+count[k]]
		ranks = ranks[:0]
		for _, i := range run {
			r := srank[sid[i]]
			if seen[r] != int32(turn)+1 {
				seen[r] = int32(turn) + 1
				at[r] = 0
				ranks = append(ranks, r)
			}
			at[r]++
		}
		slices.Sort(ranks)
		p := start
		for _, r := range ranks {
			m := at[r]
			at[r] = p
			p += m
			ends = append(ends, p)
			keys = append(keys, ukeys[k])
		}
		for _, i := range run {
			r := srank[sid[i]]
			flat[at[r]] = claims[i]
			at[r]++
		}
		start += count[k]
	}
	g.ranks, g.keys, g.ends = ranks, keys, ends
	return flat, keys, ends
}

// resolveSurnamesByStory is resolveSurnames within each story: "Secretary Rubio" takes the full
// name his own story gives, whatever other stories name someone of that surname.
func resolveSurnamesByStory(claims []*model.Claim, story map[string]string) {
	var at map[string][]int // story → indices of its role claims
	for i, c := range claims {
		if c.Role != nil {
			if at == nil {
				at = map[string][]int{}
			}
			s := story[c.Source]
			at[s] = append(at[s], i)
		}
	}
	var sub []*model.Claim
	for _, idx := range at {
		sub = sub[:0]
		for _, i := range idx {
			sub = append(sub, claims[i])
		}
		sub = resolveSurnames(sub) // each story's own claims: the order of stories does not matter
		for k, i := range idx {
			claims[i] = sub[k]
		}
	}
}

// byStory splits claims by story, in order of story, each in the claims' order.
func byStory(claims []*model.Claim, story map[string]string) [][]*model.Claim {
	if len(claims) == 0 {
		return nil
	}
	at := map[string]int{}
	var ids []string
	var sets [][]*model.Claim
	for _, c := range claims {
		s := story[c.Source]
		k, ok := at[s]
		if !ok {
			k = len(sets)
			at[s] = k
			ids = append(ids, s)
			sets = append(sets, nil)
		}
		sets[k] = append(sets[k], c)
	}
	order := make([]int, len(sets))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(ids[a], ids[b]) })
	out := make([][]*model.Claim, len(sets))
	for k, i := range order {
		out[k] = sets[i]
	}
	return out
}

// compareQuoteSets compares the quotations of each set (story) on their own.
func (c *comparer) compareQuoteSets(sets [][]*model.Claim) {
	for _, qs := range sets {
		c.compareQuotes(qs)
	}
}
