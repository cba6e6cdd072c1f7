package segment

import (
	"unicode"
	"unicode/utf8"
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
}

// Tokenize splits s (which starts at byte offset base of the article) into tokens.
func Tokenize(s string, base int) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
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
			toks = append(toks, Token{Start: base + i, End: base + j, Text: s[i:j], Kind: Number})
			i = j
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsMark(r2) || isDigit(r2) {
					j += sz
					continue
				}
				// inner hyphen, apostrophe or period of initials ("J.D", "U.S")
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‑') && j+sz < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+sz:])
					if unicode.IsLetter(r3) {
						j += sz
						continue
					}
				}
				break
			}
			toks = append(toks, Token{Start: base + i, End: base + j, Text: s[i:j], Kind: Word})
			i = j
		default:
			toks = append(toks, Token{Start: base + i, End: base + i + size, Text: s[i : i+size], Kind: Punct})
			i += size
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// IsCapitalized reports whether a word token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}
