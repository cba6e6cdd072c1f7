package load

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
)

// benchLines are the trimmed non-empty lines of generated plain-text bodies.
func benchLines() (lines []string, n int64) {
	for _, f := range corpus.Articles(200, 1) {
		for _, l := range strings.Split(string(corpus.PlainText(f)), "\n") {
			if t := strings.TrimSpace(l); t != "" {
				lines = append(lines, t)
				n += int64(len(t))
			}
		}
	}
	return lines, n
}

// BenchmarkIsBoilerplate runs the boilerplate tests of cleanBody over every line of a corpus.
func BenchmarkIsBoilerplate(b *testing.B) {
	lines, n := benchLines()
	b.SetBytes(n)
	for b.Loop() {
		for _, l := range lines {
			isBoilerplate(l)
		}
	}
}

// BenchmarkSingleSpaced runs singleSpaced and textOnly over whole bodies.
func BenchmarkSingleSpaced(b *testing.B) {
	var bodies []string
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		bodies = append(bodies, s)
		n += int64(len(s))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range bodies {
			singleSpaced(s)
			textOnly(s)
		}
	}
}

// BenchmarkTextOnlySingle is the one pass of cleanBody that replaced textOnly and singleSpaced.
func BenchmarkTextOnlySingle(b *testing.B) {
	var bodies []string
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := string(corpus.PlainText(f))
		bodies = append(bodies, s)
		n += int64(len(s))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range bodies {
			textOnlySingle(s, true)
		}
	}
}

// BenchmarkBinaryKind tells generated articles from binary data.
func BenchmarkBinaryKind(b *testing.B) {
	var files [][]byte
	var n int64
	for _, f := range corpus.Articles(200, 1) {
		s := corpus.PlainText(f)
		files = append(files, s)
		n += int64(min(len(s), 8000))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, f := range files {
			binaryKind(f)
		}
	}
}
