package numbers

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/segment"
)

// FuzzFindLower checks that AppendFindLower, over the tokens and lower-case texts
// segment.AppendTokensLower gives (as extract.Prepare calls it), and AppendFind read what Find
// reads lowering each token itself.
func FuzzFindLower(f *testing.F) {
	for _, s := range []string{
		"At least 14 people were killed and dozens were wounded, officials said.",
		"Between 10 and 15, 10-15, $10m-$15m, 2.5 To 3 Million, 30 Or More, 30+, 30-plus",
		"TWENTY-SIX dead, A Dozen hurt, Several Hundred displaced, Hundreds Of Thousands fled",
		"Tens of Thousands, Two-Thirds, 3rd, In 2022, a 45-Year-Old, Aged 45, March 3, 3 MARCH",
		"+1 (555) 123-4567 at 10:30 GMT, score 3-1, €2.3 Billion, US$1.2BN, £4M, 5K, 1,200.5",
		"Rose From 10 to 15; 500 to 3 million; Article 5, No. 3, Flight 370, Rs. 500 Crore",
		"More Than $5m, Fewer Than 10, NEARLY an hour, Around 1,000, Some 40, Roughly 7, Approx. 9",
		"Ĳ one, ＯＮＥ, K 5, Çent 12, Smith, 45, of Leeds, İstanbul 3, ΣΑΣ 4",
		"",
		"\xff 12 \xc3 Tens of \xe2\x80 Thousands",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, text := range []string{s, strings.ToValidUTF8(s, "\uFFFD")} {
			const base = 7
			toks := segment.Tokenize(text, base)
			want := Find(toks)
			all, low, _ := segment.AppendTokensLower(nil, nil, nil, text, base)
			if !reflect.DeepEqual(all, toks) && !(len(all) == 0 && len(toks) == 0) {
				t.Fatalf("AppendTokensLower tokens differ from Tokenize")
			}
			prev := []Number{{Value: 1, ID: true}}
			got := AppendFindLower(prev[:1:1], all, low)
			if !reflect.DeepEqual(got[:1], prev) || !sameNumbers(got[1:], want) {
				t.Fatalf("AppendFindLower(%q) = %+v, want %+v", text, got[1:], want)
			}
			if got := AppendFind(nil, toks); !sameNumbers(got, want) {
				t.Fatalf("AppendFind(%q) = %+v, want %+v", text, got, want)
			}
		}
	})
}

// sameNumbers is reflect.DeepEqual, with nil and empty alike.
func sameNumbers(a, b []Number) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// TestFindLowerCorpus compares AppendFindLower with Find over the benchmark corpus.
func TestFindLowerCorpus(t *testing.T) {
	var toks [][]segment.Token
	for _, f := range corpus.Articles(100, 3) {
		s := string(corpus.PlainText(f))
		for _, st := range segment.Sentences(s, segment.Options{}) {
			toks = append(toks, segment.Tokenize(st.Text, st.Start))
		}
	}
	for _, ts := range toks {
		low, _ := segment.AppendLowerTo(nil, nil, ts)
		want := Find(ts)
		if got := AppendFindLower(nil, ts, low); !sameNumbers(got, want) {
			t.Fatalf("AppendFindLower = %+v, want %+v", got, want)
		}
	}
}

// FuzzScaled checks scaled, which writes its figures on the stack, against scaledRef.
func FuzzScaled(f *testing.F) {
	for _, s := range []string{"1.2", "1,200", "1.234,5", "2.500.000", "1.2.3", "12345678901234567890.123456789", "0", "", "1,20", "9.99"} {
		for _, sc := range []string{"bn", "m", "k", "hundred", "lakh", "crores", "x"} {
			f.Add(s, sc)
		}
	}
	f.Fuzz(func(t *testing.T, digits, scale string) {
		v, h := scaled(digits, scale)
		rv, rh := scaledRef(digits, scale)
		if math.Float64bits(v) != math.Float64bits(rv) || math.Float64bits(h) != math.Float64bits(rh) {
			t.Fatalf("scaled(%q, %q) = %v %v, want %v %v", digits, scale, v, h, rv, rh)
		}
	})
}

// scaledRef is scaled as it was written before it kept its figures on the stack: strings built
// for strconv.ParseFloat.
func scaledRef(digits, scale string) (float64, float64) {
	if b, ok := appendEuropean(nil, digits); ok && european(digits) {
		digits = string(b)
	} else {
		digits = strings.ReplaceAll(digits, ",", "")
	}
	exp, ok := scaleExp[scale]
	if !ok {
		v, _ := strconv.ParseFloat(digits, 64)
		return v * scales[scale], 0
	}
	v, err := strconv.ParseFloat(digits+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return 0, 0
	}
	if exp < 3 {
		return v, 0
	}
	dec := 0
	if dot := strings.IndexByte(digits, '.'); dot >= 0 {
		dec = len(digits) - dot - 1
	}
	half, _ := strconv.ParseFloat("5e"+strconv.Itoa(exp-dec-1), 64)
	return v, half
}
