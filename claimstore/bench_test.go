package claimstore

import (
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// benchClaims extracts the claims of 200 generated articles (about 1 MB), article by article.
func benchClaims(b *testing.B) ([][]model.Claim, int) {
	var per [][]model.Claim
	n := 0
	for _, f := range corpus.Articles(200, 1) {
		a := &model.Article{Source: model.Source{ID: f.Name}, Format: "text", Text: string(corpus.PlainText(f))}
		cs := extract.Extract(a, extract.Options{})
		per = append(per, cs)
		n += len(cs)
	}
	return per, n
}

// BenchmarkEncode writes every article's claims into a block, with a run vocabulary; B/claim is
// what the store keeps per claim (the vocabulary aside).
func BenchmarkEncode(b *testing.B) {
	per, n := benchClaims(b)
	b.ReportAllocs()
	kept := 0
	for b.Loop() {
		e := Encoder{Vocabulary: NewVocabulary()}
		kept = 0
		for _, cs := range per {
			block, offs := e.Encode(cs)
			kept += len(block) + 4*len(offs)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
	b.ReportMetric(float64(kept)/float64(n), "B/claim")
}

// BenchmarkDecode reads every claim back.
func BenchmarkDecode(b *testing.B) {
	per, n := benchClaims(b)
	voc := NewVocabulary()
	s := NewStore(voc, len(per))
	e := Encoder{Vocabulary: voc}
	for i, cs := range per {
		block, offs := e.Encode(cs)
		s.Set(i, block, offs)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i := range per {
			for k := range per[i] {
				_ = s.Claim(Ref{uint32(i), uint32(k)})
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
}

// BenchmarkDecodeBatch reads every claim back as a comparison batch does (Store.AppendClaims),
// one article's claims at a time, from a frozen vocabulary.
func BenchmarkDecodeBatch(b *testing.B) {
	per, n := benchClaims(b)
	voc := NewVocabulary()
	s := NewStore(voc, len(per))
	e := Encoder{Vocabulary: voc}
	var refs [][]Ref
	for i, cs := range per {
		block, offs := e.Encode(cs)
		s.Set(i, block, offs)
		var rs []Ref
		for k := range cs {
			rs = append(rs, Ref{uint32(i), uint32(k)})
		}
		refs = append(refs, rs)
	}
	voc.Freeze() // as a run's comparison finds it
	b.ReportAllocs()
	var dst []model.Claim
	for b.Loop() {
		for _, rs := range refs {
			dst = s.AppendClaims(dst[:0], rs)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
}
