package load

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sebdah/goldie/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// describe renders an article's metadata and text for golden files.
func describe(a *model.Article) string {
	var b strings.Builder
	pub := ""
	if a.Published != nil {
		pub = a.Published.Format(time.RFC3339)
	}
	fmt.Fprintf(&b, "id: %s\nformat: %s\ntitle: %s\noutlet: %s\nurl: %s\nauthor: %s\npublished: %s\n----\n",
		a.ID, a.Format, a.Title, a.Outlet, a.URL, a.Author, pub)
	b.WriteString(a.Text)
	return b.String()
}

// TestHTMLGolden reads every page of testdata/html and the saved page of fixtures/inputs, and
// compares the cleaned text and metadata with the golden files (go test ./load -update rewrites them).
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/html/*.html")
	require.NoError(t, err)
	pages = append(pages, "../fixtures/inputs/herald-bus-crash.html")
	require.GreaterOrEqual(t, len(pages), 5)
	g := goldie.New(t, goldie.WithFixtureDir("testdata/html"), goldie.WithNameSuffix(".golden"))
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			res := Load([]string{p}, Options{})
			require.Empty(t, res.Errors)
			require.Len(t, res.Articles, 1)
			a := res.Articles[0]
			assert.Equal(t, "html", a.Format)
			assert.True(t, utf8.ValidString(a.Text))
			assert.NotContains(t, a.Text, "\n\n\n", "one blank line between blocks")
			g.Assert(t, name, []byte(describe(a)))
		})
	}
}

// TestHTMLSavedPage checks what matters in the realistic saved page, beyond the golden file: the
// clutter is gone, the paragraphs stay, the metadata is the page's.
func TestHTMLSavedPage(t *testing.T) {
	res := Load([]string{"../fixtures/inputs/herald-bus-crash.html"}, Options{})
	require.Empty(t, res.Errors)
	require.Len(t, res.Articles, 1)
	a := res.Articles[0]
	for _, gone := range []string{"cookies", "Accept all", "Share on", "Most read", "All rights reserved",
		"Sign up", "DN1 roadworks", "gtag", "deaths", "Skip to content", "Opinion"} {
		assert.NotContains(t, a.Text, gone)
	}
	assert.Contains(t, a.Text, "killing 12 people and injuring 31")
	assert.Contains(t, a.Text, "\n\nDriver among the injured\n\n", "a heading is a block of its own")
	assert.Contains(t, a.Text, "\n\nthe bus was travelling fast on the descent;\n\npassengers heard", "list items on their own lines")
	assert.Equal(t, "Bus plunges into ravine near Brașov, killing 12", a.Title)
	assert.Equal(t, "The Carpathian Herald", a.Outlet)
	assert.Equal(t, "https://carpathianherald.example/news/2025/08/13/brasov-bus-crash", a.URL)
	assert.Equal(t, "Ioana Marin", a.Author)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2025-08-13T07:42:00+03:00", a.Published.Format(time.RFC3339))
	assert.Equal(t, "herald-bus-crash", a.ID)
}

func TestHTMLScriptStaysText(t *testing.T) {
	res := Load([]string{"testdata/html/xss.html"}, Options{})
	require.Empty(t, res.Errors)
	a := res.Articles[0]
	assert.Contains(t, a.Text, "displayed the text <script>alert(1)</script> in a comment field",
		"escaped markup in the article is its text")
	assert.Equal(t, 1, strings.Count(a.Text, "<script>"), "the page's real script is not text")
	for _, gone := range []string{"Injected", "onerror", "alert(2)", "enable JavaScript", "Template:", "Framed", "color: red"} {
		assert.NotContains(t, a.Text, gone)
	}
	assert.Equal(t, "How a <script>alert(1)</script> tag slipped into the council website", a.Title,
		"a title is plain text: writers escape it for their format")
}

func TestHTMLMetadata(t *testing.T) {
	page := func(head, body string) string {
		return "<html><head>" + head + "</head><body>" + body +
			"<article><p>" + strings.Repeat("The river rose overnight and the council closed the bridge. ", 12) + "</p></article></body></html>"
	}
	tests := []struct {
		name                       string
		html                       string
		base                       string
		title, outlet, url, author string
		published                  string
	}{
		{
			name: "json-ld top-level array, author list, publisher object",
			html: page(`<title>x</title><script type="application/ld+json">[{"@context":"https://schema.org","@type":"WebSite","name":"Site"},
				{"@context":"https://schema.org","@type":"NewsArticle","headline":"River closes bridge","datePublished":"2025-02-03T10:00:00Z",
				"author":[{"@type":"Person","name":"A. One"},{"@type":"Person","name":"B. Two"}],"publisher":{"@type":"Organization","name":"Valley Post"},
				"url":"https://valley.example/river"}]</script>`, ""),
			title: "River closes bridge", outlet: "Valley Post", url: "https://valley.example/river", author: "A. One, B. Two",
			published: "2025-02-03T10:00:00Z",
		},
		{
			name: "json-ld @graph with @id references",
			html: page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
				{"@type":"Organization","@id":"#org","name":"Graph Times"},
				{"@type":"Person","@id":"#p1","name":"C. Three"},
				{"@type":"BlogPosting","headline":"Graph story","datePublished":"2025-04-05","author":{"@id":"#p1"},"publisher":{"@id":"#org"}}]}</script>`, ""),
			title: "Graph story", outlet: "Graph Times", author: "C. Three", published: "2025-04-05T00:00:00Z",
		},
		{
			name: "open graph and article meta win over json-ld for the date",
			html: page(`<meta property="og:title" content="OG title | OG Site"><meta property="og:site_name" content="OG Site">
				<meta property="article:published_time" content="2025-06-07T08:09:10+02:00">
				<meta property="article:author" content="https://og.example/people/d-four"><meta name="author" content="D. Four">
				<link rel="canonical" href="/stories/og-title">
				<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","datePublished":"2024-01-01"}</script>`, ""),
			base:  "https://og.example/amp/stories/og-title?utm=1",
			title: "OG title", outlet: "OG Site", url: "https://og.example/stories/og-title", author: "D. Four",
			published: "2025-06-07T08:09:10+02:00",
		},
		{
			name: "time element marked as the publication",
			html: page(`<title>Time page</title>`, `<p>Updated <time datetime="2025-09-10T12:00:00Z">later</time></p>
				<p>Published <time itemprop="datePublished" datetime="2025-09-09T08:00:00Z">then</time></p>`),
			title: "Time page", published: "2025-09-09T08:00:00Z",
		},
		{
			name:  "several unmarked times outside the article date nothing",
			html:  page(`<title>Ambiguous</title>`, `<div><time datetime="2025-01-01">a</time><time datetime="2025-01-02">b</time></div>`),
			title: "Ambiguous",
		},
		{
			name:  "unreadable dates and broken json-ld are left out",
			html:  page(`<title>Broken</title><meta property="article:published_time" content="last Tuesday"><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>`, ""),
			title: "Broken",
		},
		{
			name:  "relative canonical without a page address is left out; a fetched page keeps its address",
			html:  page(`<title>Rel</title><link rel="canonical" href="/rel">`, ""),
			title: "Rel",
		},
		{
			name:  "fetched page without a canonical has its own address",
			html:  page(`<title>Own</title>`, ""),
			base:  "https://own.example/a/b",
			title: "Own", url: "https://own.example/a/b",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *url.URL
			if tt.base != "" {
				var err error
				base, err = url.Parse(tt.base)
				require.NoError(t, err)
			}
			arts, err := parseHTMLPage([]byte(tt.html), "", base)
			require.NoError(t, err)
			require.Len(t, arts, 1)
			a := arts[0]
			assert.Equal(t, tt.title, a.Title, "title")
			assert.Equal(t, tt.outlet, a.Outlet, "outlet")
			assert.Equal(t, tt.url, a.URL, "url")
			assert.Equal(t, tt.author, a.Author, "author")
			if tt.published == "" {
				assert.Nil(t, a.Published, "published")
			} else if assert.NotNil(t, a.Published, "published") {
				assert.Equal(t, tt.published, a.Published.Format(time.RFC3339))
			}
		})
	}
}

// TestHTMLDeepNesting: pathological nesting ends in an error that says why, never a crash or a hang.
func TestHTMLDeepNesting(t *testing.T) {
	const depth = 100000
	for _, tag := range []string{"div", "span", "b", "table"} {
		t.Run(tag, func(t *testing.T) {
			doc := "<html><body>" + strings.Repeat("<"+tag+">", depth) + "deep text" + strings.Repeat("</"+tag+">", depth) + "</body></html>"
			arts, err := parseHTML("deep.html", []byte(doc))
			if err != nil {
				assert.Contains(t, err.Error(), "nested too deeply")
				return
			}
			require.Len(t, arts, 1)
			assert.Contains(t, arts[0].Text, "deep text")
		})
	}
	t.Run("json body", func(t *testing.T) {
		body := strings.Repeat("<div>", depth) + "deep" + strings.Repeat("</div>", depth)
		data := fmt.Sprintf(`[{"title":"a","text":%q},{"title":"b","text":"A shallow article."}]`, body)
		arts, err := parseJSON("deep.json", []byte(data))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "record 1 (line 1): cannot parse HTML: elements are nested too deeply")
		require.Len(t, arts, 1, "the other record still loads")
		assert.Equal(t, "A shallow article.\n", arts[0].Text)
	})
	t.Run("wide", func(t *testing.T) {
		doc := "<html><body><article>" + strings.Repeat("<p>One more short paragraph of the story.</p>", 20000) + "</article></body></html>"
		arts, err := parseHTML("wide.html", []byte(doc))
		require.NoError(t, err)
		assert.Equal(t, 1, strings.Count(arts[0].Text, "One more short paragraph"), "a paragraph repeated whole is read once")
	})
}

func TestHTMLCharset(t *testing.T) {
	t.Run("meta charset windows-1251", func(t *testing.T) {
		res := Load([]string{"testdata/html/cyrillic-1251.html"}, Options{})
		require.Empty(t, res.Errors)
		a := res.Articles[0]
		assert.Equal(t, "Удар по Тернополю", a.Title)
		assert.Contains(t, a.Text, "загинули 26 людей")
		require.NotNil(t, a.Published)
		assert.Equal(t, "2025-11-19", a.Published.Format("2006-01-02"))
	})
	t.Run("utf-16 with byte-order mark", func(t *testing.T) {
		s := "<html><head><title>Wide</title></head><body><p>Zwölf Menschen wurden verletzt, sagte die Polizei.</p></body></html>"
		data := []byte{0xff, 0xfe}
		for _, r := range s {
			data = append(data, byte(r), byte(r>>8))
		}
		arts, err := parseHTML("wide.html", data)
		require.NoError(t, err)
		assert.Equal(t, "Zwölf Menschen wurden verletzt, sagte die Polizei.\n", arts[0].Text)
	})
	t.Run("content type names the charset", func(t *testing.T) {
		data := []byte("<html><body><p>Caf\xe9 owners said prices rose.</p></body></html>")
		arts, err := parseHTMLPage(data, "text/html; charset=iso-8859-1", nil)
		require.NoError(t, err)
		assert.Equal(t, "Café owners said prices rose.\n", arts[0].Text)
	})
	t.Run("binary data is refused", func(t *testing.T) {
		_, err := parseHTML("x.html", []byte("%PDF-1.7 ..."))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "PDF")
	})
}

func TestHTMLEmpty(t *testing.T) {
	for _, doc := range []string{"", "<html></html>", "<html><body><nav>Home News</nav><script>x()</script></body></html>"} {
		_, err := parseHTML("e.html", []byte(doc))
		assert.ErrorIs(t, err, errEmpty, "%q", doc)
	}
}

func TestHasClutterWord(t *testing.T) {
	tests := []struct {
		v    string
		want bool
	}{
		{"share-bar", true}, {"article__share", true}, {"cookieBanner", true}, {"CookieBanner", true},
		{"gdpr-consent", true}, {"ad-slot", true}, {"shareholders", false}, {"head", false},
		{"story__body", false}, {"article-content", false}, {"", false}, {"related_stories", true},
		{"sidebar", true}, {"loaded", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasClutterWord(tt.v), tt.v)
	}
}

// TestHTMLWrapperWithClutterClass: a wrapper that holds the article is never removed for its class.
func TestHTMLWrapperWithClutterClass(t *testing.T) {
	para := strings.Repeat("Firefighters said the blaze at the depot was under control by noon. ", 8)
	doc := `<html><body><div class="article has-share-tools"><p>` + para + `</p><p>` + para + `</p></div></body></html>`
	arts, err := parseHTML("w.html", []byte(doc))
	require.NoError(t, err)
	assert.Contains(t, arts[0].Text, "Firefighters said")
}

func TestHTMLFileErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "deep.html")
	require.NoError(t, os.WriteFile(p, []byte(strings.Repeat("<div>", 1000)), 0o644))
	res := Load([]string{p}, Options{})
	require.Len(t, res.Errors, 1)
	assert.Equal(t, p, res.Errors[0].Path)
	assert.Equal(t, "cannot parse HTML: elements are nested too deeply (more than 512 levels)", res.Errors[0].Err)
}

// TestSavedPageAssets: a browser's "Story_files" folder beside "Story.html" is not walked.
func TestSavedPageAssets(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "Story.html", "<html><body><p>The story of the day, with enough words to be an article.</p></body></html>")
	write(t, dir, "Story_files/ad-frame.html", "<html><body><p>Buy now: 50 percent off.</p></body></html>")
	write(t, dir, "Other_files/note.txt", "A folder named like assets, with no page beside it.\n")
	res := Load([]string{dir}, Options{})
	require.Empty(t, res.Errors)
	assert.Equal(t, []string{"note", "Story"}, articleIDs(res.Articles), "sorted by path")
}
