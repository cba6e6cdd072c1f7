package extract

import "testing"

// TestDtIsDefinite: the switch holds the words of the table.
func TestDtIsDefinite(t *testing.T) {
	n := 0
	for _, w := range []string{"the", "this", "these", "those", "its", "their", "his", "her", "our", "", "a", "that", "thes", "The"} {
		if dtIsDefinite(w) != dtDefinite[w] {
			t.Errorf("dtIsDefinite(%q) = %v", w, !dtDefinite[w])
		}
		if dtDefinite[w] {
			n++
		}
	}
	if n != len(dtDefinite) {
		t.Errorf("dtDefinite has %d words, the switch %d", len(dtDefinite), n)
	}
}

// TestNoEmptyMonthName: absolutePeriod returns "" as it is without asking dtMonthNames.
func TestNoEmptyMonthName(t *testing.T) {
	if _, ok := dtMonthNames[""]; ok {
		t.Fatal(`dtMonthNames holds ""`)
	}
}
