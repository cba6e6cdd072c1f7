package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// A figure is keyed with the place or part it is limited to ("3 firefighters hurt in Shasta
// County" ends in "|shasta"), so that figures of two places never meet as rivals. A report that
// gives the same figure with no place ("Two firefighters were injured", an article whose places
// are too many to name one) still speaks of that place when its story names one place only for
// that figure: resolveScopes gives it that place's key, marked Inferred (the place is taken from
// other reports, not its own sentence): it corroborates, and raises a conflict only when both
// reports name the same kind of event, as a casualty count placed by its article's dominant place
// does. It is left apart when its story gives the figure for two places or more (which one it is
// cannot be told), when its own source gives the figure with a place and another value ("12 were
// killed in Kharkiv … 20 were killed": the bare figure is another one), and when its source gives
// two values without a place.
//
// Figures other than casualty counts take a place only to corroborate it, with the very value
// the placed figure has: a company's "6,900 jobs" beside its "2,900 jobs in Germany" is most
// often the whole beside a part, not a rival, and such claims carry their owner as Context, with
// which an inferred claim would still conflict. A figure given to one person (a prison term, a
// count of charges: personScoped) is the exception: its slot holds that person, and a report that
// names no one takes the story's one person with that person's context, and may conflict.

// scopeSlot is where a quantity key holds its scope, as byte offsets of c.Key: from i to j (i ==
// j: the key has a slot and no scope). ok is false for a key without a slot (a figure whose
// measure is unclear). The layouts are those the extractors write:
//   - casualty counts: quantity|measure|counted|place[|part] (extract.appendCasualtyKey);
//   - other figures: quantity|kind|what|unit[|verb]|scope|period[|per …][|change:…][|earlier]
//     (extract.appendClaim): the fields after the period are known by their openings, and the
//     core fields are six without a verb, seven with one.
func scopeSlot(c *model.Claim) (i, j int, ok bool) {
	const prefix = "quantity|"
	key := c.Key
	if c.Type != model.TypeQuantity || len(key) < len(prefix) || key[:len(prefix)] != prefix {
		return 0, 0, false
	}
	var at [10]int // where each field starts, up to ten
	n := 1
	for k := len(prefix); n < len(at); {
		at[n] = k
		n++
		m := strings.IndexByte(key[k:], '|')
		if m < 0 {
			break
		}
		k += m + 1
	}
	// end is where field f ends
	end := func(f int) int {
		if f+1 < n {
			return at[f+1] - 1
		}
		return len(key)
	}
	slot := -1
	if c.Kind == "casualty" {
		if n >= 4 {
			slot = 3
		}
	} else {
		if n >= 3 && key[at[2]:end(2)] == "?" {
			return 0, 0, false // "quantity|percent|?|a@246": what it measures is unclear
		}
		core := n
		for core > 0 && tailField(key[at[core-1]:end(core-1)]) {
			core--
		}
		switch core {
		case 6:
			slot = 4
		case 7:
			slot = 5
		}
	}
	if slot < 0 || slot >= n || n == len(at) {
		return 0, 0, false
	}
	return at[slot], end(slot), true
}

// tailField reports whether a key field is one appendClaim writes after the period.
func tailField(f string) bool {
	return strings.HasPrefix(f, "per ") || strings.HasPrefix(f, "change:") || f == "earlier"
}

// resolveScopes gives the quantity claims stated with no scope the key of the one scope their
// story gives the same figure (story names each source's story; nil: one story), marked
// Inferred. The claims it changes are copies: the caller's are left alone.
func resolveScopes(cs []*model.Claim, story map[string]string) {
	new(scopeMaps).resolve(cs, story)
}

// scopeMaps are resolveScopes' maps, which a grouping keeps from batch to batch (emptied, they
// keep their room): made anew, they were a batch's largest garbage but for its findings.
type scopeMaps struct {
	bare     map[string]bool         // the keys of the figures stated with no scope
	keys     map[deadlinePlan]string // the scoped key of each figure; "" when there are several
	subjects map[string]string       // the subject of each scoped key, as first given
	contexts map[string]string       // the context of each scoped key, as first given
	values   map[planSource]string   // the value of each figure's scoped claims (source ""); "" when several
	given    map[planSource]string   // the value a source gives with the scope; "" when several
}

// resolve is resolveScopes in m's maps.
func (m *scopeMaps) resolve(cs []*model.Claim, story map[string]string) {
	// the keys of the figures stated with no scope: most scoped figures have none, and their
	// keys without the scope are looked up in a buffer, not made
	if len(m.bare) > 0 {
		clear(m.bare)
	}
	// the claims with a scope, and where it is in their keys: scopeSlot read once a claim
	var room [64]scopedAt
	scoped := room[:0]
	for k, c := range cs {
		i, j, ok := scopeSlot(c)
		switch {
		case !ok:
		case i == j:
			if m.bare == nil {
				m.bare = map[string]bool{}
			}
			m.bare[c.Key] = true
		default:
			scoped = append(scoped, scopedAt{int32(k), int32(i), int32(j)})
		}
	}
	if len(m.bare) == 0 {
		return
	}
	bare := m.bare
	var buf [256]byte
	var keys map[deadlinePlan]string
	var subjects, contexts map[string]string
	var values, given map[planSource]string
	for _, at := range scoped {
		c, i, j := cs[at.k], int(at.i), int(at.j)
		if !bare[string(append(append(buf[:0], c.Key[:i]...), c.Key[j:]...))] {
			continue
		}
		base := c.Key[:i] + c.Key[j:]
		if keys == nil {
			keys, subjects, contexts, values, given = m.emptied()
		}
		p := deadlinePlan{story[c.Source], base}
		if k, seen := keys[p]; !seen {
			keys[p] = c.Key
			subjects[c.Key] = c.Subject
			contexts[c.Key] = c.Context
		} else if k != c.Key {
			keys[p] = ""
		}
		v := normValue(c)
		setOnce(given, planSource{p, c.Source}, v)
		setOnce(values, planSource{deadlinePlan: p}, v)
	}
	if keys == nil {
		return
	}
	// figures other than casualty counts take a place only to agree with it: a whole beside a
	// part may only corroborate
	may := func(c *model.Claim, p deadlinePlan, v string) bool {
		return c.Kind == "casualty" || personScoped(c) || values[planSource{deadlinePlan: p}] == v
	}
	takeQualified(cs, story, keys, given, may, func(c *model.Claim, key string) {
		c.Key = key
		c.Subject = subjects[key] // "firefighters injured · Shasta"
		c.Inferred = true
		if personScoped(c) {
			c.Context = contexts[key] // the person: an inferred claim conflicts by its context
		}
	})
}

// emptied returns m's maps but bare, emptied (made when first asked for).
func (m *scopeMaps) emptied() (keys map[deadlinePlan]string, subjects, contexts map[string]string, values, given map[planSource]string) {
	if m.keys == nil {
		m.keys, m.given, m.values = map[deadlinePlan]string{}, map[planSource]string{}, map[planSource]string{}
		m.subjects, m.contexts = map[string]string{}, map[string]string{}
	} else {
		clear(m.keys)
		clear(m.subjects)
		clear(m.contexts)
		clear(m.values)
		clear(m.given)
	}
	return m.keys, m.subjects, m.contexts, m.values, m.given
}

// scopedAt is a claim of resolveScopes' list (k) with a scope, from i to j in its key.
type scopedAt struct{ k, i, j int32 }

// personScoped reports whether c is a figure whose scope is the one person it is given to: a
// prison term ("quantity|duration|sentenc|years|larsen|") or a number of charges
// ("quantity|charge|charg fraud|counts|convict|larsen|"), as extract keys them. A story that gives
// such a figure to one person only lends that person to a report of the figure that names no one
// ("a former mayor was sentenced to seven years"), which then may conflict: a report of one
// defendant's term is that term, where a company's figure without a place may be the whole of a
// part. A term given to several at once ("sentenc each") or to someone known by another ("his
// co-defendant": "sentenc other") has a key of its own and never takes one person.
func personScoped(c *model.Claim) bool {
	const term, charge = "quantity|duration|sentenc", "quantity|charge|charg"
	var rest string // from the end of the what field's first word: "|years|…", " possibl|years|…"
	switch {
	case c.Kind == "duration" && strings.HasPrefix(c.Key, term):
		rest = c.Key[len(term):]
	case c.Kind == "charge" && strings.HasPrefix(c.Key, charge):
		rest = c.Key[len(charge):]
	default:
		return false
	}
	i := strings.IndexByte(rest, '|')
	return i >= 0 && !strings.HasSuffix(rest[:i], " each") && !strings.HasSuffix(rest[:i], " other")
}

// scopeShuffleKey is the partition of a quantity key with its scope left out: a figure with no
// scope may take the one its story gives (resolveScopes).
func scopeShuffleKey(c *model.Claim) string {
	if i, j, ok := scopeSlot(c); ok && i != j {
		return c.Key[:i] + c.Key[j:]
	}
	return c.Key
}
