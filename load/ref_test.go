package load

// Reference copies of the cleaning code as it was before the performance work (commit bc124e9):
// the equivalence tests check that the fast code gives byte-identical results.

import (
	"bytes"
	"fmt"
	xunicode "golang.org/x/text/encoding/unicode"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/model"
)

func refIsNavLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 14 {
		return false
	}
	known := 0
	for _, w := range f {
		w = strings.Trim(w, "|•·/>»›-–")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '&' && c != '-' {
				return false
			}
		}
		if navWords[strings.ToLower(w)] {
			known++
		}
	}
	if len(f) == 1 {
		return known == 1
	}
	return len(f) >= 3 && known*2 >= len(f)
}

func refIsBoilerplate(trim string) bool {
	return creditLine.MatchString(trim) || boilerLine.MatchString(trim) || imageLine.MatchString(trim) || refIsNavLine(trim)
}

func refCleanBlocks(blocks []string) string {
	seen := make(map[string]bool, len(blocks))
	var b strings.Builder
	for _, blk := range blocks {
		if blk == "" || refIsBoilerplate(blk) {
			continue
		}
		norm := strings.Join(strings.Fields(blk), " ")
		if len(norm) >= 20 {
			if seen[norm] {
				continue
			}
			seen[norm] = true
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(blk)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

func refCleanBody(body string, readDate bool) cleaned {
	var out cleaned
	body = refTextOnly(body)
	lines := strings.SplitAfter(body, "\n")
	seen := make(map[string]bool, len(lines))
	firstContent := true
	inHead, headLines := true, 0
	kept := false
	var b strings.Builder
	b.Grow(len(body))
	midParagraph := false
	for li, raw := range lines {
		line := strings.TrimSuffix(raw, "\n")
		nl := len(raw) > len(line)
		trim := strings.TrimSpace(line)
		keep := trim != ""
		if keep && firstContent && readDate {
			if m := dateLine.FindStringSubmatchIndex(line); m != nil {
				if t, err := time.Parse("2006-01-02", line[m[2]:m[3]]); err == nil {
					out.published = &t
					rest := strings.TrimSpace(line[m[1]:])
					if len(rest) < 60 || refIsNavLine(rest) {
						keep = false // "date 2025-11-04 World Russia Society …": a dateline over a nav bar
					} else {
						// the date opens a paragraph: blank the date, keep the words
						line = strings.Repeat(" ", m[1]) + line[m[1]:]
						trim = strings.TrimSpace(line)
					}
				}
			} else if t, ok := writtenDateLine(line); ok {
				out.published = &t
				keep = false
			}
		} else if keep && inHead && readDate && out.published == nil {
			if t, ok := writtenDateLine(line); ok {
				out.published, keep = &t, false
			} else if t, ok := bylineDate(line); ok {
				out.published, keep = &t, false
			}
		}
		if keep && inHead {
			inHead = headLine(trim) && headLines < 4
			headLines++
		}
		if keep && refIsBoilerplate(trim) {
			keep = false
		}
		if keep {
			norm := strings.Join(strings.Fields(trim), " ")
			if len(norm) >= 20 {
				if seen[norm] && !midParagraph && refWholeLineEnd(trim, lines[li+1:], nl) {
					keep = false // a paragraph repeated whole is read once
				}
				seen[norm] = true
			}
		}
		if trim != "" {
			firstContent = false
		}
		midParagraph = trim != "" && !refEndsSentenceLine(trim)
		if keep {
			if !kept && looksLikeTitle(trim) {
				out.title = trim
			}
			kept = true
			b.WriteString(line)
		}
		if nl {
			b.WriteByte('\n')
		}
	}
	out.text = b.String()
	return out
}

func refTextOnly(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 || c == 0xe2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			b.WriteByte(' ')
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f:
			// bidi embeddings, overrides, isolates and marks: invisible, and able to reorder evidence
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func refParseMarkdown(name string, data []byte) ([]*model.Article, error) {
	s, err := refDecode(data)
	if err != nil {
		return nil, err
	}
	a := &model.Article{Format: "markdown"}
	body := s
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
		err := yaml.Unmarshal([]byte(fmText), &fm)
		if loose, ok := looseFrontMatter(fmText); err != nil && ok {
			fm, err = loose, nil
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
		body = strings.Repeat("\n", strings.Count(s[:closeEnd], "\n")) + s[closeEnd:]
	}
	if strings.Contains(body, "<!--") {
		body = htmlComment.ReplaceAllStringFunc(body, func(c string) string {
			return strings.Repeat("\n", strings.Count(c, "\n"))
		})
	}
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		// each expression runs only on lines holding a character it needs (most lines hold none)
		if strings.ContainsAny(l, "-*_") && mdRule.MatchString(l) {
			lines[i] = ""
			continue
		}
		if strings.IndexByte(l, '#') >= 0 {
			l = mdHeading.ReplaceAllString(l, "")
		}
		if strings.IndexByte(l, '>') >= 0 {
			l = mdQuote.ReplaceAllString(l, "")
		}
		if strings.ContainsAny(l, "-*+.)") {
			l = mdList.ReplaceAllString(l, "")
		}
		if strings.Contains(l, "](") {
			l = mdImage.ReplaceAllString(l, "")
			l = mdLink.ReplaceAllString(l, "$1")
		}
		if strings.ContainsAny(l, "*_`") {
			l = mdEmphasis.ReplaceAllStringFunc(l, func(m string) string { return strings.Trim(m, "*_`") })
		}
		lines[i] = l
	}
	c := refCleanBody(strings.Join(lines, "\n"), a.Published == nil)
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

func refParseText(name string, data []byte) ([]*model.Article, error) {
	s, err := refDecode(data)
	if err != nil {
		return nil, err
	}
	c := refCleanBody(s, true)
	a := &model.Article{Format: "text", Text: c.text}
	a.Title = c.title
	a.Published = c.published
	if isBlank(a.Text) {
		return nil, errEmpty
	}
	return []*model.Article{a}, nil
}

func refDecode(data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		// UTF-16 with a byte-order mark: what Windows tools save as "Unicode" text
		out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("cannot decode UTF-16 text: %v", err)
		}
		data = out
	}
	if kind := binaryKind(data); kind != "" {
		return "", fmt.Errorf("not a text file (%s)", kind)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s, nil
}

// refEndsSentenceLine is endsSentenceLine written plainly.
func refEndsSentenceLine(trim string) bool {
	if trim == "" {
		return true
	}
	for _, end := range []string{".", "!", "?", ":", ";", "\"", "'", ")", "]", "”", "’", "»", "…"} {
		if strings.HasSuffix(trim, end) {
			return true
		}
	}
	return false
}

// refWholeLineEnd is wholeLineEnd over the lines that follow.
func refWholeLineEnd(trim string, next []string, nl bool) bool {
	if !nl || refEndsSentenceLine(trim) {
		return true
	}
	return len(next) == 0 || strings.TrimSpace(next[0]) == ""
}
