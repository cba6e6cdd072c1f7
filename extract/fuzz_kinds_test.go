package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// kindSeeds are the labeled corpus sentences and the fixture articles: the inputs the extractors
// were written for, which the fuzzer mutates.
func kindSeeds(f *testing.F, add func(string)) {
	for _, pat := range []string{"../fixtures/claims/*.jsonl", "../fixtures/cases/*/*.md", "../fixtures/cases/*/*.txt"} {
		files, err := filepath.Glob(pat)
		require.NoError(f, err)
		for _, p := range files {
			data, err := os.ReadFile(p)
			require.NoError(f, err)
			if strings.HasSuffix(p, ".jsonl") {
				// one labeled sentence a line: {"text": "…", …}; a few of each file suffice
				for i, line := range strings.Split(string(data), "\n") {
					var rec struct{ Text string }
					if i%5 == 0 && json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
						add(rec.Text)
					}
				}
				continue
			}
			add(string(data))
		}
	}
}

// fuzzArticle builds the article a fuzz input stands for: text or Markdown (soft-wrapped), with a
// publication day or none, as loading leaves it (valid UTF-8, no CR, no NUL).
func fuzzArticle(text string, pubDay int16, markdown bool) *model.Article {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "").Replace(text)
	a := &model.Article{Source: model.Source{ID: "fuzz"}, Format: "text", Text: text}
	if markdown {
		a.Format = "markdown"
	}
	if pubDay != 0 {
		t := time.Date(2025, 7, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(pubDay))
		a.Published = &t
	}
	return a
}

// runKind runs one extractor over a freshly prepared article.
func runKind(e Extractor, a *model.Article) []model.Claim {
	return e.Extract(Prepare(a, Options{}))
}

// checkKindClaims checks what every claim of one extractor must satisfy: its type, spans in
// bounds and on character boundaries with the value inside the evidence, and the same claims on a
// second run over a fresh copy of the article. It returns the claims.
func checkKindClaims(t *testing.T, e Extractor, a *model.Article, typ model.ClaimType) []model.Claim {
	first := runKind(e, a)
	b := *a
	second := runKind(e, &b)
	require.True(t, reflect.DeepEqual(first, second), "%s: claims differ between two runs", e.Name())
	on := func(i int) bool { return i == len(a.Text) || utf8.RuneStart(a.Text[i]) }
	for _, c := range first {
		require.Equal(t, typ, c.Type, "%s: claim type", e.Name())
		for _, sp := range []model.Span{c.Evidence, c.ValueSpan} {
			require.True(t, sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Text), "%s: span %v out of bounds (len %d)", e.Name(), sp, len(a.Text))
			require.True(t, on(sp.Start) && on(sp.End), "%s: span %v not on character boundaries", e.Name(), sp)
		}
		require.True(t, c.Evidence.Contains(c.ValueSpan), "%s: value %v outside evidence %v", e.Name(), c.ValueSpan, c.Evidence)
		require.True(t, utf8.ValidString(c.Value) && utf8.ValidString(c.Subject) && utf8.ValidString(c.Key), "%s: valid UTF-8", e.Name())
	}
	// the whole pipeline: ids, positions, and text == body[span]
	for _, c := range ExtractDoc(Prepare(a, Options{})) {
		require.Equal(t, a.Text[c.Evidence.Start:c.Evidence.End], c.Text, "claim text is body[span]")
		require.Equal(t, a.Position(c.Evidence.Start), c.Pos, "claim position")
	}
	return first
}

var isoDate = regexp.MustCompile(`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`)

// FuzzDateClaims runs the date extractor over arbitrary text with and without a publication day:
// spans valid, the same result twice, resolved dates in ISO form with the range's end not before
// its start, unresolved ones only where a relative date had nothing to resolve against.
func FuzzDateClaims(f *testing.F) {
	kindSeeds(f, func(s string) { f.Add(s, int16(0), false); f.Add(s, int16(3), true) })
	for _, s := range []string{
		"On Sunday, officials said the strike happened last week; talks will resume next Monday.",
		"The summit, held on 12 March 2025, ended before August 8. By late October, in mid-2024 or early next year.",
		"The deadline is Nov. 20. He visited on Aug. 8. She will visit on Friday. It was the third week of May.",
		"2025-13-45 31 February 2023 Feb. 29, 2023 0000-00-00 yesterday today tomorrow this week",
	} {
		f.Add(s, int16(0), false)
		f.Add(s, int16(-400), true)
	}
	f.Fuzz(func(t *testing.T, text string, pubDay int16, markdown bool) {
		a := fuzzArticle(text, pubDay, markdown)
		for _, c := range checkKindClaims(t, dates{}, a, model.TypeDate) {
			require.NotNil(t, c.Date, "a date claim carries its date")
			d := c.Date
			if !d.Resolved {
				require.Empty(t, d.Start, "an unresolved date has no start")
				continue
			}
			require.Regexp(t, isoDate, d.Start, "ISO start of %q", d.Expression)
			if d.End != "" {
				require.Regexp(t, isoDate, d.End, "ISO end of %q", d.Expression)
				require.LessOrEqual(t, d.Start[:4], d.End[:4], "range %s/%s of %q runs backwards", d.Start, d.End, d.Expression)
			}
		}
	})
}

// FuzzQuoteClaims runs the quote extractor over arbitrary text: spans valid, the same result twice, a
// speaker for every quotation, folded words that fold to themselves, the quoted words inside the
// evidence.
func FuzzQuoteClaims(f *testing.F) {
	kindSeeds(f, func(s string) { f.Add(s, false) })
	for _, s := range []string{
		"“We will rebuild the city,” Mayor John Smith said on Monday. “It will take years,” he added.",
		"Zelensky said: \"Russia must be stopped before it is too late for all of us.\"",
		"“The talks,” said Antonio Guterres, “must resume without delay and without conditions.”",
		"She said “unbalanced. He said \"nested “quotes” here\" and left.” ‘single quotes’ «guillemets»",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		a := fuzzArticle(text, 0, markdown)
		for _, c := range checkKindClaims(t, quotes{}, a, model.TypeQuote) {
			require.NotNil(t, c.Quote, "a quote claim carries its quote")
			q := c.Quote
			require.NotEmpty(t, q.Speaker, "a quotation has a speaker")
			require.Equal(t, q.Folded, FoldQuote(q.Folded), "folded words fold to themselves")
			require.Equal(t, q.Folded, FoldQuote(q.Words), "folded words are the quoted words folded")
		}
	})
}

// naiveLastMention is the plain scan mentionSet replaced: over subjects then speakers, the latest
// mention before at that ok accepts, the first one listed among equals.
func naiveLastMention(ms []mention, at int, ok func(string) bool) string {
	best, bestAt := "", -1
	for _, m := range ms {
		if m.at < at && m.at > bestAt && (ok == nil || ok(m.person)) {
			best, bestAt = m.person, m.at
		}
	}
	return best
}

// FuzzMentionSet checks the indexed look-up of the latest person mentioned before a quotation
// against the plain scan: each byte pair of ops adds a subject or a speaker at an offset or asks
// for the latest mention before an offset, with or without a filter on the name.
func FuzzMentionSet(f *testing.F) {
	f.Add([]byte{0, 5, 0, 5, 1, 3, 2, 9, 1, 9, 3, 4, 2, 6, 3, 200})
	f.Add([]byte{1, 0, 1, 0, 2, 1, 3, 1, 0, 7, 1, 2, 2, 8, 3, 8})
	f.Fuzz(func(t *testing.T, ops []byte) {
		names := []string{"Ann", "Bob", "Cem", "Dia"}
		var subjects []mention
		k := 0
		for ; k+1 < len(ops) && ops[k]%4 == 0; k += 2 {
			subjects = append(subjects, mention{at: int(ops[k+1] % 32), person: names[int(ops[k+1])%len(names)]})
		}
		all := append([]mention{}, subjects...)
		set := newMentionSet(subjects)
		for ; k+1 < len(ops); k += 2 {
			at := int(ops[k+1] % 32)
			switch ops[k] % 4 {
			case 0, 1:
				m := mention{at: at, person: names[int(ops[k+1]/32)%len(names)]}
				all = append(all, m)
				set.add(m)
			case 2:
				require.Equal(t, naiveLastMention(all, at, nil), set.last(at, nil), "latest before %d of %v", at, all)
			case 3:
				ok := func(p string) bool { return p != names[at%len(names)] }
				require.Equal(t, naiveLastMention(all, at, ok), set.last(at, ok), "latest before %d but %s of %v", at, names[at%len(names)], all)
			}
		}
	})
}
