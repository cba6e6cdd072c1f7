package extract

import (
	"testing"
	"time"
)

// TestDtDaysInTable: the month table and leap rule of dtDaysIn say what time.Date does.
func TestDtDaysInTable(t *testing.T) {
	for y := -800; y <= 3000; y++ {
		for m := time.Month(-1); m <= 14; m++ {
			if got, want := dtDaysIn(y, m), dtCivil(y, m+1, 0).Day(); got != want {
				t.Fatalf("dtDaysIn(%d, %d) = %d, time.Date says %d", y, m, got, want)
			}
		}
	}
}
