package claimstore

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// TestBatchDecoderEqualsAppendClaims: batches of every size decoded one after another into the
// arrays of one BatchDecoder equal the same batches decoded by AppendClaims.
func TestBatchDecoderEqualsAppendClaims(t *testing.T) {
	files, err := filepath.Glob("../fixtures/cases/*/*.md")
	require.NoError(t, err)
	voc := NewVocabulary()
	e := Encoder{Vocabulary: voc}
	s := NewStore(voc, 0)
	var refs []Ref
	for _, f := range files {
		res := load.LoadInput(load.Input{Path: f}, load.Options{})
		for _, a := range res.Articles {
			b, o := e.Encode(extract.Extract(a, extract.Options{}))
			i := s.Append(b, o)
			for k := range o {
				refs = append(refs, Ref{uint32(i), uint32(k)})
			}
		}
	}
	require.Greater(t, len(refs), 50)
	var d BatchDecoder
	var got []model.Claim
	for _, size := range []int{len(refs), 3, 40, 1, len(refs) / 2, 17, len(refs)} {
		for at := 0; at < len(refs); at += size {
			batch := refs[at:min(at+size, len(refs))]
			got = s.AppendClaimsReusing(got[:0], batch, &d)
			require.Equal(t, s.AppendClaims(nil, batch), got, "batches of %d", size)
		}
	}
}
