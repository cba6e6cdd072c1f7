// Package extract reads claims (casualty counts, amounts, dates, roles, quotes) from cleaned articles, each with the byte span of its evidence.
package extract

import (
	"fmt"
	"sort"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// Options configure extraction.
type Options struct {
	Aliases *normalize.Aliases // nil means the default table
	Titles  *normalize.Titles  // nil means the default title table
}

// Doc is an article prepared for extractors: sentences, their tokens and numbers, read once.
type Doc struct {
	Article   *model.Article
	Sentences []Sent
	Aliases   *normalize.Aliases
	Titles    *normalize.Titles // nil means the default title table
	people    *people           // names and sentence words for roles and quotes (names.go)
	// speakers remembers, per sentence index, the last person named before it (for "he said").
	lastPerson []string
	topPlace   string
	sentPlaces [][]Place // places per sentence, filled on first use
	// credits are the sources each sentence credits (Attribution), read on first use
	credits     [][]credit
	creditsRead []bool
}

// Sent is one sentence with its tokens and numbers.
type Sent struct {
	segment.Sentence
	Index   int
	Tokens  []segment.Token
	Numbers []numbers.Number
	lower   []string // lower-case token texts
	facts   []facts  // what the word lists say of each lower-case token (facts.go); 0 for punctuation
}

// Lower returns the lower-case text of token i, or "" when out of range.
func (s *Sent) Lower(i int) string {
	if i < 0 || i >= len(s.lower) {
		return ""
	}
	return s.lower[i]
}

// Extractor reads one family of claims from a prepared document.
type Extractor interface {
	Name() string
	Extract(d *Doc) []model.Claim
}

// extractors run in this order; each claim family lives in its own file.
var extractors = []Extractor{casualties{}, dates{}}

// Prepare splits an article into sentences, tokens and numbers.
func Prepare(a *model.Article, opt Options) *Doc {
	al := opt.Aliases
	if al == nil {
		al = normalize.DefaultAliases()
	}
	d := &Doc{Article: a, Aliases: al, Titles: opt.Titles}
	sents := segment.Sentences(a.Text, segment.Options{SoftWrap: a.Format == "markdown" || a.Format == "html" || a.Format == "json"})
	d.Sentences = make([]Sent, len(sents))
	tab := factTable(d.titles())
	// tokens first, so that tokens, lower-case texts and facts take one backing array each
	toks := make([][]segment.Token, len(sents))
	all := make([]segment.Token, 0, segment.EstimateTokens(a.Text))
	for i, s := range sents {
		from := len(all)
		all = segment.AppendTokens(all, s.Text, s.Start)
		toks[i] = all[from:len(all):len(all)]
	}
	low, fs := segment.AppendLower(make([]string, 0, len(all)), all), make([]facts, len(all))
	for i, s := range sents {
		ts := toks[i]
		sl, sf := low[:len(ts):len(ts)], fs[:len(ts):len(ts)]
		low, fs = low[len(ts):], fs[len(ts):]
		for k, t := range ts {
			if t.Kind != segment.Punct {
				sf[k] = tab.get(sl[k])
			}
		}
		d.Sentences[i] = Sent{Sentence: s, Index: i, Tokens: ts, Numbers: numbers.Find(ts), lower: sl, facts: sf}
	}
	d.indexNames()
	d.trackPeople()
	d.topPlace = d.dominantPlace()
	return d
}

// Extract returns every claim in an article, sorted by position, with ids and positions set.
func Extract(a *model.Article, opt Options) []model.Claim {
	return ExtractDoc(Prepare(a, opt))
}

// ExtractDoc runs every extractor over a prepared document.
func ExtractDoc(d *Doc) []model.Claim {
	var out []model.Claim
	for _, e := range extractors {
		out = append(out, e.Extract(d)...)
	}
	a := d.Article
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].ValueSpan.Start != out[j].ValueSpan.Start {
			return out[i].ValueSpan.Start < out[j].ValueSpan.Start
		}
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Key < out[j].Key
	})
	for i := range out {
		c := &out[i]
		c.Source = a.ID
		c.ID = fmt.Sprintf("%s#%d", a.ID, i+1)
		c.Text = a.Text[c.Evidence.Start:c.Evidence.End]
		c.Pos = a.Position(c.Evidence.Start)
	}
	return out
}

// span of tokens i..j inclusive.
func (s *Sent) span(i, j int) model.Span {
	return model.Span{Start: s.Tokens[i].Start, End: s.Tokens[j].End}
}

func (s *Sent) evidence() model.Span { return model.Span{Start: s.Start, End: s.End} }
