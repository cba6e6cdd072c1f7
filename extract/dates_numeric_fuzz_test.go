package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// numericSeeds are texts of numeric dates and of the numbers that look like them.
var numericSeeds = []string{
	"signed on 8/8/2025 in Geneva", "on 3/14/2025", "14/3/2025", "on 14.03.2025.", "3-14-2025", "on 3/14/25",
	"24/7", "9/11", "50/50", "a 2/3 majority", "version 1.2.2025", "https://x.com/8/8/2025/a", "555-123-4567",
	"on 3/4/2025 and 3/14/2025", "on 3/4/2025 and 14/3/2025", "(8/8/2025)", "on 2/29/25", "12/11/2025/44",
	"1-8-12-2025", "on 8/8/2025.pdf", "no. 3/14/2025",
	"on Christmas Day", "on New Year's Eve", "by New Year’s Day 2024", "on the Fourth of July", "on U.S. Independence Day",
	"on Good Friday Agreement", "on Easter Monday, 2024", "on St. Patrick's Day", "on Veterans' Day", "Black Friday",
}

// FuzzNumericDates: on any text with numeric dates, the sentence filter and the skipping scan
// read every date the plain scan reads, and readCoreMay refuses none; claims hold their spans.
func FuzzNumericDates(f *testing.F) {
	for _, s := range numericSeeds {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, withPub bool) {
		a := &model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}
		if withPub {
			p := time.Date(2025, 8, 10, 0, 0, 0, 0, time.UTC)
			a.Published = &p
		}
		d := Prepare(a, Options{})
		requireNoDateMissed(t, d)
		for _, c := range (dates{}).Extract(d) {
			if text[c.ValueSpan.Start:c.ValueSpan.End] != c.Value {
				t.Fatalf("value %q is not its span in %q", c.Value, text)
			}
		}
	})
}

// TestNumericScanRandom: on sentences drawn from numeric dates, named days and their look-alikes, the filter
// and the skipping scan read exactly what the plain scan reads.
func TestNumericScanRandom(t *testing.T) {
	vocab := strings.Fields(`on in 8/8/2025 3/14/2025 14/3/2025 3/4/2025 14.03.2025 3.4.2025 3/14/25 1/2/25 3 14 2025 25
		- / . , ( ) 24/7 9/11 50/50 version no signed said the August 8 pages 12 x.com by over
		Christmas Day Eve New Year's Year’s Good Friday Easter Sunday Monday Fourth of July U S Independence
		Boxing Test Agreement St Patrick's Black`)
	rng := rand.New(rand.NewPCG(3, 4))
	found := 0
	for n := 0; n < 5000; n++ {
		words := make([]string, 3+rng.IntN(20))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		text := strings.Join(words, " ")
		if rng.IntN(2) == 0 {
			text = strings.ReplaceAll(text, " - ", "-")
		}
		a := &model.Article{Source: model.Source{ID: "r"}, Format: "text", Text: text}
		found += requireNoDateMissed(t, Prepare(a, Options{}))
	}
	if found < 1000 {
		t.Fatalf("only %d dates read: the vocabulary no longer makes dates", found)
	}
}
