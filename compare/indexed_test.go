package compare_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestCompareIndexed: findings by index, with their claims put back, are Compare's findings,
// surnames resolved (changed claims) included.
func TestCompareIndexed(t *testing.T) {
	srcs, claims := benchClaims(300)
	role := func(src, person, post string) model.Claim {
		return model.Claim{Type: model.TypeRole, Kind: "role", Source: src, Key: "role|" + person, Subject: person + " · post",
			Value: post, Role: &model.Role{Person: person, Title: post, Post: post}}
	}
	claims = append(claims, role("a", "Marco Rubio", "secretary of state"), role("b", "Rubio", "secretary of state"))
	want := compare.Compare(srcs, claims, compare.Options{})
	got, members := compare.CompareIndexed(compare.DatesOf(srcs), claims, compare.Options{})
	require.Len(t, members, len(got))
	changed := 0
	for i := range got {
		require.Nil(t, got[i].Claims)
		if members[i] == nil {
			continue
		}
		got[i].Claims = []model.Claim{}
		for _, m := range members[i] {
			if m.Changed != nil {
				changed++
				got[i].Claims = append(got[i].Claims, *m.Changed)
				continue
			}
			got[i].Claims = append(got[i].Claims, claims[m.Index])
		}
	}
	require.Equal(t, want, got)
	require.Positive(t, changed, "a surname resolved")
}

// TestMerge: findings of several comparisons merged are their concatenation sorted.
func TestMerge(t *testing.T) {
	srcs, claims := benchClaims(300)
	var parts [][]model.Finding
	var all []model.Finding
	for k := 0; k < 4; k++ {
		fs := compare.Compare(srcs, claims[k*len(claims)/4:(k+1)*len(claims)/4], compare.Options{})
		parts = append(parts, fs, nil)
		all = append(all, fs...)
	}
	require.NotEmpty(t, all)
	compare.Sort(all)
	require.Equal(t, all, compare.Merge(parts))
	require.Nil(t, compare.Merge(nil))
	require.Nil(t, compare.Merge([][]model.Finding{{}}))
}
