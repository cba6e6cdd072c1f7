package report

import (
	"bytes"
	"io"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/pipeline"
)

// TestJSONStreamed: the streamed JSON writer writes the bytes of one encoding of the whole report.
func TestJSONStreamed(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, corpus.WriteDir(dir, corpus.Articles(150, 3)))
	reports := map[string]*model.Report{
		"seeds":  pipeline.Compare([]string{filepath.Join("..", "fixtures", "seeds")}, pipeline.Options{}),
		"corpus": pipeline.Compare([]string{dir}, pipeline.Options{}),
		"empty":  {Sources: []model.Source{{ID: "a", Path: "a.txt"}}, Errors: []model.InputError{{Path: "b", Err: "<bad> & \"worse\""}}},
		"one": {Findings: []model.Finding{{ID: "x", Kind: model.KindSingle, Subject: "a <b> & c", Message: "“quoted”",
			Claims: []model.Claim{{ID: "a#1", Source: "a", Value: "26", Text: "He said \"26\" <b>\n"}}}}},
		"hostile": hostileReport(),
		"stories": {Sources: []model.Source{{ID: "a", Story: "a"}, {ID: "b", Story: "b \"x\""}}, Summary: model.Summary{Sources: 2, Stories: 2}},
	}
	for name, rep := range reports {
		t.Run(name, func(t *testing.T) {
			var want, got bytes.Buffer
			require.NoError(t, encode(&want, ToJSON(rep)))
			require.NoError(t, writeJSON(&got, rep, Options{}))
			assert.Equal(t, want.String(), got.String())
		})
	}
	assert.Greater(t, len(reports["corpus"].Findings), 3*chunkFindings, "several chunks")
	assert.Greater(t, reports["corpus"].Summary.Stories, 1, "a corpus of many stories")
}

var hostileStrings = []string{"", "plain", "tab\there\r\n", "\x00\x01\x1f\x7f\b\f", "bad \xff\xfe utf-8 \xe2\x80", "line\u2028sep\u2029para",
	"quote \" and \\ back", "<html> & 'x'", "emoji 😀 and 日本", "\u00e9\u0301"}

var hostileNumbers = []float64{0, math.Copysign(0, -1), 1, -3, 26.5, 0.1, 1e-7, 1.5e-7, 1e21, 1e20, 123456789.125, 2.3e9, 1e-6, 999999999999999999999.0}

// hostileReport holds every optional field and awkward strings and numbers.
func hostileReport() *model.Report {
	var fs []model.Finding
	for i, s := range hostileStrings {
		n := hostileNumbers[i%len(hostileNumbers)]
		cs := []model.Claim{
			{ID: s, Source: s, Value: s, Attribution: s, Text: s, Part: i%2 == 0, Draft: i%3 == 0,
				Quantity: &model.Quantity{Interval: model.Interval{Low: n, High: -n, LowOpen: i%2 == 0, HighOpen: i%3 == 0, Unbounded: i%4 == 0, Approx: i%5 == 0}, Unit: s, Currency: s},
				Evidence: model.Span{Start: 3, End: 3 + len(s)}, ValueSpan: model.Span{Start: 3, End: 4}, Pos: model.Position{Line: i, Column: 2}},
			{ID: "d", Date: &model.DateValue{Start: s, End: s, Expression: s, Resolved: i%2 == 1}},
			{ID: "r", Role: &model.Role{Person: s, Post: s}},
			{ID: "q", Quote: &model.Quote{Speaker: s, Folded: s}},
		}
		f := model.Finding{ID: s, Kind: model.KindConflict, Type: model.ClaimType(s), Severity: model.Severity(s), Subject: s,
			Message: s, Evolving: i%2 == 0, Latest: s, Claims: cs}
		if i%2 == 1 {
			f.Diff = []model.DiffOp{{Op: "-", Text: s}, {Op: "+", Text: s + "x"}}
		}
		fs = append(fs, f)
	}
	for _, n := range hostileNumbers {
		fs = append(fs, model.Finding{ID: "n", Claims: []model.Claim{{Quantity: &model.Quantity{Interval: model.Interval{Low: n, High: n * 3}}}}})
	}
	fs = append(fs, model.Finding{ID: "no claims"})
	return &model.Report{Sources: hostileSources(), Findings: fs, Errors: []model.InputError{{Path: "b\x00", Err: "<bad> \u2028"}}}
}

// hostileSources hold every optional field, awkward strings and times.
func hostileSources() []model.Source {
	ss := []model.Source{{ID: "a"}}
	times := []time.Time{time.Date(2025, 10, 13, 9, 0, 0, 0, time.UTC), time.Date(1999, 1, 2, 3, 4, 5, 999, time.FixedZone("x", 5*3600+1800)),
		time.Date(-3, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(12345, 1, 1, 0, 0, 0, 0, time.FixedZone("y", -7*3600))}
	for i, s := range hostileStrings {
		src := model.Source{ID: s, Path: s + ".txt", Title: s, Outlet: s, URL: s, Author: s}
		if i%2 == 0 {
			src.Published = &times[i/2%len(times)]
		}
		ss = append(ss, src)
	}
	return ss
}

// TestFastFindingsMatchEncodingJSON: the hand-written finding writer and encoding/json agree,
// byte for byte, on any strings and numbers, and both refuse what JSON cannot hold.
func FuzzFastFindingsMatchEncodingJSON(f *testing.F) {
	for i, s := range hostileStrings {
		f.Add(s, hostileNumbers[i%len(hostileNumbers)], i)
	}
	f.Fuzz(func(t *testing.T, s string, n float64, bits int) {
		rep := hostileReport()
		src := &rep.Sources[bits&7]
		src.Path, src.Title = s, s+src.Title
		if bits&8 != 0 {
			src.Author = s
		}
		for i := range rep.Findings {
			g := &rep.Findings[i]
			g.Subject, g.Message = s, s+g.Message
			if bits&1 != 0 {
				g.Latest = s
			}
			for k := range g.Claims {
				c := &g.Claims[k]
				c.Text = s
				if c.Quantity != nil && bits&2 != 0 {
					c.Quantity.Low = n
				}
			}
		}
		var want, got bytes.Buffer
		werr := encode(&want, ToJSON(rep))
		gerr := writeJSON(&got, rep, Options{})
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("encoding/json error %v, fast writer error %v", werr, gerr)
		}
		if werr == nil && want.String() != got.String() {
			t.Fatalf("differ:\n%s\n----\n%s", want.String(), got.String())
		}
	})
}

func TestFastWriterRefusesNaN(t *testing.T) {
	for _, n := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		rep := &model.Report{Findings: []model.Finding{{ID: "x", Claims: []model.Claim{{Quantity: &model.Quantity{Interval: model.Interval{Low: n}}}}}}}
		require.Error(t, encode(io.Discard, ToJSON(rep)))
		require.Error(t, writeJSON(io.Discard, rep, Options{}))
	}
}

// TestChunkBounds: chunks cover the findings in order, hold at most chunkFindings findings and,
// unless a finding alone has more, at most chunkClaims claims.
func TestChunkBounds(t *testing.T) {
	sizes := []int{1, 5000, 3, 2047, 2, 1}
	for i := 0; i < 700; i++ {
		sizes = append(sizes, i%3)
	}
	rep := &model.Report{}
	for _, n := range sizes {
		rep.Findings = append(rep.Findings, model.Finding{Claims: make([]model.Claim, n)})
	}
	b := chunkBounds(rep)
	require.Equal(t, 0, b[0])
	require.Equal(t, len(sizes), b[len(b)-1])
	for k := 0; k+1 < len(b); k++ {
		from, to := b[k], b[k+1]
		require.Less(t, from, to)
		require.LessOrEqual(t, to-from, chunkFindings)
		claims := 0
		for _, n := range sizes[from:to] {
			claims += n
		}
		if to-from > 1 {
			require.LessOrEqual(t, claims, chunkClaims, "chunk %d", k)
		}
	}
	require.Equal(t, []int{0, 1, 2, 3}, b[:4], "the 5,000-claim finding stands alone")
	require.Equal(t, []int{0}, chunkBounds(&model.Report{}))
}
