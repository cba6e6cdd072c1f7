package pipeline

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProgress: Options.Progress hears once per input, with the running count and the total.
func TestProgress(t *testing.T) {
	var mu sync.Mutex
	var calls [][2]int
	opt := Options{Workers: 3, Progress: func(done, total int) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, [2]int{done, total})
	}}
	Extract([]string{filepath.Join("..", "fixtures", "seeds")}, opt)
	n := len(calls)
	assert.GreaterOrEqual(t, n, 5, "one call per input file")
	for i, c := range calls {
		assert.Equal(t, [2]int{i + 1, n}, c)
	}
}
