package compare_test

import (
	"math/rand/v2"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// byBuckets compares claims in unions of whole buckets, drawn at random, and sorts the findings.
func byBuckets(srcs []model.Source, claims []model.Claim, rng *rand.Rand) []model.Finding {
	groups := map[string][]model.Claim{}
	for _, c := range claims {
		b := compare.Bucket(&c)
		groups[b] = append(groups[b], c)
	}
	names := make([]string, 0, len(groups))
	for b := range groups {
		names = append(names, b)
	}
	sort.Strings(names)
	rng.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	var out []model.Finding
	if lone := groups[""]; len(lone) > 0 {
		if fs := compare.Compare(srcs, lone, compare.Options{}); len(fs) > 0 {
			panic("claims of the empty bucket made findings")
		}
	}
	for len(names) > 0 {
		n := 1 + rng.IntN(len(names))
		var batch []model.Claim
		for _, b := range names[:n] {
			batch = append(batch, groups[b]...)
		}
		names = names[n:]
		out = append(out, compare.Compare(srcs, batch, compare.Options{})...)
	}
	compare.Sort(out)
	return out
}

// TestBucketsPartition: comparing bucket by bucket gives the findings of one Compare over all,
// on the fixtures (every case folder and the seeds) and on a generated multi-story corpus.
func TestBucketsPartition(t *testing.T) {
	dirs, err := filepath.Glob("../fixtures/cases/*")
	require.NoError(t, err)
	dirs = append(dirs, "../fixtures/seeds")
	sets := map[string][]*model.Article{}
	for _, d := range dirs {
		ins, errs := load.Inputs([]string{d})
		require.Empty(t, errs)
		for _, in := range ins {
			sets[d] = append(sets[d], load.LoadInput(in, load.Options{}).Articles...)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(name string, srcs []model.Source, claims []model.Claim) {
		want := compare.Compare(srcs, claims, compare.Options{})
		for round := 0; round < 3; round++ {
			require.Equal(t, want, byBuckets(srcs, claims, rng), "%s, round %d", name, round)
		}
	}
	for d, arts := range sets {
		var srcs []model.Source
		var claims []model.Claim
		for _, a := range arts {
			srcs = append(srcs, a.Source)
			claims = append(claims, extract.Extract(a, extract.Options{})...)
		}
		check(d, srcs, claims)
	}
	srcs, claims := benchClaims(300)
	check("generated", srcs, claims)
}
