package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestGroupByStoryKeyEqualsRef: groupByStoryKey groups random claims of random stories as the
// former map-of-two-strings version does.
func TestGroupByStoryKeyEqualsRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		n := rng.IntN(200)
		nk, ns, nsrc := 1+rng.IntN(12), 1+rng.IntN(6), 1+rng.IntN(15)
		story := map[string]string{}
		for s := range nsrc {
			if rng.IntN(8) > 0 { // some sources have no story: ""
				story[fmt.Sprint("src", s)] = fmt.Sprint("story", rng.IntN(ns))
			}
		}
		mk := func() []*model.Claim {
			r := rand.New(rand.NewPCG(uint64(round), 7))
			cs := make([]*model.Claim, n)
			src := 0
			for i := range cs {
				if r.IntN(3) == 0 {
					src = r.IntN(nsrc)
				}
				key := ""
				if r.IntN(10) > 0 {
					key = fmt.Sprint("k", r.IntN(nk))
				}
				cs[i] = &model.Claim{ID: fmt.Sprint(i), Source: fmt.Sprint("src", src), Key: key}
			}
			return cs
		}
		want, wk, we := groupByStoryKeyRef(mk(), story)
		got, gk, ge := groupByStoryKey(mk(), story)
		ids := func(cs []*model.Claim) []string {
			out := make([]string, len(cs))
			for i, c := range cs {
				out[i] = c.ID
			}
			return out
		}
		if !slices.Equal(ids(want), ids(got)) || !slices.Equal(wk, gk) || !slices.Equal(we, ge) {
			t.Fatalf("round %d: got %v %v %v, want %v %v %v", round, ids(got), gk, ge, ids(want), wk, we)
		}
	}
}

// groupByStoryKeyRef is the former groupByStoryKey, kept as the reference.
func groupByStoryKeyRef(claims []*model.Claim, story map[string]string) (flat []*model.Claim, keys []string, ends []int32) {
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
