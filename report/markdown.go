package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

func init() { Register("markdown", writeMarkdown) }

// markdownEvidence is the longest evidence excerpt shown in a Markdown cell, in bytes.
const markdownEvidence = 400

// kindHeadings are the section titles of the Markdown and HTML reports, in display order.
var kindHeadings = []struct {
	Kind  model.Kind
	Title string
}{
	{model.KindConflict, "Conflicts"},
	{model.KindUnsupported, "Unsupported"},
	{model.KindCorroborated, "Corroborated"},
	{model.KindSingle, "Single-source"},
}

// writeMarkdown writes GitHub-flavoured Markdown for a newsroom chat or a pull request: a heading
// per finding kind, a table of claims per finding. Every piece of article text goes through
// MarkdownText, so it cannot open links, images, HTML, mentions or break a table.
func writeMarkdown(w io.Writer, r *model.Report, opt Options) error {
	var b strings.Builder
	b.WriteString("# crosscheck report\n\n")
	b.WriteString(MarkdownText(SummaryLine(r.Summary)) + "\n")
	shown := Shown(r, opt)
	for _, kh := range kindHeadings {
		fs := ByKind(shown, kh.Kind)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n", kh.Title, len(fs))
		for _, f := range fs {
			markdownFinding(&b, f)
		}
	}
	if len(shown) == 0 {
		b.WriteString("\nNo conflicts or corroborations found.\n")
	}
	if r.Summary.Single > 0 && !opt.All {
		fmt.Fprintf(&b, "\n_%s not listed (`--all` lists them)._\n", plural(r.Summary.Single, "single-source finding"))
	}
	if len(r.Sources) > 0 {
		b.WriteString("\n## Sources\n\n| Source | Title | Outlet | Published |\n| --- | --- | --- | --- |\n")
		for _, s := range r.Sources {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", markdownCode(s.ID), orDash(MarkdownText(s.Title)), orDash(MarkdownText(s.Outlet)), published(s))
		}
	}
	if len(r.Errors) > 0 {
		b.WriteString("\n## Inputs not read\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s: %s\n", markdownCode(e.Path), MarkdownText(e.Err))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func markdownFinding(b *strings.Builder, f model.Finding) {
	label := string(f.Severity)
	if f.Evolving {
		label += ", evolving figure"
	}
	fmt.Fprintf(b, "\n### %s\n\n", MarkdownText(f.Subject))
	fmt.Fprintf(b, "**%s** (%s) · %s · id %s\n", MarkdownText(label), MarkdownText(string(f.Type)), MarkdownText(f.Message), markdownCode(f.ID))
	if len(f.Diff) > 0 {
		b.WriteString("\nQuote as altered: ")
		for i, d := range f.Diff {
			if i > 0 {
				b.WriteByte(' ')
			}
			t := MarkdownText(d.Text)
			switch d.Op {
			case "-":
				b.WriteString("~~" + t + "~~")
			case "+":
				b.WriteString("**" + t + "**")
			default:
				b.WriteString(t)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\n| Source | Value | Attribution | Line | Evidence |\n| --- | --- | --- | ---: | --- |\n")
	for _, c := range f.Claims {
		// | source | **value** | attribution | line | “evidence” |, the value and the evidence
		// escaped as MarkdownText escapes them
		b.WriteString("| ")
		b.WriteString(markdownCode(c.Source))
		b.WriteString(" | **")
		markdownEscapeTo(b, Terminal(c.Value))
		b.WriteString("**")
		if c.Part {
			b.WriteString(" (part of a total)")
		}
		b.WriteString(" | ")
		if a := Terminal(c.Attribution); a != "" {
			markdownEscapeTo(b, a)
		} else {
			b.WriteString("–")
		}
		b.WriteString(" | ")
		b.WriteString(strconv.Itoa(c.Pos.Line))
		b.WriteString(" | “")
		bf, v, af := Excerpt(c, markdownEvidence)
		markdownEscapeTo(b, bf)
		if v != "" {
			b.WriteString("**")
			markdownEscapeTo(b, v)
			b.WriteString("**")
			markdownEscapeTo(b, af)
		}
		b.WriteString("” |\n")
	}
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func published(s model.Source) string {
	if s.Published == nil {
		return "–"
	}
	return s.Published.Format("2006-01-02 15:04 -07:00")
}

// markdownCode renders an identifier or path as inline code; back-ticks and pipes inside it are
// replaced so that the span can neither close early nor split a table row.
func markdownCode(s string) string {
	s = Terminal(s)
	s = codeReplacer.Replace(s)
	if s == "" {
		return "–"
	}
	return "`" + s + "`"
}

var codeReplacer = strings.NewReplacer("`", "'", "|", "¦")

// zwsp breaks automatic links and @-mentions without changing what a reader sees.
const zwsp = "\u200b"

// MarkdownText makes article text inert in GitHub-flavoured Markdown: control characters and
// line breaks become spaces (see Terminal), every ASCII punctuation character that Markdown
// gives a meaning to is backslash-escaped (no links, images, emphasis, HTML, entities or table
// breaks), and "@", "#", "://" and "www." get a zero-width space so that mentions, issue
// references, e-mail addresses and bare URLs are not turned into links or notifications.
func MarkdownText(s string) string { return markdownEscape(Terminal(s)) }

// markdownEscape is MarkdownText for text that is already terminal-safe (it keeps edge spaces).
func markdownEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	markdownEscapeTo(&b, s)
	return b.String()
}

// markdownEscapeTo writes markdownEscape(s) to b, the runs of bytes that need nothing at once.
func markdownEscapeTo(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if !markdownSpecial[ch] {
			continue
		}
		b.WriteString(s[start:i])
		start = i + 1
		switch ch {
		case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '<', '>', '~', '&':
			b.WriteByte('\\')
			b.WriteByte(ch)
		case '#': // a heading's closing sequence, and an issue reference on GitHub
			b.WriteString("\\#" + zwsp)
		case '@':
			b.WriteString("@" + zwsp)
		case ':':
			b.WriteByte(':')
			if strings.HasPrefix(s[i+1:], "//") {
				b.WriteString(zwsp)
			}
		case '.':
			b.WriteByte('.')
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteString(zwsp)
			}
		}
	}
	b.WriteString(s[start:])
}

// markdownSpecial marks the bytes markdownEscapeTo acts on.
var markdownSpecial = func() (t [256]bool) {
	for _, c := range []byte("\\`*_[]()!|<>~&#@:.") {
		t[c] = true
	}
	return t
}()
