package load

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
)

// ErrNotStreamable is returned by OpenTextStream for files that are not plain text.
var ErrNotStreamable = errors.New("only plain-text files are read in chunks")

// TextStream reads a large plain-text file in chunks that end at a paragraph break (a blank
// line), so that a file of any size is processed in bounded memory. Cleaning each chunk with
// CleanChunk and laying the cleaned chunks end to end gives the article's cleaned text, with the
// file's line numbers, except that a paragraph repeated in two chunks is kept twice.
type TextStream struct {
	f     *os.File
	path  string
	size  int
	carry []byte
	buf   []byte
	eof   bool
}

// OpenTextStream opens a plain-text file (.txt, .text, or no extension) for reading in chunks of
// about chunkSize bytes.
func OpenTextStream(path string, chunkSize int) (*TextStream, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", "":
	default:
		return nil, ErrNotStreamable
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, cleanErr(err)
	}
	var bom [2]byte
	if n, _ := f.ReadAt(bom[:], 0); n == 2 && (bom == [2]byte{0xff, 0xfe} || bom == [2]byte{0xfe, 0xff}) {
		f.Close()
		return nil, ErrNotStreamable // UTF-16: a chunk cut at a newline byte would split a character
	}
	if chunkSize < 4096 {
		chunkSize = 4096
	}
	return &TextStream{f: f, path: path, size: chunkSize, buf: make([]byte, chunkSize)}, nil
}

// Source is the source the file's article has before its first chunk is cleaned: id and path as
// Load gives them.
func (s *TextStream) Source() model.Source {
	return model.Source{ID: strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path)), Path: s.path}
}

// Close closes the file.
func (s *TextStream) Close() error { return s.f.Close() }

// Next returns the next raw chunk, or io.EOF after the last. A chunk ends after a blank line when
// there is one within four chunk sizes, else after a line break, else wherever the bytes end.
func (s *TextStream) Next() ([]byte, error) {
	for !s.eof && len(s.carry) < s.size {
		n, err := io.ReadFull(s.f, s.buf)
		s.carry = append(s.carry, s.buf[:n]...)
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			s.eof = true
		} else if err != nil {
			return nil, cleanErr(err)
		}
	}
	if len(s.carry) == 0 {
		return nil, io.EOF
	}
	cut := len(s.carry)
	if !s.eof {
		cut = -1
		for cut < 0 {
			if i := paragraphBreak(s.carry); i >= 0 {
				cut = i
				break
			}
			if s.eof || len(s.carry) >= 4*s.size {
				if i := bytes.LastIndexByte(s.carry, '\n'); i >= 0 {
					cut = i + 1
				} else {
					cut = runeCut(s.carry)
				}
				break
			}
			n, err := io.ReadFull(s.f, s.buf)
			s.carry = append(s.carry, s.buf[:n]...)
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				s.eof = true
			} else if err != nil {
				return nil, cleanErr(err)
			}
		}
	}
	chunk := s.carry[:cut:cut]
	s.carry = append([]byte(nil), s.carry[cut:]...)
	return chunk, nil
}

// paragraphBreak returns the end of the last blank line in b ("\n\n" or "\n\r\n"), or -1.
func paragraphBreak(b []byte) int {
	for i := len(b) - 1; i > 0; i-- {
		if b[i] != '\n' {
			continue
		}
		j := i - 1
		if j >= 0 && b[j] == '\r' {
			j--
		}
		if j >= 0 && b[j] == '\n' {
			return i + 1
		}
	}
	return -1
}

// Chunk is one cleaned chunk of a streamed file.
type Chunk struct {
	Text      string     // cleaned text; chunks laid end to end make the article's text
	Title     string     // the headline, read from the first chunk only
	Published *time.Time // the date line, read from the first chunk only
}

// CleanChunk decodes and cleans one raw chunk as parseText would; first marks the file's first
// chunk, where the date line and the title are read (and a byte-order mark is dropped).
func CleanChunk(raw []byte, first bool) (Chunk, error) {
	s, err := decode(raw)
	if err != nil {
		return Chunk{}, err
	}
	c := cleanBody(s, first)
	ch := Chunk{Text: c.text}
	if first {
		ch.Title, ch.Published = c.title, c.published
	}
	return ch, nil
}

// runeCut is where a chunk without any line break ends: after its last complete UTF-8 character,
// so that no character is split between two chunks.
func runeCut(b []byte) int {
	for k := 1; k <= utf8.UTFMax && k <= len(b); k++ {
		if i := len(b) - k; utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			if i == 0 {
				return len(b) // one lone incomplete character: nothing to keep back
			}
			return i
		}
	}
	return len(b)
}
