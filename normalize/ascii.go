package normalize

// Fast paths of Fold and Key for text that is all ASCII, most of an English article: the same
// result without the Unicode normalisation passes (NFD and NFC leave ASCII unchanged, no ASCII
// letter carries a mark). TestASCIIFastPaths checks them against the general path.

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isSpaceASCII is unicode.IsSpace restricted to ASCII.
func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// foldASCII is Fold for ASCII text: lower case, '`' as an apostrophe, white space collapsed.
func foldASCII(s string) string {
	var buf [64]byte // short texts fold on the stack: one allocation, the result's, or none
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '`' {
			c = '\''
		}
		if isSpaceASCII(c) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if string(b) == s {
		return s // already folded
	}
	return string(b)
}

// keyASCII is Key for ASCII text: letters and digits, lower case, "." and "'" dropped without a
// break, any other run of characters a single space.
func keyASCII(s string) string {
	var buf [64]byte // short texts are keyed on the stack: one allocation, the result's, or none
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	b = appendKeyASCII(b, s)
	if string(b) == s {
		return s // already a key
	}
	return string(b)
}

// appendKeyASCII appends keyASCII(s) to b.
func appendKeyASCII(b []byte, s string) []byte {
	space, start := false, len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
		case c == '.' || c == '\'' || c == '`':
			// dropped without a break ("`" folds to "'")
		default:
			space = true
		}
	}
	return b
}

// asciiLetters returns a word made of ASCII letters only, lower-cased: what splitTitle and Key
// make of it (one field, no possessive, no punctuation to drop). ok is false for any other word.
func asciiLetters(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return "", false
		}
	}
	if !upper {
		return w, true
	}
	return keyASCII(w), true
}
