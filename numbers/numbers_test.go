package numbers_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// find reads the numbers of a phrase.
func find(text string) []numbers.Number {
	return numbers.Find(segment.Tokenize(text, 0))
}

// counts keeps the numbers that may be read as counts or amounts.
func counts(ns []numbers.Number) []numbers.Number {
	var out []numbers.Number
	for _, n := range ns {
		if n.IsCount() {
			out = append(out, n)
		}
	}
	return out
}

func iv(lo, hi float64) model.Interval { return model.Interval{Low: lo, High: hi} }

// rounded is the interval of a rounded figure: [lo, hi).
func rounded(lo, hi float64) model.Interval { return model.Interval{Low: lo, High: hi, HighOpen: true} }

func TestFindValues(t *testing.T) {
	tests := []struct {
		name, text string
		want       float64        // value of the only count
		iv         model.Interval // its interval
		span       string         // text[Start:End]
	}{
		{"digits", "26 people", 26, model.Exact(26), "26"},
		{"thousands separator", "1,200 people", 1200, model.Exact(1200), "1,200"},
		{"millions separator", "1,200,000 barrels", 1.2e6, model.Exact(1.2e6), "1,200,000"},
		{"decimal", "4.2 tonnes", 4.2, model.Exact(4.2), "4.2"},
		{"decimal is not thousands", "42 tonnes", 42, model.Exact(42), "42"},
		{"continental decimal comma", "1.234,5 tonnes", 1234.5, model.Exact(1234.5), "1.234,5"},
		{"continental thousands points", "2.500.000 ballots", 2.5e6, model.Exact(2.5e6), "2.500.000"},
		{"continental both", "1.234.567,89 euros", 1234567.89, model.Exact(1234567.89), "1.234.567,89"},
		{"continental scaled", "1.234,5 million euros", 1.2345e9, rounded(1.23445e9, 1.23455e9), "1.234,5 million"},
		{"word", "twenty-six people", 26, model.Exact(26), "twenty-six"},
		{"word teen", "fourteen people", 14, model.Exact(14), "fourteen"},
		{"word hundred and", "one hundred and twenty people", 120, model.Exact(120), "one hundred and twenty"},
		{"word hundred", "three hundred people", 300, model.Exact(300), "three hundred"},
		{"word thousand", "three thousand reservists", 3000, rounded(2500, 3500), "three thousand"},
		{"word hundred thousand", "two hundred fifty thousand voters", 250000, rounded(249500, 250500), "two hundred fifty thousand"},
		{"word million", "two million ballots", 2e6, rounded(1.5e6, 2.5e6), "two million"},
		{"word billion", "four billion dollars", 4e9, rounded(3.5e9, 4.5e9), "four billion"},
		{"a hundred", "a hundred people", 100, model.Interval{Low: 100, High: 100, Approx: true}, "a hundred"},
		{"half a million", "half a million people", 5e5, model.Exact(5e5), "half a million"},
		{"a dozen", "a dozen homes", 12, model.Interval{Low: 12, High: 12, Approx: true}, "a dozen"},
		{"half a dozen", "half a dozen homes", 6, model.Exact(6), "half a dozen"},
		{"two dozen", "two dozen homes", 24, model.Interval{Low: 24, High: 24, Approx: true}, "two dozen"},
		{"forty-odd", "40-odd people", 40, model.Interval{Low: 40, High: 49, Approx: true}, "40-odd"},
		{"hundred-odd", "100-odd homes", 100, model.Interval{Low: 100, High: 199, Approx: true}, "100-odd"},
		{"odd with a space is no hedge", "40 - odd", 40, model.Exact(40), "40"},
		{"three dozen", "Three dozen people", 36, model.Interval{Low: 36, High: 36, Approx: true}, "Three dozen"},
		{"dozens of", "dozens of homes", 24, model.Interval{Low: 24, High: 99, Approx: true}, "dozens"},
		{"hundreds of", "hundreds of homes", 200, model.Interval{Low: 200, High: 999, Approx: true}, "hundreds"},
		{"thousands of", "thousands of homes", 2000, model.Interval{Low: 2000, High: 9999, Approx: true}, "thousands"},
		{"tens of thousands", "tens of thousands of people", 1e4, model.Interval{Low: 1e4, High: 99e3, Approx: true}, "tens of thousands"},
		{"hundreds of thousands", "hundreds of thousands of people", 2e5, model.Interval{Low: 2e5, High: 999e3, Approx: true}, "hundreds of thousands"},
		{"several hundred", "several hundred homes", 300, model.Interval{Low: 300, High: 900, Approx: true}, "several hundred"},
		{"a few thousand", "a few thousand fans", 2000, model.Interval{Low: 2000, High: 5000, Approx: true}, "a few thousand"},
		{"scale word", "2.3 billion euros", 2.3e9, rounded(2.25e9, 2.35e9), "2.3 billion"},
		{"scale suffix bn", "$1.2bn deal", 1.2e9, rounded(1.15e9, 1.25e9), "$1.2bn"},
		{"scale suffix bn spaced", "$1.2 bn deal", 1.2e9, rounded(1.15e9, 1.25e9), "$1.2 bn"},
		{"scale suffix m", "£4m", 4e6, rounded(3.5e6, 4.5e6), "£4m"},
		{"scale two decimals", "$1.23 billion", 1.23e9, rounded(1.225e9, 1.235e9), "$1.23 billion"},
		{"scale integer", "$105 million", 105e6, rounded(104.5e6, 105.5e6), "$105 million"},
		{"scale exact arithmetic", "0.07 trillion", 7e10, rounded(6.5e10, 7.5e10), "0.07 trillion"},
		{"crore", "Rs 500 crore", 5e9, rounded(4.995e9, 5.005e9), "Rs 500 crore"},
		{"prefix US$", "US$5 million", 5e6, rounded(4.5e6, 5.5e6), "US$5 million"},
		{"prefix code", "EUR 300", 300, model.Exact(300), "EUR 300"},
		{"hedge at least", "at least 14 people", 14, model.Interval{Low: 14, Unbounded: true}, "at least 14"},
		{"hedge more than", "more than 200 people", 200, model.Interval{Low: 200, LowOpen: true, Unbounded: true}, "more than 200"},
		{"hedge before currency", "more than $5m", 5e6, model.Interval{Low: 5e6, LowOpen: true, Unbounded: true}, "more than $5m"},
		{"hedge nearly", "nearly 300 homes", 300, model.Interval{Low: 270, High: 300, HighOpen: true}, "nearly 300"},
		{"hedge about", "about 1,200 people", 1200, model.Interval{Low: 1200, High: 1200, Approx: true}, "about 1,200"},
		{"hedge some", "some 300 homes", 300, model.Interval{Low: 300, High: 300, Approx: true}, "some 300"},
		{"hedge approx", "approx 300 homes", 300, model.Interval{Low: 300, High: 300, Approx: true}, "approx 300"},
		{"hedge approx.", "approx. 300 homes", 300, model.Interval{Low: 300, High: 300, Approx: true}, "approx. 300"},
		{"hedge just under", "just under 300 homes", 300, model.Interval{Low: 270, High: 300, HighOpen: true}, "just under 300"},
		{"a period is no hedge", "Police came. 300 homes burned", 300, model.Exact(300), "300"},
		{"hedge up to", "up to 50 people", 50, iv(0, 50), "up to 50"},
		{"hedge fewer than", "fewer than 10 people", 10, model.Interval{Low: 0, High: 10, HighOpen: true}, "fewer than 10"},
		{"hedge no more than", "no more than 10 people", 10, iv(0, 10), "no more than 10"},
		{"hedge more than a dozen", "more than a dozen people", 12, model.Interval{Low: 12, LowOpen: true, Unbounded: true}, "more than a dozen"},
		{"hedge or more", "30 or more people", 30, model.Interval{Low: 30, Unbounded: true}, "30 or more"},
		{"hedge or so", "30 or so people", 30, model.Interval{Low: 30, High: 30, Approx: true}, "30 or so"},
		{"hedge plus sign", "30+ people", 30, model.Interval{Low: 30, Unbounded: true}, "30+"},
		{"hedge -plus", "30-plus people", 30, model.Interval{Low: 30, Unbounded: true}, "30-plus"},
		{"range to", "10 to 15 people", 10, iv(10, 15), "10 to 15"},
		{"range dash", "10-15 people", 10, iv(10, 15), "10-15"},
		{"range between", "between 10 and 15 people", 10, iv(10, 15), "between 10 and 15"},
		{"range words", "ten to fifteen people", 10, iv(10, 15), "ten to fifteen"},
		{"range shared scale", "2.5 to 3 million people", 2.5e6, iv(2.5e6, 3e6), "2.5 to 3 million"},
		{"range money", "$10m-$15m", 10e6, iv(10e6, 15e6), "$10m-$15m"},
		{"range money shared scale", "$10-15 million", 10e6, iv(10e6, 15e6), "$10-15 million"},
		{"year-like count", "1999 people", 1999, model.Exact(1999), "1999"},
		{"year range not id", "killed 12 in the 2020-2022 period", 12, model.Exact(12), "12"},
		{"one", "one person", 1, model.Exact(1), "one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := counts(find(tt.text))
			require.Len(t, got, 1, "%q: %+v", tt.text, find(tt.text))
			n := got[0]
			assert.InDelta(t, tt.want, n.Value, 1e-9*math.Max(1, tt.want))
			assert.Equal(t, tt.iv, n.Interval)
			assert.Equal(t, tt.span, tt.text[n.Start:n.End])
		})
	}
}

func TestFindNotCounts(t *testing.T) {
	tests := []struct {
		name, text string
		why        func(numbers.Number) bool // the flag that must be set on every number; nil: no number read
	}{
		{"ordinal", "the 3rd brigade", func(n numbers.Number) bool { return n.Ordinal }},
		{"ordinal 21st", "the 21st century", func(n numbers.Number) bool { return n.Ordinal }},
		{"year in", "in 2022", func(n numbers.Number) bool { return n.Year }},
		{"year since", "since 2014, the war", func(n numbers.Number) bool { return n.Year }},
		{"year the", "the 2024 election", func(n numbers.Number) bool { return n.Year }},
		{"year month", "in March 2023", func(n numbers.Number) bool { return n.Year }},
		{"year end of sentence", "The war began in 2022.", func(n numbers.Number) bool { return n.Year }},
		{"phone dashes", "call 555-0123 now", func(n numbers.Number) bool { return n.ID }},
		{"phone international", "call +1 (555) 123-4567 now", func(n numbers.Number) bool { return n.ID }},
		{"phone leading zero", "call 020 7946 0958", func(n numbers.Number) bool { return n.ID }},
		{"id glued", "flight MH17 crashed", nil},
		{"comma after the decimal point", "paid 1,234.5,6 dollars", func(n numbers.Number) bool { return n.ID }},
		{"continental bad group", "paid 1.23,4 dollars", func(n numbers.Number) bool { return n.ID }},
		{"id hyphen", "F-16 jets", func(n numbers.Number) bool { return n.ID }},
		{"id article", "under Article 5 of the treaty", func(n numbers.Number) bool { return n.ID }},
		{"id number sign", "ticket #4521", func(n numbers.Number) bool { return n.ID }},
		{"model", "a Boeing 737 landed", func(n numbers.Number) bool { return n.ID }},
		{"model lower-case brand", "the new iPhone 15 sold", func(n numbers.Number) bool { return n.ID }},
		{"time colon", "at 10:30 on Monday", func(n numbers.Number) bool { return n.ID }},
		{"time pm", "at 3pm local time", func(n numbers.Number) bool { return n.ID }},
		{"time p.m.", "at 11 p.m. on Friday", func(n numbers.Number) bool { return n.ID }},
		{"24/7", "teams ready to work 24/7", func(n numbers.Number) bool { return n.ID }},
		{"score", "United won 3-1 at home", func(n numbers.Number) bool { return n.ID }},
		{"score draw", "a 2-2 draw", func(n numbers.Number) bool { return n.ID }},
		{"score en dash win", "a 1–3 defeat", func(n numbers.Number) bool { return n.ID }},
		{"age hyphenated", "a 45-year-old man", func(n numbers.Number) bool { return n.Age }},
		{"age words", "a forty-five-year-old man", func(n numbers.Number) bool { return n.Age }},
		{"age aged", "a man aged 45 was", func(n numbers.Number) bool { return n.Age }},
		{"age years old", "she is 45 years old", func(n numbers.Number) bool { return n.Age }},
		{"age apposition", "John Smith, 45, of Leeds", func(n numbers.Number) bool { return n.Age }},
		{"date month day", "on March 3 the", func(n numbers.Number) bool { return n.Date }},
		{"date day month", "on 3 March the", func(n numbers.Number) bool { return n.Date }},
		{"date abbreviated", "by Aug. 8 at the latest", func(n numbers.Number) bool { return n.Date }},
		{"fraction", "two-thirds of voters", func(n numbers.Number) bool { return n.Fraction }},
		{"fraction spaced", "one third of voters", func(n numbers.Number) bool { return n.Fraction }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns := find(tt.text)
			if tt.why == nil {
				assert.Empty(t, ns)
				return
			}
			require.NotEmpty(t, ns, tt.text)
			for _, n := range ns {
				assert.True(t, tt.why(n), "%q: %+v", tt.text, n)
				assert.False(t, n.IsCount(), "%q: %+v", tt.text, n)
			}
		})
	}
}

func TestFindKeepsSeparateFigures(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"rose from 10 to 15 percent", []float64{10, 15}},
		{"the toll rose from 26 to 31", []float64{26, 31}},
		{"12 in Kharkiv and five in Odesa", []float64{12, 5}},
		{"500 to 3 million", []float64{500, 3e6}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []float64
			for _, n := range counts(find(tt.text)) {
				got = append(got, n.Value)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFractionValue(t *testing.T) {
	ns := find("two-thirds of voters")
	require.Len(t, ns, 1)
	assert.InDelta(t, 2.0/3, ns[0].Value, 1e-9)
}

func TestHedge(t *testing.T) {
	toks := segment.Tokenize("a nearly hour-long call", 0)
	got, words, first, ok := numbers.Hedge(toks, 2, 60)
	require.True(t, ok)
	assert.Equal(t, "nearly", words)
	assert.Equal(t, 1, first)
	assert.Equal(t, model.Interval{Low: 54, High: 60, HighOpen: true}, got)
	_, _, _, ok = numbers.Hedge(toks, 1, 60)
	assert.False(t, ok)
}

func TestSpansInsideText(t *testing.T) {
	text := "Officials said more than $1.2bn, about 1,200 homes and 30+ schools were hit in 2022."
	for _, n := range find(text) {
		require.True(t, n.Start >= 0 && n.End <= len(text) && n.Start < n.End, "%+v", n)
	}
}
