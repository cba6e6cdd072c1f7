package compare

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestQuantityValueIsSprintf: quantityValue writes what the fmt.Sprintf it replaces writes, for
// figures of every shape (whole, fractions, huge and tiny, signed zeros, infinities, NaN) and
// every combination of flags.
func TestQuantityValueIsSprintf(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	fs := []float64{0, math.Copysign(0, -1), 1, 26, 0.5, -3, 1e6, 1e20, 1e21, 1e-4, 1e-5, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64}
	for i := 0; i < 20000; i++ {
		switch i % 3 {
		case 0:
			fs = append(fs, math.Float64frombits(r.Uint64()))
		case 1:
			fs = append(fs, float64(r.Int63n(1e12))/math.Pow(10, float64(r.Intn(12))))
		default:
			fs = append(fs, float64(r.Intn(100000)))
		}
	}
	units := []string{"", "people", "USD", "a|b", "é"}
	for i, low := range fs {
		q := &model.Quantity{Interval: model.Interval{Low: low, High: fs[(i*7+3)%len(fs)],
			Unbounded: i&1 != 0, LowOpen: i&2 != 0, HighOpen: i&4 != 0, Approx: i&8 != 0},
			Unit: units[i%len(units)], Currency: units[(i/5)%len(units)]}
		want := fmt.Sprintf("%v|%v|%v|%v|%v|%v|%s|%s", q.Low, q.High, q.Unbounded, q.LowOpen, q.HighOpen, q.Approx, q.Unit, q.Currency)
		if got := quantityValue(q); got != want {
			t.Fatalf("quantityValue(%+v) = %q, want %q", *q, got, want)
		}
	}
}
