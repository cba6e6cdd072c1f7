package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, with inner hyphens and apostrophes ("twenty-six", "Ukraine's")
	Number                  // digits with inner separators ("1,200", "4.2", "24/7")
	Punct                   // any other single character
)

// Token is a word, number or punctuation mark with its byte span in the article text.
type Token struct {
	Start, End int
	Text       string
	Kind       TokenKind
	// letters: a word of ASCII letters only, as the tokenizer saw while reading it (in the
	// struct's padding: a token is no larger)
	letters bool
}

// Letters reports whether the token is a word of ASCII letters only ("Kyiv", not "don't",
// "3rd" or "Zürich"), as the tokenizers of this package read it: a reader can then skip testing
// its bytes. A token made otherwise reports false.
func (t *Token) Letters() bool { return t.letters }

// Tokenize splits s (which starts at byte offset base of the article) into tokens.
func Tokenize(s string, base int) []Token {
	return AppendTokens(make([]Token, 0, estimateTokens(s)), s, base)
}

// AppendTokens appends the tokens of s (which starts at byte offset base of the article) to toks,
// exactly those Tokenize returns. Tokenizing every sentence of an article into one slice, sized
// once by EstimateTokens of the whole text, saves an allocation per sentence; take each
// sentence's tokens as all[from:len(all):len(all)] so that appending to one cannot overwrite
// the next.
func AppendTokens(toks []Token, s string, base int) []Token {
	i := 0
	for i < len(s) {
		// ASCII fast path: a byte table says what a byte starts, without decoding a rune
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classSpace:
				i++
				continue
			case classLetter:
				j := wordEnd(s, i+1)
				toks = push(toks, base+i, base+j, s[i:j], Word)
				i = j
				continue
			case classPunct:
				toks = push(toks, base+i, base+i+1, s[i:i+1], Punct)
				i++
				continue
			}
			// digits are read below, as before
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || unicode.IsSpace(r):
			i += size
		case isDigit(r):
			j := i + size
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
			toks = push(toks, base+i, base+j, s[i:j], Number)
			i = j
		case unicode.IsLetter(r):
			j := wordEnd(s, i+size)
			toks = push(toks, base+i, base+j, s[i:j], Word)
			i = j
		default:
			toks = push(toks, base+i, base+i+size, s[i:i+size], Punct)
			i += size
		}
	}
	return toks
}

// push appends a token field by field: appending a Token value copies it with a bulk write
// barrier while the collector runs, which costs more than the tokenizing.
func push(toks []Token, start, end int, text string, kind TokenKind) []Token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, Token{})
	}
	t := &toks[n]
	t.Start, t.End, t.Text, t.Kind = start, end, text, kind
	t.letters = kind == Word && asciiLetters(text)
	return toks
}

// asciiLetters reports whether s is made of ASCII letters only (and is not empty).
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// EstimateTokens is a cheap estimate of how many tokens Tokenize finds in s, a little above the
// true count for most text: a capacity for AppendTokens.
func EstimateTokens(s string) int { return estimateTokens(s) }

// estimateTokens is a cheap count, close from above for most text, of the tokens in s: one after
// each space or punctuation byte (and each 0xE2 or 0xC2, lead bytes of curly quotes, dashes, £
// and no-break spaces), so that the token slice is allocated once at about the size it needs.
func estimateTokens(s string) int {
	n := 1
	for k := 0; k < len(s); k++ {
		n += int(tokenAfter[s[k]]) // branch-free: this runs over every byte
	}
	return n
}

// tokenAfter is 1 for the bytes estimateTokens counts.
var tokenAfter = func() (t [256]uint8) {
	for c := range t {
		if c < utf8.RuneSelf && asciiClass[c] <= classSpace || c == 0xe2 || c == 0xc2 {
			t[c] = 1
		}
	}
	return t
}()

// wordEnd returns where the word whose first letter ends at j ends: letters, marks and digits, with
// inner hyphens and apostrophes ("twenty-six", "Ukraine's").
func wordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			// ASCII letters and digits, most of every word, with one table test each
			if asciiWordByte[c] {
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
			return j
		}
		r2, sz := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r2) || unicode.IsMark(r2) || isDigit(r2) {
			j += sz
			continue
		}
		// inner hyphen or apostrophe
		if (r2 == '’' || r2 == '‑') && j+sz < len(s) {
			r3, _ := utf8.DecodeRuneInString(s[j+sz:])
			if unicode.IsLetter(r3) {
				j += sz
				continue
			}
		}
		return j
	}
	return j
}

// Classes of ASCII bytes for the tokenizer's fast path.
const (
	classPunct uint8 = iota
	classSpace
	classLetter
	classDigit
)

// asciiClass classifies ASCII bytes as the rune tests of Tokenize do: unicode.IsSpace holds for
// \t \n \v \f \r and ' ', unicode.IsLetter for A-Z and a-z only.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = classSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = classLetter
		case c >= '0' && c <= '9':
			t[c] = classDigit
		}
	}
	return t
}()

// asciiWordByte holds the ASCII bytes that continue a word: letters and digits.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiClass[c] == classLetter || asciiClass[c] == classDigit
	}
	return t
}()

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// AppendLower appends strings.ToLower of each token's text to dst, with at most one allocation
// for all the tokens that need lowering: a token already in lower case is its own text, and
// ASCII tokens with capitals are lowered into one shared buffer and sliced from it. Only
// tokens with upper-case non-ASCII letters cost an allocation each, as with strings.ToLower.
func AppendLower(dst []string, toks []Token) []string {
	// one pass classifies each token once: its own text, its lower case when non-ASCII, or ""
	// for now when it has ASCII capitals (a token's text is never empty, and lowering "" gives "")
	from := len(dst)
	size := 0
	for i := range toks {
		t := toks[i].Text
		switch lowerKind(t) {
		case lowerSame:
			dst = append(dst, t)
		case lowerASCII:
			dst = append(dst, "")
			size += len(t)
		default:
			dst = append(dst, strings.ToLower(t))
		}
	}
	if size == 0 {
		return dst
	}
	buf := make([]byte, size)
	off := 0
	for i, l := range dst[from:] {
		if l != "" {
			continue
		}
		t := toks[i].Text
		b := buf[off : off+len(t)]
		for k := range b {
			c := t[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[k] = c
		}
		if len(b) > 0 {
			// each part of buf is written once, before the string that shows it is made
			dst[from+i] = unsafe.String(&b[0], len(b))
		}
		off += len(t)
	}
	return dst
}

// AppendLowerTo is AppendLower for a caller that lowers a text in parts (a sentence at a time,
// while its tokens are in cache): the lowered bytes of ASCII tokens with capitals are appended to
// buf, whose grown form is returned with dst. The strings share buf's array: bytes are written
// before the string that shows them is made and never after, and a buf that must grow is
// copied, not written over, so they never change. buf must not be written otherwise.
func AppendLowerTo(dst []string, buf []byte, toks []Token) ([]string, []byte) {
	for i := range toks {
		t := toks[i].Text
		dst, buf = appendLowerAs(dst, buf, t, lowerKind(t))
	}
	return dst, buf
}

// How a token's text is lowered.
const (
	lowerSame    = iota // ASCII without capitals: the text itself
	lowerASCII          // ASCII with capitals: byte by byte
	lowerUnicode        // non-ASCII: strings.ToLower
)

// lowerKind says how s is lowered, from the bits lowerBits gives its bytes, or'ed without a branch.
func lowerKind(s string) int {
	var k uint8
	for i := 0; i < len(s); i++ {
		k |= lowerBits[s[i]]
	}
	return min(int(k), lowerUnicode) // 3: capitals and non-ASCII bytes
}

// lowerBits is lowerASCII for ASCII capitals and lowerUnicode for non-ASCII bytes.
var lowerBits = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = 2
	}
	return t
}()

// IsCapitalized reports whether a word token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		c := t.Text[0]
		return 'A' <= c && c <= 'Z' // unicode.IsUpper holds for no other ASCII byte
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}
