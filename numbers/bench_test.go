package numbers_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// BenchmarkFind reads every number and hedge in about 1 MB of articles, sentence by sentence.
func BenchmarkFind(b *testing.B) {
	toks, n := benchSentences()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range toks {
			numbers.Find(t)
		}
	}
}

// BenchmarkAppendFind is BenchmarkFind the way Prepare calls it: every sentence's numbers
// appended to one slice that is reused.
func BenchmarkAppendFind(b *testing.B) {
	toks, n := benchSentences()
	b.SetBytes(n)
	b.ReportAllocs()
	var all []numbers.Number
	for b.Loop() {
		all = all[:0]
		for _, t := range toks {
			all = numbers.AppendFind(all, t)
		}
	}
}

// benchSentences is about 1 MB of generated articles as tokenized sentences, and its size.
func benchSentences() ([][]segment.Token, int64) {
	var toks [][]segment.Token
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		n += int64(len(s))
		for _, st := range segment.Sentences(s, segment.Options{}) {
			toks = append(toks, segment.Tokenize(st.Text, st.Start))
		}
	}
	return toks, n
}
