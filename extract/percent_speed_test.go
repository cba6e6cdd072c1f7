package extract

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestTenthsBelowParsed checks tenthsBelow's division against the digits parsed, bit for bit.
func TestTenthsBelowParsed(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(m int64, e int) {
		if got, want := tenthsBelow(m, e), tenthsBelowParsed(m, e); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("tenthsBelow(%d, %d) = %v, parsed %v", m, e, got, want)
		}
	}
	for e := 0; e <= 24; e++ {
		for _, m := range []int64{0, 1, -1, 5, -5, 15, 45, 655, 1<<53 - 1, 1 << 53, 1<<53 + 1, -1 << 53, math.MaxInt64, math.MinInt64 + 1} {
			check(m, e)
		}
		for range 20000 {
			m := r.Int64N(1 << uint(r.IntN(55)))
			if r.IntN(4) == 0 {
				m = -m
			}
			check(m, e)
			check(m*10+5, e)
			check(m*10-5, e)
		}
	}
}
