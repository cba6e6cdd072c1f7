package compare

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// TestQuoteWordsMatch: matching the words of a batch split once (quoteWords) gives what
// matchQuotes and candidatePairs give splitting each quotation for every pair.
func TestQuoteWordsMatch(t *testing.T) {
	var cs []*model.Claim
	for _, f := range corpus.Articles(150, 3) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		for _, c := range extract.Extract(a, extract.Options{}) {
			if isQuote(&c) {
				cs = append(cs, &c)
			}
		}
	}
	// odd spellings: spaces other than one, ellipses, case and apostrophes folded alike
	for _, s := range []string{"we will  rebuild the bridge", "we will rebuild … the bridge", "We’ll rebuild the bridge", "we'll rebuild the bridge\u00a0now", "…", ""} {
		cs = append(cs, &model.Claim{Quote: &model.Quote{Folded: s}})
	}
	if len(cs) < 100 {
		t.Fatalf("only %d quotations", len(cs))
	}
	words := splitWords(cs)
	pairs := 0
	for i := range cs {
		for j := range cs {
			if i == j || (i*len(cs)+j)%7 != 0 && (i < len(cs)-6 && j < len(cs)-6) {
				continue
			}
			pairs++
			want := matchQuotes(cs[i].Quote.Folded, cs[j].Quote.Folded)
			if got := words.match(cs, i, j); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q vs %q: got %+v, want %+v", cs[i].Quote.Folded, cs[j].Quote.Folded, got, want)
			}
		}
	}
	// candidatePairs reads the split words too: compare with splitting each quotation as it did
	got := candidatePairs(cs)
	if want := oldCandidatePairs(cs); !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Fatalf("candidate pairs differ or none: %d vs %d", len(got), len(want))
	}
	t.Logf("%d quotations, %d pairs compared, %d candidate pairs", len(cs), pairs, len(got))
}

// oldCandidatePairs is candidatePairs as it was before quoteWords: it lists the pairs of quotations sharing at least one run of three words.
func oldCandidatePairs(cs []*model.Claim) [][2]int {
	index := map[string][]int{}
	seen := map[string]bool{}
	var ws []string
	var at []int // where each word starts
	for i, c := range cs {
		s := c.Quote.Folded
		ws, at = fieldsAt(s, ws[:0], at[:0])
		clear(seen)
		for k := 0; k+minSharedRun <= len(ws); k++ {
			g := ws[k : k+minSharedRun]
			if containsStr(g, "…") {
				continue
			}
			key := s[at[k] : at[k+2]+len(g[2])] // the run as it stands in the text: no new string...
			if !spaced(s, at[k:k+3], g) {
				key = strings.Join(g, " ") // ...unless other than one space parts its words
			}
			if !seen[key] {
				seen[key] = true
				index[key] = append(index[key], i)
			}
		}
	}
	pairs := map[[2]int]bool{}
	for _, ids := range index {
		if len(ids) > maxTripleShare {
			continue // a stock phrase ("the united states"): quotations that truly match share rarer runs too
		}
		for a := 0; a < len(ids); a++ {
			for b := a + 1; b < len(ids); b++ {
				pairs[[2]int{ids[a], ids[b]}] = true
			}
		}
	}
	out := make([][2]int, 0, len(pairs))
	for p := range pairs {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// BenchmarkCompareQuotes decides the quotations of 1,000 generated articles, one batch.
func BenchmarkCompareQuotes(b *testing.B) {
	var cs []model.Claim
	for _, f := range corpus.Articles(1000, 1) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		for _, c := range extract.Extract(a, extract.Options{}) {
			if isQuote(&c) {
				cs = append(cs, c)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		ps := make([]*model.Claim, len(cs))
		for i := range cs {
			ps[i] = &cs[i]
		}
		c := &comparer{}
		c.compareQuotes(ps)
	}
}
