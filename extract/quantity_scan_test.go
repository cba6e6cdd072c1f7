package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// scanTexts are the articles the scan tests read: a generated corpus and sentences made to hold
// the rarer forms.
func scanTexts() []string {
	var arts []string
	for _, f := range corpus.Articles(60, 11) {
		arts = append(arts, string(corpus.PlainText(f)))
	}
	return append(arts,
		"Talks lasted for a week. The blockade went on for a decade, and a nearly hour-long call followed.",
		"The 3 day-long strike ended; the fortnight-long trial was set for a month; for an hour they waited.",
		"He was jailed for a year ago, for a fortnights, for a days, for a minute later and a day-long vigil.",
		"Sales rose 5% in Q3 and 4% in the second quarter of 2024, year-on-year; prices since March 2023 fell 2% last year.",
		"For a week in June 2021 the 12 hour-long shifts ran for a month, then for an hour, H1 and Jan. 5.",
		"A magnitude 6.4 earthquake struck; the quake measured 7.8 on the Richter scale, seismic experts said, and a 5.1 aftershock hit 2 towns.",
		"They argued for hour-long stretches, for a hour-long, for an day-long wait, for for a week and for a week-long break.")
}

// readDurationsToRef is readDurationsTo as it was, asking durationAt of every number and reading every token for "hour-long" and "for
// a week" rather than the tokens the facts point to.
func readDurationsToRef(out []qty, s *Sent) []qty {
	base := len(out)
	for ni := range s.Numbers {
		n := &s.Numbers[ni]
		if n.ID || n.Ordinal || n.Year || n.Age || n.Date || n.Fraction || n.Prefix != "" || n.Scale != "" {
			continue
		}
		q, ok := durationAt(s, n)
		if !ok {
			continue
		}
		out = append(out, q)
	}
	// tokens inside the durations read so far are used
	read := len(out)
	used := func(k int) bool {
		for i := base; i < read; i++ {
			if k >= out[i].first && k <= out[i].last {
				return true
			}
		}
		return false
	}
	// "a nearly hour-long call", "for a week", "for a decade"
	if s.sum&(fFor|fUnitLong) == 0 {
		sortQty(out[base:])
		return out
	}
	for k, w := range s.lower {
		// both forms need a unit word of 3 to 10 letters ("day", "fortnights"; "hour-long" has 5
		// more): the lower-case text decides most tokens before the token itself is looked at
		if len(w) > 15 || len(w) < 3 {
			continue
		}
		if len(w) >= 8 && w[len(w)-1] == 'g' && strings.HasSuffix(w, "-long") { // "day-long" is the shortest
			if !s.isWord(k) || used(k) {
				continue
			}
			base := w[:len(w)-5]
			if u, ok := durationUnit(base); ok {
				iv, _, first, hedged := numbers.Hedge(s.Tokens, k, u.factor)
				if !hedged {
					first = k
				}
				out = append(out, qty{kind: "duration", first: first, last: k, num: k, iv: iv, unit: u.unit})
			}
			continue
		}
		// a unit after "for a" is singular: 3 to 9 letters, not ending in s, opening with a unit's letter
		if len(w) > 9 || w[len(w)-1] == 's' || !unitFirst[w[0]] {
			continue
		}
		if a := s.Lower(k - 1); (a != "a" && a != "an") || s.Lower(k-2) != "for" || !s.isWord(k) || used(k) {
			continue
		}
		if u, ok := durationUnit(w); ok && !strings.HasSuffix(w, "s") && !s.lowerIs(k+1, wNotDurAfter) {
			out = append(out, qty{kind: "duration", first: k - 1, last: k, num: k, iv: model.Exact(u.factor), unit: u.unit})
		}
	}
	sortQty(out[base:])
	return out
}

// TestReadDurationsMatchesRef checks readDurationsTo against readDurationsToRef on every sentence.
func TestReadDurationsMatchesRef(t *testing.T) {
	found := 0
	for _, text := range scanTexts() {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: text}, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			got, want := readDurationsTo(nil, s), readDurationsToRef(nil, s)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("readDurationsTo(%q) = %+v, want %+v", s.Text, got, want)
			}
			for _, q := range got {
				if q.num == q.last && !strings.ContainsAny(s.Lower(q.num), "0123456789") {
					found++ // a duration read by the scan ("hour-long", "for a week")
				}
			}
		}
	}
	if found < 8 {
		t.Errorf("only %d scanned durations found: the test reads too little", found)
	}
}

// TestPeriodTokensFast checks that appendPeriodTokens and quakeSentence give the same answers from
// a sentence's word classes as from its words.
func TestPeriodTokensFast(t *testing.T) {
	fast, quakes := 0, 0
	for _, text := range scanTexts() {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: text}, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			slow := *s
			slow.cls = nil
			got, want := appendPeriodTokens(nil, s), appendPeriodTokens(nil, &slow)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("appendPeriodTokens(%q) = %v, want %v", s.Text, got, want)
			}
			if got, want := quakeSentence(s), quakeSentence(&slow); got != want {
				t.Errorf("quakeSentence(%q) = %v, want %v", s.Text, got, want)
			} else if got && len(s.cls) > 0 {
				quakes++
			}
			if len(s.cls) > 0 {
				fast++
			}
		}
	}
	if fast < 100 || quakes < 1 {
		t.Errorf("only %d sentences with word classes, %d of quakes: the test reads too little", fast, quakes)
	}
}

// isAdjectiveRef is isAdjective as it was, before it compared an ASCII tail in place.
func isAdjectiveRef(t segment.Token) bool {
	if t.Kind != segment.Word {
		return false
	}
	w := t.Text
	if !asciiText(w) {
		w = strings.ToLower(w)
		return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "i") && t.IsCapitalized()
	}
	return suffixFold(w, "ian") || suffixFold(w, "ese") || suffixFold(w, "ish") || suffixFold(w, "i") && t.IsCapitalized()
}

// FuzzIsAdjective checks isAdjective against isAdjectiveRef, and hasDigit against
// strings.ContainsAny.
func FuzzIsAdjective(f *testing.F) {
	for _, w := range []string{"Ukrainian", "JAPANESE", "british", "Israeli", "İ", "Kİ", "xİ", "Ki", "éian", "ÉSE",
		"Maaİ", "\u212Aian", "ia\u212A", "a\xffn", "\xffian", "Süd", "12", "a3b", "٣", "Ⅸ", "", "i", "I"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		tok := segment.Token{Text: w, Kind: segment.Word}
		if got, want := isAdjective(tok), isAdjectiveRef(tok); got != want {
			t.Errorf("isAdjective(%q) = %v, want %v", w, got, want)
		}
		if got, want := hasDigit(w), strings.ContainsAny(w, "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestIsCount checks isCount against numbers.Number.IsCount on every number of the scan texts and
// every combination of the flags it reads.
func TestIsCount(t *testing.T) {
	for m := 0; m < 1<<6; m++ {
		n := numbers.Number{Ordinal: m&1 != 0, Year: m&2 != 0, ID: m&4 != 0, Age: m&8 != 0, Date: m&16 != 0, Fraction: m&32 != 0}
		if isCount(&n) != n.IsCount() {
			t.Errorf("isCount(%+v) = %v", n, isCount(&n))
		}
	}
	for _, text := range scanTexts() {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: text}, Options{})
		for si := range d.Sentences {
			for ni := range d.Sentences[si].Numbers {
				if n := &d.Sentences[si].Numbers[ni]; isCount(n) != n.IsCount() {
					t.Errorf("isCount(%+v) = %v", *n, isCount(n))
				}
			}
		}
	}
}

// TestStemAs checks stemAs, given a word's classes as a sentence reads them, against stem, which
// looks them up, on every word of the scan texts and of the word tables.
func TestStemAs(t *testing.T) {
	n := 0
	for _, text := range scanTexts() {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: text}, Options{})
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := range s.Tokens {
				w := s.Lower(k)
				if got, want := stemAs(w, s.classAt(k)), stem(w); got != want {
					t.Errorf("stemAs(%q) = %q, want %q", w, got, want)
				}
				n++
			}
		}
	}
	for w := range wordClasses {
		if got, want := stemAs(w, classOf(w)), stem(w); got != want {
			t.Errorf("stemAs(%q) = %q, want %q", w, got, want)
		}
	}
	if n < 1000 {
		t.Errorf("only %d words read", n)
	}
}
