package compare_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestCompareOwned: moving the claims within the caller's array gives what copying them gives,
// surnames resolved (claims outside the array) included.
func TestCompareOwned(t *testing.T) {
	srcs, claims := benchClaims(300)
	role := func(src, person, post string) model.Claim {
		return model.Claim{Type: model.TypeRole, Kind: "role", Source: src, Key: "role|" + person, Subject: person + " · post",
			Value: post, Role: &model.Role{Person: person, Title: post, Post: post}}
	}
	claims = append(claims, role("a", "Marco Rubio", "secretary of state"), role("b", "Rubio", "secretary of state"))
	want := compare.Compare(srcs, claims, compare.Options{})
	got := compare.CompareOwned(srcs, slices.Clone(claims), compare.Options{})
	require.Equal(t, want, got)
}
