package load

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// mdFuzzLine is how an error names where a fault lies.
var mdFuzzLine = regexp.MustCompile(`\blines? \d+\b`)

// FuzzMarkdown reads arbitrary bytes as a Markdown article with front matter, as a plain-text
// article and as stdin does, then extracts claims. Whatever the input: no panic, the same result
// twice, valid UTF-8 without CR or NUL, the file's line numbers kept (the text has as many lines
// as the decoded input), a front matter error that names its line, and every claim's span in
// bounds, on character boundaries, with text == body[span].
func FuzzMarkdown(f *testing.F) {
	addSeeds(f, "../fixtures/cases/*/*.md", "../fixtures/cases/*/*.txt", "../fixtures/seeds/*.txt")
	for _, s := range []string{
		"", "---", "---\n", "---\n---\n", "---\ntitle: x\n---\nAt least 14 people were killed in Kyiv.",
		"---\ntitle: [unclosed\n---\nbody", "---\ntitle: a\ntitle: b\n---\nbody", "---\n- a list\n---\nbody",
		"---\npublished: not a date\n---\nbody", "---\ndate: 2025-07-30T10:00:00+03:00\noutlet: RT\n---\n# Head\n\nbody",
		"---\ntitle: &a [*a]\n---\nbody", "---\ntitle: \"\\x00\"\n---\n", "---\r\ntitle: x\r\n---\r\nCRLF body.\r\n",
		"\ufeff---\ntitle: bom\n---\nbody", "---\ntitle: x\nnever closed\n",
		"> quote\n- item\n1. one\n***\n![img](a.png) [link](http://x) **bold** `code` <!-- c\nc -->\nend",
		"date 2025-11-04 World\nShare\nRead more\nTwenty-six dead in Ternopil, officials said.\n",
		"\x00\x01\x02 binary?", "%PDF-1.4", "\xff\xd8\xff", "line\rcr\rendings", "\xc3\x28 invalid",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkMarkdownParse(t, "fuzz.md", parseMarkdown, data, true)
		checkMarkdownParse(t, "fuzz.txt", parseText, data, false)
		checkMarkdownParse(t, "-", parseTextOrMarkdown, data, false)
	})
}

func checkMarkdownParse(t *testing.T, name string, p Parser, data []byte, markdown bool) {
	arts, err := p(name, data)
	again, err2 := p(name, data)
	require.Equal(t, err == nil, err2 == nil, "same outcome twice")
	if err != nil {
		msg := err.Error()
		assert.Equal(t, msg, err2.Error(), "same error twice")
		assert.True(t, utf8.ValidString(msg), "error message is valid UTF-8: %q", msg)
		if markdown && strings.HasPrefix(msg, "front matter") {
			assert.Regexp(t, mdFuzzLine, msg, "a front matter error names its line")
		}
		return
	}
	require.Len(t, arts, 1)
	require.Len(t, again, 1)
	a, b := arts[0], again[0]
	require.Equal(t, a.Source, b.Source, "same metadata twice")
	require.Equal(t, a.Text, b.Text, "same text twice")
	for _, s := range []string{a.Text, a.Title, a.Outlet, a.URL, a.Author} {
		require.True(t, utf8.ValidString(s), "valid UTF-8: %q", s)
	}
	require.False(t, isBlank(a.Text), "an article has text")
	require.NotContains(t, a.Text, "\r")
	require.NotContains(t, a.Text, "\x00")
	decoded, derr := decode(data)
	require.NoError(t, derr)
	require.Equal(t, strings.Count(decoded, "\n"), strings.Count(a.Text, "\n"), "line numbers are the file's")
	a.ID = "fuzz"
	checkFuzzClaims(t, a)
}

// checkFuzzClaims extracts claims twice and checks their spans against the article text.
func checkFuzzClaims(t *testing.T, a *model.Article) {
	first := extract.Extract(a, extract.Options{})
	second := extract.Extract(a, extract.Options{})
	require.True(t, reflect.DeepEqual(first, second), "extraction differs between two runs")
	on := func(i int) bool { return i == len(a.Text) || utf8.RuneStart(a.Text[i]) }
	for _, c := range first {
		for _, sp := range []model.Span{c.Evidence, c.ValueSpan} {
			require.True(t, sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Text), "span %v out of bounds (len %d)", sp, len(a.Text))
			require.True(t, on(sp.Start) && on(sp.End), "span %v not on character boundaries", sp)
		}
		require.Equal(t, a.Text[c.Evidence.Start:c.Evidence.End], c.Text, "claim text is body[span]")
		require.True(t, c.Evidence.Contains(c.ValueSpan), "value span %v inside evidence %v", c.ValueSpan, c.Evidence)
		require.Equal(t, a.Position(c.Evidence.Start), c.Pos, "claim position")
	}
}

// TestFrontMatterErrorLines: a front matter error names the line of the file where the fault is,
// whether the YAML scanner or its parser (which counts from 0) found it, or the whole block.
func TestFrontMatterErrorLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"---\ntitle: Good\noutlet: [unclosed\n---\nbody\n", "front matter: line 3: did not find expected ',' or ']'"},
		{"---\ntitle: Good\nmore: {a: 1\n---\nbody\n", "front matter: line 3: did not find expected ',' or '}'"},
		{"---\na: 1\nb:\n  c: 1\n d: 2\n---\nbody\n", "front matter: line 5: did not find expected key"},
		{"---\ntitle: \"open\nauthor: x\n---\nbody\n", "front matter: line 3: found unexpected end of stream"},
		{"---\ntitle: a\n  b: c\n---\nbody\n", "front matter: line 3: mapping values are not allowed in this context"},
		{"---\n\"0\n---\nbody\n", "front matter: lines 1-3: found unexpected end of stream"},
		{"---\ntitle: x\ndate: 2025-13-45\n---\nbody\n", "front matter: line 3: cannot read \"2025-13-45\" as a date (use YYYY-MM-DD or RFC 3339)"},
		{"---\n- a list\n---\nbody\n", "front matter: line 2: cannot unmarshal !!seq as front matter (want \"key: value\" lines)"},
	} {
		_, err := parseMarkdown("x.md", []byte(tc.in))
		if assert.Error(t, err, tc.in) {
			assert.Equal(t, tc.want, err.Error(), tc.in)
		}
	}
}

// TestRuneCut: a chunk without a line break never ends inside a character.
func TestRuneCut(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"abc", 3}, {"ab\xc3\xa9", 4}, {"ab\xc3", 2}, {"ab\xe2\x80", 2}, {"ab\xf0\x9f\x98", 2},
		{"ab\xf0\x9f\x98\x80", 6}, {"\xc3", 1}, {"ab\x80\x80", 4},
	} {
		assert.Equal(t, tc.want, runeCut([]byte(tc.in)), "%q", tc.in)
	}
}
