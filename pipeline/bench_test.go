package pipeline

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/report"
)

// benchDir writes n generated articles (about 5 KB each) into a temporary folder.
func benchDir(b *testing.B, n int) (string, int64) {
	b.Helper()
	dir := b.TempDir()
	fs := corpus.Articles(n, 1)
	if err := corpus.WriteDir(dir, fs); err != nil {
		b.Fatal(err)
	}
	return dir, corpus.Size(fs)
}

// peakMemory samples the memory the Go runtime holds from the OS (its share of the resident set)
// while it runs, and returns the peak.
type peakMemory struct {
	stop chan struct{}
	done sync.WaitGroup
	peak atomic.Uint64
}

func startPeak() *peakMemory {
	runtime.GC()
	p := &peakMemory{stop: make(chan struct{})}
	samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			if v := samples[0].Value.Uint64() - samples[1].Value.Uint64(); v > p.peak.Load() {
				p.peak.Store(v)
			}
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

func (p *peakMemory) Stop() uint64 {
	close(p.stop)
	p.done.Wait()
	return p.peak.Load()
}

// BenchmarkCompareEndToEnd is `compare --format json` over a folder, minus process start-up:
// load, extract, compare, write. MB/s is article text per second with every core in use;
// ns/article compares the 5 MB and 50 MB corpora (linear scaling: 10x the articles should cost
// at most 11x the time); peak-mem/input is the runtime's peak memory over the input size, with
// the memory limit the command sets (LimitMemory).
func BenchmarkCompareEndToEnd(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		dir, size := benchDir(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			defer LimitMemory([]string{dir})() // as the command line does
			peak := startPeak()
			for b.Loop() {
				rep := Compare([]string{dir}, Options{})
				if err := report.Write("json", io.Discard, rep, report.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak.Stop())/float64(size), "peak-mem/input")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
		})
	}
}

// BenchmarkWorkers runs the 5 MB corpus on one worker and on one per CPU: the speed-up is what
// the second core brings.
func BenchmarkWorkers(b *testing.B) {
	dir, size := benchDir(b, 1000)
	for _, w := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				Compare([]string{dir}, Options{Workers: w})
			}
		})
	}
}

// BenchmarkSharded is the scale-out path for 1,000 articles: extract four shards to JSON Lines
// (map), then compare the claims files (reduce). MB/s is article text.
func BenchmarkSharded(b *testing.B) {
	dir, size := benchDir(b, 1000)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	out := b.TempDir()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		var claimFiles []string
		for k := 0; k < 4; k++ {
			var part []string
			for i := k; i < len(files); i += 4 {
				part = append(part, files[i])
			}
			ex := Extract(part, Options{DropText: true})
			var buf bytes.Buffer
			if err := claimsio.Write(&buf, ex.Sources(), ex.Claims, ex.Errors); err != nil {
				b.Fatal(err)
			}
			p := filepath.Join(out, fmt.Sprintf("shard-%d.jsonl", k))
			if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
				b.Fatal(err)
			}
			claimFiles = append(claimFiles, p)
		}
		rep, err := CompareClaims(claimFiles, nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := report.Write("json", io.Discard, rep, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHugeFile is `compare` over one 50 MB plain-text file (10,000 articles laid end to end):
// above DefaultStreamAbove it is read in chunks on every worker, so memory stays bounded
// (peak-mem/input) and a file beyond load.MaxFileSize is read rather than refused.
func BenchmarkHugeFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "corpus.txt")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	corpus.Generate(corpus.Options{N: 10000, Seed: 1}, func(cf corpus.File) error {
		n, err := f.Write(corpus.PlainText(cf))
		size += int64(n)
		return err
	})
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	peak := startPeak()
	for b.Loop() {
		rep := Compare([]string{path}, Options{})
		if len(rep.Sources) != 1 {
			b.Fatalf("want one source, got %d (%v)", len(rep.Sources), rep.Errors)
		}
		if err := report.Write("json", io.Discard, rep, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak.Stop())/float64(size), "peak-mem/input")
}
