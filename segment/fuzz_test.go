package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzSeeds are texts that exercise the splitter's rules: abbreviations, initials, quotes,
// paragraph breaks, hard wrapping, CRLF, invalid UTF-8 and over-long runs.
var fuzzSeeds = []string{
	"",
	"At least 14 people were killed in Kyiv, officials said. Sen. Smith (D-Mass.) disagreed.",
	"J. D. Vance arrived on Nov. 20. He left on Aug. 8. Then “It was bad. Very bad,” he said.",
	"First paragraph.\n\nSecond \"quoted. Still quoted.\" one! And? Yes...\n",
	"a line that is wrapped at a fixed width and goes on and on without\nending the sentence until\nthe next line which continues and on\nand it finally ends here with more text.\n",
	"Windows\r\nline\rendings\r\n",
	"bad \xff\xfe utf-8 \xc3 here. Next sentence.",
	"“unbalanced quote. Another one. ",
	strings.Repeat("word, ", 400) + "end.",
	strings.Repeat("x", 3000),
	"Київ. Одеса! 東京。 مرحبا.  \u00a0 \u2028 done.",
}

// FuzzSentences checks that sentences are in order, within bounds, on character boundaries,
// never longer than MaxSentence, equal to the text under their span, cover every non-space
// byte, and come out the same twice.
func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, soft bool) {
		opt := Options{SoftWrap: soft}
		Sentences(text, opt) // invalid UTF-8 must not panic either
		// loaded article text is always valid UTF-8: character boundaries are checked on that
		text = strings.ToValidUTF8(text, "\uFFFD")
		sents := Sentences(text, opt)
		covered := make([]bool, len(text))
		prevEnd, prevPara := 0, 0
		for i, s := range sents {
			if s.Start < prevEnd || s.Start >= s.End || s.End > len(text) {
				t.Fatalf("sentence %d span [%d,%d) out of order or bounds (previous end %d, len %d)", i, s.Start, s.End, prevEnd, len(text))
			}
			if !onBoundary(text, s.Start) || !onBoundary(text, s.End) {
				t.Fatalf("sentence %d span [%d,%d) not on character boundaries", i, s.Start, s.End)
			}
			if s.Text != text[s.Start:s.End] {
				t.Fatalf("sentence %d text %q is not text[span] %q", i, s.Text, text[s.Start:s.End])
			}
			if s.End-s.Start > MaxSentence {
				t.Fatalf("sentence %d is %d bytes, over MaxSentence %d", i, s.End-s.Start, MaxSentence)
			}
			if s.Para < prevPara {
				t.Fatalf("sentence %d paragraph %d after paragraph %d", i, s.Para, prevPara)
			}
			for k := s.Start; k < s.End; k++ {
				covered[k] = true
			}
			prevEnd, prevPara = s.End, s.Para
		}
		for k := 0; k < len(text); k++ {
			if !covered[k] && !isSpaceByte(text[k]) {
				t.Fatalf("byte %d (%q) of %q lies in no sentence", k, text[k], text)
			}
		}
		if again := Sentences(text, opt); !reflect.DeepEqual(sents, again) {
			t.Fatalf("second run differs")
		}
	})
}

// FuzzTokenize checks that tokens are in order, within bounds, on character boundaries, equal to
// the text under their span (offset by base), that only white space lies between them, and that
// the result is the same twice.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
		f.Add(s, 17)
	}
	f.Add("1,200 4.2 24/7 twenty-six Ukraine's U.S. J.D ‑ 3rd", 5)
	f.Fuzz(func(t *testing.T, s string, base int) {
		if base < 0 || base > 1<<20 {
			base = 0
		}
		Tokenize(s, base) // invalid UTF-8 must not panic either
		s = strings.ToValidUTF8(s, "\uFFFD")
		toks := Tokenize(s, base)
		prev := base
		for i, tk := range toks {
			lo, hi := tk.Start-base, tk.End-base
			if tk.Start < prev || lo >= hi || hi > len(s) {
				t.Fatalf("token %d span [%d,%d) out of order or bounds (base %d, len %d)", i, tk.Start, tk.End, base, len(s))
			}
			if !onBoundary(s, lo) || !onBoundary(s, hi) {
				t.Fatalf("token %d %q not on character boundaries", i, tk.Text)
			}
			if tk.Text != s[lo:hi] {
				t.Fatalf("token %d text %q is not s[span] %q", i, tk.Text, s[lo:hi])
			}
			if gap := s[prev-base : lo]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Fatalf("non-space %q skipped before token %d", gap, i)
			}
			prev = tk.End
		}
		if rest := s[prev-base:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
			t.Fatalf("non-space %q skipped at the end", rest)
		}
		if again := Tokenize(s, base); !reflect.DeepEqual(toks, again) {
			t.Fatalf("second run differs")
		}
	})
}

func onBoundary(s string, i int) bool {
	return i == len(s) || i >= 0 && i < len(s) && utf8.RuneStart(s[i])
}

// FuzzQuoteCursor checks the linear-time quotation lookup against the plain scan it replaced: for
// every offset in increasing order, the end of the first region holding it, or -1.
func FuzzQuoteCursor(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add(`He said "Yes. No." Then “a "b. c" d. e” f. "g" “h”`)
	f.Fuzz(func(t *testing.T, text string) {
		rs := quoteRegions(text, 0, len(text))
		c := quoteCursor{text: text, rs: rs}
		for i := 0; i <= len(text); i++ {
			want := -1
			for _, r := range rs {
				if i > r[0] && i < r[1] {
					want = r[1]
					break
				}
			}
			if got := c.endAt(i); got != want {
				t.Fatalf("offset %d of %q: region end %d, want %d (regions %v)", i, text, got, want, rs)
			}
		}
	})
}
