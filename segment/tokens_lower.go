package segment

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// AppendTokensLower is AppendTokens and then AppendLowerTo over the tokens it appended, in one
// pass: the bytes of an ASCII word are read once, for where it ends and whether it has capitals.
// low must hold one string per token of toks when called (it does after every call).
func AppendTokensLower(toks []Token, low []string, buf []byte, s string, base int) ([]Token, []string, []byte) {
	n := len(toks)
	if room := min(cap(toks), cap(low)) - n; room > 0 && len(low) == n {
		// the tokens fit in the arrays' spare room up to some token: they are written there by
		// index, with few values live in the loop, and the rest (if any) appended as before
		i, m := tokensLowerInto(toks[n:n+room], low[n:n+room], &buf, s, base)
		toks, low = toks[:n+m], low[:n+m]
		if i == len(s) {
			return toks, low, buf
		}
		s, base = s[i:], base+i
	}
	return appendTokensLowerGrow(toks, low, buf, s, base)
}

// tokensLowerInto is appendTokensLowerGrow writing into tk and lw, of the same length, by index:
// it stops when they are full or s is read, and returns how much of s it read (always up to a
// token's start) and how many tokens it wrote. Keeping toks, low and buf out of the loop's
// registers (buf is behind a pointer and rarely touched) saves the spills at every token that
// three growing slices cost.
func tokensLowerInto(tk []Token, lw []string, bufp *[]byte, s string, base int) (int, int) {
	i, m := 0, 0
	lw = lw[:len(tk)] // as long: one bounds test for both
	// a token's text is cut from s by its offsets (cut), without the bounds tests and the
	// empty-string guard of s[i:j]: tokens are never empty, and lie in s
	sp := unsafe.StringData(s)
	// (unsigned tests: i and m are never negative, and the compiler, told so, tests no bounds
	// when they index s and tk)
	for uint(i) < uint(len(s)) && uint(m) < uint(len(tk)) {
		c := s[i]
		// (words first: the cases are tested in order, and most tokens are words; the space
		// after a token is skipped with it, so few spaces come here; non-ASCII bytes, their own
		// class in byteClass, last)
		switch byteClass[c] {
		case classLetter:
			// ASCII letters are classified eight bytes at a time (letterBytes); up gathers
			// the word's capitals
			j, up, stopped := i, uint64(0), false
			for j+8 <= len(s) {
				letter, upper := letterBytesPrefix(load64At(sp, j)) // s[j:j+8], in s: no bounds test
				// stop marks the bytes that end the letters; stop^(stop-1) the bits up to the
				// first of them (all when there is none), which hold the word's own
				stop := ^letter & swarHigh
				up |= upper & (stop ^ (stop - 1))
				if stop != 0 {
					j += bits.TrailingZeros64(stop) >> 3
					stopped = true
					break
				}
				j += 8
			}
			// the capitals read (c's among them when the chunks were read)
			k := uint8(lowerSame)
			if up != 0 {
				k = lowerASCII
			}
			letters := true
			if !stopped || wordGoesOn[*(*byte)(unsafe.Add(unsafe.Pointer(sp), j))] { // s[j]: stopped inside s
				// near the sentence's end, and at digits, inner hyphens, apostrophes and
				// non-ASCII letters, the word is read on byte by byte
				// (the bytes read above are told by up; the first, c, is a letter)
				from := max(j, i+1)
				j, k = wordEndKind(s, from, k|lowerBits[c])
				letters = lettersIn(s, from, j)
			}
			txt := cut(sp, i, j)
			t := &tk[m]
			t.Start, t.End, t.Text, t.Kind, t.letters = base+i, base+j, txt, Word, letters
			if k == 0 {
				lw[m] = txt // most words: no capital, all ASCII
			} else {
				lw[m] = lowerWordInto(bufp, s, i, j, k)
			}
			m++
			// the space after a word is skipped here, without another turn of the loop
			if uint(j) < uint(len(s)) && s[j] == ' ' {
				j++
			}
			i = j
		case classPunct:
			// one ASCII byte that is no letter: its own lower case
			txt := cut(sp, i, i+1)
			t := &tk[m]
			t.Start, t.End, t.Text, t.Kind, t.letters = base+i, base+i+1, txt, Punct, false
			lw[m] = txt
			m++
			i++
			if uint(i) < uint(len(s)) && s[i] == ' ' {
				i++
			}
		case classSpace:
			i++
			continue
		case classDigit:
			// digits and their inner separators have no case
			j := numberEnd(s, i+1)
			txt := cut(sp, i, j)
			t := &tk[m]
			t.Start, t.End, t.Text, t.Kind, t.letters = base+i, base+j, txt, Number, false
			lw[m] = txt
			m++
			if uint(j) < uint(len(s)) && s[j] == ' ' {
				j++
			}
			i = j
		default: // classNonASCII
			// non-ASCII text, read as AppendTokens reads it, lowered as AppendLowerTo does
			j, kind, space := nonASCIIToken(s, i)
			if space {
				i = j
				continue
			}
			t := &tk[m]
			t.Start, t.End, t.Text, t.Kind, t.letters = base+i, base+j, s[i:j], kind, false
			lw[m] = lowerInto(bufp, s[i:j], lowerKind(s[i:j]))
			m++
			i = j
		}
	}
	// spaces after the last token are read too, so that a full sentence reports i == len(s)
	for i < len(s) && s[i] < utf8.RuneSelf && asciiClass[s[i]] == classSpace {
		i++
	}
	return i, m
}

// byteClass is asciiClass for every byte: classNonASCII for the bytes above ASCII.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		t[c] = classNonASCII
		if c < utf8.RuneSelf {
			t[c] = asciiClass[c]
		}
	}
	return t
}()

// classNonASCII marks the bytes above ASCII in byteClass.
const classNonASCII = classDigit + 1

// wordGoesOn holds the bytes after a run of ASCII letters at which a word may go on
// (wordEndKind tells): digits, non-ASCII bytes, inner hyphens and apostrophes.
var wordGoesOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '-' || c == '\'' || '0' <= c && c <= '9'
	}
	return t
}()

// lettersIn reports whether s[from:to] is made of ASCII letters only (true when empty).
func lettersIn(s string, from, to int) bool {
	for k := from; k < to; k++ {
		if c := s[k] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// cut is the text of s[i:j] for 0 <= i < j <= len(s), where sp is s's first byte.
func cut(sp *byte, i, j int) string {
	// a string's header written as such: unsafe.String would test the pointer and the length
	// again, at every token
	h := struct {
		p unsafe.Pointer
		n int
	}{unsafe.Add(unsafe.Pointer(sp), i), j - i}
	return *(*string)(unsafe.Pointer(&h))
}

// nonASCIIToken reads the token or space that starts with the non-ASCII byte at s[i], as
// AppendTokens does: where it ends, its kind, and whether it is a space.
func nonASCIIToken(s string, i int) (int, TokenKind, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	switch {
	case r == '\u00a0' || unicode.IsSpace(r):
		return j, Punct, true
	case unicode.IsLetter(r):
		return wordEnd(s, j), Word, false
	}
	return j, Punct, false
}

// lowerWordInto is the lower case of the ASCII-started word s[i:j] whose lowerBits are k (not
// 0), written to *bufp as appendTokensLowerGrow writes it.
func lowerWordInto(bufp *[]byte, s string, i, j int, k uint8) string {
	buf := *bufp
	if n := j - i; k == lowerASCII && n < 8 && i+8 <= len(s) && cap(buf)-len(buf) >= 8 {
		// a short word is lowered in a register and stored whole: the bytes past it lie
		// beyond len(buf), in no string yet, and are written over by the next
		x := load64(s, i)
		_, upper := wordBytes(x)
		from := len(buf)
		buf = buf[:from+8]
		binary.LittleEndian.PutUint64(buf[from:], x|(upper&(1<<(8*n)-1))>>2)
		*bufp = buf[:from+n]
		return unsafe.String(&buf[from], n)
	}
	if k == lowerASCII {
		from := len(buf)
		buf = appendLowerASCII(buf, s[i:j])
		*bufp = buf
		return unsafe.String(&buf[from], j-i)
	}
	return lowerInto(bufp, s[i:j], lowerUnicode)
}

// lowerInto is appendLowerAs of one text, with the buffer behind a pointer.
func lowerInto(bufp *[]byte, t string, kind int) string {
	var one [1]string
	l, buf := appendLowerAs(one[:0], *bufp, t, kind)
	*bufp = buf
	return l[0]
}

// appendTokensLowerGrow is AppendTokensLower appending to toks and low, which grow as needed.
func appendTokensLowerGrow(toks []Token, low []string, buf []byte, s string, base int) ([]Token, []string, []byte) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classSpace:
				i++
				continue
			case classLetter:
				// ASCII letters and digits are classified eight bytes at a time (wordBytes)
				j, up, stopped := i, uint64(0), false
				for j+8 <= len(s) {
					word, upper := wordBytes(load64(s, j))
					n := bits.TrailingZeros64(^word&swarHigh) >> 3
					if n < 8 {
						up |= upper & (1<<(8*n) - 1)
						j += n
						stopped = true
						break
					}
					up |= upper
					j += 8
				}
				k := lowerBits[c]
				if up != 0 {
					k = lowerASCII
				}
				if !stopped || s[j] >= utf8.RuneSelf || s[j] == '-' || s[j] == '\'' {
					// near the sentence's end, and at inner hyphens, apostrophes and non-ASCII
					// letters, the word is read on byte by byte
					j, k = wordEndKind(s, max(j, i+1), k)
				}
				toks = push(toks, base+i, base+j, s[i:j], Word)
				if k == 0 {
					low = append(low, s[i:j]) // most words: no capital, all ASCII
				} else if n := j - i; k == lowerASCII && n < 8 && i+8 <= len(s) && cap(buf)-len(buf) >= 8 {
					// a short word is lowered in a register and stored whole: the bytes past it
					// lie beyond len(buf), in no string yet, and are written over by the next
					x := load64(s, i)
					_, upper := wordBytes(x)
					from := len(buf)
					buf = buf[:from+8]
					binary.LittleEndian.PutUint64(buf[from:], x|(upper&(1<<(8*n)-1))>>2)
					buf = buf[:from+n]
					low = append(low, unsafe.String(&buf[from], n))
				} else if k == lowerASCII {
					from := len(buf)
					buf = appendLowerASCII(buf, s[i:j])
					low = append(low, unsafe.String(&buf[from], j-i))
				} else {
					low, buf = appendLowerAs(low, buf, s[i:j], lowerUnicode)
				}
				// the space after a word is skipped here, without another turn of the loop
				if j < len(s) && s[j] == ' ' {
					j++
				}
				i = j
				continue
			case classPunct:
				// one ASCII byte that is no letter: its own lower case
				toks = push(toks, base+i, base+i+1, s[i:i+1], Punct)
				low = append(low, s[i:i+1])
				i++
				if i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			case classDigit:
				// digits and their inner separators have no case
				j := numberEnd(s, i+1)
				toks = push(toks, base+i, base+j, s[i:j], Number)
				low = append(low, s[i:j])
				if j < len(s) && s[j] == ' ' {
					j++
				}
				i = j
				continue
			}
		}
		// non-ASCII text, read as AppendTokens reads it, lowered as AppendLowerTo does
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		kind := Punct
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r):
			i += size
			continue
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

// numberEnd returns where the number whose first digit ends at j ends, as AppendTokens reads it:
// digits with inner separators ("1,200", "4.2", "24/7"; "1 200" is not joined).
func numberEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == '/' || c == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j += 2
			continue
		}
		break
	}
	return j
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

// appendLowerASCII appends the lower case of the ASCII text t to buf, eight bytes at a time. The
// buffer grows once for the text, which is then lowered in place: its bytes are in no string yet.
func appendLowerASCII(buf []byte, t string) []byte {
	from := len(buf)
	buf = append(buf, t...)
	b := buf[from:]
	for len(b) >= 8 {
		x := binary.LittleEndian.Uint64(b)
		_, upper := wordBytes(x)
		binary.LittleEndian.PutUint64(b, x|upper>>2)
		b = b[8:]
	}
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return buf
}

// SWAR (several bytes in one register) constants: a byte's high bit, and one in every byte.
const (
	swarHigh = 0x8080808080808080
	swarOnes = 0x0101010101010101
)

// load64 reads s[i:i+8] as a little-endian word (one load: the compiler combines the bytes).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load64At is load64 of the string whose first byte is sp, for an i with i+8 bytes or more in it.
func load64At(sp *byte, i int) uint64 {
	b := (*[8]byte)(unsafe.Add(unsafe.Pointer(sp), i))
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// wordBytes marks with its high bit each byte of x that is an ASCII letter or digit (asciiWordByte),
// and in upper each that is an ASCII capital. A byte's test x+(0x80-lo) sets its high bit when
// x >= lo, and x+(0x7f-hi) when x > hi; with x's high bits cleared no sum carries into the next
// byte, and bytes with the high bit set (non-ASCII) are marked in neither.
func wordBytes(x uint64) (word, upper uint64) {
	word, upper, _ = wordBytesDigits(x)
	return word, upper
}

// letterBytes marks with its high bit each byte of x that is an ASCII letter, and in upper each
// that is an ASCII capital (as wordBytes, for letters only: a word's digits are rare, and read
// byte by byte).
func letterBytes(x uint64) (letter, upper uint64) {
	l := x&^swarHigh | 0x20*swarOnes // A-Z to a-z; no other byte lands in a-z
	letter = (l + (0x80-'a')*swarOnes) &^ (l + (0x7f-'z')*swarOnes) &^ x & swarHigh
	// a letter is a capital when its 0x20 bit is clear: x<<2 brings that bit to the high bit
	return letter, letter &^ (x << 2)
}

// letterBytesPrefix is letterBytes for the bytes of x up to the first that is no ASCII letter,
// which is all tokensLowerInto reads of it: the high bits of x are not cleared first (a
// constant and an operation fewer per eight bytes), so a byte beyond ASCII may carry into the
// bytes after it, which lie after that first one (the byte beyond ASCII is itself no letter).
func letterBytesPrefix(x uint64) (letter, upper uint64) {
	l := x | 0x20*swarOnes // A-Z to a-z; no other ASCII byte lands in a-z
	letter = (l + (0x80-'a')*swarOnes) &^ (l + (0x7f-'z')*swarOnes) &^ x & swarHigh
	return letter, letter &^ (x << 2)
}

// wordBytesDigits is wordBytes, and marks in digit each byte of x that is an ASCII digit.
func wordBytesDigits(x uint64) (word, upper, digit uint64) {
	ascii := ^x & swarHigh
	y := x &^ swarHigh
	l := y | 0x20*swarOnes // A-Z to a-z; no other byte lands in a-z
	letter := (l + (0x80-'a')*swarOnes) &^ (l + (0x7f-'z')*swarOnes) & ascii
	dig := (y + (0x80-'0')*swarOnes) &^ (y + (0x7f-'9')*swarOnes) & ascii
	// a letter is a capital when its 0x20 bit is clear: x<<2 brings that bit to the byte's
	// high bit (two constants and three operations fewer than a third range test)
	return letter | dig, letter &^ (x << 2), dig
}
