package normalize

import (
	"sync"
	"testing"
)

// TestNormalizeMemo checks that remembered answers are the answers, asked from several goroutines.
func TestNormalizeMemo(t *testing.T) {
	tab := DefaultTitles()
	titles := []string{"the acting US envoy to the UN", "Britain's Defence Secretary", "Minister of Foreign Affairs",
		"President-elect", "NATO ambassador", "the weather", "", "Ukrainian President", "US Permanent Representative to NATO"}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for _, s := range titles {
					gp, gok := tab.Normalize(s)
					wp, wok := tab.normalize(s)
					if gp != wp || gok != wok {
						t.Errorf("Normalize(%q) = %+v %v, want %+v %v", s, gp, gok, wp, wok)
					}
				}
			}
		}()
	}
	wg.Wait()
}
