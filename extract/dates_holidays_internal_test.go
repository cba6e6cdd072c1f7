package extract

import "testing"

// TestEaster checks the computus against published dates of Western Easter Sunday.
func TestEaster(t *testing.T) {
	for y, want := range map[int]string{
		1900: "1900-04-15", 1961: "1961-04-02", 2000: "2000-04-23", 2008: "2008-03-23", 2011: "2011-04-24",
		2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28",
		2038: "2038-04-25", 2100: "2100-03-28",
	} {
		if got := dtIsoDay(dtEaster(y)); got != want {
			t.Errorf("Easter %d = %s, want %s", y, got, want)
		}
	}
}
