package report_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/pipeline"
	"github.com/crosscheck/crosscheck/report"
)

// hostileSeedReport is the seed report plus an article whose title and evidence hold script,
// an <img onerror>, an iframe and a javascript: link.
func hostileSeedReport(t *testing.T) *model.Report {
	t.Helper()
	rep := pipeline.Compare([]string{"fixtures/seeds", "report/testdata/browser"}, pipeline.Options{Workers: 2})
	require.Empty(t, rep.Errors)
	return rep
}

// TestHTMLEscapes checks the page as text: article markup arrives escaped, the page carries no
// script and no external resource, and a Content-Security-Policy forbids both anyway.
func TestHTMLEscapes(t *testing.T) {
	atRoot(t)
	page := string(render(t, "html", hostileSeedReport(t), report.Options{}))
	assert.NotContains(t, page, "<script")
	assert.NotContains(t, page, "<img")
	assert.NotContains(t, page, "<iframe")
	assert.NotContains(t, page, "javascript:")
	assert.Contains(t, page, "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
	assert.Contains(t, page, `Content-Security-Policy" content="default-src 'none'`)
	for _, ext := range []string{"http://", "https://", "//fonts", "@import", "url("} {
		assert.NotContains(t, strings.ReplaceAll(page, "https://evil.example", ""), ext, "no external resource")
	}
	assert.Contains(t, page, "<mark>28</mark>", "the disputed value is highlighted in its evidence")
}

func TestHTMLDiffAndLists(t *testing.T) {
	pub := mustTime(t, "2025-08-08T09:30:00+02:00")
	rep := &model.Report{
		Sources: []model.Source{{ID: "a", Path: "a.txt", Outlet: "Daily <Example>", Published: &pub}, {ID: "b", Path: "b.txt"}},
		Findings: []model.Finding{
			{ID: "q", Kind: model.KindConflict, Type: model.TypeQuote, Severity: model.SeverityError, Subject: "quote · Rutte", Message: "altered",
				Diff:   []model.DiffOp{{Op: "=", Text: "we will"}, {Op: "-", Text: "never"}, {Op: "+", Text: "<b>always</b>"}},
				Claims: []model.Claim{{Source: "a", Value: "x", Text: "x"}, {Source: "b", Value: "y", Text: "y"}}},
			{ID: "c", Kind: model.KindCorroborated, Type: model.TypeQuantity, Severity: model.SeverityInfo, Subject: "agreed subject", Message: "agree",
				Claims: []model.Claim{{Source: "a", Value: "5", Text: "5 died"}, {Source: "b", Value: "5", Text: "five died"}}},
			{ID: "s", Kind: model.KindSingle, Type: model.TypeQuantity, Severity: model.SeverityInfo, Subject: "lonely subject", Message: "only a",
				Claims: []model.Claim{{Source: "a", Value: "7", Text: "7 hurt"}}},
		},
	}
	page := string(render(t, "html", rep, report.Options{}))
	assert.Contains(t, page, "<del>never</del>")
	assert.Contains(t, page, "<ins>&lt;b&gt;always&lt;/b&gt;</ins>")
	assert.Contains(t, page, "Corroborated (1)")
	assert.Contains(t, page, "agreed subject")
	assert.Contains(t, page, "Single-source (1)", "the page lists single-source findings without --all")
	assert.Contains(t, page, "lonely subject")
	assert.Contains(t, page, "Daily &lt;Example&gt;")
	assert.Contains(t, page, "2025-08-08 09:30 &#43;02:00")
}

// chromium finds a headless browser; outside CI its absence skips the test, in CI (CI=true) it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is required in CI for the HTML report test (apt-get install -y chromium)")
	}
	t.Skip("chromium not installed: skipping the browser test of the HTML report (apt-get install -y chromium)")
	return ""
}

// runChromium runs one headless chromium command with a fresh profile and no network services.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--window-size=1280,1600", "--virtual-time-budget=2000"}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "chromium %v: %s", args, stderr.String())
	return stdout.Bytes()
}

// TestHTMLInBrowser renders the seed report plus a hostile article in headless chromium: the page
// must paint (screenshot decodes and is not blank), show the conflict, and run no script from the
// articles (title unchanged, no injected element or attribute). Set CROSSCHECK_SCREENSHOT=FILE to
// keep the screenshot for a look.
func TestHTMLInBrowser(t *testing.T) {
	bin := chromium(t)
	atRoot(t)
	rep := hostileSeedReport(t)
	page := filepath.Join(t.TempDir(), "report.html")
	require.NoError(t, os.WriteFile(page, render(t, "html", rep, report.Options{}), 0o644))
	url := "file://" + page

	shot := filepath.Join(t.TempDir(), "report.png")
	runChromium(t, bin, "--hide-scrollbars", "--screenshot="+shot, url)
	f, err := os.Open(shot)
	require.NoError(t, err)
	img, err := png.Decode(f)
	f.Close()
	require.NoError(t, err, "the screenshot is a PNG")
	assert.Greater(t, img.Bounds().Dx(), 600)
	assert.Greater(t, inked(img), 0.02, "the screenshot is not blank")
	if keep := os.Getenv("CROSSCHECK_SCREENSHOT"); keep != "" {
		data, err := os.ReadFile(shot)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(keep, data, 0o644))
	}

	dom := runChromium(t, bin, "--dump-dom", url)
	doc, err := html.Parse(bytes.NewReader(dom))
	require.NoError(t, err)
	assert.Equal(t, "crosscheck report", textOf(find(doc, "title")), "no script changed the title")
	assert.Nil(t, find(doc, "script"), "no script element")
	assert.Nil(t, find(doc, "img"), "no injected image")
	assert.Nil(t, find(doc, "iframe"), "no injected frame")
	body := find(doc, "body")
	require.NotNil(t, body)
	for _, a := range body.Attr {
		assert.NotEqual(t, "data-pwned", a.Key, "an onerror handler ran")
	}
	text := textOf(body)
	assert.Contains(t, text, "Conflicts (")
	conflicts := find(doc, "section")
	require.NotNil(t, conflicts)
	assert.Contains(t, textOf(conflicts), "people killed · Ternopil", "the Ternopil toll is among the conflicts")
	for _, v := range []string{"26", "28", "31"} {
		assert.Contains(t, marks(doc), v, "value %s highlighted", v)
	}
	assert.Contains(t, text, "<script>document.title='pwned'</script>", "the markup shows as text")
}

// inked is the share of pixels that differ clearly from the top-left background pixel.
func inked(img image.Image) float64 {
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	n, total := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			total++
			if absDiff(r, br)+absDiff(g, bg)+absDiff(bl, bb) > 0x3000 {
				n++
			}
		}
	}
	return float64(n) / float64(total)
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func find(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// marks lists the text of every <mark>.
func marks(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "mark" {
			out = append(out, textOf(n))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// TestHTMLControlCharactersInPaths: a file name may hold control characters (an escape, a newline);
// the page shows them as spaces, never as raw bytes, wherever paths and source ids appear.
func TestHTMLControlCharactersInPaths(t *testing.T) {
	bad := "a\x1b[31mb\nc"
	rep := &model.Report{
		Sources: []model.Source{{ID: bad, Path: "dir/" + bad + ".txt"}},
		Findings: []model.Finding{{ID: "f1", Kind: model.KindSingle, Type: "quantity", Severity: model.SeverityInfo,
			Subject: "people killed", Claims: []model.Claim{{Source: bad, Value: "5", Text: "5 died."}}}},
		Errors: []model.InputError{{Path: "dir/" + bad + ".md", Err: "unreadable\x07"}},
	}
	page := string(render(t, "html", rep, report.Options{}))
	assert.NotContains(t, page, "\x1b")
	assert.NotContains(t, page, "\x07")
	assert.NotContains(t, page, "a\x1b[31mb\nc")
	assert.Contains(t, page, "dir/a [31mb c.txt")
	assert.Contains(t, page, "dir/a [31mb c.md")
}
