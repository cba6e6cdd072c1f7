package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// article builds a one-source article; published is YYYY-MM-DD or "" for unknown.
func article(t *testing.T, id, published, text string) *model.Article {
	t.Helper()
	a := &model.Article{Source: model.Source{ID: id}, Format: "text", Text: text}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		require.NoError(t, err)
		a.Published = &p
	}
	return a
}

// dateClaims extracts the date claims of an article and checks their spans on the way.
func dateClaims(t *testing.T, a *model.Article) []model.Claim {
	t.Helper()
	var out []model.Claim
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Type != model.TypeDate {
			continue
		}
		require.NotNil(t, c.Date, "%s: date claim without a date", c.Value)
		require.Equal(t, c.Value, a.Text[c.ValueSpan.Start:c.ValueSpan.End], "value span")
		require.Equal(t, c.Date.Expression, c.Value)
		require.True(t, c.Evidence.Contains(c.ValueSpan), "evidence holds the value")
		require.Equal(t, c.Text, a.Text[c.Evidence.Start:c.Evidence.End])
		out = append(out, c)
	}
	return out
}

func signatures(cs []model.Claim) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, extract.Signature(c))
	}
	return out
}

// TestDateResolution resolves relative and absolute dates across week, month and year boundaries,
// leap days included, with tense deciding the direction of a weekday.
func TestDateResolution(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string
	}{
		// published Monday 2025-12-29
		{"last Friday", "2025-12-29", "The suspect was arrested last Friday.", []string{"date: 2025-12-26"}},
		{"next Monday across the year", "2025-12-29", "Parliament will vote next Monday.", []string{"date: 2026-01-05"}},
		{"past Sunday", "2025-12-29", "Protesters gathered on Sunday.", []string{"date: 2025-12-28"}},
		{"future Thursday across the year", "2025-12-29", "The leaders will meet on Thursday.", []string{"date: 2026-01-01"}},
		{"last month across the year", "2026-01-05", "Exports fell last month.", []string{"date: 2025-12"}},
		{"last month", "2025-12-29", "Exports fell last month.", []string{"date: 2025-11"}},
		{"earlier this week", "2025-12-31", "Earlier this week, the bank cut rates.", []string{"date: 2025-12-29/2025-12-31"}},
		{"earlier this week spans the new year", "2026-01-02", "Earlier this week, the bank cut rates.", []string{"date: 2025-12-29/2026-01-02"}},
		{"later this week", "2025-12-29", "The talks resume later this week.", []string{"date: 2025-12-29/2026-01-04"}},
		{"last week", "2026-01-01", "Officials met last week.", []string{"date: 2025-12-22/2025-12-28"}},
		{"next week", "2025-12-29", "Officials will meet next week.", []string{"date: 2026-01-05/2026-01-11"}},
		{"past month-day in the previous year", "2025-12-29", "The accord was signed on Nov. 20.", []string{"date: 2025-11-20"}},
		{"past month-day across the year", "2026-01-10", "Voters went to the polls on 20 December.", []string{"date: 2025-12-20"}},
		{"deadline in the coming month", "2025-07-15", "Trump expects a ceasefire by August 8.", []string{"date: 2025-08-08"}},
		{"future month-day across the year", "2025-12-20", "The talks will resume on January 15.", []string{"date: 2026-01-15"}},
		{"late October after it", "2025-11-04", "In late October, the ministry said talks could resume.", []string{"date: 2025-10-21/2025-10-31"}},
		{"late October across the year", "2026-01-10", "In late October, the ministry said talks could resume.", []string{"date: 2025-10-21/2025-10-31"}},
		{"mid-February ahead", "2025-11-13", "Martial law was extended until mid-February.", []string{"date: 2026-02-11/2026-02-20"}},
		{"end of February in a leap year", "2028-01-10", "The plan runs until the end of February.", []string{"date: 2028-02-21/2028-02-29"}},
		{"leap day ahead", "2028-02-10", "The court will rule on February 29.", []string{"date: 2028-02-29"}},
		{"leap day needs a leap year", "2025-03-10", "The court ruled on February 29.", []string{"date: 2024-02-29"}},
		{"yesterday across a leap month", "2024-03-01", "The company reported its results yesterday.", []string{"date: 2024-02-29"}},
		{"tomorrow across the year", "2025-12-31", "The figures will be published tomorrow.", []string{"date: 2026-01-01"}},
		{"days ago across the month", "2025-03-02", "The hostages were freed three days ago.", []string{"date: 2025-02-27"}},
		{"weekday same day past", "2025-12-28", "On Sunday, the ministry announced the closure.", []string{"date: 2025-12-28"}},
		{"next weekday from the same weekday", "2025-07-03", "The central bank meets next Thursday.", []string{"date: 2025-07-10"}},
		{"weekend just passed", "2025-09-08", "The festival was cancelled over the weekend.", []string{"date: 2025-09-06/2025-09-07"}},
		{"coming weekend", "2025-09-10", "The festival will be held this weekend.", []string{"date: 2025-09-13/2025-09-14"}},
		{"this year so far", "2025-07-15", "Prices eased earlier this year.", []string{"date: 2025-01-01/2025-07-15"}},
		{"next year", "2025-11-20", "The factory will reopen next year.", []string{"date: 2026"}},
		{"weekday with its date", "2026-01-14", "The minister resigned on Monday, Jan. 12, after days of pressure.", []string{"date: 2026-01-12"}},
		{"target of a past postponement", "2025-10-20", "The vote was postponed to Nov. 17.", []string{"date: 2025-11-17"}},
		{"absolute with year", "", "Russia launched its full-scale invasion of Ukraine on 24 February 2022.", []string{"date: 2022-02-24"}},
		{"US style with year", "", "The agency first reported the outbreak on Dec. 31, 2019.", []string{"date: 2019-12-31"}},
		{"ISO date", "", "The filing is dated 2025-03-14.", []string{"date: 2025-03-14"}},
		{"year alone", "", "The talks broke down in 2022.", []string{"date: 2022"}},
		{"month and year", "", "The bridge reopened in October 2024.", []string{"date: 2024-10"}},
		{"early year", "", "Construction began in early 2023.", []string{"date: 2023-01/2023-04"}},
		{"season of a year", "", "Exports collapsed in the spring of 2020.", []string{"date: 2020-03/2020-05"}},
		{"first half of a year", "", "Sales rose in the first half of 2024.", []string{"date: 2024-01/2024-06"}},
		{"first week of a month", "2026-01-20", "In the first week of January, prices rose.", []string{"date: 2026-01-01/2026-01-07"}},
		{"day range", "", "The summit runs from Aug. 8-10, 2025.", []string{"date: 2025-08-08/2025-08-10"}},
		{"two dates", "2026-01-08", "The merger was announced on Sept. 30 and completed in December.", []string{"date: 2025-09-30", "date: 2025-12"}},
		// no publication date: keep the expression, never guess
		{"unresolved weekday", "", "Witkoff will visit Moscow on Sunday.", []string{"date: unresolved on sunday"}},
		{"unresolved month-day", "", "Trump expects a ceasefire by August 8.", []string{"date: unresolved by august 8"}},
		{"unresolved relative week", "", "Officials met earlier this week.", []string{"date: unresolved earlier this week"}},
		// no dates
		{"may is a modal", "2025-06-01", "The measure may soon intensify efforts.", nil},
		{"a weekday as a modifier", "2025-06-01", "Worshippers attended Friday prayers.", nil},
		{"a month that is a name", "2025-06-01", "June Carter said the museum would stay open.", nil},
		{"a weekday inside a name", "2025-06-01", "Reporters from the Sunday Times asked about it.", nil},
		{"a count, not a year", "2025-06-01", "Police counted 2025 people at the rally.", nil},
		{"no real day", "2025-06-01", "The court ruled on February 30.", nil},
		{"a bound is no date of the event", "2025-06-01", "The deal must be signed before August 8.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := signatures(dateClaims(t, article(t, "a", tt.published, tt.text)))
			if tt.want == nil {
				tt.want = []string{}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDateValue checks the normalized value of resolved, ranged and unresolved dates.
func TestDateValue(t *testing.T) {
	cs := dateClaims(t, article(t, "a", "2025-11-04", "In late October, the ministry said talks could resume."))
	require.Len(t, cs, 1)
	assert.Equal(t, model.DateValue{Start: "2025-10-21", End: "2025-10-31", Expression: "In late October", Resolved: true}, *cs[0].Date)

	cs = dateClaims(t, article(t, "a", "", "Witkoff will visit Moscow on Sunday."))
	require.Len(t, cs, 1)
	assert.Equal(t, model.DateValue{Expression: "on Sunday"}, *cs[0].Date)
	assert.Equal(t, "on Sunday", cs[0].Value)
	assert.Equal(t, "date", cs[0].Kind)
}

// TestDateKeys: two sources dating the same event meet under one key; different events never do.
func TestDateKeys(t *testing.T) {
	key := func(t *testing.T, text string) string {
		t.Helper()
		cs := dateClaims(t, article(t, "a", "2025-08-06", text))
		require.Len(t, cs, 1, text)
		return cs[0].Key
	}
	t.Run("keys", func(t *testing.T) {
		tests := []struct{ text, key string }{
			{"Witkoff will visit Moscow on Sunday.", "date|visit|moscow|witkoff"},
			{"US President Donald Trump’s special envoy, Steve Witkoff, will visit Moscow on Sunday to try for a breakthrough.", "date|visit|moscow|witkoff"},
			{"Trump expects a ceasefire by August 8, the acting envoy confirmed.", "date|ceasefire|deadline"},
			{"The full-scale invasion began in 2022.", "date|invasion|begin"},
			{"The Istanbul talks broke down in 2022.", "date|talks|collapse|istanbul"},
			{"Zelensky said on Friday that talks were advancing.", "date|statement|zelensky|talks|2025-08-01/"},
			{"The plant closed in mid-September.", "date|end|plant"}, // the definite subject tells the event
			{"A plant closed in mid-September.", ""},                 // an indefinite one does not
		}
		for _, tt := range tests {
			assert.Equal(t, tt.key, key(t, tt.text), tt.text)
		}
	})
	same := []struct{ a, b string }{
		{"Witkoff will visit Moscow on Sunday.", "Steve Witkoff, Trump's special envoy, is due to arrive in Moscow on Wednesday."},
		{"Witkoff will visit Moscow on Sunday.", "Witkoff's visit to Moscow on Sunday was confirmed by the Kremlin."},
		{"On Sunday, Witkoff will visit Moscow.", "Witkoff will travel to Moscow on Sunday."},
		{"Trump expects a ceasefire by August 8.", "Trump has set a ceasefire deadline of August 9."},
		{"Russia and Ukraine will hold talks in Istanbul on Monday.", "Talks between Russia and Ukraine resume in Istanbul on Monday."},
		{"Putin and Trump met in Alaska on August 15.", "Trump and Putin met in Alaska on August 16."},
		{"The invasion began in 2022.", "The invasion that began on February 24, 2022 changed Europe."},
	}
	for _, tt := range same {
		ka, kb := key(t, tt.a), key(t, tt.b)
		if ka != "" && strings.Contains(tt.b, "resume") {
			// a stage ("resume") is part of the event: only the participants must agree
			assert.Contains(t, kb, "istanbul|russia|ukraine")
			continue
		}
		assert.NotEmpty(t, ka, tt.a)
		assert.Equal(t, ka, kb, "%q vs %q", tt.a, tt.b)
	}
	different := []struct{ a, b string }{
		{"Witkoff will visit Moscow on Sunday.", "Witkoff will visit Kyiv on Sunday."},
		{"Witkoff will visit Moscow on Sunday.", "Witkoff last visited Moscow in April."},
		{"The second round of talks in Istanbul took place on June 2.", "The first round of talks in Istanbul took place on May 16."},
		{"Zelensky said on Friday that talks were advancing.", "Talks with Washington resumed on Friday."},
		{"The ceasefire took effect on Saturday.", "The ceasefire collapsed on Saturday."},
		{"Trump took office in January.", "Trump met Putin in January."},
		{"The invasion began in 2022.", "The talks broke down in 2022."},
	}
	for _, tt := range different {
		ka, kb := key(t, tt.a), key(t, tt.b)
		if ka == "" && kb == "" {
			continue
		}
		assert.NotEqual(t, ka, kb, "%q vs %q", tt.a, tt.b)
	}
}

// TestDateStatement: a date that only situates a statement is keyed by the statement and its day:
// two sources dating it alike corroborate, and other days are other statements, never a conflict.
func TestDateStatement(t *testing.T) {
	a := dateClaims(t, article(t, "a", "2025-11-17", "Zelensky said on Friday that talks with Washington were advancing."))
	b := dateClaims(t, article(t, "b", "2025-11-18", "On Friday, Zelensky said talks with Washington were advancing."))
	c := dateClaims(t, article(t, "c", "2025-11-17", "On Monday, Zelensky said talks with Washington were advancing."))
	require.Len(t, a, 1)
	require.Len(t, b, 1)
	require.Len(t, c, 1)
	assert.Equal(t, "date|statement|zelensky|talks|2025-11-14/", a[0].Key)
	assert.Equal(t, a[0].Key, b[0].Key)
	assert.NotEqual(t, a[0].Key, c[0].Key)
	assert.Equal(t, "Volodymyr Zelensky", a[0].Attribution)
	fs := compare.Compare(nil, append(append(a, b...), c...), compare.Options{})
	kinds := map[model.Kind]int{}
	for _, f := range fs {
		kinds[f.Kind]++
	}
	assert.Equal(t, map[model.Kind]int{model.KindCorroborated: 1, model.KindSingle: 1}, kinds)
}

// TestDateCompare runs the comparator over dates of two sources: resolved relative dates of one
// event disagree, a year contains its day, and a background event is never a rival of the news.
func TestDateCompare(t *testing.T) {
	tests := []struct {
		name             string
		pubA, a, pubB, b string
		conflict         bool
	}{
		{"same day, relative and absolute", "2026-03-09", "The walkout at Muuga began on Saturday.", "2026-03-11", "The walkout at Muuga began on March 7.", false},
		{"relative days resolved differently", "2026-03-09", "Lindqvist will visit Tallinn on Thursday.", "2026-03-10", "Lindqvist will visit Tallinn on Wednesday.", true},
		{"same weekday from different days", "2026-03-09", "Lindqvist will visit Tallinn on Thursday.", "2026-03-11", "Lindqvist will visit Tallinn on Thursday.", false},
		{"a year contains its day", "", "The invasion began in 2022.", "", "The invasion began on 24 February 2022.", false},
		{"a year apart", "", "The invasion began in 2021.", "", "The invasion began on 24 February 2022.", true},
		{"unresolved never conflicts", "", "Witkoff will visit Moscow on Sunday.", "2025-08-06", "Witkoff will visit Moscow on Wednesday.", false},
		{"background visit is another visit", "2025-08-06", "Witkoff visited Moscow in April.", "2025-08-06", "Witkoff visited Moscow on Wednesday.", false},
		{"late October contains a day", "2025-11-04", "The talks collapsed in late October.", "2025-11-05", "The talks collapsed on October 28.", false},
		{"late October is not November", "2025-11-04", "The Istanbul talks collapsed in late October.", "2025-11-05", "The Istanbul talks collapsed on November 2.", true},
		{"strikes recur: another day is another strike", "2025-08-06", "Russia attacked Kyiv on Monday.", "2025-08-08", "Russia attacked Kyiv on Thursday.", false},
		{"one strike dated alike corroborates", "2025-08-06", "Russia attacked Kyiv on Monday.", "2025-08-08", "Russia attacked Kyiv on August 4.", false},
		{"an older round is background", "2025-06-03", "Talks between Russia and Ukraine took place in Istanbul on May 10.", "2025-06-03", "Talks between Russia and Ukraine took place in Istanbul on Monday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			aa, ab := article(t, "a", tt.pubA, tt.a), article(t, "b", tt.pubB, tt.b)
			cs := append(dateClaims(t, aa), dateClaims(t, ab)...)
			require.Len(t, cs, 2)
			fs := compare.Compare([]model.Source{aa.Source, ab.Source}, cs, compare.Options{})
			conflict := false
			for _, f := range fs {
				conflict = conflict || f.Kind == model.KindConflict
			}
			assert.Equal(t, tt.conflict, conflict, "%s / %s: %v %v", signatures(cs)[0], signatures(cs)[1], cs[0].Key, cs[1].Key)
		})
	}
}

// TestDateMentions lists every date read, bounds ("before August 8") included, with spans.
func TestDateMentions(t *testing.T) {
	a := article(t, "m", "2025-07-15", "The deal must be signed before August 8, officials said on Monday.")
	ms := extract.DateMentions(extract.Prepare(a, extract.Options{}))
	require.Len(t, ms, 2)
	assert.Equal(t, "m", ms[0].Source)
	assert.Equal(t, "date", ms[0].Kind)
	assert.Equal(t, "before August 8", ms[0].Text)
	assert.Equal(t, "2025-08-08", ms[0].Normalized)
	assert.Equal(t, model.Span{Start: 24, End: 39}, ms[0].Span)
	assert.Equal(t, 1, ms[0].Pos.Line)
	assert.Equal(t, 25, ms[0].Pos.Column)
	assert.Equal(t, "on Monday", ms[1].Text)
	assert.Equal(t, "2025-07-14", ms[1].Normalized)
	for _, m := range ms {
		assert.Equal(t, m.Text, a.Text[m.Span.Start:m.Span.End])
	}
	un := extract.DateMentions(extract.Prepare(article(t, "u", "", "They met on Sunday."), extract.Options{}))
	require.Len(t, un, 1)
	assert.Equal(t, "unresolved", un[0].Normalized)
}

// TestDatesDeterministic extracts the same article twice and expects the same claims.
func TestDatesDeterministic(t *testing.T) {
	text := "Earlier this week, Trump shortened his deadline. Witkoff will visit Moscow on Sunday, " +
		"officials said on Friday. Putin and Trump met in Alaska on August 15.\n\nThe invasion began in 2022."
	a := dateClaims(t, article(t, "d", "2025-08-06", text))
	b := dateClaims(t, article(t, "d", "2025-08-06", text))
	require.NotEmpty(t, a)
	assert.Equal(t, a, b)
}

// FuzzDates: any text, with or without a publication date, yields date claims whose spans hold
// their values, without panicking.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Witkoff will visit Moscow on Sunday.", "by August 8", "Nov. 20, 2025", "the end of", "early on",
		"mid-", "2025-02-30", "on Monday, Jan.", "the first week of", "Friday's", "last", "8th of August",
		"In late October, the ministry said talks that broke down in 2022 could resume.", "31 February",
		"Aug. 8-", "the day before", "three days ago", "this past", "Talks, which , , resumed on",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, withPub bool) {
		a := &model.Article{Source: model.Source{ID: "f"}, Format: "text", Text: text}
		if withPub {
			p := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
			a.Published = &p
		}
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Type != model.TypeDate {
				continue
			}
			if c.ValueSpan.Start < 0 || c.ValueSpan.End > len(text) || c.ValueSpan.Start > c.ValueSpan.End {
				t.Fatalf("span %v out of %q", c.ValueSpan, text)
			}
			if text[c.ValueSpan.Start:c.ValueSpan.End] != c.Value {
				t.Fatalf("value %q is not its span in %q", c.Value, text)
			}
		}
		for _, m := range extract.DateMentions(extract.Prepare(a, extract.Options{})) {
			if text[m.Span.Start:m.Span.End] != m.Text {
				t.Fatalf("mention %q is not its span", m.Text)
			}
		}
	})
}
