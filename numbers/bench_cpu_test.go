//go:build linux

package numbers_test

import (
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// BenchmarkAppendFindCPU is BenchmarkAppendFind reporting the thread's CPU time per operation
// (cpu-ns/op) beside the wall-clock figure.
func BenchmarkAppendFindCPU(b *testing.B) {
	toks, n := benchSentences()
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

// BenchmarkAppendFindLowerCPU is BenchmarkAppendFindCPU the way Prepare calls it now: with the
// lower-case texts of the tokens, which Prepare has already.
func BenchmarkAppendFindLowerCPU(b *testing.B) {
	toks, n := benchSentences()
	lows := make([][]string, len(toks))
	for i, t := range toks {
		lows[i], _ = segment.AppendLowerTo(nil, nil, t)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	var all []numbers.Number
	start, ops := cputime.Thread(), 0
	for b.Loop() {
		all = all[:0]
		for i, t := range toks {
			all = numbers.AppendFindLower(all, t, lows[i])
		}
		ops++
	}
	b.ReportMetric(float64(cputime.Thread()-start)/float64(ops), "cpu-ns/op")
}
