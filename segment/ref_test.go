package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef (and old_test.go) are the plain rune-by-rune code the fast paths replaced; the fuzz
// target checks that both give the same results on any input.

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
			toks = append(toks, Token{Start: base + i, End: base + j, Text: s[i:j], Kind: Word, letters: lettersRef(s[i:j])})
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
	f.Add("He said. “No. Mr. Smith left.” Then U.S. officials, e.g. Dr. J. Doe (Ret.) and Sept. 5 arrived! OK? “Yes.” APPROX. 5. Messrs. A. Gov’t. İİ. KM. ok.\n\nNext para. ’Tis. (Quoted.) [End.] x.y. 4.2. Nov. 20.")
	f.Add("“a” \"b\" \xe2\x80 \xe2\x80\x9c\xe2\x80\x9d ’x Ünïcode-wörds don’t x‑y \v\f\u00a0\u0085 x'\xff 3,0.1/2:4, Mr. U.S. Jan. 5")
	f.Fuzz(func(t *testing.T, s string) {
		if a, b := hardWrapped(s), hardWrappedOld(s); a != b {
			t.Fatalf("hardWrapped = %v, want %v", a, b)
		}
		for _, end := range []int{len(s), len(s) / 2} {
			if a, b := quoteRegions(s, 0, end), quoteRegionsOld(s, 0, end); !reflect.DeepEqual(a, b) {
				t.Fatalf("quoteRegions(0,%d) = %v, want %v", end, a, b)
			}
		}
		for _, soft := range []bool{false, true} {
			if a, b := Sentences(s, Options{SoftWrap: soft}), SentencesOld(s, Options{SoftWrap: soft}); !reflect.DeepEqual(a, b) {
				t.Fatalf("Sentences(soft %v) = %v, want %v", soft, a, b)
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

// FuzzLower checks AppendLower against strings.ToLower and IsCapitalized against its rune test.
func FuzzLower(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Ünïcode İstanbul KELVIN \u212a ẞ DON’T U.S. McDonald's x")
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, 0)
		low := AppendLower([]string{"keep"}, toks)
		if len(low) != len(toks)+1 || low[0] != "keep" {
			t.Fatalf("AppendLower gave %d strings for %d tokens", len(low), len(toks))
		}
		for k, tk := range toks {
			if low[k+1] != strings.ToLower(tk.Text) {
				t.Fatalf("AppendLower(%q) = %q, want %q", tk.Text, low[k+1], strings.ToLower(tk.Text))
			}
			r, _ := utf8.DecodeRuneInString(tk.Text)
			if tk.IsCapitalized() != unicode.IsUpper(r) {
				t.Fatalf("IsCapitalized(%q) = %v", tk.Text, tk.IsCapitalized())
			}
		}
		// lowered sentence by sentence into one buffer, as extract.Prepare does
		// (checked once all are lowered: later sentences must not change earlier strings)
		var lowTo []string
		var all []Token
		buf := make([]byte, 0, 4)
		for _, st := range Sentences(s, Options{}) {
			sts := Tokenize(st.Text, st.Start)
			all = append(all, sts...)
			lowTo, buf = AppendLowerTo(lowTo, buf, sts)
		}
		for k, tk := range all {
			if lowTo[k] != strings.ToLower(tk.Text) {
				t.Fatalf("AppendLowerTo(%q) = %q, want %q", tk.Text, lowTo[k], strings.ToLower(tk.Text))
			}
		}
		if (Token{}).IsCapitalized() {
			t.Fatal("empty token capitalized")
		}
	})
}

// FuzzTokensLower checks AppendTokensLower against AppendTokens followed by AppendLowerTo, sentence
// by sentence into shared arrays as extract.Prepare uses it.
func FuzzTokensLower(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("Ünïcode İstanbul KELVIN \u212a ẞ DON’T U.S. McDonald's x Kyiv‑based ABC-déjà 1,200 4.2 24/7 3rd")
	f.Add("A-\u00e9 B\u2019s C\u201d D-é E’x Fé")
	f.Add(swarSeed)
	f.Fuzz(func(t *testing.T, s string) { checkTokensLower(t, s) })
}

// swarSeed has words around the eight-byte chunks of the word scan: of 7, 8, 9 and 16 bytes,
// with capitals, inner hyphens and apostrophes and non-ASCII letters in and after the chunk.
const swarSeed = "Abcdefg abcdefgh Abcdefghi abcdefghijklmnoP ABCDEFGH abcdefgH abcdefg-Hij abcdefgÉ Abcdefghé " +
	"Abc'Def xyzXYZ09 McDonald's Veltarova's Hello, World. Abcdefg\u2019s A1b2C3d4E5 zZ aA @[`{ Ab\u00a0Cd Z"

// checkTokensLower is FuzzTokensLower's test of one text.
func checkTokensLower(t *testing.T, s string) {
	// lowered bytes are stored whole when buf has room and appended when not: both are tried,
	// and strings made early must survive later words
	for _, room := range []int{0, 4, 64, 1 << 16} {
		// the token arrays start empty (every token appended), or with room for a few tokens
		// or all: AppendTokensLower writes into spare room and appends past it
		for _, tokRoom := range []int{0, 1, 3, 17, 1 << 12} {
			checkTokensLowerRoom(t, s, room, tokRoom)
		}
	}
}

// checkTokensLowerRoom is checkTokensLower with byte buffers of room and token arrays of tokRoom.
func checkTokensLowerRoom(t *testing.T, s string, room, tokRoom int) {
	{
		var wantToks []Token
		var wantLow []string
		gotToks, gotLow := make([]Token, 0, tokRoom), make([]string, 0, tokRoom)
		wantBuf, gotBuf := make([]byte, 0, room), make([]byte, 0, room)
		for _, st := range Sentences(s, Options{}) {
			from := len(wantToks)
			wantToks = AppendTokens(wantToks, st.Text, st.Start)
			wantLow, wantBuf = AppendLowerTo(wantLow, wantBuf, wantToks[from:len(wantToks):len(wantToks)])
			gotToks, gotLow, gotBuf = AppendTokensLower(gotToks, gotLow, gotBuf, st.Text, st.Start)
		}
		if len(gotToks)+len(wantToks) > 0 && !reflect.DeepEqual(gotToks, wantToks) {
			t.Fatalf("tokens %v, want %v", gotToks, wantToks)
		}
		if len(gotLow)+len(wantLow) > 0 && !reflect.DeepEqual(gotLow, wantLow) {
			t.Fatalf("lower %q, want %q", gotLow, wantLow)
		}
		for k, tk := range gotToks {
			if gotLow[k] != strings.ToLower(tk.Text) {
				t.Fatalf("lower %q of %q", gotLow[k], tk.Text)
			}
		}
	}
}

// appendTokensLowerRef is AppendTokensLower before its eight-byte word scan.
func appendTokensLowerRef(toks []Token, low []string, buf []byte, s string, base int) ([]Token, []string, []byte) {
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

// lettersRef is Token.Letters of a word's text: ASCII letters only.
func lettersRef(w string) bool {
	for _, r := range w {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return w != ""
}
