package report

// For the benchmarks of package report_test.
var (
	CPUTime   = cpuTime
	ReportCPU = reportCPU
)
