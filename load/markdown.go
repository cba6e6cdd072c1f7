package load

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/model"
)

var errEmpty = errors.New("no article text (the file is empty or holds only boilerplate)")

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// frontMatter holds the fields crosscheck reads from YAML front matter.
type frontMatter struct {
	Title         string `yaml:"title"`
	Source        string `yaml:"source"`
	Outlet        string `yaml:"outlet"`
	Publisher     string `yaml:"publisher"`
	URL           string `yaml:"url"`
	Link          string `yaml:"link"`
	Published     string `yaml:"published"`
	Date          string `yaml:"date"`
	DatePublished string `yaml:"datePublished"`
	Author        string `yaml:"author"`
}

var (
	mdHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote     = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdList      = regexp.MustCompile(`^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+`)
	mdImage     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis  = regexp.MustCompile(`\*\*|__|(?:^|\s)\*|\*(?:\s|$)|` + "`")
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdRule      = regexp.MustCompile(`^\s{0,3}(?:[-*_]\s*){3,}$`)
)

// parseMarkdown reads an article with optional YAML front matter; Markdown markup is reduced to text
// line by line so that line numbers stay those of the file.
func parseMarkdown(name string, data []byte) ([]*model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	a := &model.Article{Format: "markdown"}
	body, blank := s, 0
	if strings.HasPrefix(s, "---\n") || s == "---" {
		end := strings.Index(s[3:], "\n---") // from the opening's newline: "---\n---" is empty front matter
		if end < 0 {
			return nil, fmt.Errorf("front matter opened on line 1 is never closed with ---")
		}
		fmText := ""
		if 3+end > 4 {
			fmText = s[4 : 3+end]
		}
		closeEnd := 3 + end + len("\n---")
		if nl := strings.IndexByte(s[closeEnd:], '\n'); nl >= 0 {
			closeEnd += nl
		} else {
			closeEnd = len(s)
		}
		var fm frontMatter
		if err := yaml.Unmarshal([]byte(fmText), &fm); err != nil {
			msg := yamlLine(err, 1)
			if !yamlLineRe.MatchString(msg) { // "found unexpected end of stream": the whole block is at fault
				msg = fmt.Sprintf("lines 1-%d: %s", strings.Count(s[:closeEnd], "\n")+1, msg)
			}
			return nil, fmt.Errorf("front matter: %s", msg)
		}
		if err := applyFrontMatter(a, fm); err != nil {
			return nil, fmt.Errorf("front matter: line %d: %w", frontMatterLine(fmText, "published", "datePublished", "date"), err)
		}
		// Replace the front matter by as many empty lines, so line numbers stay the file's.
		blank = strings.Count(s[:closeEnd], "\n")
		body = s[closeEnd:]
	}
	if strings.Contains(body, "<!--") {
		body = htmlComment.ReplaceAllStringFunc(body, func(c string) string {
			return strings.Repeat("\n", strings.Count(c, "\n"))
		})
	}
	var b strings.Builder
	b.Grow(blank + len(body))
	for range blank {
		b.WriteByte('\n')
	}
	for rest := body; ; {
		l := rest
		i := strings.IndexByte(rest, '\n')
		if i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		}
		b.WriteString(markdownLine(l))
		if i < 0 {
			break
		}
		b.WriteByte('\n')
	}
	c := cleanBody(b.String(), a.Published == nil)
	a.Text = c.text
	if a.Title == "" {
		a.Title = c.title
	}
	if a.Published == nil {
		a.Published = c.published
	}
	if isBlank(a.Text) {
		return nil, errEmpty
	}
	return []*model.Article{a}, nil
}

// markdownLine reduces the markup of one line to text. Each expression runs only on lines where a
// cheap test finds what it needs: an opening marker within the first four bytes, a "](", an
// emphasis character (most lines hold none of them).
func markdownLine(l string) string {
	switch mdOpening(l) {
	case '-', '*', '_':
		if mdRule.MatchString(l) {
			return ""
		}
	}
	if mdOpening(l) == '#' {
		l = mdHeading.ReplaceAllString(l, "")
	}
	if mdOpening(l) == '>' {
		l = mdQuote.ReplaceAllString(l, "")
	}
	switch o := mdOpening(l); {
	case o == '-' || o == '*' || o == '+' || '0' <= o && o <= '9':
		l = mdList.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "](") {
		l = mdImage.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
	}
	if strings.ContainsAny(l, "*_`") {
		l = mdEmphasis.ReplaceAllStringFunc(l, func(m string) string { return strings.Trim(m, "*_`") })
	}
	return l
}

// mdOpening is the first byte of a line after at most three leading \s characters, where the
// block markers (rule, heading, quote, list item) must stand; 0 when there is none.
func mdOpening(l string) byte {
	for i := 0; i < len(l) && i <= 3; i++ {
		if !isReSpace(l[i]) {
			return l[i]
		}
	}
	return 0
}

// frontMatterLine is the file line of the first of keys given a value in front matter (which starts
// on line 2), or 1 when none is found.
func frontMatterLine(fm string, keys ...string) int {
	var doc yaml.Node
	if yaml.Unmarshal([]byte(fm), &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return 1
	}
	m := doc.Content[0].Content
	for _, k := range keys {
		for i := 0; i+1 < len(m); i += 2 {
			if m[i].Value == k && strings.TrimSpace(m[i+1].Value) != "" {
				return m[i].Line + 1
			}
		}
	}
	return 1
}

func applyFrontMatter(a *model.Article, fm frontMatter) error {
	a.Title = strings.TrimSpace(fm.Title)
	a.Outlet = firstNonEmpty(fm.Outlet, fm.Source, fm.Publisher)
	a.URL = firstNonEmpty(fm.URL, fm.Link)
	a.Author = strings.TrimSpace(fm.Author)
	if p := firstNonEmpty(fm.Published, fm.DatePublished, fm.Date); p != "" {
		t, err := ParseTime(p)
		if err != nil {
			return err
		}
		a.Published = &t
	}
	return nil
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// timeLayouts are the publication time forms accepted in metadata and on the command line.
var timeLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 Z0700", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2 Jan 2006",
}

// ParseTime reads a publication time in one of the accepted forms.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date (use YYYY-MM-DD or RFC 3339)", s)
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

// yamlParserErr matches the messages of the YAML parser's structural errors.
var yamlParserErr = regexp.MustCompile(`(?:^|: )did not find expected (?:key|'-' indicator|',' or '\]'|',' or '\}'|node content)$`)

// yamlParserError reports whether a message of go.yaml.in/yaml/v3 ("line 2: did not find expected
// ',' or ']'") is one whose line the parser counts from 0, one less than the line in the file
// (the line where the unfinished list, mapping or block starts).
func yamlParserError(msg string) bool { return yamlParserErr.MatchString(msg) }

// yamlLine rewrites a YAML error so that its line number counts from the top of the file.
func yamlLine(err error, offset int) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	// one line, valid UTF-8 (the parser cuts quoted values mid-character), no Go type names
	msg = strings.ToValidUTF8(strings.TrimPrefix(msg, "unmarshal errors:\n  "), "")
	msg = strings.ReplaceAll(msg, "\n  ", "; ")
	msg = strings.ReplaceAll(msg, " into load.frontMatter", " as front matter (want \"key: value\" lines)")
	if yamlParserError(msg) {
		offset++ // the parser (unlike the scanner) counts the line of its context from 0
	}
	return yamlLineRe.ReplaceAllStringFunc(msg, func(m string) string {
		var n int
		fmt.Sscanf(m, "line %d", &n)
		return fmt.Sprintf("line %d", n+offset)
	})
}
