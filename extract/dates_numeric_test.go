package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// numericDates lists the date claims of a text as "expression=start[/end]".
func numericDates(t *testing.T, pub, url, text string) []string {
	t.Helper()
	a := article(t, "a", pub, text)
	a.URL = url
	var out []string
	for _, c := range dateClaims(t, a) {
		v := c.Date.Start
		if c.Date.End != "" {
			v += "/" + c.Date.End
		}
		if !c.Date.Resolved {
			v = "unresolved"
		}
		out = append(out, c.Value+"="+v)
	}
	return out
}

func TestNumericDates(t *testing.T) {
	for _, tt := range []struct {
		name, pub, url, text string
		want                 []string
	}{
		{"slash, equal parts", "2025-08-10", "", "The agreement was signed on 8/8/2025 in Geneva.", []string{"on 8/8/2025=2025-08-08"}},
		{"slash, zero-padded", "2025-08-10", "", "The agreement was signed on 08/08/2025 in Geneva.", []string{"on 08/08/2025=2025-08-08"}},
		{"month first: 14 is no month", "2025-03-20", "", "The suspect was arrested on 3/14/2025, police said.", []string{"on 3/14/2025=2025-03-14"}},
		{"day first: 14 is no month", "2025-03-20", "", "The suspect was arrested on 14/3/2025, police said.", []string{"on 14/3/2025=2025-03-14"}},
		{"dotted, day first", "2025-03-20", "", "The court ruled on 14.03.2025 that the contract was void.", []string{"on 14.03.2025=2025-03-14"}},
		{"dotted, both parts small: still day first", "2025-04-20", "", "The court ruled on 03.04.2025 that the contract was void.", []string{"on 03.04.2025=2025-04-03"}},
		{"dashed", "2025-03-20", "", "The fire broke out on 3-14-2025 at a warehouse.", []string{"on 3-14-2025=2025-03-14"}},
		{"in parentheses", "2025-03-20", "", "The fire (3/14/2025) destroyed a warehouse.", []string{"3/14/2025=2025-03-14"}},
		{"sentence end", "2025-03-20", "", "The warehouse burned down on 3/14/2025.", []string{"on 3/14/2025=2025-03-14"}},
		{"two-digit year after on", "2025-03-20", "", "The suspect was arrested on 3/14/25, police said.", []string{"on 3/14/25=2025-03-14"}},
		{"two-digit year of the last century", "2025-03-20", "", "The plant first opened on 3/14/98, the company said.", []string{"on 3/14/98=1998-03-14"}},
		{"year first", "2025-08-10", "", "The agreement was signed on 2025/08/08 in Tokyo.", []string{"on 2025/08/08=2025-08-08"}},
		{"year first, dotted", "2025-08-10", "", "The agreement was signed on 2025.08.08 in Seoul.", []string{"on 2025.08.08=2025-08-08"}},
		{"two-digit year, next year", "2025-08-10", "", "The trial opens on 3/14/26, the clerk said.", []string{"on 3/14/26=2026-03-14"}},
		{"leap day", "2024-03-20", "", "The deal closed on 2/29/2024, the company said.", []string{"on 2/29/2024=2024-02-29"}},
		// ambiguity settled by the article's own dates
		{"ambiguous, the article writes month first", "2025-03-20", "", "Police arrested him on 3/14/2025. He was charged on 3/4/2025.", []string{"on 3/14/2025=2025-03-14", "on 3/4/2025=2025-03-04"}},
		{"ambiguous, the article writes day first", "2025-04-20", "", "Police arrested him on 14/3/2025. He was charged on 3/4/2025.", []string{"on 14/3/2025=2025-03-14", "on 3/4/2025=2025-04-03"}},
		{"ambiguous, a later date tells the order", "2025-04-20", "", "He was charged on 3/4/2025. Police had arrested him on 14/3/2025.", []string{"on 3/4/2025=2025-04-03", "on 14/3/2025=2025-03-14"}},
		{"ambiguous, the article mixes orders", "2025-04-20", "", "He was arrested on 3/14/2025, freed on 15/3/2025 and charged on 3/4/2025.", []string{"on 3/14/2025=2025-03-14", "on 15/3/2025=2025-03-15"}},
		{"ambiguous, a day-first domain", "2025-04-20", "https://www.example.co.uk/news/court-case", "He was charged on 3/4/2025, the court heard.", []string{"on 3/4/2025=2025-04-03"}},
		{"ambiguous, the article beats the domain", "2025-04-20", "https://www.example.co.uk/news/court-case", "He was arrested on 3/14/2025 and charged on 3/4/2025.", []string{"on 3/14/2025=2025-03-14", "on 3/4/2025=2025-03-04"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, numericDates(t, tt.pub, tt.url, tt.text))
		})
	}
}

// TestNumericDatesNot: numbers that look like dates but are none, and dates that cannot be read
// one way only.
func TestNumericDatesNot(t *testing.T) {
	for _, tt := range []struct{ name, url, text string }{
		{"ambiguous without evidence", "", "He was charged on 3/4/2025, the court heard."},
		{"ambiguous, a generic domain", "https://news.example.com/a", "He was charged on 3/4/2025, the court heard."},
		{"24/7", "", "The hotline is staffed 24/7 by volunteers."},
		{"9/11", "", "The memorial honours the victims of 9/11 and their families."},
		{"50/50", "", "Pollsters called the race a 50/50 contest."},
		{"2/3 majority", "", "The bill needs a 2/3 majority in the Senate."},
		{"a half", "", "Prices rose by 1/2 a point."},
		{"a score", "", "The home side won 3-1-2 in the shoot-out."},
		{"a page range", "", "The figures are on pages 12-14 of the report."},
		{"a phone number", "", "Call 555-123-4567 for details."},
		{"a phone number with a year-like tail", "", "Witnesses may call 1-800-12-2025 to report."},
		{"a version", "", "The company shipped version 1.2.2025 of the app to users."},
		{"a version, v", "", "The firm released v1.2.2025 to its users."},
		{"a date in an address", "", "The story is at https://example.com/news/8/8/2025/deal-signed online."},
		{"a year-first date in an address", "", "Read it at https://example.com/2025/08/08/deal online."},
		{"year first, no such month", "", "The code 2025/13/08 was entered."},
		{"a date in a path", "", "The file was saved as reports/3/14/2025 by the clerk."},
		{"a longer code", "", "The ticket number is 12/11/2025/44 according to the court."},
		{"a two-digit year without on", "", "The form was dated 3/14/25 by the clerk."},
		{"a two-digit year of no clear century", "", "The hearing is set for trial on 3/14/31, the clerk said."},
		{"a two-digit year, dotted", "", "The court ruled on 14.03.25 that the contract was void."},
		{"no such day", "", "The deal closed on 2/30/2025, the company said."},
		{"no such month", "", "The deal closed on 13/13/2025, the company said."},
		{"dotted, month first is no date", "", "The update 3.14.2025 went out to users."},
		{"a fraction of years", "", "Output reached 3/4 of its 2025 target."},
		{"a case number", "", "The judge heard case no. 3/14/2025 in the morning."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, numericDates(t, "2025-08-10", tt.url, tt.text))
		})
	}
}

// TestNumericDatePairs: a numeric date and the same day in words date one event alike; another
// day conflicts. An ambiguous "8/9/2025" is read from a source with a month-first (.us) or
// day-first (.co.uk) address.
func TestNumericDatePairs(t *testing.T) {
	const us, uk = "https://www.example.us/news/a", "https://www.example.co.uk/news/a"
	for _, tt := range []struct {
		name, urlA, a, b string
		want             model.Kind
	}{
		{"slash and words agree", "", "The agreement was signed on 8/8/2025 in Geneva.", "The agreement was signed on August 8, 2025 in Geneva.", model.KindCorroborated},
		{"dots and words agree", "", "The agreement was signed on 08.08.2025 in Geneva.", "The agreement was signed on August 8 in Geneva.", model.KindCorroborated},
		{"day-first slash and words agree", uk, "The agreement was signed on 8/8/2025 in Geneva.", "The agreement was signed on 8 August in Geneva.", model.KindCorroborated},
		{"month-first ambiguous slash and words conflict", us, "The agreement was signed on 8/9/2025 in Geneva.", "The agreement was signed on August 8, 2025 in Geneva.", model.KindConflict},
		{"day-first ambiguous slash and words agree", uk, "The agreement was signed on 8/8/2025 in Geneva.", "The agreement was signed on August 8, 2025 in Geneva.", model.KindCorroborated},
		{"month first slash and words conflict", "", "The agreement was signed on 7/31/2025 in Geneva.", "The agreement was signed on August 8, 2025 in Geneva.", model.KindConflict},
		{"day first slash and words conflict", "", "The agreement was signed on 31/7/2025 in Geneva.", "The agreement was signed on August 8, 2025 in Geneva.", model.KindConflict},
	} {
		t.Run(tt.name, func(t *testing.T) {
			aa, ab := article(t, "a", "2025-08-10", tt.a), article(t, "b", "2025-08-10", tt.b)
			aa.URL = tt.urlA
			cs := append(dateClaims(t, aa), dateClaims(t, ab)...)
			require.Len(t, cs, 2)
			fs := compare.Compare([]model.Source{aa.Source, ab.Source}, cs, compare.Options{})
			kinds := map[model.Kind]bool{}
			for _, f := range fs {
				kinds[f.Kind] = true
			}
			assert.True(t, kinds[tt.want], "%v: keys %q %q", kinds, cs[0].Key, cs[1].Key)
			if tt.want != model.KindConflict {
				assert.False(t, kinds[model.KindConflict], "keys %q %q", cs[0].Key, cs[1].Key)
			}
		})
	}
}
