package extract

import "strings"

// Economic indicators are named many ways for one figure: "UK inflation", "consumer price
// inflation", "CPI inflation", "headline inflation", "annual inflation", "the inflation rate",
// "the annual rate of inflation" are all the headline consumer-price inflation; "the jobless
// rate", "the unemployment rate" and "unemployment" are one rate. Their keys meet when the words
// that only name the headline measure are left out and a country named before the indicator
// ("UK inflation", "Germany's jobless rate") is its scope, as "inflation in the UK" is: so "US
// inflation" never meets "UK inflation", and a report that names no country meets the one its
// story gives (compare.resolveScopes). A modifier that names another measure keeps it apart:
// "core inflation", "food price inflation", "services inflation", "youth unemployment".

// indicatorHeads are the words that name an indicator, with the stem its key is written with.
// A growing or shrinking economy is its GDP: "the economy grew 0.3%" = "GDP rose 0.3%" ("economi"
// is the stem a key holds, "economy" the word indicatorHead finds).
var indicatorHeads = map[string]string{
	"inflation": "inflation", "unemployment": "unemployment", "jobless": "unemployment", "gdp": "gdp",
	"economy": "gdp", "economi": "gdp",
}

// headlineWords name the headline measure of an indicator, or qualify it without naming another.
var headlineWords = map[string]bool{
	"consumer": true, "consumers": true, "price": true, "prices": true, "cpi": true, "headline": true,
	"annual": true, "yearly": true, "year-on-year": true, "12-month": true, "twelve-month": true,
	"overall": true, "official": true, "national": true, "seasonally": true, "adjusted": true,
	"seasonally-adjusted": true,
}

// rateOfIndicator are the stems a rate's key may hold before "rat" when it is an indicator's:
// "inflation rate", "jobless rate", "annual rate (of inflation)".
var rateOfIndicator = map[string]bool{
	"inflation": true, "unemployment": true, "jobless": true, "annual": true, "headlin": true,
	"official": true, "overall": true, "yearli": true, "national": true,
}

// countryWords are the country names and adjectives that scope an indicator when written before
// it, as written (case matters: "US", not "us"), with the name the aliases know the country by.
var countryWords = map[string]string{
	"UK": "UK", "U.K.": "UK", "Britain": "UK", "British": "UK", "US": "US", "U.S.": "US", "USA": "US",
	"America": "US", "American": "US", "Germany": "Germany", "German": "Germany", "France": "France",
	"French": "France", "Italy": "Italy", "Italian": "Italy", "Spain": "Spain", "Spanish": "Spain",
	"Japan": "Japan", "Japanese": "Japan", "China": "China", "Chinese": "China", "Canada": "Canada",
	"Canadian": "Canada", "Australia": "Australia", "Australian": "Australia", "Ireland": "Ireland",
	"Irish": "Ireland", "India": "India", "Indian": "India", "Eurozone": "Eurozone",
	"Euro-zone": "Eurozone", "Dutch": "Netherlands", "Netherlands": "Netherlands", "Sweden": "Sweden",
	"Swedish": "Sweden", "Norway": "Norway", "Norwegian": "Norway", "Turkey": "Turkey",
	"Turkish": "Turkey", "Russia": "Russia", "Russian": "Russia", "Brazil": "Brazil",
	"Brazilian": "Brazil", "Mexico": "Mexico", "Mexican": "Mexico", "Argentina": "Argentina",
	"Argentine": "Argentina", "Poland": "Poland", "Polish": "Poland", "Scotland": "Scotland",
	"Scottish": "Scotland", "Wales": "Wales", "Welsh": "Wales", "Zealand": "New Zealand",
}

// indicatorOf reads the indicator a percentage q measures: its key's stems and the country named
// before it ("" for none); ok is false when q measures no indicator, or another measure of one
// read from words it cannot place ("inflation expectations" is no inflation).
func (d *Doc) indicatorOf(s *Sent, q *qty) (what []string, country string, ok bool) {
	n := len(q.what)
	if q.kind != "percent" || n == 0 || n > 2 {
		return nil, "", false
	}
	last := q.what[n-1]
	_, head := indicatorHeads[last]
	rate := last == "rat"
	if !head && !rate || rate && n == 2 && !rateOfIndicator[q.what[0]] {
		return nil, "", false // "interest rates"
	}
	h := s.indicatorHead(q)
	if h < 0 {
		return nil, "", false
	}
	w := s.Lower(h)
	start := h // the first token of the indicator's own words
	switch {
	case s.Lower(h+1) == "rate":
		// "the inflation rate", "the jobless rate"
	case s.Lower(h-1) == "of" && s.Lower(h-2) == "rate":
		start = h - 2 // "the annual rate of inflation"
	case w == "jobless" || rate:
		return nil, "", false // "jobless claims"; a rate of some other thing
	}
	mod := ""
	for k := start - 1; k >= 0 && s.isWord(k); k-- {
		text := trimPossessive(s.Tokens[k].Text)
		if c, isCountry := countryWords[text]; isCountry {
			if country == "" {
				country = c
			}
			continue
		}
		lw := strings.ToLower(text)
		if headlineWords[lw] {
			continue
		}
		if lw == "zone" && s.Lower(k-1) == "euro" || lw == "eurozone" || lw == "euro-zone" {
			// "euro zone inflation", "eurozone inflation"
			if country == "" {
				country = "Eurozone"
			}
			if lw == "zone" {
				k--
			}
			continue
		}
		if k > 0 && s.Tokens[k].IsCapitalized() && !s.lowerIs(k, wFunction|wDeterminer) {
			// a name within the sentence is where: "Tokyo inflation" is inflation in Tokyo
			if country == "" {
				country = text
			}
			continue
		}
		if s.lowerIs(k, wFunction|wDeterminer|wSpeech) {
			break // "the", "its"; "said"
		}
		if country != "" && (strings.HasSuffix(lw, "ed") || s.lowerIs(k, wIrregularPast|wAux)) {
			break // "figures showed Tokyo inflation": a verb before the country's name
		}
		mod = stem(lw) // "core", "food", "services", "youth": another measure
		break
	}
	if mod != "" {
		return d.stems(0, []string{mod, indicatorHeads[w]}), country, true
	}
	return d.stems(0, []string{indicatorHeads[w]}), country, true
}

// indicatorHead is the token of the indicator word q measures: the one nearest q's figure, or
// -1 when the sentence has none.
func (s *Sent) indicatorHead(q *qty) int {
	best, dist := -1, 0
	for k := range s.Tokens {
		if k >= q.first && k <= q.last {
			continue
		}
		if s.classAt(k)&wIndicator == 0 {
			continue // no indicator word (the word classes say what indicatorHeads holds)
		}
		dk := q.first - k
		if k > q.last {
			dk = k - q.last
		}
		if best < 0 || dk < dist {
			best, dist = k, dk
		}
	}
	return best
}
