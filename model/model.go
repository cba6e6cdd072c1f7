// Package model holds crosscheck's domain types: sources, claims, findings and reports; it depends only on the standard library.
package model

import (
	"strings"
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
	// Terms are the few names the article is about (places, people's surnames), as keys, read at
	// extraction so that a run can be grouped into stories at comparison, sharded or not. Nil
	// when unknown (a claims file of an older version): such a source links to no other.
	Terms []string `json:",omitempty"`
	// Story is the story the source was grouped into at comparison (the smallest source id of
	// the story); "" when the run was compared as one story.
	Story string `json:",omitempty"`
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
		a.lines = lineStarts(a.Text)
	}
	i := a.lineOf(offset)
	col := offset - a.lines[i] + 1
	char := col
	if offset <= len(a.Text) && a.lines[i] <= offset {
		switch l := a.last; {
		case l.line == i+1 && l.off <= offset:
			char = l.char + runeCount(a.Text[l.off:offset])
		case l.line == i+1 && offset-a.lines[i] > l.off-offset:
			char = l.char - runeCount(a.Text[offset:l.off])
		default:
			char = runeCount(a.Text[a.lines[i]:offset]) + 1
		}
		a.last.line, a.last.off, a.last.char = i+1, offset, char
	}
	return Position{Line: i + 1, Column: col, Char: char}
}

// runeCount is utf8.RuneCountInString(s), eight ASCII bytes at a time: most text is ASCII, and
// an ASCII byte is a rune of its own. Other bytes are decoded as ranging over s decodes them.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			if x&0x8080808080808080 == 0 {
				n += 8
				i += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// lineStarts returns the byte offsets of the starts of text's lines, found with a vectorised
// search for each newline instead of a test per byte, in a slice of exactly their number.
func lineStarts(text string) []int {
	lines := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; ; {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			return lines
		}
		i += nl + 1
		lines = append(lines, i)
	}
}

// lineOf returns the index of the line of a.lines that holds offset (0 before the text): offsets
// are mostly asked in text order, so the line of the previous answer and the few after it are
// tried before a binary search.
func (a *Article) lineOf(offset int) int {
	lines := a.lines
	if l := a.last.line - 1; l >= 0 && l < len(lines) && lines[l] <= offset {
		for end := min(l+4, len(lines)); l < end; l++ {
			if l+1 == len(lines) || offset < lines[l+1] {
				return l
			}
		}
	}
	// the first line starting after offset, less one
	lo, hi := 0, len(lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if lines[m] > offset {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(lo-1, 0)
}

// Slice returns the text under a span, or "" when the span is out of bounds.
func (a *Article) Slice(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return ""
	}
	return a.Text[s.Start:s.End]
}
