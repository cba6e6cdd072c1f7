package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The reference forms below are the plain rune-by-rune code the fast paths replaced; the fuzz
// target checks that both give the same results on any input.

func hardWrappedRef(text string) bool {
	lines, long, open := 0, 0, 0
	maxLen := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			continue
		}
		lines++
		if len(l) > maxLen {
			maxLen = len(l)
		}
		if len(l) >= 50 {
			long++
		}
		switch l[len(l)-1] {
		case '.', '!', '?', '"', ':':
		default:
			if !strings.HasSuffix(l, "”") {
				open++
			}
		}
	}
	return lines >= 4 && maxLen <= 100 && long*10 >= lines*7 && open*2 >= lines
}

func quoteRegionsRef(text string, start, end int) [][2]int {
	var regions [][2]int
	open := -1
	straightOpen := -1
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch r {
		case '“':
			if open < 0 {
				open = i
			}
		case '”':
			if open >= 0 {
				regions = append(regions, [2]int{open, i + size})
				open = -1
			}
		case '"':
			if straightOpen < 0 {
				straightOpen = i
			} else {
				regions = append(regions, [2]int{straightOpen, i + size})
				straightOpen = -1
			}
		}
		i += size
	}
	if open >= 0 || straightOpen >= 0 {
		return nil
	}
	return regions
}

func tokenizeRef(s string, base int) []Token {
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

// FuzzSame checks the fast paths against the reference forms.
func FuzzSame(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("“a” \"b\" \xe2\x80 \xe2\x80\x9c\xe2\x80\x9d ’x Ünïcode-wörds don’t x‑y \v\f\u00a0\u0085 x'\xff 3,0.1/2:4, Mr. U.S. Jan. 5")
	f.Fuzz(func(t *testing.T, s string) {
		if a, b := hardWrapped(s), hardWrappedRef(s); a != b {
			t.Fatalf("hardWrapped = %v, want %v", a, b)
		}
		for _, end := range []int{len(s), len(s) / 2} {
			if a, b := quoteRegions(s, 0, end), quoteRegionsRef(s, 0, end); !reflect.DeepEqual(a, b) {
				t.Fatalf("quoteRegions(0,%d) = %v, want %v", end, a, b)
			}
		}
		if a, b := Tokenize(s, 3), tokenizeRef(s, 3); !reflect.DeepEqual(a, b) {
			t.Fatalf("Tokenize = %v, want %v", a, b)
		}
	})
}

// TestAppendTokens checks that tokenizing sentences into one shared slice gives Tokenize's tokens.
func TestAppendTokens(t *testing.T) {
	for _, text := range fuzzSeeds {
		all := make([]Token, 0, EstimateTokens(text))
		for _, s := range Sentences(text, Options{}) {
			from := len(all)
			all = AppendTokens(all, s.Text, s.Start)
			if got, want := all[from:len(all):len(all)], Tokenize(s.Text, s.Start); !reflect.DeepEqual(got, want) {
				t.Fatalf("AppendTokens(%q) = %v, want %v", s.Text, got, want)
			}
		}
	}
}
