package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/normalize"
)

// FuzzFoldQuote checks FoldQuote and countQuoteWords against the plain versions they replaced
// (one string per word, joined at the end).
func FuzzFoldQuote(f *testing.F) {
	for _, s := range []string{
		"We will rebuild the city", "... and then [Putin] said... it's 4.2 or 1,200 - well-known ...",
		"…", "… a … … b …", "'quoted' -dash- x'", "Ça va, l'été? Ünïcödé 'n' stuff", "a\xffb",
		"end…", "4,", ",4", "the U.S.-led talks", "  spaced   out  ", "\u00a0nbsp\u2003em",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := FoldQuote(s), foldQuoteRef(s)
		if got != want {
			t.Fatalf("FoldQuote(%q) = %q, want %q", s, got, want)
		}
		if _, n := foldQuote(s); n != countQuoteWordsRef(got) {
			t.Fatalf("foldQuote(%q) counts %d words, want %d", s, n, countQuoteWordsRef(got))
		}
		for _, x := range []string{s, got} {
			if a, b := countQuoteWords(x), countQuoteWordsRef(x); a != b {
				t.Fatalf("countQuoteWords(%q) = %d, want %d", x, a, b)
			}
		}
	})
}

// foldQuoteRef is FoldQuote as it was: it folds quoted words for comparison: lower case, no diacritics on Latin letters, no
// punctuation but inner apostrophes and hyphens; an ellipsis or a bracketed insertion stays as "…".
func foldQuoteRef(s string) string {
	s = strings.ReplaceAll(s, "...", "…")
	f := normalize.Fold(normalize.QuoteGaps(s)) // editorial insertions "[Putin]" are a gap
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, strings.Trim(cur.String(), "'-"))
			cur.Reset()
		}
	}
	rs := []rune(f)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			cur.WriteRune(r)
		case (r == '\'' || r == '-' || r == '.' || r == ',') && cur.Len() > 0 && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) && (r == '\'' || r == '-' || unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])):
			cur.WriteRune(r)
		case r == '…':
			flush()
			if len(words) == 0 || words[len(words)-1] != "…" {
				words = append(words, "…")
			}
		default:
			flush()
		}
	}
	flush()
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	// an ellipsis at either end marks nothing: the quotation is an excerpt anyway
	for len(out) > 0 && out[0] == "…" {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1] == "…" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, " ")
}

func countQuoteWordsRef(folded string) int {
	n := 0
	for _, w := range strings.Fields(folded) {
		if w != "…" {
			n++
		}
	}
	return n
}

// FuzzParagraphQuotes checks that pairing marks by jumping between their lead bytes finds the
// regions the rune-by-rune walk found, over any text and any slice of it.
func FuzzParagraphQuotes(f *testing.F) {
	for _, s := range []string{
		"She said “unbalanced. He said \"nested “quotes” here\" and left.” ‘single quotes’ «guillemets»",
		"Ukraine's 'lead' — “We will,” he said, \"go\" ’tis x' 'y", "\xe2\x80 “\xe2\x80\x9d\xc2«»",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b > len(s) || a > b {
			a, b = 0, len(s)
		}
		got, want := paragraphQuotes(s, a, b), paragraphQuotesRef(s, a, b)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("paragraphQuotes(%q, %d, %d) = %v, want %v", s, a, b, got, want)
		}
	})
}

// paragraphQuotesRef is paragraphQuotes as it was, rune by rune: it pairs the quotation marks of text[start:end].
func paragraphQuotesRef(text string, start, end int) []quoteRegion {
	var out []quoteRegion
	dbl, sgl, ang := -1, -1, -1
	dblStraight := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		next, _ := utf8.DecodeRuneInString(text[i+size : end])
		if i+size >= end {
			next = ' '
		}
		if i == start {
			prev = ' '
		}
		switch {
		case r == '“' && dbl < 0 && ang < 0:
			dbl, dblStraight, sgl = i, false, -1
		case r == '”' && dbl >= 0 && !dblStraight:
			out = append(out, region(text, dbl, i, i+size))
			dbl = -1
		case r == '"' && dbl < 0 && ang < 0 && opens(prev):
			dbl, dblStraight, sgl = i, true, -1
		case r == '"' && dbl >= 0 && dblStraight:
			out = append(out, region(text, dbl, i, i+size))
			dbl = -1
		case r == '«' && dbl < 0 && ang < 0:
			ang, sgl = i, -1
		case r == '»' && ang >= 0:
			out = append(out, region(text, ang, i, i+size))
			ang = -1
		case r == '‘' && dbl < 0 && ang < 0 && sgl < 0 && opens(prev):
			sgl = i
		case r == '\'' && dbl < 0 && ang < 0 && sgl < 0 && opens(prev) && unicode.IsLetter(next):
			sgl = i
		case (r == '’' || r == '\'') && sgl >= 0 && !unicode.IsLetter(next) && !(unicode.IsLetter(prev) && unicode.IsLetter(next)):
			out = append(out, region(text, sgl, i, i+size))
			sgl = -1
		}
		i += size
	}
	if dbl >= 0 {
		rg := region(text, dbl, end, end)
		rg.closed = false
		out = append(out, rg)
	}
	return out
}
