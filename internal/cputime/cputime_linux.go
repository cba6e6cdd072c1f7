package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time the process has used so far (all threads, garbage collection included).
func Process() time.Duration { return usage(syscall.RUSAGE_SELF) }

// Thread is the CPU time of the calling thread (lock it with runtime.LockOSThread): it leaves
// out the time other goroutines and processes take.
func Thread() time.Duration { return usage(1) } // RUSAGE_THREAD

func usage(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
