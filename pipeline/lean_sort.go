package pipeline

import (
	"cmp"
	"encoding/binary"
	"strings"
)

// named is a partition: its name and 1 + its word number.
type named struct {
	name string
	id   uint32
}

// sortNamed sorts partitions by name, as slices.SortFunc with strings.Compare does (names are
// distinct: any sort gives the one order). Partition names share long prefixes (a kind, a
// subject, a measure), which a comparison sort reads again at each of its comparisons: a
// three-way radix quicksort (Bentley and Sedgewick's multikey quicksort), eight bytes a
// level, reads each word of a shared prefix about once per level instead.
func sortNamed(a []named) {
	sortNamedFrom(a, 0)
}

// wordAt is the eight bytes of s from d, big-endian, zeros past its end, and how many of them s
// has: (word, n) pairs order the names that share their first d bytes as their bytes do (a
// name sorts before the longer names it starts, and before those that go on with zeros).
func wordAt(s string, d int) (uint64, int) {
	if d+8 <= len(s) {
		return binary.BigEndian.Uint64([]byte(s[d : d+8])), 8
	}
	var w uint64
	n := max(0, len(s)-d)
	for i := 0; i < n; i++ {
		w |= uint64(s[d+i]) << (56 - 8*i)
	}
	return w, n
}

// cmpWord compares two (word, n) pairs.
func cmpWord(w1 uint64, n1 int, w2 uint64, n2 int) int {
	switch {
	case w1 < w2:
		return -1
	case w1 > w2:
		return 1
	}
	return cmp.Compare(n1, n2)
}

// sortNamedFrom sorts a, whose names share their first d bytes.
func sortNamedFrom(a []named, d int) {
	for len(a) > 1 {
		if len(a) < 12 {
			// insertion sort, comparing past the shared bytes
			for i := 1; i < len(a); i++ {
				for j := i; j > 0 && strings.Compare(a[j].name[d:], a[j-1].name[d:]) < 0; j-- {
					a[j], a[j-1] = a[j-1], a[j]
				}
			}
			return
		}
		// the pivot: the median of three
		pw, pn := wordAt(a[0].name, d)
		mw, mn := wordAt(a[len(a)/2].name, d)
		lw, ln := wordAt(a[len(a)-1].name, d)
		if cmpWord(pw, pn, mw, mn) > 0 {
			pw, pn, mw, mn = mw, mn, pw, pn
		}
		if cmpWord(mw, mn, lw, ln) > 0 {
			mw, mn = lw, ln
		}
		if cmpWord(pw, pn, mw, mn) < 0 {
			pw, pn = mw, mn
		}
		// a[:lt] below the pivot, a[lt:i] equal, a[gt:] above
		lt, i, gt := 0, 0, len(a)
		for i < gt {
			w, n := wordAt(a[i].name, d)
			switch c := cmpWord(w, n, pw, pn); {
			case c < 0:
				a[lt], a[i] = a[i], a[lt]
				lt++
				i++
			case c > 0:
				gt--
				a[gt], a[i] = a[i], a[gt]
			default:
				i++
			}
		}
		sortNamedFrom(a[:lt], d)
		if pn == 8 { // names that end before d+8 and have the same bytes are equal: one at most
			sortNamedFrom(a[lt:gt], d+8)
		}
		a = a[gt:]
	}
}
