package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// A planned figure is keyed with its deadline ("will cut 2,400 jobs by 2027" ends in "|by 2027"),
// so that the steps of one plan ("1,800 by 2025 … 2,400 by 2027") never meet as rivals. A report
// that gives the same plan without its deadline ("will cut 1,800 jobs") still speaks of it when
// the story knows one deadline only for that figure: resolveDeadlines gives it that deadline's
// key. It is left apart when the story gives two deadlines (which step it is cannot be told),
// when its own source gives the deadline with another value (it then states another figure: "has
// cut 1,000 jobs and will cut 2,400 by 2027"; a headline repeating the 2,400 takes it), and when
// its source gives two values without one.

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

// deadlinePlan is a figure without its deadline: its story and its key without the deadline.
type deadlinePlan struct{ story, base string }

// planSource is a deadlinePlan as one source gives it.
type planSource struct {
	deadlinePlan
	source string
}

// resolveDeadlines gives the quantity claims stated without a deadline the key of the one
// deadline their story gives the same figure (story names each source's story; nil: one story).
// The claims it changes are copies: the caller's are left alone.
func resolveDeadlines(cs []*model.Claim, story map[string]string) {
	var keys map[deadlinePlan]string // the deadline key of each plan; "" when there are several
	var given map[planSource]string  // the value a source gives with the deadline; "" when several
	for _, c := range cs {
		if c.Type != model.TypeQuantity || !strings.Contains(c.Key, deadlineMark) {
			continue
		}
		base, ok := deadlineBase(c.Key)
		if !ok {
			continue
		}
		if keys == nil {
			keys, given = map[deadlinePlan]string{}, map[planSource]string{}
		}
		p := deadlinePlan{story[c.Source], base}
		if k, seen := keys[p]; !seen {
			keys[p] = c.Key
		} else if k != c.Key {
			keys[p] = ""
		}
		setOnce(given, planSource{p, c.Source}, normValue(c))
	}
	if keys == nil {
		return
	}
	// the claims without a deadline take it; a source that gives two ("has cut 1,000 jobs and
	// will cut 2,400") says which is the plan no more than its key does
	takeQualified(cs, story, keys, given, nil, func(c *model.Claim, key string) { c.Key = key })
}

// takeQualified gives the claims of cs whose key is a plan's base the plan's qualified key
// (keys: the one qualified key of each plan, "" when several), through take, on copies: the
// claims of a source that gives the qualified figure no other value (given), that may accepts
// (nil: all), when their source gives the bare figure one value only.
func takeQualified(cs []*model.Claim, story map[string]string, keys map[deadlinePlan]string, given map[planSource]string,
	may func(c *model.Claim, p deadlinePlan, v string) bool, take func(c *model.Claim, key string)) {
	var at map[planSource][]int
	var value map[planSource]string
	for i, c := range cs {
		if c.Type != model.TypeQuantity {
			continue
		}
		p := deadlinePlan{story[c.Source], c.Key}
		if keys[p] == "" {
			continue // no qualified figure of this key (a qualified key is its own base), or several
		}
		f := planSource{p, c.Source}
		v := normValue(c)
		if g, gives := given[f]; gives && g != v {
			continue // the source gives the qualified figure another value: this one is another
		}
		if may != nil && !may(c, p, v) {
			continue
		}
		if at == nil {
			at, value = map[planSource][]int{}, map[planSource]string{}
		}
		setOnce(value, f, v)
		at[f] = append(at[f], i)
	}
	for f, idx := range at {
		if value[f] == "" {
			continue
		}
		for _, i := range idx {
			cp := *cs[i]
			take(&cp, keys[f.deadlinePlan])
			cs[i] = &cp
		}
	}
}

// setOnce sets m[k] to v when k is new, and to "" when it holds another value.
func setOnce(m map[planSource]string, k planSource, v string) {
	if old, seen := m[k]; !seen {
		m[k] = v
	} else if old != v {
		m[k] = ""
	}
}
