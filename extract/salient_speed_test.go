package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// salientArticles are generated articles and the fixture texts, for comparing SalientTerms with
// the reference.
func salientArticles(t testing.TB) []*model.Article {
	arts, _ := benchArticles()
	for _, f := range corpus.Articles(300, 7) {
		arts = append(arts, &model.Article{Source: model.Source{ID: f.Name}, Format: "text", Text: string(corpus.PlainText(f))})
	}
	seeds, _ := filepath.Glob("../fixtures/seeds/*.txt")
	cases, _ := filepath.Glob("../fixtures/cases/*/*.*")
	for _, p := range append(seeds, cases...) {
		if strings.HasSuffix(p, ".json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			arts = append(arts, &model.Article{Source: model.Source{ID: p}, Format: "text", Text: string(b)})
		}
	}
	return arts
}

// TestSalientTermsSameAsRef: the fast SalientTerms gives the terms of the reference, word for word.
func TestSalientTermsSameAsRef(t *testing.T) {
	for _, a := range salientArticles(t) {
		d := Prepare(a, Options{})
		got, want := d.SalientTerms(), d.salientTermsRef()
		if !slices.Equal(got, want) {
			t.Errorf("%s: terms %q, want %q", a.Source.ID, got, want)
		}
	}
}

// FuzzSalientTerms compares SalientTerms with the reference over any text.
func FuzzSalientTerms(f *testing.F) {
	f.Add("Marek Haddad's team met in Kyiv. Haddad said the Haddads’s plan, O'Neill's, was ready. HADDAD agreed.")
	f.Add("On Boxing Day in Zürich, Ángel Ruiz Jr. spoke. Ruiz's aides and Ángel Ruiz met Émile Zola. Zola said so. Ruiz said.")
	f.Fuzz(func(t *testing.T, text string) {
		d := Prepare(&model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}, Options{})
		got, want := d.SalientTerms(), d.salientTermsRef()
		if !slices.Equal(got, want) {
			t.Errorf("terms %q, want %q", got, want)
		}
	})
}

// TestCalendarTermSameAsRef: calendarTerm answers as the reference for every holiday phrase and
// a few other terms.
func TestCalendarTermSameAsRef(t *testing.T) {
	keys := []string{"", "dec", "may", "friday", "dec friday", "kyiv", "boxing day", "christmas", "st . patrick's day", "easter", "new year's eve x"}
	for _, h := range dtHolidays {
		keys = append(keys, strings.Join(h.words, " "), normalize.Key(strings.Join(h.words, " ")))
	}
	for _, k := range keys {
		if got, want := calendarTerm(k), calendarTermRef(k); got != want {
			t.Errorf("calendarTerm(%q) = %v, want %v", k, got, want)
		}
	}
}

// BenchmarkSalientTerms reads the salient terms of prepared documents.
func BenchmarkSalientTerms(b *testing.B) { benchSalient(b, (*Doc).SalientTerms) }

// BenchmarkSalientTermsRef is BenchmarkSalientTerms for the reference.
func BenchmarkSalientTermsRef(b *testing.B) { benchSalient(b, (*Doc).salientTermsRef) }

// benchSalient runs terms over the prepared documents of the benchmark articles.
func benchSalient(b *testing.B, terms func(*Doc) []string) {
	arts, n := benchArticles()
	docs := make([]*Doc, len(arts))
	for i, a := range arts {
		docs[i] = Prepare(a, Options{})
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			terms(d)
		}
	}
}

// salientTermsRef is SalientTerms as it was before salient_speed: the reference.
func (d *Doc) salientTermsRef() []string {
	var buf [32]salientTerm
	ts := buf[:0]
	add := func(key string, sent int) {
		if key == "" {
			return
		}
		for i := range ts {
			if ts[i].key == key {
				if ts[i].last != sent { // once per sentence
					ts[i].count++
					ts[i].first, ts[i].last = min(ts[i].first, sent), sent
				}
				ts[i].lead = ts[i].lead || sent < leadSentences
				return
			}
		}
		ts = append(ts, salientTerm{key: key, count: 1, first: sent, last: sent, lead: sent < leadSentences})
	}
	// places, as the place readers find them (canonical: "Kiev" is "Kyiv"), keyed at the end:
	// once a name, not once a mention
	for i := range d.Sentences {
		for _, p := range d.places(&d.Sentences[i]) {
			add(p.Name, i)
		}
	}
	// people by full name ("Peter Demir" and "Thomas Demir" are two people, in two stories),
	// mentioned in every sentence that has their surname as a word ("Demir said"): one pass
	// over the words, a short list of surnames or, for many, a map
	if pp := d.people; pp != nil && len(pp.lasts) > 0 {
		type person struct{ last, key string }
		var pbuf [16]person
		ps := pbuf[:0]
		for _, l := range pp.lasts {
			if len(l.last) >= 2 {
				ps = append(ps, person{l.last, string(trimJunior([]byte(normalize.Key(l.full))))})
			}
		}
		var set map[string][]int // surname → people
		if len(ps) > len(pbuf) {
			set = make(map[string][]int, len(ps))
			for k, p := range ps {
				set[p.last] = append(set[p.last], k)
			}
		}
		for i := range d.Sentences {
			st := &d.Sentences[i]
			for k, w := range st.lower {
				// a surname is written with a capital: most words are not, told by their
				// first byte
				if t := st.Tokens[k].Text; t == "" {
					continue
				} else if c := t[0]; c < 'A' || c > 'Z' && c < 0x80 || c >= 0x80 && !st.Tokens[k].IsCapitalized() {
					continue
				}
				w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
				if set != nil {
					for _, k := range set[w] {
						add(ps[k].key, i)
					}
					continue
				}
				for _, p := range ps {
					if p.last == w {
						add(p.key, i)
					}
				}
			}
		}
	}
	keep := mostSalient(nil, ts) // unchanged by salient_speed
	if len(keep) == 0 {
		return nil
	}
	out := make([]string, 0, len(keep))
	for _, t := range keep {
		k := normalize.Key(t.key)
		if k != "" && !calendarTermRef(k) && !slices.Contains(out, k) {
			out = append(out, strings.Clone(k)) // the word store and the text are recycled
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// calendarTermRef is calendarTerm as it was.
func calendarTermRef(key string) bool {
	for _, h := range dtHolidays {
		if len(h.words) > 0 && key == strings.Join(h.words, " ") {
			return true
		}
	}
	for w := range strings.FieldsSeq(key) {
		_, month := dtMonthNames[w]
		_, day := dtWeekdayNames[w]
		if !(month && w != "may" || day) {
			return false
		}
	}
	return true
}

// TestSalientTermsOwnStrings: no term points into the article's text, which the pipeline
// recycles (SalientTerms copies what Key did not build).
func TestSalientTermsOwnStrings(t *testing.T) {
	for _, a := range salientArticles(t) {
		d := Prepare(a, Options{})
		lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
		hi := lo + uintptr(len(a.Text))
		for _, term := range d.SalientTerms() {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(term))); p >= lo && p < hi {
				t.Errorf("%s: term %q points into the text", a.Source.ID, term)
			}
		}
	}
}
