package load

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestReadPlainPooled checks that reading a walked file into a pooled buffer gives the bytes and
// the errors of reading it through the os package, around the size limit too.
func TestReadPlainPooled(t *testing.T) {
	dir := t.TempDir()
	defer func(n int) { sizeLimit = n }(sizeLimit)
	sizeLimit = 100
	var paths []string
	for _, n := range []int{0, 1, 99, 100, 101, 150, 600} {
		p := filepath.Join(dir, fmt.Sprintf("f%d.txt", n))
		if err := os.WriteFile(p, bytes.Repeat([]byte("ab\n"), n)[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	paths = append(paths, filepath.Join(dir, "missing.txt"), dir)
	for round := range 3 { // buffers come back from the pool in later rounds
		for _, p := range paths {
			want, werr := readFile(p, true)
			got, gerr := readPlainPooled(p)
			if fmt.Sprint(werr) != fmt.Sprint(gerr) || !bytes.Equal(want, got) {
				t.Errorf("round %d %s: got %q, %v; want %q, %v", round, filepath.Base(p), got, gerr, want, werr)
			}
			putReadBuf(got)
		}
	}
}
