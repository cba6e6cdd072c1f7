package extract

import "strings"

// keyBuf hands out the key slices of words from shared chunks: one allocation for many words.
type keyBuf struct{ free []string }

// take copies keys into the chunk and returns them with no room to grow into a neighbour's.
func (b *keyBuf) take(keys []string) []string {
	if cap(b.free)-len(b.free) < len(keys) {
		b.free = make([]string, 0, max(64, len(keys)))
	}
	n := len(b.free)
	b.free = append(b.free, keys...)
	return b.free[n:len(b.free):len(b.free)]
}

// asciiWordKeys is normalize.TitleKeys(text) for a word written in ASCII, read from its lower case
// low (what strings.ToLower makes of it, the same length): every key is a piece of low, so no string
// is built. ok is false for a word it leaves to TitleKeys: one that is not ASCII, has more than eight
// keys, or whose key drops a period or an apostrophe inside it ("u.s.", "don't").
func asciiWordKeys(text, low string, out *[8]string) (keys []string, poss, ok bool) {
	if len(text) != len(low) {
		return nil, false, false
	}
	keys = out[:0]
	for i := 0; i < len(low); {
		// a field: a run of letters, digits, periods, apostrophes and hyphens (splitTitle)
		if !titleFieldByte(low[i]) {
			if c := low[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
				return nil, false, false
			}
			i++
			continue
		}
		j := i
		for j < len(low) && titleFieldByte(low[j]) {
			j++
		}
		f, written := low[i:j], text[i:j]
		i = j
		fposs := false
		if len(f) > 2 && strings.HasSuffix(f, "'s") {
			f, written, fposs = f[:len(f)-2], written[:len(f)-2], true
		}
		if strings.HasSuffix(written, "s'") { // "parents'", as written: not "PARENTS'"
			fposs = true
		}
		// its keys: the pieces between hyphens, periods and apostrophes dropped (Key, Fields)
		n := len(keys)
		for f != "" {
			p := f
			if h := strings.IndexByte(f, '-'); h >= 0 {
				p, f = f[:h], f[h+1:]
			} else {
				f = ""
			}
			p = strings.Trim(p, ".'")
			if p == "" {
				continue
			}
			if strings.ContainsAny(p, ".'") || len(keys) == len(out) {
				return nil, false, false
			}
			keys = append(keys, p)
		}
		if len(keys) > n {
			poss = poss || fposs // a field that gives no key adds nothing (splitTitle skips it)
		}
	}
	return keys, poss, true
}

// titleFieldByte: the ASCII bytes splitTitle keeps inside a field (lower case).
func titleFieldByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '\'' || c == '-'
}
