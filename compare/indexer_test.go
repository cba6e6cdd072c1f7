package compare_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// TestIndexerEqualsCompareIndexed: one Indexer comparing batches of every size in turn, with
// stories and without, a batch large enough for two goroutines among them, gives what
// CompareIndexed gives each batch.
func TestIndexerEqualsCompareIndexed(t *testing.T) {
	srcs, claims := benchClaims(400)
	role := func(src, person, post string) model.Claim {
		return model.Claim{Type: model.TypeRole, Kind: "role", Source: src, Key: "role|" + person, Subject: person + " · post",
			Value: post, Role: &model.Role{Person: person, Title: post, Post: post}}
	}
	claims = append(claims, role(srcs[0].ID, "Marco Rubio", "secretary of state"), role(srcs[1].ID, "Rubio", "secretary of state"))
	story := map[string]string{}
	for i, s := range srcs {
		story[s.ID] = string(rune('a' + i%3))
	}
	require.Greater(t, len(claims), 4096, "a batch for two goroutines")
	dates := compare.DatesOf(srcs)
	var x compare.Indexer
	var want, got [][]model.Finding // kept to the end: a batch's findings outlive the next batch
	var wantM, gotM [][][]compare.Member
	for _, opt := range []compare.Options{{}, {Story: story}} {
		for _, size := range []int{len(claims), 7, 300, len(claims) / 2} {
			for at := 0; at < len(claims); at += size {
				batch := claims[at:min(at+size, len(claims))]
				fs, ms := compare.CompareIndexed(dates, batch, opt)
				want, wantM = append(want, fs), append(wantM, ms)
				fs, ms = x.Compare(dates, batch, opt)
				got, gotM = append(got, fs), append(gotM, ms)
				fs, flat := x.CompareFlat(dates, batch, opt)
				want, wantM = append(want, want[len(want)-1]), append(wantM, wantM[len(wantM)-1])
				got, gotM = append(got, fs), append(gotM, membersOfFlat(flat))
			}
		}
	}
	require.Equal(t, want, got)
	require.Equal(t, wantM, gotM)
}

// membersOfFlat is the Members a Flat stands for.
func membersOfFlat(f compare.Flat) [][]compare.Member {
	if len(f.Ends) == 0 {
		return nil
	}
	out := make([][]compare.Member, len(f.Ends))
	from := int32(0)
	for k, end := range f.Ends {
		for _, i := range f.Index[from:end] {
			if i < 0 {
				out[k] = append(out[k], compare.Member{Index: -1, Changed: f.Changed[-1-i]})
			} else {
				out[k] = append(out[k], compare.Member{Index: int(i)})
			}
		}
		from = end
	}
	return out
}
