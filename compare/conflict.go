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
func anyConflict(cs []model.Claim, tol float64) bool { return incompatiblePair(cs, tol, true) }

// anyIncompatible reports whether two claims of a group from different sources cannot both hold,
// comparable or not: !allCompatible, in O(n log n) for quantities and dates.
func anyIncompatible(cs []model.Claim, tol float64) bool { return incompatiblePair(cs, tol, false) }

func incompatiblePair(cs []model.Claim, tol float64, comparableOnly bool) bool {
	allQ, allD := true, true
	for i := range cs {
		allQ = allQ && cs[i].Quantity != nil
		allD = allD && cs[i].Date != nil
	}
	if !allQ && !allD || len(cs) < 8 {
		if comparableOnly {
			return pairwiseConflict(cs, tol)
		}
		return pairwiseIncompatible(cs, tol)
	}
	if !comparableOnly {
		all := make([]int, len(cs))
		for i := range all {
			all[i] = i
		}
		return allQ && quantityConflict(cs, all, tol) || !allQ && dateConflict(cs, all)
	}
	// comparable(a, b): both read directly, or both about the same kind of event
	var direct []int
	byContext := map[string][]int{}
	var contexts []string
	for i := range cs {
		if !cs[i].Inferred {
			direct = append(direct, i)
		}
		if c := cs[i].Context; c != "" {
			if _, ok := byContext[c]; !ok {
				contexts = append(contexts, c)
			}
			byContext[c] = append(byContext[c], i)
		}
	}
	sort.Strings(contexts)
	sets := [][]int{direct}
	for _, c := range contexts {
		sets = append(sets, byContext[c])
	}
	for _, set := range sets {
		if allQ && quantityConflict(cs, set, tol) || !allQ && dateConflict(cs, set) {
			return true
		}
	}
	return false
}

// pairwiseConflict is the definition: some pair from different sources is comparable and incompatible.
func pairwiseConflict(cs []model.Claim, tol float64) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source != cs[j].Source && !Compatible(cs[i], cs[j], tol) && comparable(cs[i], cs[j]) {
				return true
			}
		}
	}
	return false
}

// pairwiseIncompatible is the definition: some pair from different sources cannot both hold.
func pairwiseIncompatible(cs []model.Claim, tol float64) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source != cs[j].Source && !Compatible(cs[i], cs[j], tol) {
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
	first, second *bound
}

func (l *lowest) add(b bound) {
	switch {
	case l.first == nil || b.lower(*l.first):
		if l.first != nil && l.first.src != b.src {
			l.second = l.first
		}
		l.first = &b
	case b.src != l.first.src && (l.second == nil || b.lower(*l.second)):
		l.second = &b
	}
}

// other is the lowest bound of a source other than src, or nil.
func (l *lowest) other(src string) *bound {
	if l.first != nil && l.first.src != src {
		return l.first
	}
	return l.second
}

// quantityConflict: within each unit and currency, an interval lying wholly above the lowest
// upper bound of another source is incompatible with it (Interval.Overlaps), and if no interval
// lies above the lowest bound, none lies above any.
func quantityConflict(cs []model.Claim, set []int, tol float64) bool {
	type unit struct{ unit, currency string }
	lows := map[unit]*lowest{}
	for _, i := range set {
		q := cs[i].Quantity
		iv := q.Widen(tol)
		if iv.Unbounded {
			continue
		}
		u := unit{q.Unit, q.Currency}
		if lows[u] == nil {
			lows[u] = &lowest{}
		}
		lows[u].add(bound{v: iv.High, open: iv.HighOpen, src: cs[i].Source})
	}
	for _, i := range set {
		q := cs[i].Quantity
		l := lows[unit{q.Unit, q.Currency}]
		if l == nil {
			continue
		}
		b := l.other(cs[i].Source)
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
func dateConflict(cs []model.Claim, set []int) bool {
	type end struct{ v, src string }
	var first, second *end
	for _, i := range set {
		d := cs[i].Date
		if !d.Resolved {
			continue
		}
		hi := d.End
		if hi == "" {
			hi = d.Start
		}
		e := end{highDate(hi), cs[i].Source}
		switch {
		case first == nil || e.v < first.v:
			if first != nil && first.src != e.src {
				second = first
			}
			first = &e
		case e.src != first.src && (second == nil || e.v < second.v):
			second = &e
		}
	}
	for _, i := range set {
		d := cs[i].Date
		if !d.Resolved {
			continue
		}
		b := first
		if b != nil && b.src == cs[i].Source {
			b = second
		}
		if b != nil && lowDate(d.Start) > b.v {
			return true
		}
	}
	return false
}
