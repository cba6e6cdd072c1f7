package extract

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// scanDatesRef is the plain scan: a date tried at every token, every sentence.
func scanDatesRef(s *Sent) []dateExpr {
	var out []dateExpr
	for i := 0; i < len(s.Tokens); i++ {
		if !mayStartDate(s, i) {
			continue
		}
		e, ok := readDate(s, i)
		if !ok || e.end <= e.start {
			continue
		}
		out = append(out, e)
		i = e.last
	}
	return out
}

// requireNoDateMissed checks that the sentence filter and the skipping scan read exactly the
// dates the plain scan reads.
func requireNoDateMissed(t *testing.T, d *Doc) (found int) {
	t.Helper()
	requireCoreMay(t, d)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if got, want := findDates(s), scanDatesRef(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("in %q read %v, want %v", s.Text, got, want)
		}
		found += len(findDates(s))
		// readDate asks mayStartDate before readCore: no date may start where it refuses one
		for j := range s.Tokens {
			for _, withPrep := range []bool{false, true} {
				if _, _, _, ok := readCore(s, j, withPrep); ok && !mayStartDate(s, j) {
					t.Fatalf("in %q a date starts at token %d (%q) where mayStartDate refuses one", s.Text, j, s.Tokens[j].Text)
				}
			}
		}
	}
	return found
}

// requireCoreMay checks that readCoreMay refuses no token readCore reads a date at.
func requireCoreMay(t *testing.T, d *Doc) {
	t.Helper()
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for j := range s.Tokens {
			for _, withPrep := range []bool{false, true} {
				if _, _, _, ok := readCore(s, j, withPrep); ok && !readCoreMay(s, j) {
					t.Fatalf("in %q a date starts at token %d (%q) where readCoreMay refuses one", s.Text, j, s.Tokens[j].Text)
				}
			}
		}
	}
}

// TestReadCoreMayOdd: readCoreMay on dates the sentence filter misses (odd possessives that are
// no core words, see mayHoldDate).
func TestReadCoreMayOdd(t *testing.T) {
	for _, text := range []string{"last week’s's talks", "next Friday’s's", "this past Sunday’s's", "coming year’s's",
		"this past week’s's", "the weekend’s's"} {
		requireCoreMay(t, Prepare(&model.Article{Source: model.Source{ID: "o"}, Format: "text", Text: text}, Options{}))
	}
}

// FuzzReadCoreMay: readCoreMay refuses no date of any text.
func FuzzReadCoreMay(f *testing.F) {
	for _, s := range []string{"last week’s's talks", "next Friday’s's", "the 8th of August", "9 people on 8 - 10 May",
		"late-2023", "the first half of the year", "two days ago"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		requireCoreMay(t, Prepare(&model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}, Options{}))
	})
}

// TestMayHoldDate: the early rejection of sentences never loses a date of the generated corpus.
func TestMayHoldDate(t *testing.T) {
	arts, _ := benchArticles()
	found := 0
	for _, a := range arts {
		found += requireNoDateMissed(t, Prepare(a, Options{}))
	}
	if found < 1000 {
		t.Fatalf("only %d dates read in the generated corpus", found)
	}
}

// FuzzMayHoldDate: on any text, the early rejection of sentences never loses a date.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range []string{
		"Witkoff will visit Moscow on Sunday.", "by August 8", "Nov. 20, 2025", "the end of next month",
		"mid-October", "2025-02-30", "on Monday, Jan. 12", "the first week of November", "Friday’s attack",
		"last week's talks", "8th of August", "three days ago", "this past weekend", "the day before yesterday",
		"in the first half of the year", "this spring", "last night", "the 2022 invasion", "from June 15 to 17",
		"no later than 8th-10th of August", "as of the first half of the year", "early on Tuesday", "the fall of 2020",
		"no later than the end of next month", "a b c d e f g h i j k l m n o p q r s t u v w x y z, on Friday",
		"as of the 8th of August 2025 and two days ago, or last week's, or the day before yesterday",
		"the 8 - 10 of May", "8th–10th of Sept.", "late-2023", "mid - October", "the first half of this year",
		"12 years ago", "the last week of June", "coming Sunday’s", "early 2024", "the fall of 2020",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}
		requireNoDateMissed(t, Prepare(a, Options{}))
	})
}

// TestDateScanRandom: on sentences drawn from the words dates are made of, the filter and the
// skipping scan read exactly what the plain scan reads.
func TestDateScanRandom(t *testing.T) {
	vocab := strings.Fields(`no later than as of early late on in the end beginning of first second half
		week quarter year month next last this past coming earlier mid - mid-October 8 8th 10th 10 th
		31 2022 1999 2100 2025 03 14 August Aug . , ( ) Friday Friday's Sunday night morning spring fall
		day before yesterday tomorrow today two days ago a weekend from to between and until said visit
		talks Putin Kyiv ' 's – Sept May years quarter third final middle start tonight ’s 3 7:30 people`)
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for n := 0; n < 20000; n++ {
		words := make([]string, 3+rng.IntN(30))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		a := &model.Article{Source: model.Source{ID: "r"}, Format: "text", Text: strings.Join(words, " ")}
		found += requireNoDateMissed(t, Prepare(a, Options{}))
	}
	if found < 5000 {
		t.Fatalf("only %d dates read: the vocabulary no longer makes dates", found)
	}
}
