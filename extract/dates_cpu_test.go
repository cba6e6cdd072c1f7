//go:build linux

package extract

import (
	"runtime"
	"syscall"
	"testing"
	"time"
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

// BenchmarkDatesCPU runs the date extractor over prepared documents and reports the thread's
// CPU time per operation (cpu-ns/op) beside the wall-clock figure.
func BenchmarkDatesCPU(b *testing.B) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	start, ops := threadCPU(), 0
	for b.Loop() {
		for _, d := range docs {
			dates{}.Extract(d)
		}
		ops++
	}
	b.ReportMetric(float64(threadCPU()-start)/float64(ops), "cpu-ns/op")
}
