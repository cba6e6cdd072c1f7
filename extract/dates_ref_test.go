package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// seenLowerRef is seenLower's scan as it was: every token compared, length and first byte first.
func seenLowerRef(d *Doc, w string) bool {
	opens, lower := false, false
	for i := range d.Sentences {
		s := &d.Sentences[i]
		n := min(len(s.lower), len(s.Tokens))
		toks, low := s.Tokens[:n], s.lower[:n]
		for k, l := range low {
			if len(l) != len(w) || len(w) > 0 && l[0] != w[0] || l != w || toks[k].Kind != segment.Word {
				continue
			}
			if toks[k].IsCapitalized() {
				opens = opens || k == 0 || toks[k-1].Kind == segment.Punct
			} else {
				lower = true
			}
		}
		if opens && lower {
			break
		}
	}
	return opens && lower
}

// checkSeenLower asks seenLower of every word of d (and of its trimmed possessives), twice
// (the second answer from the memo), against the old scan.
func checkSeenLower(t *testing.T, d *Doc) {
	t.Helper()
	c := takeDateCtx(d)
	defer dropDateCtx(c)
	for round := 0; round < 2; round++ {
		for i := range d.Sentences {
			s := &d.Sentences[i]
			for k := range s.Tokens {
				for _, w := range []string{s.Lower(k), trimPossessives(s.Lower(k)), ""} {
					if got, want := c.seenLower(w), seenLowerRef(d, w); got != want {
						t.Fatalf("seenLower(%q) = %v, want %v in %q", w, got, want, d.Article.Text)
					}
				}
			}
		}
	}
}

// TestSeenLower: seenLower answers as the old scan on the corpus.
func TestSeenLower(t *testing.T) {
	arts, _ := benchArticles()
	for _, a := range arts[:40] {
		checkSeenLower(t, Prepare(a, Options{}))
	}
}

// FuzzSeenLower: seenLower answers as the old scan on any text.
func FuzzSeenLower(f *testing.F) {
	for _, s := range []string{"Putin met Trump. Putin said so.", "Officials said. \"Officials\" met officials.",
		"The talks. the talks", "İstanbul. istanbul", "\u212Aiev. kiev", "A a. A. a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSeenLower(t, Prepare(&model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}, Options{}))
	})
}

// TestCanonicalKept: a date context that read other documents, under the same or another alias
// table, reads every name as a fresh one does.
func TestCanonicalKept(t *testing.T) {
	arts, _ := benchArticles()
	other, err := normalize.ParseAliases(strings.NewReader("Vladimir Putin = Putin = Vlad\nKyiv = Kiev\n"), "other")
	if err != nil {
		t.Fatal(err)
	}
	kept := &dateCtx{}
	for i, a := range arts[:60] {
		opt := Options{}
		if i%3 == 2 {
			opt.Aliases = other
		}
		d := Prepare(a, opt)
		kept.d = d
		fresh := newDateCtx(d)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for k := range s.Tokens {
				for _, w := range []string{s.Tokens[k].Text, trimPossessives(s.Tokens[k].Text)} {
					gn, gk := kept.canonical(w)
					wn, wk := fresh.canonical(w)
					if gn != wn || gk != wk {
						t.Fatalf("canonical(%q) = %q, %q after other documents, want %q, %q", w, gn, gk, wn, wk)
					}
				}
			}
		}
	}
}

// keyRef is dateEvent.key as it was, before keyWith.
func keyRef(ev dateEvent) string {
	if ev.head == "" {
		return ""
	}
	if ev.statement {
		if len(ev.parts) == 0 || ev.topic == "" {
			return ""
		}
		return "date|statement|" + ev.parts[0] + "|" + ev.topic
	}
	if len(ev.parts) == 0 && !dtKeyedAlone[ev.head] && !(ev.head == "talks" && ev.life != "") && !ev.alone && ev.thing == "" {
		return ""
	}
	k := "date|" + ev.head
	for _, f := range []string{ev.life, ev.role, ev.seq, ev.thing} {
		if f != "" && !(f == ev.role && f == "at") {
			k += "|" + f
		}
	}
	for _, p := range ev.parts {
		k += "|" + p
	}
	return k
}

// TestKeyWith: keyWith is the old key with its suffix appended, for the events of the corpus.
func TestKeyWith(t *testing.T) {
	arts, _ := benchArticles()
	n := 0
	for _, a := range arts[:80] {
		d := Prepare(a, Options{})
		c := takeDateCtx(d)
		for _, r := range readDates(d) {
			e := r.expr
			ev := c.eventFor(r.sent, &e)
			for _, extra := range [][]string{nil, {"|", "2025-08-08", "/", ""}, {"|", "on sunday"}} {
				want := keyRef(ev)
				if want != "" {
					want += strings.Join(extra, "")
				}
				if got := ev.keyWith(extra...); got != want {
					t.Fatalf("keyWith(%q) of %+v = %q, want %q", extra, ev, got, want)
				}
				if want != "" {
					n++
				}
			}
		}
		dropDateCtx(c)
	}
	if n < 500 {
		t.Fatalf("only %d keys compared", n)
	}
}

// TestDatePrep: datePrep says what the datePreps map says, of its words and of the corpus's.
func TestDatePrep(t *testing.T) {
	check := func(w string) {
		r, ok := datePrep(w)
		wr, wok := datePreps[w]
		if r != wr || ok != wok {
			t.Fatalf("datePrep(%q) = %q %v, want %q %v", w, r, ok, wr, wok)
		}
	}
	for w := range datePreps {
		check(w)
		check(strings.ToUpper(w))
		check(w + "s")
	}
	arts, _ := benchArticles()
	for _, a := range arts[:40] {
		for _, w := range strings.Fields(strings.ToLower(a.Text)) {
			check(w)
		}
	}
	check("")
}

// TestNeedsTense: a date whose tense dtNeedsTense leaves unread resolves alike under every tense.
func TestNeedsTense(t *testing.T) {
	arts, _ := benchArticles()
	pubs := []*time.Time{nil}
	for _, d := range []string{"2025-08-10", "2024-02-29", "2025-12-31", "2026-01-01"} {
		p, _ := time.Parse("2006-01-02", d)
		pubs = append(pubs, &p)
	}
	var specs []dateSpec
	for _, a := range arts[:80] {
		for _, r := range readDates(Prepare(a, Options{})) {
			specs = append(specs, r.expr.spec)
		}
	}
	for _, text := range []string{"on August 8", "the first week of November", "in late October", "last March",
		"next May", "this June", "in 2022", "yesterday", "two days ago", "last week", "on Sunday", "earlier this year",
		"the spring of 2020", "8 August 2025", "2025-03-14", "last night", "February 29", "over the weekend"} {
		for _, r := range readDates(Prepare(&model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: text}, Options{})) {
			specs = append(specs, r.expr.spec)
		}
	}
	skipped := 0
	for _, sp := range specs {
		for _, pub := range pubs {
			if dtNeedsTense(&sp, pub) {
				continue
			}
			skipped++
			want, wok := dtResolveSpan(sp, pub, tenseUnknown)
			for _, tn := range []dtTense{tensePast, tenseFuture} {
				if got, ok := dtResolveSpan(sp, pub, tn); got != want || ok != wok {
					t.Fatalf("%+v at %v: %v resolves to %v %v, unknown to %v %v", sp, pub, tn, got, ok, want, wok)
				}
			}
		}
	}
	if skipped < 500 {
		t.Fatalf("only %d specs left without a tense", skipped)
	}
}
