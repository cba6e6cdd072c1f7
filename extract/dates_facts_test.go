package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// dateMask is every date fact.
const dateMask = fDateCore | fDateStart | fWeekday | fDtVerb | fEventNoun

// oldDateFacts is what the date tests said of a lower-case word before the facts held them.
func oldDateFacts(w string) facts {
	var f facts
	if n := len(w); n >= 3 && !((w[0] == 'm' || w[0] == 'e') && n > 4 && (w[:4] == "mid-" || w[:4] == "end-")) && dateCoreWord(w) {
		f |= fDateCore
	}
	if startShape.may(w) && startWords[w] {
		f |= fDateStart
	}
	if _, ok := dtWeekdayNames[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")]; ok {
		f |= fWeekday
	}
	if _, ok := dtVerbs[w]; ok && dtVerbShapes.may(w) {
		f |= fDtVerb
	}
	if dtEventNouns[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] != "" {
		f |= fEventNoun
	}
	return f
}

// oldDtVerbAt is dtVerbAt before the facts.
func oldDtVerbAt(s *Sent, k int) (dtVerbForm, bool) {
	w := s.Lower(k)
	if w == "" {
		return dtVerbForm{}, false
	}
	if v, ok := dtVerbOf(w); ok {
		return v, true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !dtNotVerbsEd[w] && !s.Tokens[k].IsCapitalized() && !strings.Contains(w, "-") {
		return dtVerbForm{lemma: w, form: formPast | formPP}, true
	}
	return dtVerbForm{}, false
}

// oldMayStartDate is mayStartDate before the facts.
func oldMayStartDate(s *Sent, i int) bool {
	t := &s.Tokens[i]
	switch t.Kind {
	case segment.Number:
		return true
	case segment.Word:
	default:
		return false
	}
	w := s.Lower(i)
	if startShape.may(w) && startWords[w] {
		return true
	}
	if len(w) > 4 && w[3] == '-' && (strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "end-")) {
		return true
	}
	if !t.IsCapitalized() {
		return false
	}
	_, ok := weekdayAt(s, i)
	return ok
}

// dateFactWords are the listed words, their possessive forms and a few near misses.
func dateFactWords() []string {
	var ws []string
	add := func(w string) {
		ws = append(ws, w, w+"'s", w+"’s", w+"’s's", w+"'s's", w+"s", "mid-"+w, "end-"+w, strings.ToUpper(w[:1])+w[1:])
	}
	for w := range dateCoreWords {
		add(w)
	}
	for w := range startWords {
		add(w)
	}
	for w := range dtWeekdayNames {
		add(w)
	}
	for w := range dtVerbs {
		add(w)
	}
	for w := range dtEventNouns {
		add(w)
	}
	for _, w := range []string{"", "a", "'s", "’s", "mid-", "end-", "mid-x", "ends", "2024", "1999's"} {
		ws = append(ws, w)
	}
	return ws
}

// TestDateFacts checks that the date facts of the table, and dateFactsOf, say what the old tests
// said, for every listed word and the words of the corpus.
func TestDateFacts(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	check := func(w string) {
		want := oldDateFacts(w)
		if got := tab.get(w) & dateMask; got != want {
			t.Fatalf("table facts of %q = %b, want %b", w, got, want)
		}
		if got := dateFactsOf(w); got != want {
			t.Fatalf("dateFactsOf(%q) = %b, want %b", w, got, want)
		}
	}
	for _, w := range dateFactWords() {
		check(w)
	}
	for w := range tab.m {
		check(w)
	}
	arts, _ := benchArticles()
	for _, a := range arts[:60] {
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			check(w)
			check(strings.Trim(w, `.,;:"'()`))
		}
	}
}

// TestDateScansFacts checks mayStartDate, nextDateCore, dtVerbAt and eventNounAt against their
// old answers on the sentences of the corpus, with the facts prepare filled and without them.
func TestDateScansFacts(t *testing.T) {
	arts, _ := benchArticles()
	for _, a := range arts[:60] {
		checkDateFacts(t, Prepare(a, Options{}))
	}
}

// FuzzDateFacts is TestDateScansFacts on any text, and TestDateFacts on its words.
func FuzzDateFacts(f *testing.F) {
	for _, s := range []string{"Friday’s's attack", "the final match on Sunday's", "He traveled; she arrived.",
		"Mid-October talks", "the summit’s date", "ENDED TALKS", "2024 visit"} {
		f.Add(s)
	}
	tab := factTable(normalize.DefaultTitles())
	f.Fuzz(func(t *testing.T, text string) {
		d := Prepare(&model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}, Options{})
		checkDateFacts(t, d)
		for _, s := range d.Sentences {
			for k := range s.Tokens {
				if w := s.Lower(k); s.Tokens[k].Kind != segment.Punct && tab.get(w)&dateMask != oldDateFacts(w) {
					t.Fatalf("table facts of %q = %b, want %b", w, tab.get(w)&dateMask, oldDateFacts(w))
				}
			}
		}
	})
}

// checkDateFacts compares the date scans that read the facts with the old code on every token of d.
func checkDateFacts(t *testing.T, d *Doc) {
	t.Helper()
	for i := range d.Sentences {
		s := d.Sentences[i]
		bare := s
		bare.facts = nil
		for k := range s.Tokens {
			want := oldMayStartDate(&s, k)
			if got := mayStartDate(&s, k); got != want {
				t.Fatalf("mayStartDate(%q, %d) = %v, want %v", s.Text, k, got, want)
			}
			if got := mayStartDate(&bare, k); got != want {
				t.Fatalf("mayStartDate without facts (%q, %d) = %v, want %v", s.Text, k, got, want)
			}
		}
		for k := -1; k <= len(s.Tokens); k++ {
			for _, sp := range []*Sent{&s, &bare} {
				if k >= 0 && k < len(s.Tokens) {
					v, ok := dtVerbAt(sp, k)
					wv, wok := oldDtVerbAt(&s, k)
					if v != wv || ok != wok {
						t.Fatalf("dtVerbAt(%q, %d) (facts %v) = %v %v, want %v %v", s.Text, k, sp.facts != nil, v, ok, wv, wok)
					}
				}
				// without facts eventNounAt asks the lists as before
				if got, want := eventNounAt(sp, k), eventNounAt(&bare, k); got != want {
					t.Fatalf("eventNounAt(%q, %d) = %q, want %q", s.Text, k, got, want)
				}
			}
		}
		for k := 0; k <= len(s.Tokens); k++ {
			want := nextDateCoreLooked(&s, k)
			if got := nextDateCore(&s, k); got != want {
				t.Fatalf("nextDateCore(%q, %d) = %d, want %d", s.Text, k, got, want)
			}
			if got := nextDateCore(&bare, k); got != want {
				t.Fatalf("nextDateCore without facts (%q, %d) = %d, want %d", s.Text, k, got, want)
			}
		}
	}
}

// TestSurnameWordsAreCore: surnameInDate asks calendarSurnameAt only of core words (fDateCore),
// which holds while every surnameWords word is one.
func TestSurnameWordsAreCore(t *testing.T) {
	for w := range surnameWords {
		if dateFactsOf(w)&fDateCore == 0 {
			t.Errorf("%q is a surname word but no date core word: surnameInDate would miss it", w)
		}
	}
}

// TestMonthNamesAreCore: dtMonthAt refuses a word without fDateCore, which holds while every
// month name and abbreviation is a core word.
func TestMonthNamesAreCore(t *testing.T) {
	for w := range dtMonthNames {
		if dateFactsOf(w)&fDateCore == 0 {
			t.Errorf("month name %q is no date core word: dtMonthAt would miss it", w)
		}
	}
}

// TestWeekdayAtFacts: weekdayAt refuses a word without fWeekday; every word its trimming reads
// as a weekday has the fact.
func TestWeekdayAtFacts(t *testing.T) {
	for w := range dtWeekdayNames {
		for _, f := range []string{w, w + "'s", w + "’s", w + "’s's", w + "'s's", w + "’s’s"} {
			_, isDay := dtWeekdayNames[trimPossessives(f)]
			if got := dateFactsOf(f)&fWeekday != 0; got != isDay {
				t.Errorf("%q: fWeekday %v, weekdayAt's trimming reads a weekday: %v", f, got, isDay)
			}
		}
	}
}

// TestHolidayFirstAreStartWords: readHoliday refuses a token without the start-word fact before
// it asks dtHolidayFirst, which holds no word without it.
func TestHolidayFirstAreStartWords(t *testing.T) {
	for w := range dtHolidayFirst {
		if dateFactsOf(w)&fDateStart == 0 || factTable(normalize.DefaultTitles()).get(w)&fDateStart == 0 {
			t.Errorf("holiday word %q is no start word", w)
		}
	}
}
