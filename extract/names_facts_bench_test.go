package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/normalize"
)

// benchLowers are the lower-case tokens of the benchmark articles, punctuation left out, as
// prepare looks them up in the fact table.
func benchLowers() []string {
	arts, _ := benchArticles()
	var out []string
	for _, a := range arts {
		d := Prepare(a, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := range s.Tokens {
				if s.Tokens[k].Kind != 2 { // segment.Punct
					out = append(out, s.lower[k])
				}
			}
		}
	}
	return out
}

// BenchmarkFactGet looks up every word of about 1 MB of articles in the fact table (factTab.get);
// ns/word is per word.
func BenchmarkFactGet(b *testing.B) {
	ws := benchLowers()
	tab := factTable(normalize.DefaultTitles())
	b.ResetTimer()
	var sum facts
	for b.Loop() {
		for _, w := range ws {
			sum |= tab.get(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ws)), "ns/word")
	_ = sum
}

// BenchmarkFactGetBoth is BenchmarkFactGet for factTab.getBoth.
func BenchmarkFactGetBoth(b *testing.B) {
	ws := benchLowers()
	tab := factTable(normalize.DefaultTitles())
	b.ResetTimer()
	var sum facts
	var cls wordBits
	for b.Loop() {
		for _, w := range ws {
			f, c := tab.getBoth(w)
			sum, cls = sum|f, cls|c
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ws)), "ns/word")
	_, _ = sum, cls
}
