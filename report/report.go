// Package report writes a model.Report in the formats crosscheck offers: table, json, and more, each to an io.Writer.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

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

// Write writes r in the named format.
func Write(format string, w io.Writer, r *model.Report, opt Options) error {
	wr, ok := writers[format]
	if !ok {
		return fmt.Errorf("unknown format %q (choose from %s)", format, strings.Join(Formats(), ", "))
	}
	return wr(w, r, opt)
}

// Terminal makes article text safe for a terminal: control characters (escape sequences
// included) become spaces, and runs of white space collapse.
func Terminal(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
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

// SummaryLine is the one-line summary shown under human-readable reports.
func SummaryLine(s model.Summary) string {
	return fmt.Sprintf("%s read, %s found: %s, %d corroborated, %d single-source%s",
		plural(s.Sources, "source"), plural(s.Claims, "claim"), plural(s.Conflict, "conflict"),
		s.Corroborated, s.Single, unsupportedPart(s.Unsupported))
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
