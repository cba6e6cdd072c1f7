package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkStartup is the whole process of `crosscheck compare --format json` over the seed folder:
// exec, package initialisation (embedded tables, compiled expressions), load, extract, compare,
// write. The binary is built once, outside the timing.
func BenchmarkStartup(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "crosscheck")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		b.Fatalf("go build: %v", err)
	}
	seeds := filepath.Join("..", "..", "fixtures", "seeds")
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(bin, "compare", "--format", "json", "--fail-on", "never", seeds)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
	}
}
