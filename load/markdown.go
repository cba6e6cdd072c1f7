package load

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

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
	mdEmphasis  = regexp.MustCompile(`(?:^|[\s("'])\*+|\*+(?:[\s.,;:!?)"']|$)|\*\*|__|` + "`")
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdRule      = regexp.MustCompile(`^\s{0,3}(?:[-*_]\s*){3,}$`)
)

// parseMarkdown reads an article with optional YAML front matter; Markdown markup is reduced to text
// line by line so that line numbers stay those of the file.
func parseMarkdown(name string, data []byte) ([]*model.Article, error) {
	s, err := decodeView(data) // every string returned is built anew
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
		fm, simple := simpleFrontMatter(fmText)
		if !simple {
			err = yaml.Unmarshal([]byte(fmText), &fm)
			if loose, ok := looseFrontMatter(fmText); err != nil && ok {
				fm, err = loose, nil // "title: Nordvik Motors: what the results mean"
			}
		}
		if err != nil {
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
	// the text is built in a reused buffer: cleanBody builds its own text anew and keeps nothing
	b := getReadBuf(blank + len(body))
	for range blank {
		b = append(b, '\n')
	}
	for rest := body; ; {
		l := rest
		i := strings.IndexByte(rest, '\n')
		if i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		}
		b = append(b, markdownLine(l)...)
		if i < 0 {
			break
		}
		b = append(b, '\n')
	}
	// valid UTF-8: decodeView made it so, and markdownLine cuts only whole characters
	c := cleanValidBody(unsafe.String(unsafe.SliceData(b), len(b)), a.Published == nil, true)
	putReadBuf(b)
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
		if onlyRuleBytes(l) && mdRule.MatchString(l) {
			return ""
		}
	}
	// the markers of heading, quote and list item are cut by hand where mdHeading, mdQuote and
	// mdList would match (mayBeHeading and mayBeListItem hold exactly when they do): the text
	// after them is a window on the line, not a new string
	if mayBeHeading(l) {
		l = l[skipReSpaceAt(l, skipHashes(l, mdIndent(l))):]
	}
	if i := mdIndent(l); i < len(l) && l[i] == '>' {
		i++
		if i < len(l) && isReSpace(l[i]) {
			i++
		}
		l = l[i:]
	}
	if mayBeListItem(l) {
		l = l[skipReSpaceAt(l, listMarkerEnd(l)):]
	}
	if strings.Contains(l, "](") {
		l = mdImage.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
	}
	if strings.IndexByte(l, '*') >= 0 || strings.IndexByte(l, '_') >= 0 || strings.IndexByte(l, '`') >= 0 {
		l = dropEmphasis(l)
	}
	return l
}

// onlyRuleBytes reports whether a line holds nothing but the marks and \s of a rule (mdRule):
// a list item ("- a") is told apart at its first letter, without the expression.
func onlyRuleBytes(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; c != '-' && c != '*' && c != '_' && !isReSpace(c) {
			return false
		}
	}
	return true
}

// mayBeHeading: after at most three \s, one to six '#' and a \s (mdHeading).
func mayBeHeading(l string) bool {
	i := mdIndent(l)
	n := 0
	for i+n < len(l) && l[i+n] == '#' && n < 7 {
		n++
	}
	return n >= 1 && n <= 6 && i+n < len(l) && isReSpace(l[i+n])
}

// mayBeListItem: after at most three \s, a bullet (-, *, +) or one to three digits and '.' or ')',
// then a \s (mdList).
func mayBeListItem(l string) bool {
	i := mdIndent(l)
	if i >= len(l) {
		return false
	}
	switch c := l[i]; {
	case c == '-' || c == '*' || c == '+':
		i++
	case '0' <= c && c <= '9':
		n := 0
		for i+n < len(l) && '0' <= l[i+n] && l[i+n] <= '9' && n < 4 {
			n++
		}
		if n > 3 || i+n >= len(l) || l[i+n] != '.' && l[i+n] != ')' {
			return false
		}
		i += n + 1
	default:
		return false
	}
	return i < len(l) && isReSpace(l[i])
}

// skipHashes is the end of the run of '#' that starts at i.
func skipHashes(l string, i int) int {
	for i < len(l) && l[i] == '#' {
		i++
	}
	return i
}

// skipReSpaceAt is the end of the run of \s that starts at i.
func skipReSpaceAt(l string, i int) int {
	for i < len(l) && isReSpace(l[i]) {
		i++
	}
	return i
}

// listMarkerEnd is the end of the bullet or number of a line that mayBeListItem accepts.
func listMarkerEnd(l string) int {
	i := mdIndent(l)
	if c := l[i]; c == '-' || c == '*' || c == '+' {
		return i + 1
	}
	for '0' <= l[i] && l[i] <= '9' {
		i++
	}
	return i + 1 // the '.' or ')'
}

// mdIndent is where a line's block marker may stand: after its leading \s, at most three.
func mdIndent(l string) int {
	i := 0
	for i < len(l) && i < 3 && isReSpace(l[i]) {
		i++
	}
	return i
}

// dropEmphasis is mdEmphasis.ReplaceAllStringFunc(l, trim "*_`") written out: from left to right,
// the first of a run of '*' opening the line or after a \s, a bracket, a double quote or an
// apostrophe (that byte stays), a run of '*' before a \s, a closing bracket, a quote, an
// apostrophe or one of .,;:!? or the end (that byte stays), "**", "__" and "`" is dropped.
func dropEmphasis(l string) string {
	var b strings.Builder
	done := 0 // l[:done] is written
	for i := 0; i < len(l); {
		c := l[i]
		start, end, keep := i, 0, -1 // match l[start:end]; keep is the byte kept, or -1
		switch {
		case c == '*' && i == 0:
			end = starsEnd(l, i)
		case emphasisBefore(c) && i+1 < len(l) && l[i+1] == '*':
			end, keep = starsEnd(l, i+1), i
		case c == '*' && starsEnd(l, i) == len(l):
			end = len(l)
		case c == '*' && emphasisAfter(l[starsEnd(l, i)]):
			keep = starsEnd(l, i)
			end = keep + 1
		case c == '*' && i+1 < len(l) && l[i+1] == '*', c == '_' && i+1 < len(l) && l[i+1] == '_':
			end = i + 2
		case c == '`':
			end = i + 1
		default:
			i++
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(l))
		}
		b.WriteString(l[done:start])
		if keep >= 0 {
			b.WriteByte(l[keep])
		}
		done, i = end, end
	}
	if b.Cap() == 0 {
		return l
	}
	b.WriteString(l[done:])
	return b.String()
}

// starsEnd is the end of the run of '*' that starts at i.
func starsEnd(l string, i int) int {
	for i < len(l) && l[i] == '*' {
		i++
	}
	return i
}

// emphasisBefore: a byte after which '*' opens emphasis ([\s("'] of mdEmphasis).
func emphasisBefore(c byte) bool { return isReSpace(c) || c == '(' || c == '"' || c == '\'' }

// emphasisAfter: a byte before which '*' closes emphasis ([\s.,;:!?)"'] of mdEmphasis).
func emphasisAfter(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', ')', '"', '\'':
		return true
	}
	return isReSpace(c)
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

// simpleFrontMatter reads the common front matter, "key: value" lines of the known keys with
// plain or double-quoted values, as yaml.Unmarshal would, without the YAML parser (most of the
// time of reading a short article). ok is false for anything else, left to the parser: another
// key, a repeated key, indentation, comments, other quoting, escapes, flow or block collections,
// anchors, tags, nulls, characters YAML refuses or reads as line breaks.
func simpleFrontMatter(text string) (fm frontMatter, ok bool) {
	var set [10]bool
	for rest := text; rest != ""; {
		line := rest
		rest = ""
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, rest = line[:i], line[i+1:]
			if rest == "" {
				return fm, false // a final empty line: let the parser judge
			}
		}
		if line == "" {
			continue
		}
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			return fm, false
		}
		key, value := line[:colon], line[colon+1:]
		k := frontMatterKey(key)
		if k < 0 || set[k] {
			return fm, false
		}
		set[k] = true
		if value == "" {
			return fm, false // null: the field keeps its value
		}
		if value[0] != ' ' {
			return fm, false
		}
		value = strings.TrimLeft(value, " ")
		v, ok := simpleScalar(value)
		if !ok {
			return fm, false
		}
		*fm.field(k) = strings.Clone(v) // not a window on the file's text, which would stay alive
	}
	return fm, true
}

// frontMatterKeys are the keys of frontMatter, in the order of field.
var frontMatterKeys = [10]string{"title", "source", "outlet", "publisher", "url", "link", "published", "date", "datePublished", "author"}

func frontMatterKey(key string) int {
	for i, k := range frontMatterKeys {
		if key == k {
			return i
		}
	}
	return -1
}

// field is the field of the i-th of frontMatterKeys.
func (fm *frontMatter) field(i int) *string {
	return [10]*string{&fm.Title, &fm.Source, &fm.Outlet, &fm.Publisher, &fm.URL, &fm.Link, &fm.Published, &fm.Date, &fm.DatePublished, &fm.Author}[i]
}

// simpleScalar is the string a value (the rest of a line, after the space) stands for when it is
// a double-quoted string without escapes or a plain scalar that YAML reads as it is written.
func simpleScalar(v string) (string, bool) {
	if v == "" || !yamlPlainChars(v) {
		return "", false
	}
	if v[0] == '"' {
		if len(v) < 2 || v[len(v)-1] != '"' {
			return "", false
		}
		in := v[1 : len(v)-1]
		if strings.ContainsAny(in, "\"\\") {
			return "", false
		}
		return in, true
	}
	// a plain scalar: no indicator first, no ": " or " #" inside, no trailing space or colon
	if strings.IndexByte("-?:,[]{}#&*!|>'\"%@`~ ", v[0]) >= 0 {
		return "", false
	}
	switch v {
	case "null", "Null", "NULL":
		return "", false
	}
	if strings.Contains(v, ": ") || strings.Contains(v, " #") || strings.Contains(v, "\t") {
		return "", false
	}
	if c := v[len(v)-1]; c == ' ' || c == ':' {
		return "", false
	}
	return v, true
}

// yamlPlainChars reports whether s holds only characters YAML accepts in a line and does not read
// as a line break: printable ASCII and tab, and the printable characters beyond (not C1 controls,
// NEL, surrogates, U+FEFF, U+FFFE, U+FFFF, the line and paragraph separators).
func yamlPlainChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' || c == 0x7f {
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r < 0xa0 || r >= 0xd800 && r < 0xe000 ||
			r == 0xfeff || r == 0xfffe || r == 0xffff || r == 0x2028 || r == 0x2029 {
			return false
		}
		i += size - 1
	}
	return true
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
