package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// AppendTokensLower is AppendTokens and then AppendLowerTo over the tokens it appended, in one
// pass: the bytes of an ASCII word are read once, for where it ends and whether it has capitals.
// low must hold one string per token of toks when called (it does after every call).
func AppendTokensLower(toks []Token, low []string, buf []byte, s string, base int) ([]Token, []string, []byte) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classSpace:
				i++
				continue
			case classLetter:
				j, k := wordEndKind(s, i+1, lowerBits[c])
				toks = push(toks, base+i, base+j, s[i:j], Word)
				if k == 0 {
					low = append(low, s[i:j]) // most words: no capital, all ASCII
				} else {
					low, buf = appendLowerAs(low, buf, s[i:j], min(int(k), lowerUnicode))
				}
				i = j
				continue
			case classPunct:
				// one ASCII byte that is no letter: its own lower case
				toks = push(toks, base+i, base+i+1, s[i:i+1], Punct)
				low = append(low, s[i:i+1])
				i++
				continue
			}
		}
		// digits and non-ASCII text, read as AppendTokens reads them, lowered as AppendLowerTo does
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		kind := Punct
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r):
			i += size
			continue
		case isDigit(r):
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				// inner separators: "1,200", "4.2", "24/7", "1 200" is not joined
				if (c == ',' || c == '.' || c == '/' || c == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			kind = Number
		case unicode.IsLetter(r):
			j = wordEnd(s, j)
			kind = Word
		}
		toks = push(toks, base+i, base+j, s[i:j], kind)
		low, buf = appendLowerAs(low, buf, s[i:j], lowerKind(s[i:j]))
		i = j
	}
	return toks, low, buf
}

// wordEndKind is wordEnd, with the lowerBits of the word's bytes or'ed into k.
func wordEndKind(s string, j int, k uint8) (int, uint8) {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiWordByte[c] {
				k |= lowerBits[c]
				j++
				continue
			}
			if (c == '-' || c == '\'') && j+1 < len(s) {
				if n := s[j+1]; n < utf8.RuneSelf && asciiClass[n] == classLetter {
					j++
					continue
				} else if n >= utf8.RuneSelf {
					if r3, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(r3) {
						j++
						continue
					}
				}
			}
			return j, k
		}
		// the rest is read by wordEnd; a byte above ASCII in the word makes it lowered by
		// strings.ToLower
		if e := wordEnd(s, j); e > j {
			return e, k | lowerBits[s[j]]
		}
		return j, k
	}
	return j, k
}

// appendLowerAs appends the lower case of t, whose lowerKind is kind, as AppendLowerTo does.
func appendLowerAs(dst []string, buf []byte, t string, kind int) ([]string, []byte) {
	switch kind {
	case lowerSame:
		dst = append(dst, t)
	case lowerASCII:
		// the buffer grows once for the word, which is then written in place
		from := len(buf)
		buf = append(buf, t...)
		low := buf[from:]
		for k := range low {
			if c := low[k]; 'A' <= c && c <= 'Z' {
				low[k] = c + 'a' - 'A'
			}
		}
		dst = append(dst, unsafe.String(&buf[from], len(t)))
	default:
		dst = append(dst, strings.ToLower(t))
	}
	return dst, buf
}
