package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/crosscheck/crosscheck/model"
)

const (
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiGreen  = "\x1b[32m"
	ansiReset  = "\x1b[0m"
)

// newTable makes a table with wrapped cells and no header auto-formatting.
func newTable(w io.Writer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint()),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(64),
	)
}

// writeTable prints one row per claim, the finding's columns on its first row, conflicts first,
// then the summary line and any input errors.
func writeTable(w io.Writer, r *model.Report, opt Options) error {
	shown := Shown(r, opt)
	if len(shown) > 0 {
		t := newTable(w)
		t.Header("Finding", "Subject", "Value", "Source", "Line", "Evidence")
		for _, f := range shown {
			label := string(f.Kind)
			if f.Evolving {
				label += " (evolving)"
			}
			label += "\n" + string(f.Severity)
			if opt.Color {
				label = paint(label, colorFor(f.Severity))
			}
			for i, c := range f.Claims {
				first, subj := "", ""
				if i == 0 {
					first, subj = label, Terminal(f.Subject)
				}
				val := Terminal(c.Value)
				if c.Attribution != "" {
					val += "\n(" + Terminal(c.Attribution) + ")"
				}
				if c.Part {
					val += "\n(part of a total)"
				}
				if err := t.Append(first, subj, val, Terminal(c.Source), strconv.Itoa(c.Pos.Line), excerptLine(c)); err != nil {
					return err
				}
			}
		}
		if err := t.Render(); err != nil {
			return err
		}
		for _, f := range shown {
			if f.Kind == model.KindConflict {
				if _, err := fmt.Fprintf(w, "%s: %s\n", Terminal(f.Subject), Terminal(f.Message)); err != nil {
					return err
				}
			}
		}
	} else if _, err := fmt.Fprintln(w, "No conflicts or corroborations found."); err != nil {
		return err
	}
	if _, err := fmt.Fprintln(w, SummaryLine(r.Summary)); err != nil {
		return err
	}
	if r.Summary.Single > 0 && !opt.All {
		if _, err := fmt.Fprintf(w, "(%s not listed; --all lists them)\n", plural(r.Summary.Single, "single-source finding")); err != nil {
			return err
		}
	}
	for _, e := range r.Errors {
		if _, err := fmt.Fprintf(w, "error: %s: %s\n", Terminal(e.Path), Terminal(e.Err)); err != nil {
			return err
		}
	}
	return nil
}

// paint colours every line of s on its own, so that the colour never runs across the table's borders.
func paint(s, color string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = color + l + ansiReset
	}
	return strings.Join(lines, "\n")
}

// excerptLine is the evidence around the value, short enough for a terminal table.
func excerptLine(c model.Claim) string {
	b, v, a := Excerpt(c, 180)
	return b + v + a
}

func colorFor(s model.Severity) string {
	switch s {
	case model.SeverityError:
		return ansiRed
	case model.SeverityWarning:
		return ansiYellow
	}
	return ansiGreen
}

// WriteClaimsTable lists claims one per row.
func WriteClaimsTable(w io.Writer, claims []model.Claim) error {
	t := newTable(w)
	t.Header("Type", "Subject", "Value", "Normalized", "Attribution", "Source", "Line")
	for _, c := range claims {
		if err := t.Append(string(c.Type), Terminal(c.Subject), Terminal(c.Value), Terminal(NormalizedText(c)),
			Terminal(c.Attribution), Terminal(c.Source), strconv.Itoa(c.Pos.Line)); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", plural(len(claims), "claim"))
	return err
}

// NormalizedText renders a claim's normalized value for humans: "26", "≥ 14 people", "2025-08-08".
func NormalizedText(c model.Claim) string {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		if q.Currency != "" {
			return q.Interval.String() + " " + q.Currency
		}
		return q.Interval.String() + " " + q.Unit
	case c.Date != nil:
		if !c.Date.Resolved {
			return c.Date.Expression + " (unresolved)"
		}
		if c.Date.End != "" {
			return c.Date.Start + "/" + c.Date.End
		}
		return c.Date.Start
	case c.Role != nil:
		return c.Role.Person + ": " + c.Role.Post
	case c.Quote != nil:
		return c.Quote.Folded
	}
	return c.Value
}
