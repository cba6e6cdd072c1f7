package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sebdah/goldie/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestJSONGolden loads every file of testdata/json and compares articles and errors with the golden
// files (go test ./load -update rewrites them).
func TestJSONGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/json/*.json")
	require.NoError(t, err)
	lines, err := filepath.Glob("testdata/json/*.jsonl")
	require.NoError(t, err)
	files = append(files, lines...)
	require.NotEmpty(t, files)
	g := goldie.New(t, goldie.WithFixtureDir("testdata/json"), goldie.WithNameSuffix(".golden"))
	for _, p := range files {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			res := Load([]string{p}, Options{})
			var b strings.Builder
			for _, a := range res.Articles {
				assert.Equal(t, "json", a.Format)
				b.WriteString(describe(a))
				b.WriteString("\n========\n")
			}
			for _, e := range res.Errors {
				assert.Equal(t, p, e.Path)
				b.WriteString("error: " + e.Err + "\n")
			}
			g.Assert(t, name, []byte(b.String()))
		})
	}
}

func TestJSONShapes(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		ids    []string
		titles []string
		texts  []string
	}{
		{
			name:   "one object",
			data:   `{"title": "A", "text": "Alpha text."}`,
			ids:    []string{""},
			titles: []string{"A"},
			texts:  []string{"Alpha text.\n"},
		},
		{
			name:   "array numbers the articles",
			data:   `[{"title": "A", "body": "Alpha."}, {"title": "B", "content": "Beta."}]`,
			ids:    []string{"in-1", "in-2"},
			titles: []string{"A", "B"},
			texts:  []string{"Alpha.\n", "Beta.\n"},
		},
		{
			name:   "articles container, ids and slugs",
			data:   `{"articles": [{"id": 7, "articleBody": "Seven."}, {"slug": "the-eighth", "id": 8, "text": "Eight."}, {"text": "Nine."}]}`,
			ids:    []string{"7", "the-eighth", "in-3"},
			titles: []string{"", "", ""},
			texts:  []string{"Seven.\n", "Eight.\n", "Nine.\n"},
		},
		{
			name:   "items container, keys in any case",
			data:   `{"Items": [{"Title": "T", "Body": "Case-insensitive keys."}]}`,
			ids:    []string{""},
			titles: []string{"T"},
			texts:  []string{"Case-insensitive keys.\n"},
		},
		{
			name:   "paragraph list",
			data:   `{"text": ["First paragraph.", "Second paragraph."]}`,
			ids:    []string{""},
			titles: []string{""},
			texts:  []string{"First paragraph.\n\nSecond paragraph.\n"},
		},
		{
			name:   "html body is reduced to text, never markup",
			data:   `{"text": "<p>One &amp; two.</p><script>alert(1)</script><p>It said &lt;script&gt;alert(1)&lt;/script&gt; on screen.</p>"}`,
			ids:    []string{""},
			titles: []string{""},
			texts:  []string{"One & two.\n\nIt said <script>alert(1)</script> on screen.\n"},
		},
		{
			name:   "plain text: every line is a paragraph, boilerplate goes",
			data:   `{"text": "First line.\r\nSecond line.\n\n\nAdvertisement\nThird line."}`,
			ids:    []string{""},
			titles: []string{""},
			texts:  []string{"First line.\n\nSecond line.\n\nThird line.\n"},
		},
		{
			name:   "several objects in a .json file are JSON Lines",
			data:   "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n",
			ids:    []string{"in-1", "in-2"},
			titles: []string{"", ""},
			texts:  []string{"One.\n", "Two.\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := parseJSON("dir/in.json", []byte(tt.data))
			require.NoError(t, err)
			require.Len(t, arts, len(tt.ids))
			for i, a := range arts {
				assert.Equal(t, tt.ids[i], a.ID, "id %d", i)
				assert.Equal(t, tt.titles[i], a.Title, "title %d", i)
				assert.Equal(t, tt.texts[i], a.Text, "text %d", i)
				assert.Equal(t, "json", a.Format)
			}
		})
	}
}

func TestJSONFields(t *testing.T) {
	arts, err := parseJSON("x.json", []byte(`{
		"headline": "<b>Bold</b> title", "content": {"rendered": "<p>Body.</p>"},
		"link": "https://x.example/a", "pubDate": "Wed, 12 Feb 2025 09:00:00 +0000",
		"publisher": {"name": "Pub"}, "byline": ["A", {"name": "B"}]}`))
	require.NoError(t, err)
	a := arts[0]
	assert.Equal(t, "Bold title", a.Title)
	assert.Equal(t, "Body.\n", a.Text)
	assert.Equal(t, "https://x.example/a", a.URL)
	assert.Equal(t, "Pub", a.Outlet)
	assert.Equal(t, "A, B", a.Author)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2025-02-12T09:00:00Z", a.Published.UTC().Format(time.RFC3339))

	arts, err = parseJSON("x.json", []byte(`{"source": "Container Outlet", "articles": [{"text": "a"}, {"text": "b", "outlet": "Own"}]}`))
	require.NoError(t, err)
	assert.Equal(t, "Container Outlet", arts[0].Outlet, "the container's outlet applies to articles without one")
	assert.Equal(t, "Own", arts[1].Outlet)

	arts, err = parseJSON("x.json", []byte(`{"text": "a", "published": 1754000000}`))
	require.NoError(t, err)
	assert.Equal(t, "2025-07-31T22:13:20Z", arts[0].Published.Format(time.RFC3339), "Unix seconds")
}

func TestJSONErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
		loaded           int
	}{
		{"missing comma", "{\n  \"title\": \"A\"\n  \"text\": \"B\"\n}", "line 3, column 3: invalid character '\"' after object key:value pair", 0},
		{"unclosed array", "[\n {\"text\": \"a\"},\n", "line 3, column 1: unexpected end of JSON input", 0},
		{"bad value in array", "[\n {\"text\": \"a\"},\n {\"text\": tru}\n]", "line 3, column 14: invalid character '}' in literal true (expecting 'e')", 0},
		{"top-level string", `"just a string"`, "line 1: want an article object or a list of them, found a string", 0},
		{"trailing garbage", "{\"text\": \"a\"} x", "line 1, column 15: unexpected content after the JSON value", 0},
		{"non-object record", `[{"text": "a"}, 5]`, "record 2 (line 1): want an object, found a number", 1},
		{"record without text", "[{\"text\": \"a\"},\n {\"title\": \"b\"}]", "record 2 (line 2): no article text (no text, body, content or articleBody field)", 1},
		{"bad date", `[{"text": "a", "date": "soon"}, {"text": "b"}]`, `record 1 (line 1): date: cannot read "soon" as a date (use YYYY-MM-DD or RFC 3339)`, 1},
		{"empty", "  \n", errEmpty.Error(), 0},
		{"no article fields", `{"about": "expectations", "flag": []}`, errNoArticles.Error(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := parseJSON("x.json", []byte(tt.data))
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			assert.Len(t, arts, tt.loaded)
		})
	}
}

// TestJSONLines: a bad line is an error naming it; the other lines still load and keep their numbers.
func TestJSONLines(t *testing.T) {
	res := Load([]string{"testdata/json/feed.jsonl"}, Options{})
	var ids []string
	for _, a := range res.Articles {
		ids = append(ids, a.ID)
		assert.Equal(t, "testdata/json/feed.jsonl", a.Path)
	}
	assert.Equal(t, []string{"feed-1", "feed-4"}, ids)
	var errs []string
	for _, e := range res.Errors {
		assert.Equal(t, "testdata/json/feed.jsonl", e.Path)
		errs = append(errs, e.Err)
	}
	assert.Equal(t, []string{
		"line 2, column 74: unexpected end of JSON input",
		"line 3: want an article object, found a list",
		"line 6: no article text (no text, body, content or articleBody field)",
		`line 7: date: cannot read "the day after tomorrow" as a date (use YYYY-MM-DD or RFC 3339)`,
	}, errs)
}

func TestJSONLinesSyntaxColumn(t *testing.T) {
	_, err := parseJSONL("x.jsonl", []byte("{\"text\": \"ok\"}\n{\"text\": \"é\", x}\n"))
	require.Error(t, err)
	assert.Equal(t, "line 2, column 15: invalid character 'x' looking for beginning of object key string", err.Error())
}

// TestJSONInFolders: a folder walk skips JSON that holds no articles (an expectations file); named
// on its own, it is an error.
func TestJSONInFolders(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "expect.json", `{"about": "what to flag", "flag": [{"values": ["1", "2"]}]}`)
	write(t, dir, "package.json", `{"name": "x", "version": "1.0.0"}`)
	write(t, dir, "story.json", `{"title": "Story", "text": "The story."}`)
	write(t, dir, "broken.json", `{"title": "Broken",`)
	res := Load([]string{dir}, Options{})
	require.Len(t, res.Articles, 1)
	assert.Equal(t, "story", res.Articles[0].ID)
	require.Len(t, res.Errors, 1, "a broken file is still reported")
	assert.Equal(t, filepath.Join(dir, "broken.json"), res.Errors[0].Path)
	assert.Equal(t, "line 1, column 20: unexpected end of JSON input", res.Errors[0].Err)

	res = Load([]string{filepath.Join(dir, "expect.json")}, Options{})
	assert.Empty(t, res.Articles)
	require.Len(t, res.Errors, 1)
	assert.Equal(t, errNoArticles.Error(), res.Errors[0].Err)
}

func TestIDsStayUnique(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.json", `[{"id": "x", "text": "1"}, {"id": "x", "text": "2"}, {"text": "3"}]`)
	write(t, dir, "a-3.txt", "Another article.\n")
	res := Load([]string{dir}, Options{})
	require.Empty(t, res.Errors)
	var ids []string
	for _, a := range res.Articles {
		ids = append(ids, a.ID)
	}
	assert.Equal(t, []string{"a-3", "x", "x-2", "a-3-2"}, ids)
}

func TestSafeID(t *testing.T) {
	for in, want := range map[string]string{
		"abc":                        "abc",
		"coast-times/port reopens":   "coast-times-port-reopens",
		"https://x.example/a/b.html": "b",
		" 42 ":                       "42",
		"../..":                      "",
		"Київ новини":                "Київ-новини",
	} {
		assert.Equal(t, want, safeID(in), in)
	}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

// articleIDs lists the ids of articles, in order.
func articleIDs(arts []*model.Article) []string {
	out := []string{}
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}
