package segment

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
)

// benchSents are the sentences of about 1 MB of generated articles, per article.
func benchSents() ([][]Sentence, int64) {
	var out [][]Sentence
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		out = append(out, Sentences(s, Options{}))
		n += int64(len(s))
	}
	return out, n
}

// benchTokensLower tokenizes and lowers each article's sentences into shared arrays with f, as
// extract.Prepare does.
func benchTokensLower(b *testing.B, f func([]Token, []string, []byte, string, int) ([]Token, []string, []byte)) {
	sents, n := benchSents()
	var toks []Token
	var low []string
	var buf []byte
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, ss := range sents {
			toks, low, buf = toks[:0], low[:0], make([]byte, 0, 512)
			for _, s := range ss {
				toks, low, buf = f(toks, low, buf, s.Text, s.Start)
			}
		}
	}
}

// BenchmarkTokensLowerNow and BenchmarkTokensLowerRef compare AppendTokensLower with the form it
// replaced (run them interleaved, -count 6).
func BenchmarkTokensLowerNow(b *testing.B) { benchTokensLower(b, AppendTokensLower) }
func BenchmarkTokensLowerRef(b *testing.B) { benchTokensLower(b, appendTokensLowerRef) }

// TestTokensLowerCorpus checks AppendTokensLower on generated news text, whose long words,
// capitals and figures the fuzzer's random strings seldom have.
func TestTokensLowerCorpus(t *testing.T) {
	for _, f := range corpus.Articles(40, 3) {
		checkTokensLower(t, string(corpus.PlainText(f)))
	}
}
