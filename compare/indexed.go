package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/model"
)

// Member is one claim of a finding of CompareIndexed: the index of one of the claims compared,
// or, for a claim the comparator changed (a surname resolved to the full name, roles.go), the
// changed claim itself.
type Member struct {
	Index   int
	Changed *model.Claim // nil for an unchanged claim
}

// CompareIndexed is Compare for a caller that keeps its claims elsewhere (encoded): the findings
// come without their claims (Finding.Claims is nil), and members[i] lists the claims of finding
// i, in the order Compare gives them, by index into claims. No claim is copied.
func CompareIndexed(sources []model.Source, claims []model.Claim, opt Options) (fs []model.Finding, members [][]Member) {
	c := decideAll(sources, claims, opt)
	fs = c.out
	if len(fs) == 0 {
		return nil, nil
	}
	order := sortOrder(len(fs), func(i int) *model.Finding { return &fs[i] })
	n := 0
	for _, cs := range c.cs {
		n += len(cs)
	}
	all := make([]Member, n)
	members = make([][]Member, len(fs))
	for k, i := range order {
		cs := c.cs[i]
		if cs == nil {
			continue
		}
		m := all[:len(cs):len(cs)]
		all = all[len(cs):]
		for j, p := range cs {
			if at, ok := indexIn(claims, p); ok {
				m[j] = Member{Index: at}
			} else {
				m[j] = Member{Index: -1, Changed: p}
			}
		}
		members[k] = m
	}
	permute(fs, order)
	return slices.Clip(fs), members
}
