package numbers

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/segment"
)

// FuzzFind reads numbers from arbitrary text tokenized as the pipeline does: no panic, token
// indices and byte spans in bounds, on character boundaries and in order, no NaN, and the same
// result twice.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"At least 14 people were killed and dozens were wounded, officials said.",
		"between 10 and 15, 10-15, $10m-$15m, 2.5 to 3 million, 30 or more, 30+, 30-plus",
		"twenty-six dead, a dozen hurt, several hundred displaced, hundreds of thousands fled",
		"tens of thousands, two-thirds, 3rd, in 2022, a 45-year-old, aged 45, March 3, 3 March",
		"+1 (555) 123-4567 at 10:30, score 3-1, €2.3 billion, US$1.2bn, £4m, 5k, 1,200.5",
		"rose from 10 to 15; 500 to 3 million; 99999999999999999999999999999999999999 1,20 1.2.3",
		"more than $5m, fewer than 10, nearly an hour, around 1,000, some 40, roughly 7",
		"",
		"\xff 12 \xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Find(segment.Tokenize(s, 0)) // invalid UTF-8 must not panic either
		s = strings.ToValidUTF8(s, "\uFFFD")
		const base = 7 // numbers live at their offset in the article
		toks := segment.Tokenize(s, base)
		ns := Find(toks)
		prevLast := -1
		for i, n := range ns {
			if n.First < 0 || n.First > n.NumFirst || n.NumFirst > n.Last || n.Last >= len(toks) {
				t.Fatalf("number %d token indices first %d numFirst %d last %d out of order or bounds (%d tokens)", i, n.First, n.NumFirst, n.Last, len(toks))
			}
			// a hedge or currency prefix may reach back over a glued scale of the number before
			// ("0B$000": "B" is both); the numerals themselves never overlap
			if n.NumFirst <= prevLast {
				t.Fatalf("number %d (numeral at token %d) overlaps the previous one (ending at token %d)", i, n.NumFirst, prevLast)
			}
			prevLast = n.Last
			lo, hi := n.Start-base, n.End-base
			if lo < 0 || lo >= hi || hi > len(s) {
				t.Fatalf("number %d span [%d,%d) out of bounds (len %d)", i, n.Start, n.End, len(s))
			}
			// an id-like number keeps the span of its numeral alone
			if n.ID && (n.Start < toks[n.First].Start || n.End > toks[n.Last].End) ||
				!n.ID && (n.Start != toks[n.First].Start || n.End != toks[n.Last].End) {
				t.Fatalf("number %d span [%d,%d) is not that of its tokens [%d,%d)", i, n.Start, n.End, toks[n.First].Start, toks[n.Last].End)
			}
			if !utf8.RuneStart(s[lo]) || hi < len(s) && !utf8.RuneStart(s[hi]) {
				t.Fatalf("number %d span [%d,%d) not on character boundaries", i, n.Start, n.End)
			}
			for _, v := range []float64{n.Value, n.Interval.Low, n.Interval.High, n.Precision} {
				if math.IsNaN(v) {
					t.Fatalf("number %d %q has a NaN", i, s[lo:hi])
				}
			}
			if !n.ID && !n.Interval.Unbounded && n.Interval.Low > n.Interval.High {
				t.Fatalf("number %d %q has an empty interval %v", i, s[lo:hi], n.Interval)
			}
		}
		if again := Find(segment.Tokenize(s, base)); !reflect.DeepEqual(ns, again) {
			t.Fatalf("second run differs")
		}
		// AppendFind after other numbers appends exactly what Find returns
		prev := []Number{{Value: 1, ID: true}, {Value: 2}}
		all := AppendFind(prev[:2:2], toks)
		if got := all[2:]; len(got) != len(ns) || len(ns) > 0 && !reflect.DeepEqual(ns, got) || !reflect.DeepEqual(all[:2], prev) {
			t.Fatalf("AppendFind differs from Find")
		}
	})
}

// FuzzMayStart checks the cheap pre-test of Find against the full reader: wherever mayStart
// rejects a token, readAt finds no number there; and hedgeBefore agrees with trying every phrase.
func FuzzMayStart(f *testing.F) {
	for _, s := range []string{
		"A dozen, a Hundred, an estimated 40, Several hundred, TWENTY-SIX, Two‑thirds, half a million",
		"tens of Thousands, Dozens were hurt, scores of, one third, a few thousand, At Least 14, No More Than 5",
		"Ĳ one, ＯＮＥ, K, çent, seventeen-year-old, Nineteen, a-ha, an-other, zero, Over 5, more then 3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := segment.Tokenize(s, 0)
		low, _ := segment.AppendLowerTo(nil, nil, toks)
		seq, lseq := &tokSeq{t: toks}, &tokSeq{t: toks, low: low}
		for i := range toks {
			if !mayStart(seq, i) {
				if n, ok := readAt(seq, i); ok {
					t.Fatalf("mayStart rejects token %d %q where readAt reads %+v", i, toks[i].Text, n)
				}
				if n, ok := readAt(lseq, i); ok {
					t.Fatalf("mayStart rejects token %d %q where readAt reads %+v from the lower-case texts", i, toks[i].Text, n)
				}
			}
			h, first, ok := hedgeBefore(seq, i)
			rh, rfirst, rok := hedgeBeforeRef(toks, i)
			if ok != rok || first != rfirst || h.phrase != rh.phrase {
				t.Fatalf("hedgeBefore(%d) = %q %d %v, want %q %d %v", i, h.phrase, first, ok, rh.phrase, rfirst, rok)
			}
		}
	})
}

// hedgeBeforeRef is the plain form of hedgeBefore: every phrase, longest first.
func hedgeBeforeRef(toks []segment.Token, i int) (hedge, int, bool) {
	for _, h := range hedges {
		k := len(h.words)
		if i-k < 0 {
			continue
		}
		ok := true
		for m, w := range h.words {
			if strings.ToLower(tokText(toks, i-k+m)) != w {
				ok = false
				break
			}
		}
		if ok {
			return h, i - k, true
		}
	}
	return hedge{}, 0, false
}

func tokText(toks []segment.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Text
}

// FuzzParseDigits checks parseDigits against its plain form.
func FuzzParseDigits(f *testing.F) {
	for _, s := range []string{"1,200", "1,20", "4.2", "1.2.3", "1,234,567.5", "1234.5,678", "1.234,5", "2.500.000", "1.234.567,89", "1,234.5,6", "1.23,4", "12.345,", ",1", "1,", "24/7", "10:30", "0,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parseDigits(s)
		rv, rok := parseDigitsRef(s)
		if ok != rok || ok && math.Float64bits(v) != math.Float64bits(rv) {
			t.Fatalf("parseDigits(%q) = %v %v, want %v %v", s, v, ok, rv, rok)
		}
	})
}

// parseDigitsRef is parseDigits in its plain form.
func parseDigitsRef(s string) (float64, bool) {
	if strings.ContainsAny(s, "/:") {
		return 0, false
	}
	if strings.Count(s, ".") > 1 || strings.Contains(s, ".") && strings.LastIndex(s, ",") > strings.Index(s, ".") {
		// continental: points group thousands, one comma marks decimals
		intPart, frac, hasFrac := strings.Cut(s, ",")
		groups := strings.Split(intPart, ".")
		if len(groups[0]) == 0 || len(groups[0]) > 3 || hasFrac && (frac == "" || strings.ContainsAny(frac, ".,")) {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.Join(groups, "")
		if hasFrac {
			s += "." + frac
		}
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil
	}
	if strings.Contains(s, ",") {
		intPart := s
		if dot := strings.IndexByte(s, '.'); dot >= 0 {
			intPart = s[:dot]
		}
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// FuzzIsCurrencyCode checks isCurrencyCode against the lookup it replaces.
func FuzzIsCurrencyCode(f *testing.F) {
	for _, s := range []string{"USD", "usd", "Rs", "rs", "EURO", "\u212aES", "KES", "kes", "", "a", "Krw", "€", "US$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCurrencyCode(s), currencyCodes[strings.ToLower(s)]; got != want {
			t.Fatalf("isCurrencyCode(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzSplitHyphens checks splitHyphens against the strings.FieldsFunc it replaces.
func FuzzSplitHyphens(f *testing.F) {
	for _, s := range []string{"twenty-six", "two-thirds", "ten‑year", "--a--b-", "‑", "\xe2\x80", "\xe2\xe2\x80\x91x", "a-b-c-d-e-f", "", "x\xff-y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [4]string
		got := splitHyphens(s, &buf)
		want := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '‑' })
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("splitHyphens(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzIsMonthText checks isMonthText against the lookup it replaces.
func FuzzIsMonthText(f *testing.F) {
	for _, s := range []string{"March", "MARCH", "Sept.", "September.", "SEPTEMBER..", "Ma\u212ay", "Smith", "", "May", "dec."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isMonthText(s), isMonth(strings.ToLower(s)); got != want {
			t.Fatalf("isMonthText(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzWordFilter checks that the filters reject no word of their sets.
func FuzzWordFilter(f *testing.F) {
	for _, s := range []string{"million", "Bn", "at", "March", "", "approx", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, lo := lowerOf[s]
		_, sc := scales[s]
		_, ss := suffixScales[s]
		if lo && !lowerOfFilter.may(s) || hedgeLast[s] && !hedgeLastFilter.may(s) || (sc || ss) && !scaleFilter.may(s) || idWords[s] && !idWordFilter.may(s) {
			t.Fatalf("a filter rejects %q", s)
		}
	})
}

// TestWordFilterSets checks every word of every filtered set passes its filter.
func TestWordFilterSets(t *testing.T) {
	for w := range lowerOf {
		if !lowerOfFilter.may(w) {
			t.Errorf("lowerOf %q", w)
		}
	}
	for w := range hedgeLast {
		if !hedgeLastFilter.may(w) {
			t.Errorf("hedgeLast %q", w)
		}
	}
	for _, m := range []map[string]float64{scales, suffixScales} {
		for w := range m {
			if !scaleFilter.may(w) {
				t.Errorf("scale %q", w)
			}
		}
	}
	for w := range idWords {
		if !idWordFilter.may(w) {
			t.Errorf("idWords %q", w)
		}
	}
}

// FuzzNotLower checks notLower against the comparison it replaces.
func FuzzNotLower(f *testing.F) {
	for _, s := range []string{"Flight", "flight", "", "\u212a", "ÀB", "a\xffB", "\xff", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := notLower(s), strings.ToLower(s) != s; got != want {
			t.Fatalf("notLower(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHasDotOrComma checks hasDotOrComma and isCurrencySign against the calls they replace.
func FuzzHasDotOrComma(f *testing.F) {
	for _, s := range []string{"1,200", "4.2", "", "\xff.", "€", "$", "¢", "\u2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDotOrComma(s), strings.ContainsAny(s, ".,"); got != want {
			t.Fatalf("hasDotOrComma(%q) = %v, want %v", s, got, want)
		}
		r, _ := utf8.DecodeRuneInString(s)
		if got, want := isCurrencySign(r), unicode.Is(unicode.Sc, r); got != want {
			t.Fatalf("isCurrencySign(%q) = %v, want %v", r, got, want)
		}
	})
}

// TestIsCurrencySignASCII checks every ASCII rune against unicode.Sc.
func TestIsCurrencySignASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if isCurrencySign(r) != unicode.Is(unicode.Sc, r) {
			t.Errorf("isCurrencySign(%q)", r)
		}
	}
}
