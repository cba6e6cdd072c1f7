package compare

import (
	"slices"
	"time"
	"unsafe"

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
	members = membersOf(c, claims, order) // indexer.go
	permute(fs, order)
	packStrings(fs)
	return slices.Clip(fs), members
}

// packStrings moves the ids and messages of fs, made one by one, into one array: a run keeps
// every finding to its end, and the garbage collector visits a string of its own at every cycle.
func packStrings(fs []model.Finding) {
	n := 0
	for i := range fs {
		n += len(fs[i].ID) + len(fs[i].Message)
	}
	b := make([]byte, 0, n)
	pack := func(s string) string {
		if s == "" {
			return s
		}
		at := len(b)
		b = append(b, s...)
		return unsafe.String(&b[at], len(s))
	}
	for i := range fs {
		fs[i].ID = pack(fs[i].ID)
		fs[i].Message = pack(fs[i].Message)
	}
}
