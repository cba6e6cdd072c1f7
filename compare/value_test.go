package compare

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// randomValue draws claims whose values collide often and whose parts hold the renderings'
// separators, of every kind normValue renders.
func randomValue(r *rand.Rand) *model.Claim {
	part := func() string {
		return []string{"", "a", "a|", "|b", "ab", "a..", "..b", "2025", "2025-08", "2025-08-01"}[r.IntN(10)]
	}
	num := func() float64 {
		return []float64{0, math.Copysign(0, -1), 1, 1.5, 10, 1e21, math.NaN(), math.Inf(1)}[r.IntN(8)]
	}
	c := &model.Claim{Value: part()}
	switch r.IntN(6) {
	case 0:
		c.Quantity = &model.Quantity{Interval: model.Interval{Low: num(), High: num(), Unbounded: r.IntN(2) == 0,
			LowOpen: r.IntN(2) == 0, HighOpen: r.IntN(2) == 0, Approx: r.IntN(2) == 0}, Unit: part(), Currency: part()}
	case 1:
		c.Date = &model.DateValue{Start: part(), End: part()}
	case 2:
		c.Role = &model.Role{Person: part(), Post: part()}
	case 3:
		c.Quote = &model.Quote{Speaker: part(), Folded: part()}
	}
	return c
}

// TestValuesCompareAsRendered: sameValue, cmpValue and valueHash agree with normValue's strings.
func TestValuesCompareAsRendered(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	sign := func(n int) int { return min(max(n, -1), 1) }
	for k := 0; k < 200000; k++ {
		a, b := randomValue(r), randomValue(r)
		na, nb := normValue(a), normValue(b)
		require.Equal(t, na == nb, sameValue(a, b), "%q %q", na, nb)
		require.Equal(t, strings.Compare(na, nb), sign(cmpValue(a, b)), "%q %q", na, nb)
		if na == nb {
			strict := valueKind(a) != valueKind(b)
			require.Equal(t, valueHash(a, strict), valueHash(b, strict), "%q", na)
		}
	}
}

// TestDatesCompareAsPadded: cmpDate compares as lowDate and highDate pad.
func TestDatesCompareAsPadded(t *testing.T) {
	days := []string{"", "2025", "2025-08", "2025-08-07", "2025-08-31", "2025-09", "2024-12-31", "2025-1"}
	pad := map[bool]func(string) string{false: lowDate, true: highDate}
	for _, a := range days {
		for _, b := range days {
			for _, ha := range []bool{false, true} {
				for _, hb := range []bool{false, true} {
					require.Equal(t, strings.Compare(pad[ha](a), pad[hb](b)), cmpDate(a, ha, b, hb), "%q %v %q %v", a, ha, b, hb)
				}
			}
		}
	}
}

// TestFNVStringIsBytewise: fnvString is FNV-1a over the bytes, for every length around its
// four-byte steps, and hashing pieces one after another hashes their concatenation.
func TestFNVStringIsBytewise(t *testing.T) {
	s := "a\x00b|2025-08-07..\xffquote words"
	for n := 0; n <= len(s); n++ {
		want := fnvOffset
		for i := 0; i < n; i++ {
			want ^= uint64(s[i])
			want *= fnvPrime
		}
		require.Equal(t, want, fnvString(fnvOffset, s[:n]), "%q", s[:n])
		for k := 0; k <= n; k++ {
			require.Equal(t, want, fnvString(fnvString(fnvOffset, s[:k]), s[k:n]))
		}
	}
}
