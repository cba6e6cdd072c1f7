package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// CheckOptions tune check mode.
type CheckOptions struct {
	Options
	// CrossSources also reports the sources against each other, as compare mode does.
	CrossSources bool
}

// Check compares a draft's claims (Claim.Draft set) with the sources' claims: a draft figure the
// sources contradict is a conflict (error), a draft claim no source states is unsupported (warning),
// and what the sources confirm is corroborated. Groups without a draft claim are left out unless
// CrossSources is set.
func Check(sources []model.Source, claims []model.Claim, opt CheckOptions) []model.Finding {
	c := newComparer(sources, opt.Options)
	rest, quotes := splitQuotes(claims) // quotes meet by their words, as in compare mode
	flat, keys, ends := groupByKey(rest)
	start := 0
	for k, key := range keys {
		g := flat[start:ends[k]]
		start = int(ends[k])
		c.subs = splitByContext(g, c.subs[:0])
		for _, sub := range c.subs {
			var draft, src []*model.Claim
			for _, x := range sub {
				if x.Draft {
					draft = append(draft, x)
				} else {
					src = append(src, x)
				}
			}
			switch {
			case len(draft) == 0:
				if opt.CrossSources {
					vals := make([]model.Claim, len(src))
					for i, x := range src {
						vals[i] = *x
					}
					for _, f := range Compare(sources, vals, opt.Options) {
						c.keep(finding{Finding: f})
					}
				}
			case len(src) == 0:
				c.unsupported(key, c.dedupe(draft))
			default:
				c.checkGroup(key, c.dedupe(draft), c.dedupe(src))
			}
		}
	}
	c.checkQuotes(quotes, opt.CrossSources)
	if opt.CrossSources {
		c.uniqueFindings()
	}
	return c.finish(nil)
}

// checkQuotes matches the draft's quotations with the sources' by their words: a draft quotation no
// source carries is unsupported; clusters with a source and the draft keep the verdict compare mode
// gives them (altered, misattributed, corroborated); source-only clusters are left out unless
// asked for.
func (c *comparer) checkQuotes(quotes []*model.Claim, cross bool) {
	n := len(c.out)
	c.compareQuotes(quotes)
	var fs []finding
	for i := n; i < len(c.out); i++ {
		fs = append(fs, finding{c.out[i], c.cs[i]})
	}
	c.out, c.cs = c.out[:n], c.cs[:n]
	for _, f := range fs {
		draft, src := 0, 0
		for _, x := range f.cs {
			if x.Draft {
				draft++
			} else {
				src++
			}
		}
		switch {
		case draft == 0:
			if cross {
				c.keep(f)
			}
		case src == 0:
			c.unsupported(f.Key, f.cs)
		default:
			c.keep(f)
		}
	}
}

// unsupported reports draft claims that no source states.
func (c *comparer) unsupported(key string, draft []*model.Claim) {
	c.add(finding{Finding: model.Finding{
		Key: key, Kind: model.KindUnsupported, Type: draft[0].Type, Severity: model.SeverityWarning,
		Subject: subjectOf(draft),
		Message: "no source states " + draftValues(draft),
	}, cs: draft})
}

// checkGroup decides one group holding draft and source claims: only draft–source pairs count.
func (c *comparer) checkGroup(key string, draft, src []*model.Claim) {
	tol := c.opt.tolerance(draft[0].Measure)
	var against []*model.Claim
	for _, s := range src {
		for _, d := range draft {
			if !compatible(d, s, tol) && comparable(d, s) {
				against = append(against, s)
				break
			}
		}
	}
	all := append(slices.Clip(draft), src...)
	f := finding{Finding: model.Finding{Key: key, Type: draft[0].Type, Subject: subjectOf(all)}, cs: all}
	if len(against) == 0 {
		f.Kind = model.KindCorroborated
		f.Severity = model.SeverityInfo
		f.Message = "the sources support the draft: " + c.valueList(all)
	} else {
		f.Kind = model.KindConflict
		f.Severity = model.SeverityError
		f.Message = "the draft says " + draftValues(draft) + "; sources say " + c.valueList(src)
	}
	if f.Type == model.TypeQuote && f.Kind == model.KindConflict && DiffHook != nil {
		f.Diff = DiffHook(*draft[0], *against[0])
	}
	c.add(f)
}

// DiffHook, when set, computes the word diff shown for an altered quote (from the first claim's words
// to the second's).
var DiffHook func(a, b model.Claim) []model.DiffOp

func draftValues(cs []*model.Claim) string {
	vals := make([]string, 0, len(cs))
	for _, c := range cs {
		vals = append(vals, c.Value)
	}
	return strings.Join(vals, ", ")
}

// uniqueFindings drops findings with a repeated id (cross-source groups may be compared twice).
func (c *comparer) uniqueFindings() {
	seen := map[string]bool{}
	n := 0
	for i, f := range c.out {
		if seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		c.out[n], c.cs[n] = f, c.cs[i]
		n++
	}
	c.out, c.cs = c.out[:n], c.cs[:n]
}
