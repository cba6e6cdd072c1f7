//go:build linux

package numbers_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/numbers"
)

// BenchmarkHotAppendFindLower is AppendFindLower right after tokenizing each sentence, as
// Prepare calls it.
func BenchmarkHotAppendFindLower(b *testing.B) { benchHot(b, numbers.AppendFindLower) }
