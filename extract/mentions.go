package extract

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// MentionFunc lists what one reader read in a document, whether or not a claim was built from it.
type MentionFunc func(d *Doc) []model.Mention

// mentionReaders are the readers registered besides the numbers read here (dates register theirs).
var mentionReaders = map[string]MentionFunc{}

// RegisterMentions adds a reader of mentions under a name, for `claims --mentions`; it is meant
// for init functions (the date reader registers its expressions as kind "date"). A name
// registered twice keeps the last reader.
func RegisterMentions(name string, f MentionFunc) { mentionReaders[name] = f }

// ExtractMentions lists every number, amount, percentage, duration and date read in an article.
func ExtractMentions(a *model.Article, opt Options) []model.Mention {
	d := Prepare(a, opt)
	out := Mentions(d)
	d.release() // mentions hold strings of the article, never words
	return out
}

// Mentions lists every number, amount, percentage, duration and date read in a prepared
// document, in text order: amounts, percentages and durations as their extractors read them, the
// registered readers' mentions (dates), and every other number with how it was read ("2022
// (year)", "3 (ordinal)"). A number inside another mention ("8" in "August 8") is not repeated.
func Mentions(d *Doc) []model.Mention {
	var out []model.Mention
	add := func(kind string, sp model.Span, norm string) {
		out = append(out, model.Mention{Source: d.Article.ID, Kind: kind, Text: d.Article.Text[sp.Start:sp.End],
			Normalized: norm, Span: sp, Pos: d.Article.Position(sp.Start)})
	}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, q := range readMoney(s) {
			add("money", q.valueSpan(s), q.iv.String()+" "+q.currency)
		}
		for _, q := range readPercents(s) {
			add("percent", q.valueSpan(s), q.iv.String()+" "+q.unit)
		}
		for _, q := range readDurations(s) {
			add("duration", q.valueSpan(s), q.iv.String()+" "+q.unit)
		}
	}
	names := make([]string, 0, len(mentionReaders))
	for n := range mentionReaders {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, m := range mentionReaders[n](d) {
			if m.Span.Start < 0 || m.Span.End > len(d.Article.Text) || m.Span.Start > m.Span.End {
				continue
			}
			m.Source = d.Article.ID
			m.Text = d.Article.Text[m.Span.Start:m.Span.End]
			m.Pos = d.Article.Position(m.Span.Start)
			out = append(out, m)
		}
	}
	read := out
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for k := 0; k < len(s.Numbers); k++ {
			n := s.Numbers[k]
			sp := model.Span{Start: n.Start, End: n.End}
			if inside(read, sp) {
				continue
			}
			// a phone number or code read in pieces ("555-0123", "+1 (555) 123-4567") is one mention
			for n.ID && k+1 < len(s.Numbers) && s.Numbers[k+1].ID && codeGap(d.Article.Text[sp.End:s.Numbers[k+1].Start]) {
				k++
				sp.End = s.Numbers[k].End
			}
			add("number", sp, numberReading(n.Interval.String(), n.Ordinal, n.Year, n.ID, n.Age, n.Date, n.Fraction))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End > b.Span.End
		}
		return a.Kind < b.Kind
	})
	return out
}

// codeGap reports whether the text between two pieces of a code is a few code punctuation bytes.
func codeGap(g string) bool {
	return len(g) <= 3 && strings.Trim(g, "()+-. ") == ""
}

// inside reports whether sp lies within one of the mentions.
func inside(ms []model.Mention, sp model.Span) bool {
	for _, m := range ms {
		if m.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// numberReading renders how a number was read: its value, and why it is no count when it is not.
func numberReading(v string, ordinal, year, id, age, date, fraction bool) string {
	var why []string
	for _, r := range []struct {
		on   bool
		name string
	}{{ordinal, "ordinal"}, {year, "year"}, {id, "id, time or code"}, {age, "age"}, {date, "day of month"}, {fraction, "fraction"}} {
		if r.on {
			why = append(why, r.name)
		}
	}
	if id {
		return "(" + strings.Join(why, ", ") + ")"
	}
	if len(why) > 0 {
		return v + " (" + strings.Join(why, ", ") + ")"
	}
	return v
}
