package report_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/report"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return tm
}

// gfm renders Markdown as GitHub does: tables, strikethrough, bare-URL links, and raw HTML
// passed through (so that an escaping mistake shows up as a tag in the output).
func gfm(t *testing.T, md string) string {
	t.Helper()
	var out bytes.Buffer
	p := goldmark.New(goldmark.WithExtensions(extension.GFM))
	p.Renderer().AddOptions(gmhtml.WithUnsafe())
	require.NoError(t, p.Convert([]byte(md), &out))
	return out.String()
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in string
		// inHTML must appear in the rendered HTML: the text survives, as text
		inHTML string
	}{
		{"plain", "Officials said 26 people died.", "Officials said 26 people died."},
		{"link", "see [the map](https://evil.example/x)", "see [the map](https:"},
		{"image", "![pixel](https://evil.example/p.png)", "![pixel](https:"},
		{"html", `<img src=x onerror="alert(1)"><script>alert(2)</script>`, "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"},
		{"autolink", "<https://evil.example>", "&lt;https:"},
		{"bare url", "visit https://evil.example/now", "visit https:"},
		{"www", "visit www.evil.example today", "visit www."},
		{"mention", "ping @newsdesk and mail a@b.example", "ping @"},
		{"issue", "see #42", "see #"},
		{"emphasis", "*bold* _em_ **strong** ~~gone~~ `code`", "*bold* _em_ **strong** ~~gone~~ `code`"},
		{"table break", "a | b || c", "a | b || c"},
		{"entity", "AT&amp;T &lt;b&gt; &#60;", "AT&amp;amp;T &amp;lt;b&amp;gt; &amp;#60;"},
		{"newlines", "line one\n# heading\r\n- item\u2028> quote", "line one # heading - item &gt; quote"},
		{"backslash", `C:\path\*`, `C:\path\*`},
		{"escape sequence", "red \x1b[31mtext", "red [31mtext"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := report.MarkdownText(tt.in)
			assert.NotContains(t, md, "\n")
			// inside a table cell, as the report uses it
			html := gfm(t, "| a | b |\n| --- | --- |\n| x | "+md+" |\n")
			visible := strings.ReplaceAll(html, "\u200b", "")
			assert.Contains(t, visible, tt.inHTML)
			assertInert(t, html)
			assert.Equal(t, 1, strings.Count(html, "<tr>\n<td>"), "the row stays one row: %s", html)
			assert.Equal(t, 2, strings.Count(html, "<td>"), "the row keeps two cells: %s", html)
			// and as running text
			assertInert(t, gfm(t, "Text: "+md+"\n"))
		})
	}
}

// assertInert fails when rendered Markdown holds anything but text, paragraphs and tables.
func assertInert(t *testing.T, html string) {
	t.Helper()
	for _, tag := range []string{"<a", "<img", "<script", "<em", "<strong", "<del", "<code", "<h1", "<ul", "<blockquote", "<input"} {
		assert.NotContains(t, html, tag, "article text turned into markup: %s", html)
	}
}

// TestMarkdownHostileReport renders the whole report over articles full of markup: the only links,
// emphasis and code in the rendered page are the report's own.
func TestMarkdownHostileReport(t *testing.T) {
	atRoot(t)
	rep := build(t, "hostile")
	md := string(render(t, "markdown", rep, report.Options{All: true}))
	html := gfm(t, md)
	assert.NotContains(t, html, "<a ", "no link")
	assert.NotContains(t, html, "<img", "no image")
	assert.NotContains(t, html, "<script", "no script")
	assert.NotContains(t, html, "<em>", "no emphasis from article text")
	assert.NotContains(t, html, "<del>", "no strike-through from article text")
	assert.Contains(t, html, "&lt;script&gt;document.title='pwned'&lt;/script&gt;")
	// each claim stays one table row of five cells
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			assert.Contains(t, html, "<td><code>"+c.Source+"</code></td>\n<td><strong>"+c.Value+"</strong>")
		}
	}
}

// TestMarkdownNoNotifications: GitHub turns "@name" into a mention and "#12" into an issue link
// after rendering; a zero-width space after the sign keeps both plain text.
func TestMarkdownNoNotifications(t *testing.T) {
	md := report.MarkdownText("ping @newsdesk about #12, mail desk@news.example")
	assert.Equal(t, "ping @\u200bnewsdesk about \\#\u200b12, mail desk@\u200bnews.example", md)
}

func TestMarkdownDiff(t *testing.T) {
	rep := &model.Report{Findings: []model.Finding{{
		ID: "q1", Kind: model.KindConflict, Type: model.TypeQuote, Severity: model.SeverityError, Subject: "quote · Rutte",
		Message: "the quote differs",
		Diff:    []model.DiffOp{{Op: "=", Text: "we will"}, {Op: "-", Text: "never"}, {Op: "+", Text: "always"}, {Op: "=", Text: "*stand*"}},
		Claims:  []model.Claim{{Source: "a", Value: "we will never stand"}, {Source: "b", Value: "we will always stand"}},
	}}}
	md := string(render(t, "markdown", rep, report.Options{}))
	assert.Contains(t, md, "Quote as altered: we will ~~never~~ **always** \\*stand\\*")
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"50% of 10", "50%25 of 10", "50%25 of 10"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"k: v, w", "k: v, w", "k%3A v%2C w"},
		{"%0A", "%250A", "%250A"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.data, report.GitHubData(tt.in), "data %q", tt.in)
		assert.Equal(t, tt.prop, report.GitHubProperty(tt.in), "property %q", tt.in)
	}
}

// TestGitHubHostile: article text cannot start a workflow command of its own: every command is on
// its own line, starts with ::error/::warning/::notice, and a path with "," or ":" stays one property.
func TestGitHubHostile(t *testing.T) {
	rep := &model.Report{
		Sources: []model.Source{{ID: "a", Path: "in/a,b:c.txt"}, {ID: "b", Path: "in/b.txt"}},
		Findings: []model.Finding{{ID: "f", Kind: model.KindConflict, Type: model.TypeQuantity, Severity: model.SeverityError,
			Subject: "killed\n::set-output name=x::y", Message: "disagree 100%",
			Claims: []model.Claim{
				{Source: "a", Value: "12", Text: "A storm killed 12\n::warning::injected", Pos: model.Position{Line: 3, Column: 1}},
				{Source: "b", Value: "15", Attribution: "police, %0A", Text: "It killed 15.", Pos: model.Position{Line: 2, Column: 5}},
			}}},
		Errors: []model.InputError{{Path: "bad,1.txt", Err: "not UTF-8\n::error::x"}},
	}
	out := string(render(t, "github", rep, report.Options{}))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4, out)
	assert.True(t, strings.HasPrefix(lines[0], "::error file=in/a%2Cb%3Ac.txt,line=3,col=1,endLine=4,title=crosscheck conflict%3A killed %3A%3Aset-output name=x%3A%3Ay::"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "::error file=in/b.txt,line=2,col=5,endLine=2,endColumn=18,title="), lines[1])
	assert.Contains(t, lines[1], "(according to police, %250A)")
	assert.Contains(t, lines[1], "disagree 100%25")
	assert.Equal(t, "::error file=bad%2C1.txt,title=crosscheck%3A input not read::not UTF-8 ::error::x", lines[2])
	assert.True(t, strings.HasPrefix(lines[3], "crosscheck: "), lines[3])
}

func TestGitHubLevels(t *testing.T) {
	mk := func(k model.Kind, s model.Severity) model.Finding {
		return model.Finding{Kind: k, Severity: s, Claims: []model.Claim{{Source: "a", Value: "1", Text: "x", Pos: model.Position{Line: 1, Column: 1}}}}
	}
	rep := &model.Report{Sources: []model.Source{{ID: "a", Path: "a.txt"}}, Findings: []model.Finding{
		mk(model.KindConflict, model.SeverityError), mk(model.KindConflict, model.SeverityWarning),
		mk(model.KindUnsupported, model.SeverityInfo), mk(model.KindCorroborated, model.SeverityInfo), mk(model.KindSingle, model.SeverityInfo),
	}}
	out := render(t, "github", rep, report.Options{All: true})
	var levels []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "::") {
			levels = append(levels, l[2:strings.IndexByte(l, ' ')])
		}
	}
	assert.Equal(t, []string{"error", "warning", "notice"}, levels, "corroborated and single-source findings are not annotated")
}
