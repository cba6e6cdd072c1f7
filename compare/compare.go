// Package compare groups claims that are about the same thing and decides whether the sources agree, conflict, or stand alone.
package compare

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// Options tune the comparator.
type Options struct {
	// Tolerance is the relative tolerance for approximate figures ("about 1,200"), per measure;
	// the entry "" is the default for measures not listed.
	Tolerance map[string]float64
}

// DefaultTolerance applies when Options.Tolerance has no entry for a measure nor a default.
const DefaultTolerance = 0.1

func (o Options) tolerance(measure string) float64 {
	if t, ok := o.Tolerance[measure]; ok {
		return t
	}
	if t, ok := o.Tolerance[""]; ok {
		return t
	}
	return DefaultTolerance
}

// Compare groups claims by key (one pass, no pairwise comparison across the corpus) and returns
// findings in a stable order: conflicts first.
func Compare(sources []model.Source, claims []model.Claim, opt Options) []model.Finding {
	pub := make(map[string]*time.Time, len(sources))
	for _, s := range sources {
		pub[s.ID] = s.Published
	}
	claims, quotes := splitQuotes(claims) // quotes meet by their words, across speakers (quotes.go)
	groups, keys := groupByKey(claims)
	var out []model.Finding
	for _, k := range keys {
		for _, g := range splitByContext(groups[k]) {
			out = append(out, decide(k, g, pub, opt)...)
		}
	}
	out = append(out, compareQuotes(quotes)...)
	Sort(out)
	return out
}

// groupByKey groups claims by Claim.Key in one pass (after resolving surnames, so that "Secretary
// Rubio" meets "Marco Rubio", roles.go) and returns the keys sorted; claims without a key are left out.
func groupByKey(claims []model.Claim) (map[string][]model.Claim, []string) {
	claims = resolveSurnames(claims)
	groups := map[string][]model.Claim{}
	for _, c := range claims {
		if c.Key != "" {
			groups[c.Key] = append(groups[c.Key], c)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return groups, keys
}

// Sort orders findings: by kind (conflicts first), severity (worst first), subject, key.
func Sort(fs []model.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Kind.Rank() != b.Kind.Rank() {
			return a.Kind.Rank() < b.Kind.Rank()
		}
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.ID < b.ID
	})
}

// splitByContext separates claims about different events under one key ("attack" vs "fire" in
// the same city). Claims without a context join the only context there is, else stand apart.
func splitByContext(cs []model.Claim) [][]model.Claim {
	ctxs := map[string][]model.Claim{}
	var names []string
	var bare []model.Claim
	for _, c := range cs {
		if c.Context == "" {
			bare = append(bare, c)
			continue
		}
		if _, ok := ctxs[c.Context]; !ok {
			names = append(names, c.Context)
		}
		ctxs[c.Context] = append(ctxs[c.Context], c)
	}
	if len(names) == 0 {
		return [][]model.Claim{cs}
	}
	if len(names) == 1 {
		return [][]model.Claim{cs}
	}
	sort.Strings(names)
	var out [][]model.Claim
	for _, n := range names {
		out = append(out, ctxs[n])
	}
	if len(bare) > 0 {
		out = append(out, bare)
	}
	return out
}

// decide turns one group of claims about the same thing into findings.
func decide(key string, cs []model.Claim, pub map[string]*time.Time, opt Options) []model.Finding {
	if cs[0].Type == model.TypeRole && cs[0].Role != nil {
		return decideRoles(key, cs) // roles.go
	}
	cs = dedupe(cs)
	sources := distinctSources(cs)
	f := model.Finding{Key: key, Type: cs[0].Type, Subject: subjectOf(cs)}
	if len(sources) == 1 {
		f.Kind = model.KindSingle
		f.Severity = model.SeverityInfo
		f.Message = fmt.Sprintf("only %s states %s", sources[0], cs[0].Value)
		f.Claims = cs
		f.ID = findingID(f)
		return []model.Finding{f}
	}
	tol := opt.tolerance(cs[0].Measure)
	conflict := anyConflict(cs, tol) // conflict.go: no pass over all pairs of a large group
	f.Claims = cs
	if !conflict {
		if !allCompatible(cs, tol) {
			// values that cannot both hold but may not be compared (a place read from context):
			// neither a conflict nor an agreement; each set of agreeing claims stands on its own
			return agreeingClusters(key, cs, tol)
		}
		f.Kind = model.KindCorroborated
		f.Severity = model.SeverityInfo
		f.Message = fmt.Sprintf("%d sources agree: %s", len(sources), valueList(cs))
		f.ID = findingID(f)
		return []model.Finding{f}
	}
	f.Kind = model.KindConflict
	f.Severity = model.SeverityError
	f.Message = "sources disagree: " + valueList(cs)
	if cs[0].Type == model.TypeQuantity && cs[0].Cumulative {
		evolving(&f, cs, pub, tol)
	}
	if note := attributionNote(cs); note != "" && !f.Evolving {
		f.Message += "; " + note
	}
	f.ID = findingID(f)
	return []model.Finding{f}
}

// allCompatible reports whether every pair of claims from different sources can both hold.
func allCompatible(cs []model.Claim, tol float64) bool {
	return !anyIncompatible(cs, tol) // conflict.go: no pass over all pairs of a large group
}

// agreeingClusters splits claims that were not compared into sets of mutually compatible claims,
// in order of first appearance: a set from two or more sources is corroborated, a set from one
// source is single-source.
func agreeingClusters(key string, cs []model.Claim, tol float64) []model.Finding {
	// claims join clusters in the order of their values, not of their sources' ids, so that
	// renaming a file cannot regroup them; each cluster then lists its claims by source again
	order := append([]model.Claim(nil), cs...)
	sort.SliceStable(order, func(i, j int) bool { return contentBefore(order[i], order[j]) })
	var clusters [][]model.Claim
	for _, c := range order {
		placed := false
		for k, cl := range clusters {
			fits := true
			for _, o := range cl {
				if !Compatible(c, o, tol) {
					fits = false
					break
				}
			}
			if fits {
				clusters[k] = append(cl, c)
				placed = true
				break
			}
		}
		if !placed {
			clusters = append(clusters, []model.Claim{c})
		}
	}
	out := make([]model.Finding, 0, len(clusters))
	for _, cl := range clusters {
		sortClaims(cl)
		f := model.Finding{Key: key, Type: cl[0].Type, Subject: subjectOf(cl), Claims: cl, Severity: model.SeverityInfo}
		if srcs := distinctSources(cl); len(srcs) > 1 {
			f.Kind = model.KindCorroborated
			f.Message = fmt.Sprintf("%d sources agree: %s", len(srcs), valueList(cl))
		} else {
			f.Kind = model.KindSingle
			f.Message = fmt.Sprintf("only %s states %s", srcs[0], cl[0].Value)
		}
		f.ID = findingID(f)
		out = append(out, f)
	}
	return out
}

// contentBefore orders claims by what they state (value, then wording and place), the source id
// deciding only between claims that state the same in the same words at the same place.
func contentBefore(a, b model.Claim) bool {
	if a.Quantity != nil && b.Quantity != nil {
		if a.Quantity.Low != b.Quantity.Low {
			return a.Quantity.Low < b.Quantity.Low
		}
		if a.Quantity.High != b.Quantity.High {
			return a.Quantity.High < b.Quantity.High
		}
	}
	if va, vb := normValue(a), normValue(b); va != vb {
		return va < vb
	}
	if a.Text != b.Text {
		return a.Text < b.Text
	}
	if a.ValueSpan.Start != b.ValueSpan.Start {
		return a.ValueSpan.Start < b.ValueSpan.Start
	}
	return a.Source < b.Source
}

// comparable: a claim whose subject was inferred from context raises a conflict only when both
// claims name the same kind of event.
func comparable(a, b model.Claim) bool {
	if !a.Inferred && !b.Inferred {
		return true
	}
	return a.Context != "" && a.Context == b.Context
}

// Compatible reports whether two claims can both hold.
func Compatible(a, b model.Claim, tol float64) bool {
	switch {
	case a.Quantity != nil && b.Quantity != nil:
		if a.Quantity.Unit != b.Quantity.Unit || a.Quantity.Currency != b.Quantity.Currency {
			return true // not comparable: never a conflict
		}
		return a.Quantity.Widen(tol).Overlaps(b.Quantity.Widen(tol))
	case a.Date != nil && b.Date != nil:
		if !a.Date.Resolved || !b.Date.Resolved {
			return true
		}
		return datesOverlap(*a.Date, *b.Date)
	case a.Role != nil && b.Role != nil:
		return roleCompatible(a, b) // roles.go
	case a.Quote != nil && b.Quote != nil:
		return quoteCompatible(a, b) // quotes.go
	}
	return a.Value == b.Value
}

// datesOverlap compares ISO dates or ranges by prefix ("2025-08" contains "2025-08-08").
func datesOverlap(a, b model.DateValue) bool {
	aLo, aHi := a.Start, a.End
	if aHi == "" {
		aHi = aLo
	}
	bLo, bHi := b.Start, b.End
	if bHi == "" {
		bHi = bLo
	}
	// pad to full dates for comparison
	return lowDate(aLo) <= highDate(bHi) && lowDate(bLo) <= highDate(aHi)
}

func lowDate(s string) string {
	switch len(s) {
	case 4:
		return s + "-01-01"
	case 7:
		return s + "-01"
	}
	return s
}

func highDate(s string) string {
	switch len(s) {
	case 4:
		return s + "-12-31"
	case 7:
		return s + "-31"
	}
	return s
}

// evolving marks a conflict over a cumulative figure as a figure that rose over time when every
// source has a publication time and the values never fall as time goes on; the claims are then
// listed oldest first. A later lower figure stays a contradiction, and the message says so.
func evolving(f *model.Finding, cs []model.Claim, pub map[string]*time.Time, tol float64) {
	type item struct {
		c model.Claim
		t time.Time
	}
	items := make([]item, 0, len(cs))
	for _, c := range cs {
		t := pub[c.Source]
		if t == nil {
			f.Message += "; publication times unknown, so a figure that changed over time cannot be told from a contradiction"
			return
		}
		items = append(items, item{c, *t})
	}
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].t.Equal(items[j].t) {
			return items[i].t.Before(items[j].t)
		}
		return contentBefore(items[i].c, items[j].c) // not the sources' ids: names must not decide
	})
	const layout = "2006-01-02 15:04"
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if a.c.Quantity.Widen(tol).Overlaps(b.c.Quantity.Widen(tol)) {
			continue
		}
		if b.t.Equal(a.t) {
			f.Message += "; both published at " + a.t.Format(layout) + ", so the change is no evolution"
			return
		}
		if b.c.Quantity.Low < a.c.Quantity.Low {
			f.Message += fmt.Sprintf("; the later source (%s, %s) gives a lower figure than the earlier (%s, %s), so this is a contradiction, not a rising toll",
				b.c.Source, b.t.Format(layout), a.c.Source, a.t.Format(layout))
			return
		}
	}
	first, last := items[0], items[len(items)-1]
	f.Evolving = true
	f.Severity = model.SeverityWarning
	f.Latest = last.c.Value
	f.Message = fmt.Sprintf("figure rose from %s to %s between %s (%s) and %s (%s); the latest figure is %s",
		first.c.Value, last.c.Value, first.c.Source, first.t.Format(layout),
		last.c.Source, last.t.Format(layout), last.c.Value)
	for i := range items {
		f.Claims[i] = items[i].c
	}
}

// attributionNote tells whether disagreeing sources credit different people or the same one.
func attributionNote(cs []model.Claim) string {
	atts := map[string]bool{}
	var list []string
	missing := false
	for _, c := range cs {
		if c.Attribution == "" {
			missing = true
			continue
		}
		if !atts[c.Attribution] {
			atts[c.Attribution] = true
			list = append(list, c.Attribution)
		}
	}
	sort.Strings(list)
	switch {
	case len(list) == 1 && !missing:
		return "all credit " + list[0] + ": at least one source misreports the same statement"
	case len(list) >= 2:
		return "the sources credit different people (" + strings.Join(list, " vs ") + ")"
	}
	return ""
}

// dedupe keeps one claim per source and value (a source repeating itself adds nothing).
func dedupe(cs []model.Claim) []model.Claim {
	seen := map[string]bool{}
	out := cs[:0:0]
	for _, c := range cs {
		k := c.Source + "\x00" + normValue(c)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Evidence.Start < out[j].Evidence.Start
	})
	return out
}

// normValue is a comparable rendering of a claim's value.
func normValue(c model.Claim) string {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		return fmt.Sprintf("%v|%v|%v|%v|%v|%v|%s|%s", q.Low, q.High, q.Unbounded, q.LowOpen, q.HighOpen, q.Approx, q.Unit, q.Currency)
	case c.Date != nil:
		return c.Date.Start + ".." + c.Date.End
	case c.Role != nil:
		return c.Role.Person + "|" + c.Role.Post
	case c.Quote != nil:
		return c.Quote.Speaker + "|" + c.Quote.Folded
	}
	return c.Value
}

func distinctSources(cs []model.Claim) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Source] {
			seen[c.Source] = true
			out = append(out, c.Source)
		}
	}
	sort.Strings(out)
	return out
}

// valueList renders "26 (003) vs 31 (004)": equal values grouped, in order of first appearance,
// each shown in the wording its claims use most.
func valueList(cs []model.Claim) string {
	var order []string
	shown := map[string]string{}
	srcs := map[string][]string{}
	same := map[string][]model.Claim{}
	for _, c := range cs {
		k := normValue(c)
		same[k] = append(same[k], c)
		if _, ok := srcs[k]; !ok {
			order = append(order, k)
		}
		if !contains(srcs[k], c.Source) {
			srcs[k] = append(srcs[k], c.Source)
		}
	}
	for k, group := range same {
		// the commonest wording, not the first source's: file names must not choose it
		shown[k] = commonest(group, func(c model.Claim) string { return c.Value })
		if c := group[0]; c.Date != nil && c.Date.Resolved && c.Date.Start != "" {
			iso := c.Date.Start
			if c.Date.End != "" {
				iso += "/" + c.Date.End
			}
			shown[k] += " = " + iso
		}
	}
	parts := make([]string, len(order))
	for i, k := range order {
		parts[i] = fmt.Sprintf("%s (%s)", shown[k], strings.Join(srcs[k], ", "))
	}
	return strings.Join(parts, " vs ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// commonest returns the string f gives most often over cs; of equally common ones the longest,
// then the first in byte order: a choice that depends neither on the order of the claims nor on
// the ids of their sources.
func commonest(cs []model.Claim, f func(model.Claim) string) string {
	n := map[string]int{}
	for _, c := range cs {
		n[f(c)]++
	}
	best, bestN := "", 0
	for s, k := range n {
		if k > bestN || k == bestN && (len(s) > len(best) || len(s) == len(best) && s < best) {
			best, bestN = s, k
		}
	}
	return best
}

// subjectOf is the group's readable subject (the commonest the claims give); the event kind is
// added when the claims name one.
func subjectOf(cs []model.Claim) string {
	s := commonest(cs, func(c model.Claim) string { return c.Subject })
	if cs[0].Type != model.TypeQuantity {
		return s // other types' contexts are internal discriminators ("recent"), not events
	}
	for _, c := range cs {
		if c.Context != "" {
			return s + " (" + c.Context + ")"
		}
	}
	return s
}

func findingID(f model.Finding) string {
	h := fnv.New64a()
	h.Write([]byte(string(f.Kind) + "\x00" + f.Key))
	for _, c := range f.Claims {
		h.Write([]byte("\x00" + c.Source + "\x00" + c.Value))
	}
	return fmt.Sprintf("%016x", h.Sum64())[:12]
}

// Summarize counts a report's findings.
func Summarize(sources, claims int, fs []model.Finding) model.Summary {
	s := model.Summary{Sources: sources, Claims: claims}
	for _, f := range fs {
		switch f.Kind {
		case model.KindConflict:
			s.Conflict++
		case model.KindCorroborated:
			s.Corroborated++
		case model.KindSingle:
			s.Single++
		case model.KindUnsupported:
			s.Unsupported++
		}
	}
	return s
}
