package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// TestWithComplement checks withComplement against its first form, which joined both and kept the
// last two stems.
func TestWithComplement(t *testing.T) {
	old := func(head, comp []string) []string {
		w := append(append([]string{}, comp...), head...)
		if len(w) > 2 {
			w = w[len(w)-2:]
		}
		return w
	}
	parts := [][]string{nil, {"a"}, {"a", "b"}, {"a", "b", "c"}}
	for _, h := range parts {
		for _, c := range parts {
			if got, want := withComplement(h, c), old(h, c); !slices.Equal(got, want) {
				t.Errorf("withComplement(%q, %q) = %q, want %q", h, c, got, want)
			}
		}
	}
}

// stemRef is stem as it was before its word tables were read through classOf and its suffix
// rules were guarded: the reference for TestStemMatchesRef.
func stemRef(w string) string {
	if !lowerAlnum(w) {
		// a word of lower-case letters and digits is its own key, with no possessive to trim
		w = normalize.Key(w)
		w = strings.TrimSuffix(w, "s'")
		w = strings.TrimSuffix(w, "'s")
	}
	// one lookup tells whether any of the three tables knows the word (most words are in none)
	{
		if v, ok := sameThing[w]; ok {
			w = v
		}
		if v, ok := spelling[w]; ok {
			w = v
		} else if v, ok := spelling[strings.TrimSuffix(w, "s")]; ok {
			w = v + "s"
		}
		if v, ok := irregular[w]; ok {
			w = v
		}
	}
	w = strings.ReplaceAll(w, "-", "")
	// -ise / -ize, -isation / -ization
	for _, p := range [][2]string{{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}} {
		if strings.HasSuffix(w, p[0]) && len(w) > 6 {
			w = strings.TrimSuffix(w, p[0]) + p[1]
		}
	}
	if strings.HasSuffix(w, "ise") && len(w) > 6 {
		w = strings.TrimSuffix(w, "ise") + "ize"
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "i"
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "i"
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w[:n-2], "s") || strings.HasSuffix(w[:n-2], "x") || strings.HasSuffix(w[:n-2], "z") || strings.HasSuffix(w[:n-2], "ch") || strings.HasSuffix(w[:n-2], "sh")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 3 && strings.HasSuffix(w, "e") {
		w = w[:n-1]
	}
	n = len(w)
	if n > 2 && strings.HasSuffix(w, "y") {
		w = w[:n-1] + "i"
	}
	n = len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		w = w[:n-1]
	}
	if v, ok := synonyms[w]; ok {
		w = v
	}
	return w
}

// TestStemMatchesRef checks stem against stemRef on the words of the tables, with endings added,
// and on the words of a generated corpus.
func TestStemMatchesRef(t *testing.T) {
	words := map[string]bool{}
	for w := range wordClasses {
		words[w] = true
	}
	for w := range synonyms {
		words[w] = true
	}
	for _, f := range corpus.Articles(20, 5) {
		toks := segment.AppendTokens(nil, string(corpus.PlainText(f)), 0)
		for i, w := range segment.AppendLower(nil, toks) {
			words[w] = true
			words[toks[i].Text] = true
		}
	}
	ends := []string{"", "s", "es", "ed", "ing", "ise", "ised", "ising", "isation", "ises", "-up", "'s", "s'", "ies", "y", "e"}
	for w := range words {
		for _, e := range ends {
			if got, want := stem(w+e), stemRef(w+e); got != want {
				t.Errorf("stem(%q) = %q, want %q", w+e, got, want)
			}
		}
	}
	for _, w := range []string{"", "-", "is", "organisation", "Organising", "re-organised", "x-ray"} {
		if got, want := stem(w), stemRef(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// periodNearRef is periodNear before it refused unlisted words through classOf: the reference for
// TestPeriodNearMatchesRef.
func periodNearRef(s *Sent, from, to int, others []int, change bool) string {
	best, bestDist := "", 1<<30
	consider := func(k int, p string) {
		dist := k - to
		if k < from {
			dist = from - k + 2
		}
		for _, o := range others {
			if o > to && o < k || o < from && o > k {
				return
			}
		}
		// a period belongs to its own clause: "has 26 beds and was built in 1994"
		lo, hi := to+1, k
		if k < from {
			lo, hi = k+1, from
		} else if s.Lower(k-1) == "since" {
			hi = k - 1
		} else if at, ok := deadlineAt(s, k); ok {
			hi = at
		}
		for m := lo; m < hi; m++ {
			if clauseWords[s.Lower(m)] {
				return
			}
		}
		if dist < bestDist {
			best, bestDist = p, dist
		}
	}
	for k := range s.Tokens {
		w := s.Lower(k)
		// every period below opens with one of these letters or is a number
		if w == "" || !periodFirst[w[0]] && s.Tokens[k].Kind != segment.Number {
			continue
		}
		switch {
		case (w == "quarter" || w == "half") && k > 0 && isOrdinalWord(s.Lower(k-1)):
			consider(k, s.Lower(k-1)+" "+w)
		case len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4':
			consider(k, w)
		case isMonthWord(w) && s.Tokens[k].IsCapitalized() && (s.Lower(k-1) == "in" || s.Lower(k-1) == "for" || s.Lower(k-1) == "of" || s.Lower(k-1) == "last" || s.Lower(k-1) == "this"):
			consider(k, strings.TrimSuffix(w, "."))
		case (w == "year" || w == "month") && (s.Lower(k-1) == "last" || s.Lower(k-1) == "this" || s.Lower(k-1) == "next" || s.Lower(k-1) == "previous"):
			consider(k, s.Lower(k-1)+" "+w)
		case (w == "year" || w == "month") && s.Lower(k+1) == "on" && s.Lower(k+2) == w:
			consider(k, w+" on "+w)
		case w == "year-on-year" || w == "month-on-month" || w == "year-over-year":
			consider(k, w)
		case s.Tokens[k].Kind == segment.Number && len(w) == 4 && w >= "1900" && w <= "2100" && deadline(s, k):
			at, _ := deadlineAt(s, k)
			consider(k, s.Lower(at)+" "+w)
		case s.Tokens[k].Kind == segment.Number && len(w) == 4 && w >= "1900" && w <= "2100" && (s.Lower(k-1) == "in" || s.Lower(k-1) == "for" || s.Lower(k-1) == "fiscal" || s.Lower(k-1) == "of" || isMonthWord(s.Lower(k-1))):
			consider(k, w)
		case s.Tokens[k].Kind == segment.Number && len(w) == 4 && w >= "1900" && w <= "2100" && s.Lower(k-1) == "the" && yearOfEvent(s, k):
			consider(k, w)
		case change && s.Lower(k-1) == "since" && (isMonthWord(w) || s.Tokens[k].Kind == segment.Number && len(w) == 4):
			// a change is measured from its base: "risen by 30% since 2004"
			consider(k, "since "+strings.TrimSuffix(w, "."))
		}
	}
	return best
}

// TestPeriodNearMatchesRef checks periodNear against periodNearRef at every figure of a generated
// corpus and the labeled sentences, with and without a change, with and without other figures.
func TestPeriodNearMatchesRef(t *testing.T) {
	var arts []string
	for _, f := range corpus.Articles(40, 9) {
		arts = append(arts, string(corpus.PlainText(f)))
	}
	arts = append(arts, "Sales rose 5% in Q3 and 4% in the second quarter of 2024, year-on-year; prices since March 2023 fell 2% last year.",
		"Turnout was 62% in January, up from 58% in 2019, and the month on month rise was 3%.")
	found := 0
	for _, text := range arts {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: text}, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			others := appendNumberPositions(nil, s)
			for from := range s.Tokens {
				if s.Tokens[from].Kind != segment.Number {
					continue
				}
				for _, to := range []int{from, from + 1, from + 3} {
					for _, ch := range []bool{false, true} {
						for _, o := range [][]int{nil, others} {
							if got, want := periodNear(s, from, to, o, ch), periodNearRef(s, from, to, o, ch); got != want {
								t.Errorf("periodNear(%q, %d, %d) = %q, want %q", s.Text, from, to, got, want)
							} else if got != "" {
								found++
							}
						}
					}
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d periods found: the test reads too little", found)
	}
}

// TestCasualtyKey checks casualtyKey against the concatenations it replaced.
func TestCasualtyKey(t *testing.T) {
	for _, measure := range []string{"killed", "injured", "casualties", "odd"} {
		for _, counted := range []string{"people", "civilians", ""} {
			for _, place := range []string{"", "Kharkiv", "St Lucie County", "Île-de-France"} {
				for _, part := range []bool{false, true} {
					subject := counted + " " + measureNames[measure]
					if place != "" {
						subject += " · " + place
					}
					key := "quantity|" + measure + "|" + counted + "|" + normalize.Key(place)
					if part {
						key += "|part"
					}
					if k, s := casualtyKey(measure, counted, place, part); k != key || s != subject {
						t.Errorf("casualtyKey(%q, %q, %q, %v) = %q, %q, want %q, %q", measure, counted, place, part, k, s, key, subject)
					}
				}
			}
		}
	}
}

// roundedPercentRef is roundedPercent as it was, building its strings on the heap.
func roundedPercentRef(t string, words bool, v float64) model.Interval {
	t = strings.ReplaceAll(t, ",", "")
	if words || strings.ContainsAny(t, "/:") {
		return numbers.Rounded(v, 0.5)
	}
	dec := 0
	if dot := strings.IndexByte(t, '.'); dot >= 0 {
		dec = len(t) - dot - 1
	}
	m, err := strconv.ParseInt(strings.Replace(t, ".", "", 1), 10, 64)
	if err != nil || m > 1e15 {
		return numbers.Rounded(v, 0.5)
	}
	lo, _ := strconv.ParseFloat(strconv.FormatInt(m*10-5, 10)+"e-"+strconv.Itoa(dec+1), 64)
	hi, _ := strconv.ParseFloat(strconv.FormatInt(m*10+5, 10)+"e-"+strconv.Itoa(dec+1), 64)
	return model.Interval{Low: lo, High: hi, HighOpen: true}
}

// TestRoundedPercentMatchesRef checks roundedPercent against roundedPercentRef.
func TestRoundedPercentMatchesRef(t *testing.T) {
	for _, tx := range []string{"0", "5", "65", "65.4", "65.45", "100", "0.001", "1,000", "3.14159265", "99.9999999999",
		"12345678901234", "123456789012345678", "7/8", "12:30", "1.2.3", "", ".", "5.", ".5"} {
		for _, words := range []bool{false, true} {
			if got, want := roundedPercent(tx, words, 65), roundedPercentRef(tx, words, 65); got != want {
				t.Errorf("roundedPercent(%q, %v) = %+v, want %+v", tx, words, got, want)
			}
		}
	}
}

// FuzzStem checks stem against stemRef on any word.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"", "organisation", "jobs", "quakes", "x-ray", "Britain's", "tyres", "cutting"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := stem(w), stemRef(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	})
}
