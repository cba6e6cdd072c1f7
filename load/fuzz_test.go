package load

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// addSeeds adds the files matching the patterns to a fuzz corpus.
func addSeeds(f *testing.F, patterns ...string) {
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		require.NoError(f, err)
		for _, p := range files {
			data, err := os.ReadFile(p)
			require.NoError(f, err)
			f.Add(data)
		}
	}
}

// checkParse runs a parser twice and checks what any input must give: no panic, the same result
// both times, valid UTF-8 everywhere, and no article without text.
func checkParse(t *testing.T, p Parser, name string, data []byte) {
	arts, err := p(name, data)
	again, err2 := p(name, data)
	assert.Equal(t, err != nil, err2 != nil)
	if err != nil {
		assert.Equal(t, err.Error(), err2.Error())
		assert.True(t, utf8.ValidString(err.Error()), "error message is valid UTF-8")
	}
	require.Equal(t, len(arts), len(again))
	for i, a := range arts {
		assert.Equal(t, describe(a), describe(again[i]), "same result twice")
		checkArticle(t, a)
	}
}

func checkArticle(t *testing.T, a *model.Article) {
	for _, s := range []string{a.Text, a.Title, a.Outlet, a.URL, a.Author, a.ID} {
		assert.True(t, utf8.ValidString(s), "valid UTF-8: %q", s)
	}
	assert.False(t, isBlank(a.Text), "an article has text")
	assert.NotContains(t, a.Text, "\r")
	assert.NotContains(t, a.Text, "\x00")
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/html/*.html", "../fixtures/inputs/*.html")
	for _, s := range []string{
		"", "<", "<html><body><p>x</p>", "<table><tr><td><p>a<td>b</table>", "<p>a<br><br>b</p>",
		"<script type=application/ld+json>{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":{\"@id\":\"#a\"}}]}</script>",
		"<meta property=article:published_time content=2025-01-01><time datetime=x>",
		"<pre>\n\n a \n</pre><p>&shy;&#x200b;</p>", "<svg><p>in svg</p></svg><math><mi>x",
		"\xff\xfe<\x00p\x00>\x00", "<meta charset=koi8-r><p>\xc1\xc2</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, parseHTML, "fuzz.html", data)
	})
}

func FuzzJSON(f *testing.F) {
	addSeeds(f, "testdata/json/*.json", "testdata/json/*.jsonl", "../fixtures/inputs/*.json", "../fixtures/inputs/*.jsonl")
	for _, s := range []string{
		"", "[", "{", "[]", "{}", "null", `{"articles": [1, {"text": "a"}]}`, `{"items": {"text": "a"}}`,
		`[{"text": ["a", 1, null]}]`, `{"text": {"rendered": "<p>a</p>"}, "date": 1e400}`,
		"{\"text\": \"a\"}\n{\"text\": \"b\"", `{"text": "<div><div><p>x"}`, `{"id": "../../x", "text": "a"}`,
		`{"text": "a", "published": -5}`, "{\"text\": \"\\u0000\\ud800\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, parseJSON, "fuzz.json", data)
		checkParse(t, parseJSONL, "fuzz.jsonl", data)
	})
}
