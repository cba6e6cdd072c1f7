package compare

import (
	"sort"

	"github.com/crosscheck/crosscheck/model"
)

// anyConflict reports whether two claims of a group, from different sources, are comparable and
// incompatible: the question decide asks. Groups of quantities or of dates are answered in
// O(n log n) by looking, in each set of mutually comparable claims, at the lowest upper bounds
// only; other groups are compared pair by pair until the first conflict. Large groups happen:
// a corpus of many stories puts every "emergency aid" figure under one key.
func anyConflict(cs []*model.Claim, tol float64) bool { return incompatiblePair(cs, tol, true) }

// anyIncompatible reports whether two claims of a group from different sources cannot both hold,
// comparable or not: !allCompatible, in O(n log n) for quantities and dates.
func anyIncompatible(cs []*model.Claim, tol float64) bool { return incompatiblePair(cs, tol, false) }

func incompatiblePair(cs []*model.Claim, tol float64, comparableOnly bool) bool {
	allQ, allD := true, true
	for _, c := range cs {
		allQ = allQ && c.Quantity != nil
		allD = allD && c.Date != nil
	}
	if !allQ && !allD || len(cs) < 8 {
		if comparableOnly {
			return pairwiseConflict(cs, tol)
		}
		return pairwiseIncompatible(cs, tol)
	}
	if !comparableOnly {
		return allQ && quantityConflict(cs, tol) || !allQ && dateConflict(cs)
	}
	plain := true // all read directly, none about a kind of event: one set
	for _, c := range cs {
		if c.Inferred || c.Context != "" {
			plain = false
			break
		}
	}
	if plain {
		return allQ && quantityConflict(cs, tol) || !allQ && dateConflict(cs)
	}
	// comparable(a, b): both read directly, or both about the same kind of event or party
	var direct []*model.Claim
	byContext := map[string][]*model.Claim{}
	var contexts []string
	for _, c := range cs {
		if !c.Inferred {
			direct = append(direct, c)
		}
		if x := c.Context; x != "" {
			if _, ok := byContext[x]; !ok {
				contexts = append(contexts, x)
			}
			byContext[x] = append(byContext[x], c)
		}
	}
	sort.Strings(contexts)
	if partyContexts(cs) && len(contexts) > 1 {
		// one party named two ways is one context, as splitByContext has it (contexts.go)
		byContext, contexts = partyGroups(cs, contexts)
	}
	sets := [][]*model.Claim{direct}
	for _, x := range contexts {
		sets = append(sets, byContext[x])
	}
	for _, set := range sets {
		if allQ && quantityConflict(set, tol) || !allQ && dateConflict(set) {
			return true
		}
	}
	return false
}

// pairwiseConflict is the definition: some pair from different sources is comparable and incompatible.
func pairwiseConflict(cs []*model.Claim, tol float64) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source != cs[j].Source && !compatible(cs[i], cs[j], tol) && comparable(cs[i], cs[j]) {
				return true
			}
		}
	}
	return false
}

// pairwiseIncompatible is the definition: some pair from different sources cannot both hold.
func pairwiseIncompatible(cs []*model.Claim, tol float64) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source != cs[j].Source && !compatible(cs[i], cs[j], tol) {
				return true
			}
		}
	}
	return false
}

// bound is an upper bound of one claim: a value and whether it is excluded.
type bound struct {
	v    float64
	open bool
	src  string
}

// lower orders upper bounds: a smaller value, or an excluded one at the same value, leaves less room.
func (b bound) lower(o bound) bool { return b.v < o.v || b.v == o.v && b.open && !o.open }

// lowest keeps the lowest bound and the lowest bound of another source.
type lowest struct {
	first, second bound
	n             int // bounds held: 0, 1 (first) or 2 (first and second)
}

func (l *lowest) add(b bound) {
	switch {
	case l.n == 0 || b.lower(l.first):
		if l.n > 0 && l.first.src != b.src {
			l.second = l.first
			l.n = 2
		}
		l.first = b
		l.n = max(l.n, 1)
	case b.src != l.first.src && (l.n < 2 || b.lower(l.second)):
		l.second = b
		l.n = 2
	}
}

// other is the lowest bound of a source other than src, or nil.
func (l *lowest) other(src string) *bound {
	if l.n > 0 && l.first.src != src {
		return &l.first
	}
	if l.n > 1 {
		return &l.second
	}
	return nil
}

// quantityConflict: within each unit and currency, an interval lying wholly above the lowest
// upper bound of another source is incompatible with it (Interval.Overlaps), and if no interval
// lies above the lowest bound, none lies above any.
func quantityConflict(set []*model.Claim, tol float64) bool {
	type unit struct{ unit, currency string }
	var one lowest // most groups measure in one unit: no map
	oneUnit := unit{}
	if len(set) > 0 {
		oneUnit = unit{set[0].Quantity.Unit, set[0].Quantity.Currency}
	}
	var lows map[unit]*lowest
	bounds := func(u unit) *lowest {
		if u == oneUnit {
			return &one
		}
		if lows == nil {
			lows = map[unit]*lowest{}
		}
		if lows[u] == nil {
			lows[u] = &lowest{}
		}
		return lows[u]
	}
	for _, c := range set {
		q := c.Quantity
		iv := q.Widen(tol)
		if iv.Unbounded {
			continue
		}
		bounds(unit{q.Unit, q.Currency}).add(bound{v: iv.High, open: iv.HighOpen, src: c.Source})
	}
	for _, c := range set {
		q := c.Quantity
		u := unit{q.Unit, q.Currency}
		var l *lowest
		if u == oneUnit {
			l = &one
		} else if l = lows[u]; l == nil {
			continue
		}
		b := l.other(c.Source)
		if b == nil {
			continue
		}
		iv := q.Widen(tol)
		if iv.Low > b.v || iv.Low == b.v && (iv.LowOpen || b.open) {
			return true
		}
	}
	return false
}

// dateConflict: resolved dates conflict when one starts after another of another source ends
// (datesOverlap); unresolved dates agree with everything.
func dateConflict(set []*model.Claim) bool {
	type end struct{ v, src string } // v: the last day, as highDate would pad it
	var first, second end
	n := 0
	for _, c := range set {
		d := c.Date
		if !d.Resolved {
			continue
		}
		hi := d.End
		if hi == "" {
			hi = d.Start
		}
		e := end{hi, c.Source}
		switch {
		case n == 0 || cmpDate(e.v, true, first.v, true) < 0:
			if n > 0 && first.src != e.src {
				second = first
				n = 2
			}
			first = e
			n = max(n, 1)
		case e.src != first.src && (n < 2 || cmpDate(e.v, true, second.v, true) < 0):
			second = e
			n = 2
		}
	}
	for _, c := range set {
		d := c.Date
		if !d.Resolved || n == 0 {
			continue
		}
		b := first
		if b.src == c.Source {
			if n < 2 {
				continue
			}
			b = second
		}
		if cmpDate(d.Start, false, b.v, true) > 0 {
			return true
		}
	}
	return false
}
