package report

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time the process has used so far (all threads, garbage collection included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU throughput of a benchmark loop, which on a shared machine is steadier
// than the wall-clock MB/s: cpu-MB/s counts only the time the process ran.
func reportCPU(b *testing.B, start time.Duration, bytes int64) {
	used := cpuTime() - start
	if used > 0 && b.N > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}
