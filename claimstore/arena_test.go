package claimstore

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// TestAppendClaimsEqualsClaim: claims decoded together, with their parts from one arena, equal
// claims decoded one by one, whatever the mix of blocks, order and shifts.
func TestAppendClaimsEqualsClaim(t *testing.T) {
	files, err := filepath.Glob("../fixtures/cases/*/*.md")
	require.NoError(t, err)
	voc := NewVocabulary()
	e := Encoder{Vocabulary: voc}
	var blocks [][]byte
	var offs [][]uint32
	for _, f := range files {
		res := load.LoadInput(load.Input{Path: f}, load.Options{})
		for _, a := range res.Articles {
			b, o := e.Encode(extract.Extract(a, extract.Options{}))
			blocks, offs = append(blocks, b), append(offs, o)
		}
	}
	s := NewStore(voc, len(blocks))
	var refs []Ref
	for i := range blocks {
		s.SetShifted(i, blocks[i], offs[i], Shift{Offset: i, Lines: i % 3, Ordinal: i % 2})
		for k := range offs[i] {
			refs = append(refs, Ref{uint32(i), uint32(k)})
		}
	}
	for i, j := 0, len(refs)-1; i < j; i, j = i+2, j-1 { // not in block order
		refs[i], refs[j] = refs[j], refs[i]
	}
	require.Greater(t, len(refs), 50)
	var want []model.Claim
	for _, r := range refs {
		want = append(want, s.Claim(r))
	}
	got := s.AppendClaims([]model.Claim{{ID: "kept"}}, refs)
	require.Equal(t, "kept", got[0].ID)
	require.Equal(t, want, got[1:])

	fs := NewFindings(s)
	changed := want[0]
	changed.Value = "changed"
	h := fs.Add(append([]Ref{fs.Extra(changed)}, refs[:20]...))
	require.Equal(t, append([]model.Claim{changed}, want[:20]...), fs.FindingClaims(h))

	// the claims as reports show them: every field but those left empty
	every := fs.Add(refs)
	all := fs.AppendFindingClaims(nil, every)
	shown := fs.AppendFindingClaimsShown(nil, every)
	require.Len(t, shown, len(all))
	for i := range all {
		require.Equal(t, shownOnly(all[i]), shown[i])
	}

	// a reused decoder gives each finding what AppendFindingClaimsShown gives: findings of
	// growing and shrinking size, so that its arrays are both grown and reused
	var handles []int
	for _, n := range []int{3, 40, 1, len(refs), 7, 0, len(refs) / 2, 2} {
		handles = append(handles, fs.Add(refs[len(refs)-n:]))
	}
	handles = append(handles, h, every)
	decode := fs.ShownDecoder()
	var buf []model.Claim
	for _, h := range handles {
		buf = decode(buf[:0], h)
		if want := fs.AppendFindingClaimsShown(nil, h); len(want) > 0 {
			require.Equal(t, want, buf, "finding %d", h)
		} else {
			require.Empty(t, buf)
		}
	}

	// a range decoder gives each piece of a finding what AppendFindingClaimsShown gives of it
	ranged := fs.ShownRangeDecoder()
	for _, h := range handles {
		want := fs.AppendFindingClaimsShown(nil, h)
		for _, step := range []int{1, 3, 64} {
			for from := 0; from < len(want); from += step {
				to := min(from+step, len(want))
				buf = ranged(buf[:0], h, from, to)
				require.Equal(t, want[from:to], buf, "finding %d, claims %d to %d", h, from, to)
			}
		}
	}
}

// shownOnly is c with the fields AppendFindingClaimsShown leaves empty emptied.
func shownOnly(c model.Claim) model.Claim {
	c.Type, c.Kind, c.Key, c.Subject, c.Measure, c.Context = "", "", "", "", "", ""
	if c.Role != nil {
		r := *c.Role
		r.Title = ""
		c.Role = &r
	}
	if c.Quote != nil {
		q := *c.Quote
		q.Words = ""
		c.Quote = &q
	}
	return c
}

// TestArenaCount: the parts counted from the flags are the parts the claims have.
func TestArenaCount(t *testing.T) {
	files, err := filepath.Glob("../fixtures/cases/*/*.md")
	require.NoError(t, err)
	var e Encoder
	for _, f := range files {
		res := load.LoadInput(load.Input{Path: f}, load.Options{})
		for _, a := range res.Articles {
			cs := extract.Extract(a, extract.Options{})
			block, offs := e.Encode(cs)
			var got, want [5]int
			var ar arena
			for i, c := range cs {
				ar.count(block, offs[i], &got)
				for k, has := range []bool{c.Quantity != nil, c.Date != nil, c.Role != nil, c.Quote != nil, c.ID == c.Source+"#"+strconv.Itoa(i+1)} {
					if has {
						want[k]++
					}
				}
			}
			require.Equal(t, want, got, f)
		}
	}
}
