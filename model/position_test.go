package model

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
)

// refArticle is Position as it was before the line table was searched from the previous answer:
// the reference for any offsets, also off character boundaries and outside the text, in any order.
type refArticle struct {
	Text  string
	lines []int
	last  struct{ line, off, char int }
}

func (a *refArticle) Position(offset int) Position {
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

// FuzzPositionRef asks Position and the reference the same offsets in the same order: each byte
// of order is an offset, a step or a jump, anywhere from a little before the text to a little after.
func FuzzPositionRef(f *testing.F) {
	f.Add("one\ntwo\nthree", []byte{0, 5, 4, 9, 1, 13, 200, 3})
	f.Add("Київ — столиця\nУкраїни. 東京\n\n\n\nx\ny\nz", []byte{30, 2, 17, 17, 40, 0, 3, 41, 43, 45, 47, 49})
	f.Add(strings.Repeat("short\n", 40)+"end", []byte{2, 4, 6, 8, 10, 12, 14, 16, 18, 254, 1, 3})
	f.Add("", []byte{0, 1, 255})
	f.Fuzz(func(t *testing.T, text string, order []byte) {
		a, r := &Article{Text: text}, &refArticle{Text: text}
		off := 0
		for _, b := range order {
			if b&1 == 0 {
				off = int(b)*(len(text)+8)/255 - 4
			} else {
				off += int(int8(b)) / 4
			}
			if got, want := a.Position(off), r.Position(off); got != want {
				t.Fatalf("offset %d of %q: %+v, want %+v", off, text, got, want)
			}
		}
	})
}

// benchPositions asks the positions of every sentence start (after ". ") of about 1 MB of
// generated articles, in text order, of a fresh article each time (its line table is built).
func benchPositions(b *testing.B, pos func(text string, offs []int)) {
	var texts []string
	var offs [][]int
	n := 0
	for _, f := range corpus.Articles(200, 1) {
		text := string(corpus.PlainText(f))
		var o []int
		for i := 0; ; {
			k := strings.Index(text[i:], ". ")
			if k < 0 {
				break
			}
			i += k + 2
			o = append(o, i)
		}
		texts, offs = append(texts, text), append(offs, o)
		n += len(text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for k, text := range texts {
			pos(text, offs[k])
		}
	}
}

func BenchmarkPositionNow(b *testing.B) {
	benchPositions(b, func(text string, offs []int) {
		a := &Article{Text: text}
		for _, o := range offs {
			a.Position(o)
		}
	})
}

func BenchmarkPositionRef(b *testing.B) {
	benchPositions(b, func(text string, offs []int) {
		a := &refArticle{Text: text}
		for _, o := range offs {
			a.Position(o)
		}
	})
}

// FuzzRuneCount checks runeCount against utf8.RuneCountInString on any bytes.
func FuzzRuneCount(f *testing.F) {
	f.Add("plain ASCII text, longer than eight bytes")
	f.Add("Київ — столиця\nУкраїни. 東京 abcdefgh\xe2\x80 \xff\xfe abcdefghijk \xf0\x9f\x98")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s) && i < 16; i++ {
			if got, want := runeCount(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Fatalf("runeCount(%q) = %d, want %d", s[i:], got, want)
			}
		}
	})
}
