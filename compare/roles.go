package compare

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// roleCompatible reports whether two posts given one person can both hold: the same post in other
// words ("Ambassador to NATO", "Permanent Representative to NATO"), a less specific wording, a
// vague description, or a former or incoming post.
func roleCompatible(a, b *model.Claim) bool {
	return normalize.DefaultTitles().Compatible(a.Role.Post, b.Role.Post)
}

// postCluster is the claims of one person that name one post.
type postCluster struct {
	post   string // the most specific canonical post of the cluster
	claims []*model.Claim
}

// decideRoles judges the posts that sources give one person. Two sources conflict when none of the
// posts one gives is compatible with any the other gives (a warning: people change posts, and a
// story may span a reshuffle); otherwise each post is corroborated or single-source.
func (c *comparer) decideRoles(key string, cs []*model.Claim) {
	t := normalize.DefaultTitles()
	cs = c.dedupe(cs)
	clusters := clusterPosts(t, cs)
	subject := cs[0].Role.Person + " · post"

	// sources whose current posts share nothing; each post parsed once, and kept once per
	// source (the test below asks whether any pair is compatible, for every pair of sources)
	parsed := map[string]normalize.Post{}
	bySource := map[string][]normalize.Post{}
	seen := map[[2]string]bool{}
	for _, x := range cs {
		post := x.Role.Post
		p, ok := parsed[post]
		if !ok {
			p = t.ParseCanonical(post)
			parsed[post] = p
		}
		if p.Current() && !seen[[2]string{x.Source, post}] {
			seen[[2]string{x.Source, post}] = true
			bySource[x.Source] = append(bySource[x.Source], p)
		}
	}
	srcs := make([]string, 0, len(bySource))
	for s := range bySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	clash := map[string]bool{}
	for i := range srcs {
		for j := i + 1; j < len(srcs); j++ {
			if !anyCompatible(t, bySource[srcs[i]], bySource[srcs[j]]) {
				clash[srcs[i]], clash[srcs[j]] = true, true
			}
		}
	}
	if len(clash) > 0 {
		var cur []*model.Claim
		var parts []string
		for _, cl := range clusters {
			if !t.ParseCanonical(cl.post).Current() {
				continue
			}
			cur = append(cur, cl.claims...)
			parts = append(parts, fmt.Sprintf("%s (%s)", cl.post, strings.Join(distinctSources(cl.claims), ", ")))
		}
		sortClaims(cur)
		c.add(finding{Finding: model.Finding{
			Key: key, Kind: model.KindConflict, Type: model.TypeRole, Severity: model.SeverityWarning,
			Subject: subject,
			Message: fmt.Sprintf("sources give %s different posts: %s; people change posts, so check which is current",
				cs[0].Role.Person, strings.Join(parts, " vs ")),
		}, cs: cur})
	}
	for _, cl := range clusters {
		if len(clash) > 0 && t.ParseCanonical(cl.post).Current() {
			continue // already in the conflict
		}
		f := finding{Finding: model.Finding{Key: key + "|" + cl.post, Type: model.TypeRole, Severity: model.SeverityInfo, Subject: subject}, cs: cl.claims}
		srcs := distinctSources(cl.claims)
		if len(srcs) == 1 {
			f.Kind = model.KindSingle
			f.Message = fmt.Sprintf("only %s gives %s as %s", srcs[0], cs[0].Role.Person, titleList(cl.claims))
		} else {
			f.Kind = model.KindCorroborated
			f.Message = fmt.Sprintf("%d sources agree on one post, %s: %s", len(srcs), cl.post, titleList(cl.claims))
		}
		c.add(f)
	}
}

// clusterPosts groups one person's claims by post, the most specific wording first: a claim
// joins the first cluster whose post names the same one ("President" joins "Ukrainian President").
func clusterPosts(t *normalize.Titles, cs []*model.Claim) []postCluster {
	// Specificity and Same depend on their strings alone: each is worked out once per post, or
	// pair of posts, rather than at every comparison
	specific := map[string]int{}
	for _, c := range cs {
		if _, ok := specific[c.Role.Post]; !ok {
			specific[c.Role.Post] = t.Specificity(c.Role.Post)
		}
	}
	same := map[[2]string]bool{}
	sameAs := func(a, b string) bool {
		s, ok := same[[2]string{a, b}]
		if !ok {
			s = t.Same(a, b)
			same[[2]string{a, b}] = s
		}
		return s
	}
	order := slices.Clone(cs)
	slices.SortStableFunc(order, func(a, b *model.Claim) int {
		return cmp.Compare(specific[b.Role.Post], specific[a.Role.Post])
	})
	var out []postCluster
	for _, c := range order {
		joined := false
		for k := range out {
			if sameAs(out[k].post, c.Role.Post) {
				out[k].claims = append(out[k].claims, c)
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, postCluster{post: c.Role.Post, claims: []*model.Claim{c}})
		}
	}
	for k := range out {
		sortClaims(out[k].claims)
	}
	slices.SortStableFunc(out, func(a, b postCluster) int { return cmpClaim(a.claims[0], b.claims[0]) })
	return out
}

// anyCompatible reports whether a post of a is compatible with a post of b (Titles.Compatible,
// on posts already parsed).
func anyCompatible(t *normalize.Titles, a, b []normalize.Post) bool {
	for _, x := range a {
		for _, y := range b {
			if t.CompatiblePosts(x, y) {
				return true
			}
		}
	}
	return false
}

// titleList renders the titles as written with their sources: "US Army Secretary (003); US
// Secretary of the Army (004)".
func titleList(cs []*model.Claim) string {
	// each title in the order first written, with its sources in the order first met: written
	// as found, without a map of titles or a string per part
	size := 0
	for _, c := range cs {
		size += len(c.Value) + len(c.Source) + 4
	}
	b := make([]byte, 0, size)
	done := make([]bool, len(cs)) // claims whose title is written
	var seen []string             // sources written for the title at hand
	for i, c := range cs {
		if done[i] {
			continue
		}
		if i > 0 {
			b = append(b, "; "...)
		}
		v := c.Value
		b = append(append(b, v...), " ("...)
		seen = seen[:0]
		for j := i; j < len(cs); j++ {
			if done[j] || cs[j].Value != v {
				continue
			}
			done[j] = true
			if src := cs[j].Source; !contains(seen, src) {
				if len(seen) > 0 {
					b = append(b, ", "...)
				}
				seen = append(seen, src)
				b = append(b, src...)
			}
		}
		b = append(b, ')')
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// resolveSurnames gives a person named by surname alone in one source ("Secretary Rubio") the
// full name other sources give, when exactly one full name across the claims ends with it.
func resolveSurnames(cs []*model.Claim) []*model.Claim {
	full := map[string][]string{} // last name → full names
	// each key is written into buf, a string only when a map keeps it: looked up, it needs none
	var scratch [64]byte
	buf := scratch[:0]
	for _, c := range cs {
		if c.Role == nil {
			continue
		}
		buf = normalize.AppendKey(buf[:0], c.Role.Person)
		k := unsafe.String(unsafe.SliceData(buf), len(buf))
		if countFields(k) > 1 {
			// the surname: the last of strings.Fields(k), without the slice of them all
			if last := lastField(k); !contains(full[last], c.Role.Person) {
				full[strings.Clone(last)] = append(full[last], c.Role.Person)
			}
		}
	}
	for i, c := range cs {
		if c.Role == nil {
			continue
		}
		buf = normalize.AppendKey(buf[:0], c.Role.Person)
		k := unsafe.String(unsafe.SliceData(buf), len(buf))
		if strings.Contains(k, " ") || len(full[k]) != 1 {
			continue
		}
		r := *c.Role
		r.Person = full[k][0]
		cp := *c // the caller's claims are left alone
		cp.Role = &r
		cp.Key = "role|" + normalize.Key(r.Person)
		cp.Subject = r.Person + " · post"
		cs[i] = &cp
	}
	return cs
}

func sortClaims(cs []*model.Claim) {
	if !slices.IsSortedFunc(cs, cmpClaim) {
		slices.SortStableFunc(cs, cmpClaim)
	}
}

// cmpClaim orders claims by source, then place.
func cmpClaim(a, b *model.Claim) int {
	if c := strings.Compare(a.Source, b.Source); c != 0 {
		return c
	}
	return cmp.Compare(a.Evidence.Start, b.Evidence.Start)
}
