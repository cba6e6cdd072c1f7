//go:build linux

package extract

import (
	"runtime"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// benchDocsCPU runs f over every prepared document of benchArticles and reports the thread's
// CPU time per operation (cpu-ns/op) beside the wall-clock figure.
func benchDocsCPU(b *testing.B, f func(d *Doc)) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.SetBytes(n)
	b.ReportAllocs()
	start, ops := cputime.Thread(), 0
	for b.Loop() {
		for _, d := range docs {
			f(d)
		}
		ops++
	}
	b.ReportMetric(float64(cputime.Thread()-start)/float64(ops), "cpu-ns/op")
}

// forgetRoles drops the role readings cached on d, so that they are read again.
func forgetRoles(d *Doc) {
	pp := d.people
	pp.rolesRead, pp.readings, pp.roles = false, nil, nil
}

// BenchmarkRoleReadingsCPU reads the posts of every sentence, as quotes and roles do once a
// document.
func BenchmarkRoleReadingsCPU(b *testing.B) {
	benchDocsCPU(b, func(d *Doc) {
		forgetRoles(d)
		d.roleReadings()
	})
}

// BenchmarkQuotesCPU is the quote extractor as the pipeline runs it: the first to read the roles.
func BenchmarkQuotesCPU(b *testing.B) {
	benchDocsCPU(b, func(d *Doc) {
		forgetRoles(d)
		quotes{}.Extract(d)
	})
}

// BenchmarkTrackPeopleCPU records the speakers of every sentence, as Prepare does.
func BenchmarkTrackPeopleCPU(b *testing.B) {
	benchDocsCPU(b, func(d *Doc) { d.trackPeople() })
}
