//go:build linux

package numbers_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// threadCPU is the CPU time of the calling thread (RUSAGE_THREAD): on a shared machine it
// leaves out the time other processes take, which wall-clock ns/op does not.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1, &ru); err != nil { // RUSAGE_THREAD
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
	start, ops := threadCPU(), 0
	for b.Loop() {
		all = all[:0]
		for _, t := range toks {
			all = numbers.AppendFind(all, t)
		}
		ops++
	}
	b.ReportMetric(float64(threadCPU()-start)/float64(ops), "cpu-ns/op")
}
