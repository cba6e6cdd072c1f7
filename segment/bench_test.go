package segment_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/segment"
)

// benchTexts are generated articles (Markdown front matter left out: it is loaded, not split).
func benchTexts() ([]string, int64) {
	var out []string
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		out = append(out, s)
		n += int64(len(s))
	}
	return out, n
}

// BenchmarkSentences splits about 1 MB of articles into sentences (the "split" stage).
func BenchmarkSentences(b *testing.B) {
	texts, n := benchTexts()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			segment.Sentences(t, segment.Options{})
		}
	}
}

// BenchmarkTokenize cuts the same text into tokens, sentence by sentence.
func BenchmarkTokenize(b *testing.B) {
	texts, n := benchTexts()
	var sents []segment.Sentence
	for _, t := range texts {
		sents = append(sents, segment.Sentences(t, segment.Options{})...)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			segment.Tokenize(s.Text, s.Start)
		}
	}
}

// BenchmarkSentencesLongParagraph splits one paragraph of 100 KB (no blank line): splitting must
// stay linear in the paragraph length.
func BenchmarkSentencesLongParagraph(b *testing.B) {
	p := strings.Repeat("The mayor said 12 people were hurt. Officials said “it was a terrible day.” ", 1300)
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		segment.Sentences(p, segment.Options{})
	}
}

// BenchmarkAppendTokens tokenizes the same sentences into one reused slice, as a caller that
// tokenizes a whole article into one slice does: the cost of tokenizing without that of
// allocating and collecting a slice per sentence.
func BenchmarkAppendTokens(b *testing.B) {
	texts, n := benchTexts()
	var sents []segment.Sentence
	for _, t := range texts {
		sents = append(sents, segment.Sentences(t, segment.Options{})...)
	}
	var buf []segment.Token
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		buf = buf[:0]
		for _, s := range sents {
			buf = segment.AppendTokens(buf, s.Text, s.Start)
		}
	}
}

// BenchmarkLowerEach lowers every token with strings.ToLower, as extract.Prepare does today.
func BenchmarkLowerEach(b *testing.B) {
	toks, n := benchTokens()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, ts := range toks {
			low := make([]string, len(ts))
			for k, t := range ts {
				low[k] = strings.ToLower(t.Text)
			}
		}
	}
}

// BenchmarkAppendLower lowers the same tokens with AppendLower, one sentence at a time.
func BenchmarkAppendLower(b *testing.B) {
	toks, n := benchTokens()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, ts := range toks {
			segment.AppendLower(make([]string, 0, len(ts)), ts)
		}
	}
}

func benchTokens() ([][]segment.Token, int64) {
	texts, n := benchTexts()
	var toks [][]segment.Token
	for _, t := range texts {
		for _, s := range segment.Sentences(t, segment.Options{}) {
			toks = append(toks, segment.Tokenize(s.Text, s.Start))
		}
	}
	return toks, n
}

// BenchmarkAppendLowerArticle lowers each article's tokens, held in one slice, with one call:
// the way AppendTokens and AppendLower are meant to be used together.
func BenchmarkAppendLowerArticle(b *testing.B) {
	texts, n := benchTexts()
	var arts [][]segment.Token
	for _, t := range texts {
		all := make([]segment.Token, 0, segment.EstimateTokens(t))
		for _, s := range segment.Sentences(t, segment.Options{}) {
			all = segment.AppendTokens(all, s.Text, s.Start)
		}
		arts = append(arts, all)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, ts := range arts {
			segment.AppendLower(make([]string, 0, len(ts)), ts)
		}
	}
}
