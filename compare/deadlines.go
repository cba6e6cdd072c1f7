package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// A planned figure is keyed with its deadline ("will cut 2,400 jobs by 2027" ends in "|by 2027"),
// so that the steps of one plan ("1,800 by 2025 … 2,400 by 2027") never meet as rivals. A report
// that gives the same plan without its deadline ("will cut 1,800 jobs") still speaks of it when
// the story knows one deadline only for that figure: resolveDeadlines gives it that deadline's
// key. It is left apart when the story gives two deadlines (which step it is cannot be told), and
// when its own source gives the deadline too (it then states another figure: "has cut 1,000 jobs
// and will cut 2,400 by 2027").

// deadlineMark opens the deadline in a quantity key: "|by " and a year.
const deadlineMark = "|by "

// deadlineBase is key without its deadline ("…|cut||by 2027" → "…|cut||"), and whether it has one.
func deadlineBase(key string) (string, bool) {
	i := strings.Index(key, deadlineMark)
	if i < 0 {
		return "", false
	}
	end := i + len(deadlineMark) + 4
	if end > len(key) || end < len(key) && key[end] != '|' {
		return "", false
	}
	for _, c := range key[i+len(deadlineMark) : end] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return key[:i+1] + key[end:], true
}

// resolveDeadlines gives the quantity claims stated without a deadline the key of the one
// deadline their story gives the same figure (story names each source's story; nil: one story).
// The claims it changes are copies: the caller's are left alone.
func resolveDeadlines(cs []*model.Claim, story map[string]string) {
	type plan struct{ story, base string }
	var keys map[plan]string      // the deadline key of each plan; "" when there are several
	var sources map[plan][]string // the sources that give the deadline
	for _, c := range cs {
		if c.Type != model.TypeQuantity || !strings.Contains(c.Key, deadlineMark) {
			continue
		}
		base, ok := deadlineBase(c.Key)
		if !ok {
			continue
		}
		if keys == nil {
			keys, sources = map[plan]string{}, map[plan][]string{}
		}
		p := plan{story[c.Source], base}
		if k, seen := keys[p]; !seen {
			keys[p] = c.Key
		} else if k != c.Key {
			keys[p] = ""
		}
		if !contains(sources[p], c.Source) {
			sources[p] = append(sources[p], c.Source)
		}
	}
	if keys == nil {
		return
	}
	// the claims without a deadline that may take one, by plan and source, with the value each
	// source gives: a source that gives two ("has cut 1,000 jobs and will cut 2,400") says which
	// is the plan no more than its key does
	type from struct {
		plan
		source string
	}
	var at map[from][]int
	var value map[from]string
	for i, c := range cs {
		if c.Type != model.TypeQuantity {
			continue
		}
		p := plan{story[c.Source], c.Key}
		if keys[p] == "" || contains(sources[p], c.Source) {
			continue
		}
		if at == nil {
			at, value = map[from][]int{}, map[from]string{}
		}
		f := from{p, c.Source}
		if v, seen := value[f]; !seen {
			value[f] = normValue(c)
		} else if v != normValue(c) {
			value[f] = "" // two values: none takes the deadline
		}
		at[f] = append(at[f], i)
	}
	for f, idx := range at {
		if value[f] == "" {
			continue
		}
		for _, i := range idx {
			cp := *cs[i]
			cp.Key = keys[f.plan]
			cs[i] = &cp
		}
	}
}
