// Package report writes a model.Report in the formats crosscheck offers: table, json, and more, each to an io.Writer.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
)

// Options shape what a writer shows.
type Options struct {
	// All lists single-source findings in human formats too (JSON always has everything).
	All bool
	// Color allows ANSI colour in the table (only on a terminal, never with NO_COLOR).
	Color bool
}

// Writer writes a report in one format.
type Writer func(w io.Writer, r *model.Report, opt Options) error

var writers = map[string]Writer{
	"table": writeTable,
	"json":  writeJSON,
}

// Register adds a format; it is meant for init functions of format files.
func Register(name string, w Writer) { writers[name] = w }

// Formats lists the known format names, sorted.
func Formats() []string {
	out := make([]string, 0, len(writers))
	for k := range writers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// streaming formats read each finding's claims through Report.ClaimsOf, one finding at a time;
// the others get a report whose findings hold their claims.
var streaming = map[string]bool{"json": true}

// Write writes r in the named format. A report that keeps claims in a store (Report.Store) is
// materialized first, unless the format streams.
func Write(format string, w io.Writer, r *model.Report, opt Options) error {
	wr, ok := writers[format]
	if !ok {
		return fmt.Errorf("unknown format %q (choose from %s)", format, strings.Join(Formats(), ", "))
	}
	if !streaming[format] {
		r.Materialize()
	}
	return wr(w, r, opt)
}

// Terminal makes article text safe for a terminal: control characters (escape sequences
// included) become spaces, and runs of white space collapse.
func Terminal(s string) string {
	if t, ok := terminalTrim(s); ok {
		return t
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if blank(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// blank reports whether Terminal turns r into a space.
func blank(r rune) bool {
	return unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r)
}

// terminalTrim is Terminal(s) without building a string when that is s less the spaces at its
// edges: when s holds no blank but single spaces between words, and no invalid UTF-8 (most
// names, values and sentences, and the parts of an excerpt).
func terminalTrim(s string) (string, bool) {
	lo, hi := 0, len(s)
	for lo < hi && s[lo] == ' ' {
		lo++
	}
	for hi > lo && s[hi-1] == ' ' {
		hi--
	}
	t := s[lo:hi]
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f || c == ' ' && t[i+1] == ' ' { // t does not end with a space
				return "", false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && size == 1 || blank(r) {
			return "", false
		}
		i += size
	}
	return t, true
}

// SummaryLine is the one-line summary shown under human-readable reports.
func SummaryLine(s model.Summary) string {
	return fmt.Sprintf("%s read%s, %s found: %s, %d corroborated, %d single-source%s%s",
		plural(s.Sources, "source"), storiesPart(s.Stories), plural(s.Claims, "claim"), plural(s.Conflict, "conflict"),
		s.Corroborated, s.Single, unsupportedPart(s.Unsupported), suppressedPart(s.Suppressed))
}

// storiesPart names the stories a run was grouped into, when more than one.
func storiesPart(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" in %d stories", n)
}

func suppressedPart(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d suppressed by the configuration", n)
}

func unsupportedPart(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d unsupported", n)
}

func plural(n int, w string) string {
	if n == 1 {
		return "1 " + w
	}
	return fmt.Sprintf("%d %ss", n, w)
}

// Shown returns the findings a human format lists.
func Shown(r *model.Report, opt Options) []model.Finding {
	var out []model.Finding
	for _, f := range r.Findings {
		if f.Kind == model.KindSingle && !opt.All {
			continue
		}
		out = append(out, f)
	}
	return out
}

// Evidence shortens a sentence for display around the value span, marking cuts with "…".
func Evidence(c model.Claim, max int) string {
	t := Terminal(c.Text)
	if len(t) <= max {
		return t
	}
	return t[:cut(t, max)] + "…"
}

func cut(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return n
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValueParts splits a claim's evidence into the text before the disputed value, the value, and the
// text after it, using Claim.ValueSpan relative to Claim.Evidence. ok is false (and before holds the
// whole evidence) when the value span does not lie inside the evidence on character boundaries.
func ValueParts(c model.Claim) (before, value, after string, ok bool) {
	if c.ValueSpan.Len() <= 0 || !c.Evidence.Contains(c.ValueSpan) || c.Evidence.Len() != len(c.Text) {
		return c.Text, "", "", false
	}
	lo, hi := c.ValueSpan.Start-c.Evidence.Start, c.ValueSpan.End-c.Evidence.Start
	if !boundary(c.Text, lo) || !boundary(c.Text, hi) {
		return c.Text, "", "", false
	}
	return c.Text[:lo], c.Text[lo:hi], c.Text[hi:], true
}

func boundary(s string, i int) bool {
	return i == len(s) || (i >= 0 && i < len(s) && utf8.RuneStart(s[i]))
}

// Excerpt shortens a claim's evidence to about max bytes around the disputed value, cutting at word
// boundaries and marking cuts with "…"; the parts are made terminal-safe (see Terminal). When the
// value cannot be located, before holds the shortened evidence and value and after are empty.
func Excerpt(c model.Claim, max int) (before, value, after string) {
	b, v, a, ok := ValueParts(c)
	if !ok {
		return Evidence(c, max), "", ""
	}
	b, v, a = keepEdges(b), Terminal(v), keepEdges(a)
	room := max - len(v)
	if room < 0 {
		room = 0
	}
	if len(b)+len(a) <= room {
		return b, v, a
	}
	keepB := room / 2
	keepA := room - keepB
	if len(b) < keepB {
		keepA += keepB - len(b)
		keepB = len(b)
	}
	if len(a) < keepA {
		keepB += keepA - len(a)
		keepA = len(a)
	}
	if keepB < len(b) {
		i := len(b) - keepB
		for i < len(b) && !isRuneStart(b[i]) {
			i++
		}
		if j := strings.IndexByte(b[i:], ' '); j >= 0 && j < len(b)-i-1 {
			i += j + 1
		}
		b = "…" + b[i:]
	}
	if keepA < len(a) {
		i := cut(a, keepA)
		if j := strings.LastIndexByte(a[:i], ' '); j > 0 {
			i = j
		}
		a = a[:i] + "…"
	}
	return b, v, a
}

// keepEdges is Terminal that keeps one space where s begins or ends with white space, so that
// the parts around a value still read as words once joined.
func keepEdges(s string) string {
	t := Terminal(s)
	if t == "" {
		if s != "" {
			return " "
		}
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		t = " " + t
	}
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		t += " "
	}
	return t
}

// CharRange locates a claim's evidence in characters (code points), as editors, SARIF and
// GitHub count columns: 1-based start line and column, and the line and column just after its
// end. The start column is Claim.Pos.Char, or Claim.Pos.Column (bytes) when that is unknown.
func CharRange(c model.Claim) (startLine, startCol, endLine, endCol int) {
	startLine, startCol = c.Pos.Line, c.Pos.Char
	if startCol <= 0 {
		startCol = c.Pos.Column
	}
	if startLine < 1 {
		startLine = 1
	}
	if startCol < 1 {
		startCol = 1
	}
	endLine, endCol = startLine, startCol+utf8.RuneCountInString(c.Text)
	if nl := strings.Count(c.Text, "\n"); nl > 0 {
		endLine = startLine + nl
		endCol = utf8.RuneCountInString(c.Text[strings.LastIndexByte(c.Text, '\n')+1:]) + 1
	}
	return startLine, startCol, endLine, endCol
}

// SourceIndex maps source ids to their sources.
func SourceIndex(r *model.Report) map[string]model.Source {
	m := make(map[string]model.Source, len(r.Sources))
	for _, s := range r.Sources {
		m[s.ID] = s
	}
	return m
}

// ByKind returns the findings of one kind, in report order.
func ByKind(fs []model.Finding, k model.Kind) []model.Finding {
	var out []model.Finding
	for _, f := range fs {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}
