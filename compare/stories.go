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
	resolveSurnamesByStory(claims, story)
	// each claim's story, numbered in order of first appearance, then ranked by name
	sid := make([]int32, len(claims))
	num := map[string]int32{}
	var names []string
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
	byName := make([]int32, len(names))
	for i := range byName {
		byName[i] = int32(i)
	}
	slices.SortFunc(byName, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	srank := make([]int32, len(names))
	for r, k := range byName {
		srank[k] = int32(r)
	}
	// key groups, as groupByKey
	ids := map[string]int32{}
	gid := make([]int32, len(claims))
	var ukeys []string
	var count []int32
	for i, c := range claims {
		if c.Key == "" {
			gid[i] = -1
			continue
		}
		g, ok := ids[c.Key]
		if !ok {
			g = int32(len(ukeys))
			ids[c.Key] = g
			ukeys = append(ukeys, c.Key)
			count = append(count, 0)
		}
		gid[i] = g
		count[g]++
	}
	order := make([]int32, len(ukeys)) // key groups by key
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(ukeys[a], ukeys[b]) })
	// the claims by key, each key's in the claims' order
	pos := make([]int32, len(ukeys))
	n := int32(0)
	for _, g := range order {
		pos[g] = n
		n += count[g]
	}
	byKey := make([]int32, n) // claim indices
	for i := range claims {
		if g := gid[i]; g >= 0 {
			byKey[pos[g]] = int32(i)
			pos[g]++
		}
	}
	// each key's claims by story rank, each story's in the claims' order: a counting sort over
	// the story ranks the key's claims use
	flat = make([]*model.Claim, n)
	seen := make([]int32, len(names)) // by story rank: 1 + the key's turn that last met it
	at := make([]int32, len(names))   // by story rank: claims of the story, then where they go
	var ranks []int32
	keys = make([]string, 0, len(ukeys)) // one group a key at least
	ends = make([]int32, 0, len(ukeys))
	start := int32(0)
	for turn, g := range order {
		run := byKey[start : start+count[g]]
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
			keys = append(keys, ukeys[g])
		}
		for _, i := range run {
			r := srank[sid[i]]
			flat[at[r]] = claims[i]
			at[r]++
		}
		start += count[g]
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
