// Package cputime measures CPU time for benchmarks: on a shared machine it is steadier than wall-clock time.
package cputime

import (
	"testing"
	"time"
)

// ReportMBs adds the CPU throughput of a benchmark loop that began at start (a Process reading)
// and handled bytes per operation: cpu-MB/s counts only the time the process ran.
func ReportMBs(b *testing.B, start time.Duration, bytes int64) {
	used := Process() - start
	if used > 0 && b.N > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}
