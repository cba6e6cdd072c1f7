package numref

// wordFilter is a cheap pre-test of membership in a set of words: bit n of entry c is set when
// some word of the set starts with byte c and is n bytes long. A word it rejects is not in the
// set, which spares hashing the many words (most tokens next to a number) that are in no set.
type wordFilter struct {
	bits  [256]uint32
	long  bool // some word is 32 bytes or longer: such lengths are not told apart
	empty bool // the set holds ""
}

func newWordFilter[V any](sets ...map[string]V) *wordFilter {
	f := new(wordFilter)
	for _, m := range sets {
		for w := range m {
			switch {
			case w == "":
				f.empty = true
			case len(w) >= 32:
				f.long = true
				f.bits[w[0]] |= 1
			default:
				f.bits[w[0]] |= 1 << len(w)
			}
		}
	}
	return f
}

// may reports whether w may be in the set: false only when it is not.
func (f *wordFilter) may(w string) bool {
	if len(w) == 0 {
		return f.empty
	}
	if len(w) >= 32 {
		return f.long && f.bits[w[0]]&1 != 0
	}
	return f.bits[w[0]]&(1<<len(w)) != 0
}
