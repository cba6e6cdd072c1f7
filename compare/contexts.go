package compare

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// A figure's Context names its owner ("jobs cut (Nordvik Motors)"), and outlets name one party
// several ways: "Nordvik" and "Nordvik Motors", "the BBC" and "BBC", "Siemens" and "Siemens AG".
// Contexts that name the same party meet, so that their figures are compared: one context's words
// are a leading part of the other's (case-folded, without a leading "the" or trailing corporate
// suffixes), and the pairing is unambiguous within the group: a short name that could be either
// of two longer ones ("Nordvik" beside "Nordvik Motors" and "Nordvik Energy") meets neither.
// Event kinds ("attack", "fire") are single words of a closed list and never lead one another;
// a fire named two ways ("Carr", "Carr Creek") meets as a company does.

// corporateSuffix: words that end a company's name without telling two companies apart.
var corporateSuffix = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "company": true,
	"ag": true, "plc": true, "ltd": true, "limited": true, "llc": true, "group": true, "sa": true,
	"nv": true, "bv": true, "gmbh": true, "se": true, "spa": true, "holdings": true, "holding": true,
	"asa": true, "ab": true, "oyj": true,
}

// partyWords is a context's words as a party's name: case-folded, dots and commas dropped
// ("Inc.", "Co.,"), without a leading "the" and trailing corporate suffixes. A name made only of
// such words keeps them ("Group" is not nothing).
func partyWords(ctx string) []string {
	ws := strings.Fields(strings.ToLower(ctx))
	for i, w := range ws {
		ws[i] = strings.TrimRight(strings.ReplaceAll(w, ".", ""), ",")
	}
	all := ws
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	for len(ws) > 1 && corporateSuffix[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || len(ws) == 1 && corporateSuffix[ws[0]] && len(all) > 1 {
		return all
	}
	return ws
}

// leads reports whether words a are a leading part of words b (or equal to them).
func leads(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameParty reports whether two contexts may name the same party, pair by pair: equal, or one's
// words lead the other's. Ambiguity is the group's to judge (partyClasses); this is for claims
// already put in one group.
func sameParty(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	wa, wb := partyWords(a), partyWords(b)
	return leads(wa, wb) || leads(wb, wa) || acronymOf(a, b) // "BBC", "British Broadcasting Corporation" (acronyms.go)
}

// partyClasses maps each of a group's distinct contexts (names, non-empty) to the context that
// stands for its class: the longest name of the class, the first of names when several are as
// long. A name joins the longer names it leads only when they form one chain (each leading the
// next): two different continuations make it ambiguous and it stays alone, as do they.
// Contexts of claims other than quantities (dates' "recent") are discriminators, not names: the
// caller passes them only for quantities.
func partyClasses(names []string) map[string]string {
	// each name's words joined by NUL, which sorts before any letter: the names a name leads
	// then follow it at once in sorting order ("nordvik", "nordvik\x00energy", "nordvik\x00motors",
	// "nordvikbank"), so a group of many owners is matched in O(n log n), not pair by pair
	words := make([]int, len(names))
	keys := make([]string, len(names))
	for i, n := range names {
		ws := partyWords(n)
		words[i], keys[i] = len(ws), strings.Join(ws, "\x00")
	}
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	leadsKey := func(a, b string) bool { return a == b || strings.HasPrefix(b, a+"\x00") }
	for k, i := range order {
		// the names i leads, equal words first; longer ones join i only when they make a chain
		chain := true
		end := k + 1
		for ; end < len(order) && leadsKey(keys[i], keys[order[end]]); end++ {
			if j := order[end]; keys[j] == keys[i] {
				parent[find(j)] = find(i) // same words are one party ("Siemens", "Siemens AG")
			} else if prev := keys[order[end-1]]; prev != keys[i] && !leadsKey(prev, keys[j]) {
				chain = false // "Nordvik" beside "Nordvik Energy" and "Nordvik Motors"
			}
		}
		if !chain {
			continue
		}
		for _, j := range order[k+1 : end] {
			parent[find(j)] = find(i)
		}
	}
	joinAcronyms(names, find, func(i, j int) { parent[find(j)] = find(i) }) // acronyms.go
	// the class's name: its longest member
	rep := map[int]int{}
	for i := range names {
		r := find(i)
		if k, ok := rep[r]; !ok || words[i] > words[k] {
			rep[r] = i
		}
	}
	out := make(map[string]string, len(names))
	for i, n := range names {
		out[n] = names[rep[find(i)]]
	}
	return out
}

// partyContexts reports whether cs's contexts are owners' names to be matched: quantities'.
func partyContexts(cs []*model.Claim) bool {
	return len(cs) > 0 && cs[0].Type == model.TypeQuantity
}

// partyGroups regroups cs's claims that have a context by party: the claims of each class, in
// cs's order, under the class's name, and the class names sorted. names are cs's contexts, sorted.
func partyGroups(cs []*model.Claim, names []string) (map[string][]*model.Claim, []string) {
	class := partyClasses(names)
	groups := make(map[string][]*model.Claim, len(names))
	var reps []string
	for _, c := range cs {
		if c.Context == "" {
			continue
		}
		r := class[c.Context]
		if _, ok := groups[r]; !ok {
			reps = append(reps, r)
		}
		groups[r] = append(groups[r], c)
	}
	sort.Strings(reps)
	return groups, reps
}

// partyName is the name a group's claims give their party, the fullest of them ("Nordvik
// Motors" over "Nordvik"; of two as full, the first in sorting order), so that the group's
// subject does not depend on the order its claims came in; "" when none gives one.
func partyName(cs []*model.Claim) string {
	best, n := "", 0
	for _, c := range cs {
		if c.Context == "" || c.Context == best {
			continue
		}
		k := len(partyWords(c.Context))
		if best == "" || k > n || k == n && c.Context < best {
			best, n = c.Context, k
		}
	}
	return best
}

// oneNamePerParty drops from a sorted list of names those that only shorten another name of the
// list ("Nordvik" beside "Nordvik Motors"), when the longer names they lead are one chain: the
// attribution note then does not take one party named two ways for two sources of a figure.
func oneNamePerParty(names []string) []string {
	out := names[:0:0]
	for _, x := range names {
		var longer []string
		for _, y := range names {
			if len(y) > len(x) && sameParty(x, y) {
				longer = append(longer, y)
			}
		}
		chain := len(longer) > 0
		for i := range longer {
			for j := i + 1; j < len(longer); j++ {
				chain = chain && sameParty(longer[i], longer[j])
			}
		}
		if !chain {
			out = append(out, x)
		}
	}
	return out
}
