// Package model holds crosscheck's domain types: sources, claims, findings and reports; it depends only on the standard library.
package model

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Source describes where an article came from.
type Source struct {
	ID        string     // base name without extension, unique within a run
	Path      string     // path as given on the command line ("-" for stdin)
	Title     string     // headline, if known
	Outlet    string     // publication name, if known
	URL       string     // canonical address, if known
	Author    string     // byline, if known
	Published *time.Time // publication time, nil when unknown
}

// Article is one loaded, cleaned article.
type Article struct {
	Source
	Format string // "text", "markdown", "html", "json"
	Text   string // cleaned body; every Span points into it
	lines  []int  // byte offsets of line starts, built lazily
	// last is the previous Position asked for, so that counting characters along a long line
	// starts from there (claims come in text order) instead of from the line's start.
	last struct{ line, off, char int }
}

// DropText frees the article's text (and what was derived from it), keeping its source: once
// its claims are read, a large run needs no more of it.
func (a *Article) DropText() {
	a.Text = ""
	a.lines = nil
	a.last = struct{ line, off, char int }{}
}

// Span is a half-open byte range [Start, End) into an Article's Text.
type Span struct {
	Start int
	End   int
}

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Position is a 1-based line and column (column in bytes).
type Position struct {
	Line   int
	Column int
	// Char is the 1-based column in characters (Unicode code points), for formats that count
	// characters (SARIF, editors); 0 when unknown.
	Char int
}

// Position converts a byte offset of a.Text into a line and column.
func (a *Article) Position(offset int) Position {
	if a.lines == nil {
		a.lines = []int{0}
		for i := 0; i < len(a.Text); i++ {
			if a.Text[i] == '\n' {
				a.lines = append(a.lines, i+1)
			}
		}
	}
	i := sort.Search(len(a.lines), func(i int) bool { return a.lines[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	col := offset - a.lines[i] + 1
	char := col
	if offset <= len(a.Text) && a.lines[i] <= offset {
		switch l := a.last; {
		case l.line == i+1 && l.off <= offset:
			char = l.char + utf8.RuneCountInString(a.Text[l.off:offset])
		case l.line == i+1 && offset-a.lines[i] > l.off-offset:
			char = l.char - utf8.RuneCountInString(a.Text[offset:l.off])
		default:
			char = utf8.RuneCountInString(a.Text[a.lines[i]:offset]) + 1
		}
		a.last.line, a.last.off, a.last.char = i+1, offset, char
	}
	return Position{Line: i + 1, Column: col, Char: char}
}

// Slice returns the text under a span, or "" when the span is out of bounds.
func (a *Article) Slice(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return ""
	}
	return a.Text[s.Start:s.End]
}
