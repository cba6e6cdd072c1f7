package compare

import "strings"

// Outlets name one party by its full name and by its initials: "the British Broadcasting
// Corporation" and "the BBC", "General Motors" and "GM", "the Royal College of Nursing" and "the
// RCN". A context written as one upper-case word meets the full name whose initials it spells,
// with or without the little words ("of", "and") and the corporate suffix ("Corporation"), so
// that their figures are compared. It meets only one: initials that two names of the group spell
// ("the BA" beside "British Airways" and "British Athletics") meet neither.

// acronymSkip are words whose initial a party's initials may leave out.
var acronymSkip = map[string]bool{"of": true, "and": true, "for": true, "&": true, "the": true, "de": true, "on": true}

// acronymWord returns the letters of a context written as initials ("BBC", "the RCN"), in lower
// case, or "".
func acronymWord(ctx string) string {
	ws := strings.Fields(ctx)
	if len(ws) == 2 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) != 1 {
		return ""
	}
	w := strings.ReplaceAll(ws[0], ".", "") // "U.N."
	if len(w) < 2 || len(w) > 6 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return ""
		}
	}
	return strings.ToLower(w)
}

// spells reports whether the letters of an acronym are the initials of the full name ctx: of all
// its words, or leaving out the little words, the corporate suffix, or both.
func spells(letters, ctx string) bool {
	ws := strings.Fields(strings.ToLower(ctx))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if strings.Trim(w, ".,") == letters {
			return false // "AG" and "the AG Group": the initials are a word of the name, not its initials
		}
	}
	for _, skipLittle := range []bool{false, true} {
		for _, skipSuffix := range []bool{false, true} {
			var b strings.Builder
			for i, w := range ws {
				w = strings.Trim(w, ".,")
				if w == "" || skipLittle && acronymSkip[w] || skipSuffix && i == len(ws)-1 && corporateSuffix[w] {
					continue
				}
				b.WriteByte(w[0])
			}
			if b.String() == letters {
				return true
			}
		}
	}
	return false
}

// acronymOf reports whether one of two contexts is the other's initials.
func acronymOf(a, b string) bool {
	if l := acronymWord(a); l != "" && acronymWord(b) == "" {
		return spells(l, b)
	}
	if l := acronymWord(b); l != "" && acronymWord(a) == "" {
		return spells(l, a)
	}
	return false
}

// joinAcronyms joins each name of names written as initials to the one class (find) of full
// names it spells; join(i, j) puts j in i's class. Initials spelling two classes stay alone.
func joinAcronyms(names []string, find func(int) int, join func(i, j int)) {
	for i, n := range names {
		l := acronymWord(n)
		if l == "" {
			continue
		}
		class := -1
		for j, m := range names {
			if j == i || acronymWord(m) != "" || !spells(l, m) {
				continue
			}
			if c := find(j); class >= 0 && c != class {
				class = -2 // two parties have these initials
				break
			} else {
				class = c
			}
		}
		if class >= 0 {
			join(class, i)
		}
	}
}
