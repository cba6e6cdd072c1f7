//go:build linux

package numbers_test

import (
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// hotSentences is the text of about 1 MB of generated articles, sentence by sentence.
func hotSentences() ([]segment.Sentence, int64) {
	var out []segment.Sentence
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		n += int64(len(s))
		out = append(out, segment.Sentences(s, segment.Options{})...)
	}
	return out, n
}

// benchHot tokenizes each sentence into reused arrays and then runs find on its tokens while
// they are in cache, as Prepare does; it reports the thread's CPU time per operation.
func benchHot(b *testing.B, find func(dst []numbers.Number, toks []segment.Token, low []string) []numbers.Number) {
	sents, n := hotSentences()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	var all []numbers.Number
	var toks []segment.Token
	var low []string
	var buf []byte
	start, ops := cputime.Thread(), 0
	for b.Loop() {
		all = all[:0]
		for _, s := range sents {
			toks, low, buf = segment.AppendTokensLower(toks[:0], low[:0], buf[:0], s.Text, s.Start)
			if find != nil {
				all = find(all, toks, low)
			}
		}
		ops++
	}
	b.ReportMetric(float64(cputime.Thread()-start)/float64(ops), "cpu-ns/op")
}

// BenchmarkHotTokenize is the tokenizing alone: subtract it from the others.
func BenchmarkHotTokenize(b *testing.B) { benchHot(b, nil) }

// BenchmarkHotAppendFind is AppendFind right after tokenizing each sentence.
func BenchmarkHotAppendFind(b *testing.B) {
	benchHot(b, func(dst []numbers.Number, toks []segment.Token, _ []string) []numbers.Number {
		return numbers.AppendFind(dst, toks)
	})
}

// BenchmarkHotAppendFindLower is AppendFindLower right after tokenizing each sentence, as
// Prepare calls it.
func BenchmarkHotAppendFindLower(b *testing.B) { benchHot(b, numbers.AppendFindLower) }
