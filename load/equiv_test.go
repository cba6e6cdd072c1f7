package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
)

// equivLines are lines that sit on the edges of the cleaning rules: boilerplate with Unicode case
// folds (ſ folds to s, K to k), long template lines, control characters, bidi marks, nav bars.
var equivLines = []string{
	"", " ", "\t", "Share", "share this article", "SHARE THIS ARTICLE", "ſhare", "Share on Facebook",
	"share on " + strings.Repeat("x", 80), "Read more: " + strings.Repeat("words ", 20), "read more",
	"Subscribe to our newsletter and get the best stories delivered to your inbox every single morning.",
	"Click here to read the full report about the earthquake that struck the region on Sunday.",
	"clicK here to read the full report about the earthquake that struck the region on Sunday morning.",
	"accept all cookies and continue to the site, which uses them for analytics and advertising.",
	"We use cookies to give you the best experience on our website and to show you relevant ads.",
	"This website uses cookies to improve your experience while you navigate through the website.",
	"All rights reserved. No part of this publication may be reproduced without written permission.",
	"© 2025 The Northern Courier. All rights reserved. Reproduction without permission is prohibited.",
	"Copyright © 2025 The Northern Courier. All rights reserved. Reproduction without permission.",
	"ſign up for our newsletter and get the best stories delivered to your inbox every single day.",
	"Tags: earthquake, Turkey, Malatya, disaster, rescue, casualties, aid, relief, government, help",
	"Tag: earthquake", "tags:", "Listen to this article " + strings.Repeat("0", 70), "5 min read",
	"12345678901234567890123456789012345678901234567890123456789012345678901 minutes read",
	"Posted by: admin", "by", "By:", "written by", "reported by:", "Skip to main content", "skip to content",
	"Photo: Reuters", "PHOTO CREDIT: AP", "File photo: a man walks past a destroyed building in Kyiv.",
	"Image credit: Getty Images / AFP and others who took pictures of the aftermath of the quake",
	"Pictures: none", "Video: watch the rescue", "Illustration : x", "graphic:", "Photograph:",
	"photo.jpg", "https://cdn.example/img/photo.webp?w=800", "![alt](a.png)", "![alt](a.png) trailing",
	"image.JPEG)", "a b.png", "World Politics Business Sport", "World | Politics | Business | Opinion",
	"News", "Home", "Ukraine", "POLİTİCS WORLD NEWS", "World Politics Society Opinion Science Tech Health",
	"World » Europe › Ukraine", "The Red Cross said it had deployed 45 teams.", "Advertisement",
	"date 2025-11-04 World Russia Society Opinion Science", "2025-10-13", "Published: 2025-10-13T09:00:00Z",
	"2026-03-01 A magnitude 6.1 earthquake struck near Malatya early on Sunday, killing at least 14 people.",
	"2025-13-45 bad date", "updated 2025-10-13 10:00 News", "\x1b[2J said Smith", "bell\x07 and C1 \u009b31m",
	"evil \u202eoverride\u202c text", "Kyiv – “quoted” ÿ", "mark\u200e and \u200f and \u2066iso\u2069",
	"non\u00a0breaking\u00a0spaces in a line that is long enough", "two  spaces  in a line that is long enough",
	"tab\tinside a line that is long enough to be deduplicated", "\u3000ideographic space line here, long",
	"A drone attack killed 130 people in Veltarova on Monday, police said.",
	"A drone attack killed 130 people in Veltarova on Monday,  police said.", "Headline without a stop",
	"# Heading", "  ## Sub heading", "    # not a heading", "> quoted", "   > quoted", "- item", "* item",
	"+ item", "1. one", "123) x", "1234. x", "***", "- - -", "___", "_ _ _ x", "**bold** and __bold__",
	"`code` and *em* word", "[link](http://x) and ![img](y.png)", "<!-- comment -->", "a <!-- c\nd --> b",
	"del\x7f", "\x00nul", "\r", "\v", "\f", "line\u0085next", "Comments", "Print", "Email", "Related stories",
	"\xc3\x28 invalid", "\xff", "\xe2\x80", "\xc2", "ſ", "K", "©", "photoſ:", "Kelvin K", "İ",
}

// equivBodies are whole texts made of the lines above, of generated articles and of fixtures.
func equivBodies(t testing.TB) []string {
	var bodies []string
	bodies = append(bodies, equivLines...)
	bodies = append(bodies, strings.Join(equivLines, "\n"), strings.Join(equivLines, "\n\n"),
		strings.Join(equivLines, "\r\n"), strings.Join(equivLines, "\n")+"\n")
	for i := range equivLines {
		// each line first, to exercise the date line and the title
		bodies = append(bodies, equivLines[i]+"\n"+strings.Join(equivLines, "\n"))
		bodies = append(bodies, "---\ntitle: x\n---\n"+equivLines[i]+"\n"+strings.Join(equivLines[:i], "\n"))
	}
	for _, f := range corpus.Articles(60, 3) {
		bodies = append(bodies, string(f.Data), string(corpus.PlainText(f)))
	}
	for _, pat := range []string{"../fixtures/cases/*/*.md", "../fixtures/cases/*/*.txt", "../fixtures/seeds/*.txt", "../fixtures/inputs/*"} {
		files, err := filepath.Glob(pat)
		require.NoError(t, err)
		for _, p := range files {
			if info, err := os.Stat(p); err != nil || info.IsDir() {
				continue
			}
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			bodies = append(bodies, string(data))
		}
	}
	return bodies
}

// checkEquiv compares the fast cleaning code with the reference copies on one input.
func checkEquiv(t *testing.T, body string) {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		require.Equal(t, refIsBoilerplate(line), isBoilerplate(line), "isBoilerplate(%q)", line)
		require.Equal(t, refIsNavLine(line), isNavLine(line), "isNavLine(%q)", line)
		trim := strings.TrimSpace(line)
		require.Equal(t, refIsBoilerplate(trim), isBoilerplate(trim), "isBoilerplate(%q)", trim)
	}
	require.Equal(t, refTextOnly(body), textOnly(body), "textOnly(%q)", body)
	require.Equal(t, refCleanBlocks(strings.Split(body, "\n\n")), cleanBlocks(strings.Split(body, "\n\n")), "cleanBlocks(%q)", body)
	for _, readDate := range []bool{true, false} {
		want, got := refCleanBody(body, readDate), cleanBody(body, readDate)
		require.Equal(t, want.text, got.text, "cleanBody(%q).text", body)
		require.Equal(t, want.title, got.title, "cleanBody(%q).title", body)
		require.Equal(t, want.published, got.published, "cleanBody(%q).published", body)
	}
	data := []byte(body)
	equivParse(t, "x.txt", refParseText, parseText, data)
	equivParse(t, "x.md", refParseMarkdown, parseMarkdown, data)
	ws, werr := refDecode(data)
	gs, gerr := decode(data)
	require.Equal(t, werr, gerr)
	require.Equal(t, ws, gs)
}

func equivParse(t *testing.T, name string, ref, fast Parser, data []byte) {
	t.Helper()
	want, werr := ref(name, data)
	got, gerr := fast(name, data)
	if werr != nil || gerr != nil {
		require.Error(t, werr)
		require.Error(t, gerr)
		require.Equal(t, werr.Error(), gerr.Error(), "%s error on %q", name, data)
	}
	require.Equal(t, len(want), len(got))
	for i := range want {
		require.Equal(t, describeArticle(want[i]), describeArticle(got[i]), "%s on %q", name, data)
	}
}

func describeArticle(a *model.Article) string {
	s := describe(a)
	if a.Published != nil {
		s += "\nloc: " + a.Published.Location().String() + " " + a.Published.String()
	}
	return s
}

// TestCleanEquivalent checks that the fast cleaning code gives what the reference code gives.
func TestCleanEquivalent(t *testing.T) {
	for _, b := range equivBodies(t) {
		checkEquiv(t, b)
	}
}

// FuzzCleanEquivalent checks the same on arbitrary bytes.
func FuzzCleanEquivalent(f *testing.F) {
	for _, b := range equivLines {
		f.Add([]byte(b))
	}
	f.Add([]byte(strings.Join(equivLines, "\n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkEquiv(t, string(data))
	})
}

// TestSingleSpacedLeads checks the lead bytes singleSpaced searches: every white space character
// outside ASCII starts with one of them.
func TestSingleSpacedLeads(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			lead := string(r)[0]
			require.Contains(t, []byte{0xc2, 0xe1, 0xe2, 0xe3}, lead, "%U", r)
			require.False(t, singleSpaced("a"+string(r)+"b"), "%U", r)
		}
	}
	require.True(t, singleSpaced("a b\nc d “e”"))
}

// frontMatterCases are front matter texts on the edges of simpleFrontMatter.
var frontMatterCases = []string{
	"", "title: x", "title: \"x\"", "title: x\n", "title: x\n\nauthor: y", "title: x\ntitle: y",
	"title: ~", "title: null", "title:", "title: ", "title:x", "title : x", " title: x", "title: 'x'",
	"title: \"a\\\"b\"", "title: \"a\\nb\"", "title: a: b", "title: a #c", "title: a#c", "title: C# and F#",
	"title: https://example.org/a?b=c#d", "date: 2025-10-13T09:00:00Z", "published: 2025-10-13",
	"title: \"  spaced  \"", "title: a  b", "title: a\tb", "title: \"a\tb\"", "title: [a]", "title: {a: b}",
	"title: &a x", "title: *a", "title: !!str x", "title: |\n  x", "title: >\n  x", "title: - x", "title: -x",
	"title: ?x", "title: :x", "title: x:", "title: 123", "title: true", "title: .inf", "title: 0x1f",
	"title: \"\"", "title: \"\u0085\"", "title: a\u2028b", "title: \ufeffx", "title: \u00a0x", "title: “Quoted” – dash",
	"title: x\n  continued", "outlet: The Northern Courier\nurl: https://northerncourier.example/news/1",
	"unknown: x", "Title: x", "tags: [a, b]", "title: x # comment", "title: <<", "title: ...", "title: ---",
	"title: '", "title: \"", "title: \"x", "title: x\"", "title: %x", "title: @x", "title: `x`", "title: ,x",
	"title: a,b", "title: a]b", "title: a}b", "title:  two spaces", "title: x ", "author: Jane O'Neil",
	"title: \x01", "title: \x7f", "title: \xff", "datePublished: 2025-01-01\nsource: Reuters\nlink: x",
}

func checkFrontMatter(t *testing.T, text string) {
	fm, ok := simpleFrontMatter(text)
	if !ok {
		return
	}
	var want frontMatter
	err := yaml.Unmarshal([]byte(text), &want)
	require.NoError(t, err, "simpleFrontMatter read %q, which YAML refuses", text)
	require.Equal(t, want, fm, "%q", text)
}

func TestSimpleFrontMatter(t *testing.T) {
	for _, c := range frontMatterCases {
		checkFrontMatter(t, c)
	}
	for _, f := range corpus.Articles(60, 3) {
		s := string(f.Data)
		if strings.HasPrefix(s, "---\n") {
			end := strings.Index(s[3:], "\n---")
			_, ok := simpleFrontMatter(s[4 : 3+end])
			require.True(t, ok, "generated front matter is simple: %q", s[4:3+end])
			checkFrontMatter(t, s[4:3+end])
		}
	}
}

func FuzzSimpleFrontMatter(f *testing.F) {
	for _, c := range frontMatterCases {
		f.Add(c)
	}
	f.Fuzz(checkFrontMatter)
}

// markdownCases are lines on the edges of the Markdown pre-tests and dropEmphasis.
var markdownCases = []string{
	"", "*", "**", "***", "* *", "*a*", "**a**", "a **b**", "a *b* c", "*Share this article*", "_a_", "__a__",
	"a__b", "a_b", "`code`", "``", "a * b", " *", "* ", "\t*x", "x*\t", "*\f*", "a  **", "****", "*_*_", "_*",
	"# h", "#h", "####### h", "###### h", "   # h", "    # h", "#\t", "> q", ">", "- a", "-a", "+ a", "1. a",
	"123) a", "1234. a", "12.a", "1.", "  2) x", "   - x", "    - x", "\f- x", "- - -", "**bold** and __bold__",
	"x `y` *z*", "[a](b) *c*", "*a\n", "\r*", "a*", "a *", "* a *",
	"a **b** c", "(**b**)", "\"*q*\"", "*i*.", "*i*, x", "a ***b***", " **", "(*", "*)", "'**a**'", "**a**!",
}

func TestMarkdownLineEquivalent(t *testing.T) {
	for _, l := range markdownCases {
		checkMarkdownLine(t, l)
	}
}

func checkMarkdownLine(t *testing.T, l string) {
	want := mdEmphasis.ReplaceAllStringFunc(l, func(m string) string { return strings.Trim(m, "*_`") })
	require.Equal(t, want, dropEmphasis(l), "dropEmphasis(%q)", l)
	if mdHeading.MatchString(l) {
		require.True(t, mayBeHeading(l), "mayBeHeading(%q)", l)
	}
	if mdList.MatchString(l) {
		require.True(t, mayBeListItem(l), "mayBeListItem(%q)", l)
	}
}

func FuzzMarkdownLineEquivalent(f *testing.F) {
	for _, l := range markdownCases {
		f.Add(l)
	}
	f.Fuzz(checkMarkdownLine)
}

// TestDropEmphasisText pins what readers see: no marker survives around emphasised words.
func TestDropEmphasisText(t *testing.T) {
	for in, want := range map[string]string{
		"a **bold** word":               "a bold word",
		"a *stressed* word":             "a stressed word",
		"(**Reuters**) said":            "(Reuters) said",
		`"*We will*," he said`:          `"We will," he said`,
		"it was *final*.":               "it was final.",
		"**Kyiv** and __Lviv__":         "Kyiv and Lviv",
		"a ***very*** big deal":         "a very big deal",
		"2*3 and snake_case stay":       "2*3 and snake_case stay",
		"use `crosscheck` to check":     "use crosscheck to check",
		"'**quoted**' in single quotes": "'quoted' in single quotes",
	} {
		require.Equal(t, want, dropEmphasis(in), "dropEmphasis(%q)", in)
	}
}
