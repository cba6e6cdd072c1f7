package extract

import "testing"

// TestDtVerbTable checks the table against the map over every word of the benchmark articles
// and every listed form.
func TestDtVerbTable(t *testing.T) {
	check := func(w string) {
		want, wok := dtVerbs[w]
		if got, ok := dtVerbOf(w); got != want || ok != wok {
			t.Fatalf("dtVerbOf(%q) = %v %v, want %v %v", w, got, ok, want, wok)
		}
	}
	for w := range dtVerbs {
		check(w)
		check(w + "s")
		check(w[:len(w)-1])
	}
	check("")
	arts, _ := benchArticles()
	for _, a := range arts[:20] {
		d := Prepare(a, Options{})
		for i := range d.Sentences {
			for _, w := range d.Sentences[i].lower {
				check(w)
			}
		}
	}
}

// BenchmarkDtVerbOf asks dtVerbOf about every word of a few articles.
func BenchmarkDtVerbOf(b *testing.B) {
	arts, _ := benchArticles()
	var words []string
	for _, a := range arts[:20] {
		d := Prepare(a, Options{})
		for i := range d.Sentences {
			words = append(words, d.Sentences[i].lower...)
		}
	}
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				if dtVerbShapes.may(w) {
					_, _ = dtVerbs[w]
				}
			}
		}
	})
	b.Run("shapes+table", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				if dtVerbShapes.may(w) {
					_, _ = dtVerbTab.get(w)
				}
			}
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				_, _ = dtVerbTab.get(w)
			}
		}
	})
	b.Run("dtVerbOf", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				_, _ = dtVerbOf(w)
			}
		}
	})
}
