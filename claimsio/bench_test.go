package claimsio_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

func benchSet() ([]model.Source, []model.Claim) {
	var srcs []model.Source
	var claims []model.Claim
	for _, f := range corpus.Articles(500, 1) {
		a := &model.Article{Source: model.Source{ID: f.Name, Path: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		srcs = append(srcs, a.Source)
		claims = append(claims, extract.Extract(a, extract.Options{})...)
	}
	return srcs, claims
}

// BenchmarkWrite encodes the claims of 500 articles as JSON Lines (MB/s of output).
func BenchmarkWrite(b *testing.B) {
	srcs, claims := benchSet()
	var buf bytes.Buffer
	if err := claimsio.Write(&buf, srcs, claims, nil); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := claimsio.Write(io.Discard, srcs, claims, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead decodes them back and puts them in canonical order (MB/s of input).
func BenchmarkRead(b *testing.B) {
	srcs, claims := benchSet()
	var buf bytes.Buffer
	if err := claimsio.Write(&buf, srcs, claims, nil); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		set := claimsio.NewSet()
		if err := set.Read(bytes.NewReader(data), "bench"); err != nil {
			b.Fatal(err)
		}
		set.Finish(nil)
	}
}
