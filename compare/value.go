package compare

import (
	"math"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// The helpers here answer what comparing normValue strings answers, without building the
// strings: equal and ordered exactly as normValue's renderings are. Claims whose values are of
// different kinds (a mixed group, never seen in practice) fall back to the strings themselves.

// valueKind is the branch of normValue a claim takes.
func valueKind(c *model.Claim) int {
	switch {
	case c.Quantity != nil:
		return 1
	case c.Date != nil:
		return 2
	case c.Role != nil:
		return 3
	case c.Quote != nil:
		return 4
	}
	return 0
}

// sameFloat: %v renders two floats alike exactly when they are the same bits, or both NaN.
func sameFloat(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || a != a && b != b
}

// sameValue reports normValue(a) == normValue(b).
func sameValue(a, b *model.Claim) bool {
	k := valueKind(a)
	if k != valueKind(b) {
		return normValue(a) == normValue(b)
	}
	switch k {
	case 1:
		x, y := a.Quantity, b.Quantity
		return sameFloat(x.Low, y.Low) && sameFloat(x.High, y.High) && x.Unbounded == y.Unbounded &&
			x.LowOpen == y.LowOpen && x.HighOpen == y.HighOpen && x.Approx == y.Approx &&
			cmpJoin(x.Unit, "|", x.Currency, y.Unit, y.Currency) == 0
	case 2:
		return cmpJoin(a.Date.Start, "..", a.Date.End, b.Date.Start, b.Date.End) == 0
	case 3:
		return cmpJoin(a.Role.Person, "|", a.Role.Post, b.Role.Person, b.Role.Post) == 0
	case 4:
		return cmpJoin(a.Quote.Speaker, "|", a.Quote.Folded, b.Quote.Speaker, b.Quote.Folded) == 0
	}
	return a.Value == b.Value
}

// cmpValue is strings.Compare(normValue(a), normValue(b)).
func cmpValue(a, b *model.Claim) int {
	k := valueKind(a)
	if k == valueKind(b) {
		switch k {
		case 1:
			x, y := a.Quantity, b.Quantity
			if !sameFloat(x.Low, y.Low) || !sameFloat(x.High, y.High) {
				break // numbers rendered differently: let the renderings decide
			}
			for _, p := range [4][2]bool{{x.Unbounded, y.Unbounded}, {x.LowOpen, y.LowOpen}, {x.HighOpen, y.HighOpen}, {x.Approx, y.Approx}} {
				if p[0] != p[1] {
					if p[1] { // "false" < "true"
						return -1
					}
					return 1
				}
			}
			return cmpJoin(x.Unit, "|", x.Currency, y.Unit, y.Currency)
		case 2:
			return cmpJoin(a.Date.Start, "..", a.Date.End, b.Date.Start, b.Date.End)
		case 3:
			return cmpJoin(a.Role.Person, "|", a.Role.Post, b.Role.Person, b.Role.Post)
		case 4:
			return cmpJoin(a.Quote.Speaker, "|", a.Quote.Folded, b.Quote.Speaker, b.Quote.Folded)
		case 0:
			return strings.Compare(a.Value, b.Value)
		}
	}
	return strings.Compare(normValue(a), normValue(b))
}

// valueHash hashes normValue(c) consistently with sameValue among claims of one kind; mixed
// groups hash the renderings (strict).
func valueHash(c *model.Claim, strict bool) uint64 {
	h := fnvOffset
	if strict {
		return fnvString(h, normValue(c))
	}
	switch valueKind(c) {
	case 1:
		q := c.Quantity
		h = fnvUint(h, floatBits(q.Low))
		h = fnvUint(h, floatBits(q.High))
		var flags uint64
		for i, b := range [4]bool{q.Unbounded, q.LowOpen, q.HighOpen, q.Approx} {
			if b {
				flags |= 1 << i
			}
		}
		h = fnvUint(h, flags)
		return fnvString(fnvString(fnvString(h, q.Unit), "|"), q.Currency)
	case 2:
		return fnvString(fnvString(fnvString(h, c.Date.Start), ".."), c.Date.End)
	case 3:
		return fnvString(fnvString(fnvString(h, c.Role.Person), "|"), c.Role.Post)
	case 4:
		return fnvString(fnvString(fnvString(h, c.Quote.Speaker), "|"), c.Quote.Folded)
	}
	return fnvString(h, c.Value)
}

// floatBits is a float's bits with every NaN alike (they render alike).
func floatBits(v float64) uint64 {
	if v != v {
		return math.Float64bits(math.NaN())
	}
	return math.Float64bits(v)
}

// mixedKinds reports whether normValue takes more than one branch over cs.
func mixedKinds(cs []*model.Claim) bool {
	for _, c := range cs[1:] {
		if valueKind(c) != valueKind(cs[0]) {
			return true
		}
	}
	return false
}

// cmpJoin is strings.Compare(a1+sep+a2, b1+sep+b2) without building either.
func cmpJoin(a1, sep, a2, b1, b2 string) int {
	if len(a1) == len(b1) {
		if c := strings.Compare(a1, b1); c != 0 {
			return c
		}
		return strings.Compare(a2, b2)
	}
	m := min(len(a1), len(b1))
	if c := strings.Compare(a1[:m], b1[:m]); c != 0 {
		return c
	}
	return cmpParts(a1, sep, a2, b1, sep, b2)
}

// cmpParts compares a1+a2+a3 with b1+b2+b3, as strings.Compare of the joined strings: piece
// against piece, over the stretches where the pieces of both sides overlap.
func cmpParts(a1, a2, a3, b1, b2, b3 string) int {
	as, bs := [3]string{a1, a2, a3}, [3]string{b1, b2, b3}
	x, y := a1, b1
	ia, ib := 0, 0
	for {
		for len(x) == 0 && ia < 2 {
			ia++
			x = as[ia]
		}
		for len(y) == 0 && ib < 2 {
			ib++
			y = bs[ib]
		}
		if len(x) == 0 || len(y) == 0 {
			break
		}
		n := min(len(x), len(y))
		if c := strings.Compare(x[:n], y[:n]); c != 0 {
			return c
		}
		x, y = x[n:], y[n:]
	}
	// one side is all read, and equal to as much of the other
	switch {
	case len(x) == 0 && len(y) == 0:
		return 0
	case len(x) == 0:
		return -1
	}
	return 1
}

// cmpDate compares dates padded to full days (lowDate or highDate by the flags) without padding them.
func cmpDate(a string, aHigh bool, b string, bHigh bool) int {
	if len(a) == len(b) { // most: full dates, with no pad
		if c := strings.Compare(a, b); c != 0 {
			return c
		}
		return strings.Compare(datePad(a, aHigh), datePad(b, bHigh))
	}
	return cmpParts(a, datePad(a, aHigh), "", b, datePad(b, bHigh), "")
}

// datePad is what lowDate (high false) or highDate (high true) appends.
func datePad(s string, high bool) string {
	switch len(s) {
	case 4:
		if high {
			return "-12-31"
		}
		return "-01-01"
	case 7:
		if high {
			return "-31"
		}
		return "-01"
	}
	return ""
}

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// fnvString continues an FNV-1a hash over s: hashing pieces one after another hashes their concatenation.
// Four bytes a turn: the same steps with a quarter of the loop's tests.
func fnvString(h uint64, s string) uint64 {
	for ; len(s) >= 4; s = s[4:] {
		h = (h ^ uint64(s[0])) * fnvPrime
		h = (h ^ uint64(s[1])) * fnvPrime
		h = (h ^ uint64(s[2])) * fnvPrime
		h = (h ^ uint64(s[3])) * fnvPrime
	}
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvUint(h, v uint64) uint64 {
	for i := 0; i < 8; i++ {
		h ^= v & 0xff
		h *= fnvPrime
		v >>= 8
	}
	return h
}
