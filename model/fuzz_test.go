package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// naivePosition is Position computed from scratch, the reference the cached form must match.
func naivePosition(text string, offset int) Position {
	start := strings.LastIndexByte(text[:offset], '\n') + 1
	return Position{
		Line:   strings.Count(text[:offset], "\n") + 1,
		Column: offset - start + 1,
		Char:   utf8.RuneCountInString(text[start:offset]) + 1,
	}
}

// FuzzPosition asks an article for the positions of arbitrary offsets in an arbitrary order (each
// byte of order is one offset, a step forward or back): every answer equals the position counted
// from scratch, whatever was asked before.
func FuzzPosition(f *testing.F) {
	f.Add("one\ntwo\nthree", []byte{0, 5, 4, 9, 1, 13})
	f.Add("Київ — столиця\nУкраїни. 東京\n\n", []byte{30, 2, 17, 17, 40, 0, 3})
	f.Add(strings.Repeat("long line with ünïcödé ", 50), []byte{200, 10, 255, 100, 99, 250})
	f.Add("", []byte{0, 1})
	f.Fuzz(func(t *testing.T, text string, order []byte) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		a := &Article{Text: text}
		off := 0
		for _, b := range order {
			// alternate big jumps and small steps back and forth along the text
			if b&1 == 0 {
				off = int(b) * len(text) / 255
			} else {
				off += int(int8(b)) / 4
			}
			if off < 0 {
				off = 0
			}
			if off > len(text) {
				off = len(text)
			}
			for off > 0 && off < len(text) && !utf8.RuneStart(text[off]) {
				off--
			}
			require.Equal(t, naivePosition(text, off), a.Position(off), "offset %d of %q", off, text)
		}
	})
}
