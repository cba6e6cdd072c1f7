//go:build !linux

package cputime

import "time"

// Process is 0 where it is not measured: ReportMBs then reports nothing.
func Process() time.Duration { return 0 }

// Thread is 0 where it is not measured.
func Thread() time.Duration { return 0 }
