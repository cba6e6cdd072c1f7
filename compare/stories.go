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
func groupByStoryKey(claims []*model.Claim, story map[string]string) (flat []*model.Claim, keys []string, ends []int32) {
	resolveSurnamesByStory(claims, story)
	type group struct {
		key, story string
		n          int32
	}
	type gk struct{ key, story string }
	ids := map[gk]int32{}
	var groups []group
	gid := make([]int32, len(claims))
	s, prev := "", ""
	for i, c := range claims {
		if c.Key == "" {
			gid[i] = -1
			continue
		}
		if i == 0 || c.Source != prev {
			s, prev = story[c.Source], c.Source
		}
		g, ok := ids[gk{c.Key, s}]
		if !ok {
			g = int32(len(groups))
			ids[gk{c.Key, s}] = g
			groups = append(groups, group{key: c.Key, story: s})
		}
		gid[i] = g
		groups[g].n++
	}
	order := make([]int32, len(groups))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := strings.Compare(groups[a].key, groups[b].key); c != 0 {
			return c
		}
		return strings.Compare(groups[a].story, groups[b].story)
	})
	pos := make([]int32, len(groups))
	ends = make([]int32, len(groups))
	keys = make([]string, len(groups))
	n := int32(0)
	for k, g := range order {
		pos[g] = n
		n += groups[g].n
		ends[k] = n
		keys[k] = groups[g].key
	}
	flat = make([]*model.Claim, n)
	for i, c := range claims {
		if g := gid[i]; g >= 0 {
			flat[pos[g]] = c
			pos[g]++
		}
	}
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
