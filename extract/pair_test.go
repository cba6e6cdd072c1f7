package extract_test

import (
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// pairKinds extracts the claims keep accepts from two reports, a and b, and runs them through
// the comparator: the kinds of its findings (single-source ones aside), the claims, the findings.
func pairKinds(a, b string, keep func(c *model.Claim) bool) ([]model.Kind, []model.Claim, []model.Finding) {
	var all []model.Claim
	srcs := []model.Source{{ID: "a"}, {ID: "b"}}
	for i, text := range []string{a, b} {
		art := &model.Article{Source: srcs[i], Format: "text", Text: text}
		for _, c := range extract.Extract(art, extract.Options{}) {
			if keep(&c) {
				all = append(all, c)
			}
		}
	}
	var kinds []model.Kind
	fs := compare.Compare(srcs, all, compare.Options{})
	for _, f := range fs {
		if f.Kind != model.KindSingle {
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds, all, fs
}
