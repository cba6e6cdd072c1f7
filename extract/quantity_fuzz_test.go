package extract_test

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// FuzzQuantities reads quantity claims and mentions from arbitrary text: no panic, every value
// and mention span inside the text and equal to its text, no NaN, keys that name their kind.
func FuzzQuantities(f *testing.F) {
	for _, s := range []string{
		"The Pentagon announced a $105 million air defense package; Brussels approved €2.3 billion in aid.",
		"Turnout reached 62 percent, 3.2 per cent, 18pc, 50 basis points, between 10% and 15%, 10-15%.",
		"Siemens will cut 1,200 jobs in Germany; 300 buildings collapsed; Russia called up 300,000 reservists.",
		"Trump shortened his 50-day window to just ten days after a nearly hour-long call for six hours.",
		"A magnitude 6.4 earthquake, a 6.1-magnitude quake, M6.8, measured 7.8 on the Richter scale.",
		"$ € £ 5 bn m % per cent - – , . from to up from $60 2 hours 45 minutes 45-year-old's 24/7 3-1",
		"HK$ A$ US$ Rs. 500 crore ¥13.9 trillion ₹7,500 CHF 4 million 4m 1.2bn 0.07 trillion",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		a := &model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Quantity == nil || c.Kind == "casualty" {
				continue
			}
			if c.ValueSpan.Start < 0 || c.ValueSpan.End > len(text) || c.ValueSpan.Start >= c.ValueSpan.End || text[c.ValueSpan.Start:c.ValueSpan.End] != c.Value {
				t.Fatalf("value span %+v of %q", c.ValueSpan, c.Value)
			}
			if !strings.HasPrefix(c.Key, "quantity|"+c.Kind+"|") {
				t.Fatalf("key %q of a %s claim", c.Key, c.Kind)
			}
			if math.IsNaN(c.Quantity.Low) || math.IsNaN(c.Quantity.High) {
				t.Fatalf("NaN in %+v", c.Quantity)
			}
		}
		for _, m := range extract.ExtractMentions(a, extract.Options{}) {
			if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start > m.Span.End || text[m.Span.Start:m.Span.End] != m.Text {
				t.Fatalf("mention span %+v of %q", m.Span, m.Text)
			}
		}
	})
}
