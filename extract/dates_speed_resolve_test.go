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

// TestDtNamesDateShort: dtNamesDate refuses a text shorter than "may" without asking the lists,
// which hold no name that short.
func TestDtNamesDateShort(t *testing.T) {
	for w := range dtMonthNames {
		if len(w) < len("may") {
			t.Errorf("month name %q is shorter than dtNamesDate reads", w)
		}
	}
	for w := range dtWeekdayNames {
		if len(w) < len("may") {
			t.Errorf("weekday name %q is shorter than dtNamesDate reads", w)
		}
	}
	for _, w := range []string{"", "Ma", "MAY", "May", "Sunday", "sept", "Wednesday", "Tom Jones"} {
		if got, want := dtNamesDate(w), dtNamesDateSlow(w); got != want {
			t.Errorf("dtNamesDate(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDtIsoOf: dtIsoOf writes what dtIsoDay, dtIsoMonth and dtIsoYear write.
func TestDtIsoOf(t *testing.T) {
	for _, tm := range []time.Time{dtCivil(2025, 8, 8), dtCivil(1999, 12, 31), dtCivil(-5, 1, 1), dtCivil(10001, 3, 4), dtCivil(1900, 1, 1), dtCivil(850, 6, 30)} {
		y, m, d := tm.Date()
		if got, want := dtIsoOf('d', tm, y, m, d), dtIsoDay(tm); got != want {
			t.Errorf("day %v: %q, want %q", tm, got, want)
		}
		if got, want := dtIsoOf('m', tm, y, m, d), dtIsoMonth(tm); got != want {
			t.Errorf("month %v: %q, want %q", tm, got, want)
		}
		if got, want := dtIsoOf('y', tm, y, m, d), dtIsoYear(tm.Year()); got != want {
			t.Errorf("year %v: %q, want %q", tm, got, want)
		}
	}
}

// TestDtAddDays: dtAddDays moves a time as AddDate(0, 0, n) does, to the same value.
func TestDtAddDays(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("x", 5*3600)}
	for _, loc := range zones {
		for _, base := range []time.Time{dtCivil(2024, 2, 28), dtCivil(1999, 12, 31), dtCivil(2100, 3, 1), time.Date(2025, 10, 26, 1, 30, 0, 0, loc)} {
			for n := -800; n <= 800; n += 7 {
				got, want := dtAddDays(base, n), base.AddDate(0, 0, n)
				if got != want {
					t.Fatalf("dtAddDays(%v, %d) = %#v, AddDate %#v", base, n, got, want)
				}
			}
		}
	}
}

// TestDtIsoDayText: every day of dtIsoDays, and the days around it, written as dtIsoDay and
// dtIsoMonth write them.
func TestDtIsoDayText(t *testing.T) {
	for day := dtCivil(dtIsoFirstYear-1, 12, 1); day.Before(dtCivil(dtIsoFirstYear+dtIsoYears, 2, 1)); day = day.AddDate(0, 0, 1) {
		y, m, d := day.Date()
		if got, want := dtIsoOf('d', day, y, m, d), dtIsoDay(day); got != want {
			t.Fatalf("day %v: %q, want %q", day, got, want)
		}
		if got, want := dtIsoOf('m', day, y, m, d), dtIsoMonth(day); got != want {
			t.Fatalf("month %v: %q, want %q", day, got, want)
		}
	}
}
