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

// BenchmarkAppendFindCPU is BenchmarkAppendFind reporting the thread's CPU time per operation
// (cpu-ns/op) beside the wall-clock figure.
func BenchmarkAppendFindCPU(b *testing.B) {
	var toks [][]segment.Token
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		n += int64(len(s))
		for _, st := range segment.Sentences(s, segment.Options{}) {
			toks = append(toks, segment.Tokenize(st.Text, st.Start))
		}
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	var all []numbers.Number
	start, ops := cputime.Thread(), 0
	for b.Loop() {
		all = all[:0]
		for _, t := range toks {
			all = numbers.AppendFind(all, t)
		}
		ops++
	}
	b.ReportMetric(float64(cputime.Thread()-start)/float64(ops), "cpu-ns/op")
}
