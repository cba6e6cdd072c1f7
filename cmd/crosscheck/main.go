// Command crosscheck finds where news articles about one story disagree: figures, dates, titles and quotes.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	stop := profile(os.Getenv("CROSSCHECK_CPUPROFILE"))
	code := run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// profile writes a CPU profile of the whole process to path when it is set, so that the
// figures in docs/performance.md can be profiled as a user runs the command.
func profile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crosscheck: CROSSCHECK_CPUPROFILE:", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
