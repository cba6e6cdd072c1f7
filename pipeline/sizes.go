package pipeline

import (
	"os"
	"sync"
)

// inputSizes holds the sizes InputBytes read, for the next run's streamable, which then need not
// stat every input a second time (a thousand articles are a thousand stat calls). A run takes
// them once (takeSizes): sizes read before one run are never used by the one after.
var inputSizes struct {
	sync.Mutex
	m map[string]int64 // bytes of a regular file; -1 for anything else
}

func rememberSizes(m map[string]int64) {
	inputSizes.Lock()
	inputSizes.m = m
	inputSizes.Unlock()
}

// takeSizes returns the sizes InputBytes last remembered, and forgets them.
func takeSizes() map[string]int64 {
	inputSizes.Lock()
	defer inputSizes.Unlock()
	m := inputSizes.m
	inputSizes.m = nil
	return m
}

// fileSize is the size of path when it is a regular file (ok false otherwise, or when it cannot
// be read), from known when it holds path.
func fileSize(path string, known map[string]int64) (size int64, ok bool) {
	if n, hit := known[path]; hit {
		return n, n >= 0
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return 0, false
	}
	return info.Size(), true
}
