package extract_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// TestMentions lists every number, amount, percentage, duration and date read, in text order,
// with exact spans, whether or not a claim was built from it. Dates come from the date reader:
// only their presence is checked here, and that the numbers inside them are not listed again.
func TestMentions(t *testing.T) {
	text := "The 3rd brigade got $105 million, 62% more, for 50 days; 24/7 support and a 45-year-old's 12 ideas arrived on August 8."
	pub := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	a := &model.Article{Source: model.Source{ID: "m", Published: &pub}, Format: "text", Text: text}
	ms := extract.ExtractMentions(a, extract.Options{})
	type row struct{ Kind, Text, Normalized string }
	var got []row
	var dates []string
	last := -1
	for _, m := range ms {
		require.Equal(t, m.Text, text[m.Span.Start:m.Span.End])
		require.Equal(t, "m", m.Source)
		require.Equal(t, 1, m.Pos.Line)
		require.GreaterOrEqual(t, m.Span.Start, last, "text order")
		last = m.Span.Start
		if m.Kind == "date" {
			dates = append(dates, m.Text)
			continue
		}
		got = append(got, row{m.Kind, m.Text, m.Normalized})
	}
	assert.Equal(t, []row{
		{"number", "3rd", "3 (ordinal)"},
		{"money", "$105 million", "104500000..<105500000 USD"},
		{"percent", "62%", "61.5..<62.5 percent"},
		{"duration", "50 days", "50 days"},
		{"number", "24/7", "(id, time or code)"},
		{"number", "45", "45 (age)"},
		{"number", "12", "12"},
	}, got)
	require.Len(t, dates, 1)
	assert.Contains(t, dates[0], "August 8")
}

// TestMentionsRegistry lets another reader add its mentions; spans are checked and the text and
// position filled in from the article.
func TestMentionsRegistry(t *testing.T) {
	extract.RegisterMentions("test-words", func(d *extract.Doc) []model.Mention {
		if d.Article.ID != "r" {
			return nil
		}
		return []model.Mention{
			{Kind: "word", Span: model.Span{Start: 4, End: 9}, Normalized: "quick"},
			{Kind: "word", Span: model.Span{Start: 50, End: 60}}, // out of bounds: dropped
		}
	})
	t.Cleanup(func() { extract.RegisterMentions("test-words", func(*extract.Doc) []model.Mention { return nil }) })
	a := &model.Article{Source: model.Source{ID: "r"}, Format: "text", Text: "The quick fox, 3 of them."}
	ms := extract.ExtractMentions(a, extract.Options{})
	require.Len(t, ms, 2)
	assert.Equal(t, model.Mention{Source: "r", Kind: "word", Text: "quick", Normalized: "quick", Span: model.Span{Start: 4, End: 9}, Pos: a.Position(4)}, ms[0])
	assert.Equal(t, "3", ms[1].Text)
}
