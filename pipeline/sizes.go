package pipeline

import (
	"os"
	"slices"
	"sync"

	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// inputSizes holds the inputs InputBytes listed and the sizes it read, for the next run over
// the same paths, which then need not list every folder nor stat every input a second time (a
// thousand articles are a thousand stat calls). A run takes them once (takeInputs): what was read
// before one run is never used by the one after.
var inputSizes struct {
	sync.Mutex
	paths  []string
	inputs []load.Input
	errs   []model.InputError
	m      map[string]int64 // bytes of a regular file; -1 for anything else
}

// rememberInputs keeps what load.Inputs(paths) gave and the sizes of the inputs.
func rememberInputs(paths []string, inputs []load.Input, errs []model.InputError, m map[string]int64) {
	inputSizes.Lock()
	inputSizes.paths = slices.Clone(paths)
	inputSizes.inputs, inputSizes.errs, inputSizes.m = inputs, errs, m
	inputSizes.Unlock()
}

// takeInputs returns the sizes InputBytes last remembered and, when it was over paths, the
// inputs and errors load.Inputs gave it (ok); it forgets them all.
func takeInputs(paths []string) (inputs []load.Input, errs []model.InputError, m map[string]int64, ok bool) {
	inputSizes.Lock()
	defer inputSizes.Unlock()
	m = inputSizes.m
	if inputSizes.paths != nil && slices.Equal(inputSizes.paths, paths) {
		inputs, errs, ok = inputSizes.inputs, inputSizes.errs, true
	}
	inputSizes.paths, inputSizes.inputs, inputSizes.errs, inputSizes.m = nil, nil, nil, nil
	return inputs, errs, m, ok
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
