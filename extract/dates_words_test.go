package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/segment"
)

// dtTestWords are every key of the date extractor's word lists, every token of a generated
// corpus and a few odd strings: the words the filtered look-ups must answer as the maps do.
func dtTestWords() []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, ws := range [][]string{
		keysOf(dtVerbs, nil), keysOf(dtEventNouns, nil), keysOf(datePreps, nil), keysOf(dtSeqWords, nil),
		keysOf(dtSmallNumbers, nil), keysOf(dtSeasons, nil), keysOf(dtTimesOfDay, nil), keysOf(dtClauseStops, nil),
		keysOf(dtFutureAux, nil), keysOf(dtNounMarkers, nil), keysOf(dtFrames, nil), keysOf(complementPreps, nil),
		keysOf(dtNotEntities, nil), keysOf(numberWords, nil), keysOf(dtMonthNames, nil), keysOf(dtWeekdayNames, nil),
		{"", "a", "'", "'s", "’s", "sunday's", "x", "zz", "counteroffensive-like", "Visit", "visitx", "ʼ", "—", "é"},
	} {
		for _, w := range ws {
			add(w)
			add(w + "s")
			if len(w) > 1 {
				add(w[1:])
				add(w[:len(w)-1])
			}
		}
	}
	for _, f := range corpus.Articles(40, 3) {
		for _, t := range segment.Tokenize(string(corpus.PlainText(f)), 0) {
			add(t.Text)
		}
	}
	low := segment.AppendLower(nil, segment.Tokenize(joinWords(out), 0))
	for _, w := range low {
		add(w)
	}
	return out
}

func joinWords(ws []string) string {
	b := []byte{}
	for _, w := range ws {
		b = append(b, w...)
		b = append(b, ' ')
	}
	return string(b)
}

// TestDtWordLookups checks the shape-filtered look-ups against the maps they stand for.
func TestDtWordLookups(t *testing.T) {
	for _, w := range dtTestWords() {
		if got, want := dtIsClauseStop(w), dtClauseStops[w]; got != want {
			t.Errorf("dtIsClauseStop(%q) = %v, want %v", w, got, want)
		}
		if got, want := dtIsFutureAux(w), dtFutureAux[w]; got != want {
			t.Errorf("dtIsFutureAux(%q) = %v, want %v", w, got, want)
		}
		for _, c := range []struct {
			name string
			set  *wordSet
			m    map[string]bool
		}{
			{"dtNounMarkers", dtNounMarkerSet, dtNounMarkers}, {"dtFrames", dtFrameSet, dtFrames},
			{"complementPreps", complementPrepSet, complementPreps}, {"dtTimesOfDay", dtTimeOfDaySet, dtTimesOfDay},
		} {
			if got, want := c.set.has(w), c.m[w]; got != want {
				t.Errorf("%s: has(%q) = %v, want %v", c.name, w, got, want)
			}
		}
		_, isNum := dtSmallNumbers[w]
		_, isWd := dtWeekdayNames[w]
		_, isEv := dtEventNouns[w]
		stop := isNum || numberWords[w] || dtNotEntities[w] || dtMonthNames[w] > 0 || isWd || w == "sunday" || isEv
		if got := dtNameStops.has(w); got != stop {
			t.Errorf("dtNameStops.has(%q) = %v, want %v", w, got, stop)
		}
		if v, ok := dtVerbOf(w); v != dtVerbs[w] || ok != (dtVerbs[w] != dtVerbForm{}) {
			t.Errorf("dtVerbOf(%q) = %v %v", w, v, ok)
		}
		if got := dtVerbLemma(w); got != dtVerbs[w].lemma {
			t.Errorf("dtVerbLemma(%q) = %q", w, got)
		}
		if got := dtEventNoun(w); got != dtEventNouns[w] {
			t.Errorf("dtEventNoun(%q) = %q", w, got)
		}
		if r, ok := datePrep(w); r != datePreps[w] || ok != (datePreps[w] != "") {
			t.Errorf("datePrep(%q) = %q %v", w, r, ok)
		}
		if r, ok := dtSeqWord(w); r != dtSeqWords[w] || ok != (dtSeqWords[w] != "") {
			t.Errorf("dtSeqWord(%q) = %q %v", w, r, ok)
		}
		if r, ok := dtSeason(w); r != dtSeasons[w] || ok != (dtSeasons[w] != "") {
			t.Errorf("dtSeason(%q) = %q %v", w, r, ok)
		}
		n, isN := dtSmallNumbers[w]
		if got, ok := dtSmallNumber(w); got != n || ok != isN {
			t.Errorf("dtSmallNumber(%q) = %d %v", w, got, ok)
		}
	}
}

// TestDtNamesDate checks the stack-lowered test against strings.ToLower and the maps.
func TestDtNamesDate(t *testing.T) {
	words := append(dtTestWords(), "Sunday", "SUNDAY", "Wednesday", "WEDNESDAY", "September", "the Kremlin",
		"May", "MAY", "Mayor", "K", "\u212aelvin", "Sundaỳ", "ſunday", "Ѕunday", "SUNDAY\u0130", "")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:min(1, len(w))]) + w[min(1, len(w)):]} {
			l := strings.ToLower(v)
			_, wd := dtWeekdayNames[l]
			if got, want := dtNamesDate(v), wd || dtMonthNames[l] > 0; got != want {
				t.Errorf("dtNamesDate(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

// TestDtFieldEnds checks dtFieldEnds against strings.Fields.
func TestDtFieldEnds(t *testing.T) {
	for _, k := range []string{"", " ", "a", " a ", "a b", "  a\tb  c\n", "united states", "x  y", "é b", "a\u00a0b", "\va\fb\r"} {
		first, last, n, ok := dtFieldEnds(k)
		f := strings.Fields(k)
		if !ok {
			if strings.IndexFunc(k, func(r rune) bool { return r >= 0x80 }) < 0 {
				t.Errorf("dtFieldEnds(%q) refused ASCII", k)
			}
			continue
		}
		if n != min(len(f), 2) || len(f) > 0 && (first != f[0] || last != f[len(f)-1]) {
			t.Errorf("dtFieldEnds(%q) = %q %q %d, fields %q", k, first, last, n, f)
		}
	}
}

// TestDtSpanIso checks that iso writes what writing both ends and comparing them wrote.
func TestDtSpanIso(t *testing.T) {
	days := []time.Time{dtCivil(2025, 1, 1), dtCivil(2025, 1, 31), dtCivil(2025, 2, 1), dtCivil(2024, 12, 31),
		dtCivil(1899, 5, 5), dtCivil(2101, 1, 1), dtCivil(10000, 1, 1), dtCivil(-5, 3, 1), dtCivil(2025, 1, 1).Add(5 * time.Hour)}
	for _, prec := range []byte{'d', 'm', 'y', 0} {
		for _, lo := range days {
			for _, hi := range days {
				p := dtSpan{lo: lo, hi: hi, prec: prec}
				f := dtIsoDay
				switch prec {
				case 'm':
					f = dtIsoMonth
				case 'y':
					f = func(t time.Time) string { return fmt.Sprintf("%04d", t.Year()) }
				}
				wlo, whi := f(lo), f(hi)
				if wlo == whi {
					whi = ""
				}
				if glo, ghi := p.iso(); glo != wlo || ghi != whi {
					t.Errorf("%c %v..%v: iso() = %q %q, want %q %q", prec, lo, hi, glo, ghi, wlo, whi)
				}
			}
		}
	}
}
