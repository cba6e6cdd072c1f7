package compare

import (
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// Member is one claim of a finding of CompareIndexed: the index of one of the claims compared,
// or, for a claim the comparator changed (a surname resolved to the full name, roles.go), the
// changed claim itself.
type Member struct {
	Index   int
	Changed *model.Claim // nil for an unchanged claim
}

// Dates is what comparing needs of the sources: their publication dates, by source id. Made
// once for a run's sources, it serves every comparison of their claims, on any goroutine.
type Dates map[string]*time.Time

// DatesOf returns the dates of sources.
func DatesOf(sources []model.Source) Dates {
	return newComparer(sources, Options{}).pub
}

// CompareIndexed is Compare for a caller that keeps its claims elsewhere (encoded): the findings
// come without their claims (Finding.Claims is nil), and members[i] lists the claims of finding
// i, in the order Compare gives them, by index into claims. No claim is copied. dates may hold
// more sources than the claims': a comparison only looks up its claims' own.
func CompareIndexed(dates Dates, claims []model.Claim, opt Options) (fs []model.Finding, members [][]Member) {
	c := decideIn(&comparer{opt: opt, pub: dates}, claims)
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
