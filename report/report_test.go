package report_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sebdah/goldie/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// Golden files live in testdata/<set>.<format>[.<variant>].golden. After a deliberate change of
// the output, or when extractors add claims to the seed report, rewrite them with
//
//	go test ./report -update
//
// and review the diff.

// fixtureSets are the inputs reported on, as paths from the repository root (the tests run there
// so that the paths in the reports read as a user would see them).
var fixtureSets = map[string][]string{
	"seeds":   {"fixtures/seeds"},
	"hostile": {"report/testdata/hostile"},
}

var setNames = []string{"hostile", "seeds"}

// atRoot moves the test to the repository root and returns the absolute testdata directory.
func atRoot(t *testing.T) string {
	t.Helper()
	td, err := filepath.Abs("testdata")
	require.NoError(t, err)
	t.Chdir("..")
	return td
}

// build runs the whole pipeline over a fixture set.
func build(t *testing.T, set string) *model.Report {
	t.Helper()
	paths, ok := fixtureSets[set]
	require.True(t, ok, "unknown fixture set %q", set)
	rep := pipeline.Compare(paths, pipeline.Options{Workers: 2})
	require.Empty(t, rep.Errors, "fixture set %s must load cleanly", set)
	require.NotEmpty(t, rep.Sources)
	return rep
}

func render(t *testing.T, format string, rep *model.Report, opt report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, report.Write(format, &buf, rep, opt))
	return buf.Bytes()
}

func TestFormatsRegistered(t *testing.T) {
	assert.Equal(t, []string{"claimreview", "github", "html", "json", "markdown", "sarif", "table"}, report.Formats())
}

func TestGolden(t *testing.T) {
	td := atRoot(t)
	g := goldie.New(t, goldie.WithFixtureDir(td), goldie.WithNameSuffix(".golden"))
	for _, set := range setNames {
		rep := build(t, set)
		for _, format := range report.Formats() {
			t.Run(set+"/"+format, func(t *testing.T) {
				g.Assert(t, set+"."+format, render(t, format, rep, report.Options{}))
			})
		}
		for _, format := range []string{"markdown", "table"} {
			t.Run(set+"/"+format+"/all", func(t *testing.T) {
				g.Assert(t, set+"."+format+".all", render(t, format, rep, report.Options{All: true}))
			})
		}
	}
}

// TestStable runs the pipeline and every writer twice: the bytes must not change (no map order,
// no clock, no worker scheduling leaking into the output).
func TestStable(t *testing.T) {
	atRoot(t)
	for _, set := range setNames {
		a, b := build(t, set), build(t, set)
		for _, format := range report.Formats() {
			for _, all := range []bool{false, true} {
				opt := report.Options{All: all}
				assert.Equal(t, string(render(t, format, a, opt)), string(render(t, format, b, opt)), "%s %s all=%v", set, format, all)
			}
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	err := report.Write("pdf", &bytes.Buffer{}, &model.Report{}, report.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown format "pdf"`)
	assert.Contains(t, err.Error(), "markdown")
}

// TestEmptyReport: every format copes with a report holding nothing, and JSON-like formats keep
// their lists as [] rather than null.
func TestEmptyReport(t *testing.T) {
	rep := &model.Report{}
	for _, format := range report.Formats() {
		out := string(render(t, format, rep, report.Options{}))
		assert.NotContains(t, out, "null", format)
		assert.NotEmpty(t, out, format)
	}
	assert.Equal(t, "[]\n", string(render(t, "claimreview", rep, report.Options{})))
}

func TestTableColour(t *testing.T) {
	atRoot(t)
	rep := build(t, "seeds")
	plain := string(render(t, "table", rep, report.Options{}))
	assert.NotContains(t, plain, "\x1b[", "no colour unless asked (not a terminal, or NO_COLOR)")
	coloured := string(render(t, "table", rep, report.Options{Color: true}))
	assert.Contains(t, coloured, "\x1b[31mconflict\x1b[0m")
	assert.Contains(t, coloured, "\x1b[31merror\x1b[0m", "each line of a cell is coloured on its own")
	start := regexp.MustCompile(`\x1b\[3\dm`)
	for _, line := range strings.Split(coloured, "\n") {
		assert.Equal(t, len(start.FindAllString(line, -1)), strings.Count(line, "\x1b[0m"), "colour reset on the same line: %q", line)
	}
}

func TestValueParts(t *testing.T) {
	text := "Officials said 31 people died."
	base := model.Claim{Text: text, Evidence: model.Span{Start: 100, End: 100 + len(text)}}
	tests := []struct {
		name               string
		value              model.Span
		before, val, after string
		ok                 bool
	}{
		{"inside", model.Span{Start: 115, End: 117}, "Officials said ", "31", " people died.", true},
		{"at start", model.Span{Start: 100, End: 109}, "", "Officials", " said 31 people died.", true},
		{"at end", model.Span{Start: 129, End: 130}, "Officials said 31 people died", ".", "", true},
		{"outside", model.Span{Start: 90, End: 95}, text, "", "", false},
		{"empty", model.Span{Start: 115, End: 115}, text, "", "", false},
		{"overlapping end", model.Span{Start: 128, End: 140}, text, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			c.ValueSpan = tt.value
			b, v, a, ok := report.ValueParts(c)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.before, b)
			assert.Equal(t, tt.val, v)
			assert.Equal(t, tt.after, a)
		})
	}
	// a span cutting a multi-byte character is refused rather than splitting it
	c := model.Claim{Text: "Київ: 5", Evidence: model.Span{Start: 0, End: len("Київ: 5")}, ValueSpan: model.Span{Start: 1, End: 3}}
	_, _, _, ok := report.ValueParts(c)
	assert.False(t, ok)
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 60) + "killed 31 people " + strings.Repeat("more ", 60)
	i := strings.Index(long, "31")
	c := model.Claim{Text: long, Evidence: model.Span{Start: 0, End: len(long)}, ValueSpan: model.Span{Start: i, End: i + 2}}
	b, v, a := report.Excerpt(c, 80)
	assert.Equal(t, "31", v)
	assert.True(t, strings.HasPrefix(b, "…"), b)
	assert.True(t, strings.HasSuffix(b, "killed "), b)
	assert.True(t, strings.HasPrefix(a, " people"), a)
	assert.True(t, strings.HasSuffix(a, "…"), a)
	assert.LessOrEqual(t, len(b)+len(v)+len(a), 80+2*len("…"))

	short := model.Claim{Text: "He said\n31 died.", Evidence: model.Span{Start: 0, End: 16}, ValueSpan: model.Span{Start: 8, End: 10}}
	b, v, a = report.Excerpt(short, 80)
	assert.Equal(t, []string{"He said ", "31", " died."}, []string{b, v, a})
}

func TestCharRange(t *testing.T) {
	tests := []struct {
		name                   string
		c                      model.Claim
		line, col, eLine, eCol int
	}{
		{"one line, characters known", model.Claim{Text: "Київ: 5", Pos: model.Position{Line: 4, Column: 9, Char: 5}}, 4, 5, 4, 12},
		{"bytes only", model.Claim{Text: "abc", Pos: model.Position{Line: 2, Column: 3}}, 2, 3, 2, 6},
		{"two lines", model.Claim{Text: "ab\ncdé", Pos: model.Position{Line: 4, Column: 7, Char: 7}}, 4, 7, 5, 4},
		{"ends with a newline", model.Claim{Text: "ab\n", Pos: model.Position{Line: 1, Column: 1, Char: 1}}, 1, 1, 2, 1},
		{"unknown position", model.Claim{Text: "x"}, 1, 1, 1, 2},
	}
	for _, tt := range tests {
		l, c, el, ec := report.CharRange(tt.c)
		assert.Equal(t, []int{tt.line, tt.col, tt.eLine, tt.eCol}, []int{l, c, el, ec}, tt.name)
	}
}

func TestClaimReview(t *testing.T) {
	atRoot(t)
	rep := build(t, "seeds")
	var reviews []map[string]any
	require.NoError(t, json.Unmarshal(render(t, "claimreview", rep, report.Options{}), &reviews))
	conflicts := report.ByKind(rep.Findings, model.KindConflict)
	require.Len(t, reviews, len(conflicts), "one ClaimReview per conflict")
	for i, rv := range reviews {
		f := conflicts[i]
		assert.Equal(t, "https://schema.org", rv["@context"])
		assert.Equal(t, "ClaimReview", rv["@type"])
		assert.Contains(t, rv["claimReviewed"], f.Subject)
		item := rv["itemReviewed"].(map[string]any)
		assert.Equal(t, "Claim", item["@type"])
		apps := item["appearance"].([]any)
		assert.Len(t, apps, len(distinctSources(f)))
		for _, a := range apps {
			app := a.(map[string]any)
			assert.Equal(t, "CreativeWork", app["@type"])
			assert.NotEmpty(t, app["url"])
		}
		rating := rv["reviewRating"].(map[string]any)
		assert.Equal(t, report.ClaimReviewPlaceholder, rating["alternateName"], "the verdict is left to the fact-checker")
		assert.Equal(t, report.ClaimReviewPlaceholder, rv["author"].(map[string]any)["name"])
	}
}

func TestClaimReviewAppearanceMetadata(t *testing.T) {
	pub := mustTime(t, "2025-08-08T09:30:00+02:00")
	rep := &model.Report{
		Sources: []model.Source{
			{ID: "a", Path: "in/a.md", URL: "https://news.example/a", Outlet: "Daily Example", Title: "Storm", Author: "J. Doe", Published: &pub},
			{ID: "b", Path: "in/b c.txt"},
		},
		Findings: []model.Finding{{ID: "f1", Kind: model.KindConflict, Type: model.TypeQuantity, Severity: model.SeverityError,
			Subject: "people killed · X", Message: "sources disagree: 3 (a) vs 4 (b)",
			Claims: []model.Claim{{Source: "a", Value: "3"}, {Source: "b", Value: "4"}}}},
	}
	var reviews []map[string]any
	require.NoError(t, json.Unmarshal(render(t, "claimreview", rep, report.Options{}), &reviews))
	apps := reviews[0]["itemReviewed"].(map[string]any)["appearance"].([]any)
	a, b := apps[0].(map[string]any), apps[1].(map[string]any)
	assert.Equal(t, "https://news.example/a", a["url"])
	assert.Equal(t, "2025-08-08T09:30:00+02:00", a["datePublished"])
	assert.Equal(t, "Daily Example", a["publisher"].(map[string]any)["name"])
	assert.Equal(t, "in/b%20c.txt", b["url"], "a path stands in for the address, as a URI reference")
	assert.NotContains(t, b, "datePublished", "unknown dates are left out")
	assert.Equal(t, "people killed · X: 3 (a) vs 4 (b)", reviews[0]["claimReviewed"])
}

func distinctSources(f model.Finding) map[string]bool {
	m := map[string]bool{}
	for _, c := range f.Claims {
		m[c.Source] = true
	}
	return m
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// TestJSONValueSpanPosition: the value's line and column are derived from the evidence's, so that
// value_span never claims line 0 for a value that has a place.
func TestJSONValueSpanPosition(t *testing.T) {
	text := "Officials said\n31 people died."
	c := model.Claim{Text: text, Evidence: model.Span{Start: 100, End: 100 + len(text)}, Pos: model.Position{Line: 3, Column: 7},
		ValueSpan: model.Span{Start: 115, End: 117}}
	jc := report.Claim(c, false)
	assert.Equal(t, report.JSONSpan{Start: 115, End: 117, Line: 4, Column: 1}, jc.ValueSpan)
	c.ValueSpan = model.Span{Start: 110, End: 114}
	assert.Equal(t, report.JSONSpan{Start: 110, End: 114, Line: 3, Column: 17}, report.Claim(c, false).ValueSpan)
	c.ValueSpan = model.Span{Start: 5, End: 6}
	assert.Equal(t, report.JSONSpan{Start: 5, End: 6}, report.Claim(c, false).ValueSpan, "outside the evidence: no position")
}

// TestGitHubLargeFinding: an annotation names ten other claims and counts the rest, so that a
// finding of thousands of claims writes thousands of lines, not millions of names; paths come
// from the sources.
func TestGitHubLargeFinding(t *testing.T) {
	rep := &model.Report{Sources: []model.Source{{ID: "s0", Path: "in/s0.txt"}}}
	f := model.Finding{ID: "x", Kind: model.KindConflict, Severity: model.SeverityError, Subject: "people killed"}
	for i := 0; i < 15; i++ {
		f.Claims = append(f.Claims, model.Claim{Source: fmt.Sprintf("s%d", i), Value: fmt.Sprint(i), Pos: model.Position{Line: 1, Column: 1}})
	}
	rep.Findings = []model.Finding{f}
	var b strings.Builder
	require.NoError(t, report.Write("github", &b, rep, report.Options{}))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 16, "one annotation per claim and the summary")
	require.Contains(t, lines[0], "file=in/s0.txt")
	require.Contains(t, lines[0], "1 at s1:1, 2 at s2:1")
	require.Contains(t, lines[0], "10 at s10:1, and 4 more")
	require.NotContains(t, lines[0], "11 at s11")
	require.Contains(t, lines[1], "0 at in/s0.txt:1")
}
