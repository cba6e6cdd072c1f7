package compare

import (
	"fmt"
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
	claims, quotes := splitQuotes(claims) // quotes meet by their words, as in compare mode
	groups, keys := groupByKey(claims)
	var out []model.Finding
	for _, k := range keys {
		for _, g := range splitByContext(groups[k]) {
			var draft, src []model.Claim
			for _, c := range g {
				if c.Draft {
					draft = append(draft, c)
				} else {
					src = append(src, c)
				}
			}
			switch {
			case len(draft) == 0:
				if opt.CrossSources {
					out = append(out, Compare(sources, src, opt.Options)...)
				}
			case len(src) == 0:
				out = append(out, unsupported(k, dedupe(draft)))
			default:
				out = append(out, checkGroup(k, dedupe(draft), dedupe(src), opt.Options))
			}
		}
	}
	out = append(out, checkQuotes(quotes, opt.CrossSources)...)
	if opt.CrossSources {
		out = uniqueFindings(out)
	}
	Sort(out)
	return out
}

// checkQuotes matches the draft's quotations with the sources' by their words: a draft quotation no
// source carries is unsupported; clusters with a source and the draft keep the verdict compare mode
// gives them (altered, misattributed, corroborated); source-only clusters are left out unless
// asked for.
func checkQuotes(quotes []model.Claim, cross bool) []model.Finding {
	var out []model.Finding
	for _, f := range compareQuotes(quotes) {
		draft, src := 0, 0
		for _, c := range f.Claims {
			if c.Draft {
				draft++
			} else {
				src++
			}
		}
		switch {
		case draft == 0:
			if cross {
				out = append(out, f)
			}
		case src == 0:
			out = append(out, unsupported(f.Key, f.Claims))
		default:
			out = append(out, f)
		}
	}
	return out
}

// unsupported reports draft claims that no source states.
func unsupported(key string, draft []model.Claim) model.Finding {
	vals := make([]string, 0, len(draft))
	for _, c := range draft {
		vals = append(vals, c.Value)
	}
	f := model.Finding{
		Key: key, Kind: model.KindUnsupported, Type: draft[0].Type, Severity: model.SeverityWarning,
		Subject: subjectOf(draft), Claims: draft,
		Message: fmt.Sprintf("no source states %s", strings.Join(vals, ", ")),
	}
	f.ID = findingID(f)
	return f
}

// checkGroup decides one group holding draft and source claims: only draft–source pairs count.
func checkGroup(key string, draft, src []model.Claim, opt Options) model.Finding {
	tol := opt.tolerance(draft[0].Measure)
	var against []model.Claim
	for _, s := range src {
		for _, d := range draft {
			if !Compatible(d, s, tol) && comparable(d, s) {
				against = append(against, s)
				break
			}
		}
	}
	all := append(append([]model.Claim{}, draft...), src...)
	f := model.Finding{Key: key, Type: draft[0].Type, Subject: subjectOf(all), Claims: all}
	if len(against) == 0 {
		f.Kind = model.KindCorroborated
		f.Severity = model.SeverityInfo
		f.Message = fmt.Sprintf("the sources support the draft: %s", valueList(all))
	} else {
		f.Kind = model.KindConflict
		f.Severity = model.SeverityError
		f.Message = fmt.Sprintf("the draft says %s; sources say %s", draftValues(draft), valueList(src))
	}
	if f.Type == model.TypeQuote && f.Kind == model.KindConflict && DiffHook != nil {
		f.Diff = DiffHook(draft[0], against[0])
	}
	f.ID = findingID(f)
	return f
}

// DiffHook, when set, computes the word diff shown for an altered quote (from the first claim's words
// to the second's).
var DiffHook func(a, b model.Claim) []model.DiffOp

func draftValues(cs []model.Claim) string {
	vals := make([]string, 0, len(cs))
	for _, c := range cs {
		vals = append(vals, c.Value)
	}
	return strings.Join(vals, ", ")
}

// uniqueFindings drops findings with a repeated id (cross-source groups may be compared twice).
func uniqueFindings(fs []model.Finding) []model.Finding {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		if seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		out = append(out, f)
	}
	return out
}
