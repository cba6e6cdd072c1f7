package compare

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// spelledAlike reports whether two named speakers are one person whose surname one source
// misspells ("Anna Lindqvist", "Anna Lindquist"; "Jon Stoltenberg", "Jon Stoltenburg"): the same
// given names, and surnames of five letters or more that begin alike and differ by one letter
// added, dropped or changed, or two letters swapped. Quotations are only compared within a story,
// where two people so named are far rarer than a slip of the keyboard; a surname alone
// ("Lindquist") or a changed given name ("Ana", "Anna") is not read as a misspelling.
func spelledAlike(a, b string) bool {
	fa, fb := strings.Fields(normalize.Key(a)), strings.Fields(normalize.Key(b))
	if len(fa) < 2 || len(fa) != len(fb) {
		return false
	}
	for i := 0; i < len(fa)-1; i++ {
		if fa[i] != fb[i] {
			return false
		}
	}
	sa, sb := []rune(fa[len(fa)-1]), []rune(fb[len(fb)-1])
	if len(sa) < 5 || len(sb) < 5 || sa[0] != sb[0] {
		return false
	}
	return oneEdit(sa, sb)
}

// oneEdit reports whether a and b differ by exactly one rune inserted, deleted or substituted, or
// by two adjacent runes swapped.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i == len(a) {
			return false // equal
		}
		if string(a[i+1:]) == string(b[i+1:]) {
			return true // one substituted
		}
		// two swapped
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	}
	return string(a[i:]) == string(b[i+1:]) // one inserted in b
}

// spellingNote tells, for a group of quotations credited to one person, how the sources spell the
// name when they spell it differently ("Anna Lindqvist" in a, "Anna Lindquist" in b): a misspelt
// name is itself worth correcting before publication. Surnames given alone are not counted.
func spellingNote(group []*model.Claim) string {
	var names, keys []string // keys[i]: normalize.Key(names[i]), made once
	var srcs [][]string
	for _, c := range group {
		if c.Inferred {
			continue
		}
		s := c.Quote.Speaker
		ks := normalize.Key(s)
		if countFields(ks) < 2 {
			continue
		}
		k := -1
		for i, kn := range keys {
			if kn == ks {
				k = i
				break
			}
		}
		if k < 0 {
			names, keys, srcs = append(names, s), append(keys, ks), append(srcs, nil)
			k = len(names) - 1
		}
		if !containsStr(srcs[k], c.Source) {
			srcs[k] = append(srcs[k], c.Source)
		}
	}
	if len(names) < 2 {
		return ""
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("“%s” (%s)", n, strings.Join(srcs[i], ", "))
	}
	return "; the name is spelled " + strings.Join(parts, ", ")
}
