// Package claimsio writes and reads claims as JSON Lines, one record a line, so that extraction
// can run sharded on many machines and comparison can consume the claims grouped by key.
//
// Every line is one self-contained JSON object with a "record" field:
//
//	{"record":"schema","schema":"crosscheck.claims.jsonl/v1"}
//	{"record":"source","source":{"ID":"a","Path":"in/a.txt","Title":"…","Published":"2025-11-19T00:00:00Z",…}}
//	{"record":"claim","key":"quantity|killed|people|ternopil","source":{…},"claim":{"ID":"a#1","Key":…,…}}
//	{"record":"error","error":{"Path":"in/b.pdf","Err":"not a text file (PDF document)"}}
//
// A claim line carries its source, so that a reducer that receives only the claims of one key
// still knows their publication times; "key" is the claim's shuffle key (compare.ShuffleKey: its
// Key, except that quotes share one and roles go by surname), at the front for shuffles that cut
// it out without parsing JSON. Objects inside "source", "claim" and "error" are model.Source,
// model.Claim and model.InputError with their Go field names, so a field added to the model travels
// without a change here. Files may be concatenated: schema lines may repeat.
package claimsio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/model"
)

// Schema names the format; a reader refuses lines of another schema.
const Schema = "crosscheck.claims.jsonl/v1"

// Record kinds.
const (
	KindSchema = "schema"
	KindSource = "source"
	KindClaim  = "claim"
	KindError  = "error"
)

// Record is one line.
type Record struct {
	Record string            `json:"record"`
	Schema string            `json:"schema,omitempty"`
	Key    string            `json:"key,omitempty"`
	Source *model.Source     `json:"source,omitempty"`
	Claim  *model.Claim      `json:"claim,omitempty"`
	Error  *model.InputError `json:"error,omitempty"`
}

// Writer writes records, one a line.
type Writer struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

// NewWriter starts a claims file with its schema line.
func NewWriter(w io.Writer) (*Writer, error) {
	cw := &Writer{w: bufio.NewWriterSize(w, 64<<10)}
	cw.enc = json.NewEncoder(&cw.buf)
	cw.enc.SetEscapeHTML(false)
	return cw, cw.write(Record{Record: KindSchema, Schema: Schema})
}

func (cw *Writer) write(r Record) error {
	cw.buf.Reset()
	if err := cw.enc.Encode(r); err != nil { // Encode ends the line with "\n"
		return err
	}
	_, err := cw.w.Write(cw.buf.Bytes())
	return err
}

// Source writes a source record.
func (cw *Writer) Source(s model.Source) error {
	return cw.write(Record{Record: KindSource, Source: &s})
}

// Claim writes a claim record with its source, less the source's terms: the source record
// carries them (grouping a run into stories reads every source, not the claims of one key), and
// a claim line need not repeat them.
func (cw *Writer) Claim(s model.Source, c model.Claim) error {
	s.Terms = nil
	return cw.write(Record{Record: KindClaim, Key: compare.ShuffleKey(c), Source: &s, Claim: &c})
}

// Error writes an input error record.
func (cw *Writer) Error(e model.InputError) error {
	return cw.write(Record{Record: KindError, Error: &e})
}

// Flush writes what is buffered.
func (cw *Writer) Flush() error { return cw.w.Flush() }

// Write writes a whole extraction: every source, then every claim, then every error.
func Write(w io.Writer, srcs []model.Source, claims []model.Claim, errs []model.InputError) error {
	cw, err := NewWriter(w)
	if err != nil {
		return err
	}
	byID := make(map[string]int, len(srcs))
	for i, s := range srcs {
		byID[s.ID] = i
		if err := cw.Source(s); err != nil {
			return err
		}
	}
	for _, c := range claims {
		i, ok := byID[c.Source]
		if !ok {
			return fmt.Errorf("claim %s names no known source %q", c.ID, c.Source)
		}
		if err := cw.Claim(srcs[i], c); err != nil {
			return err
		}
	}
	for _, e := range errs {
		if err := cw.Error(e); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// MaxLine is the longest line read (a claim carries one sentence of evidence).
const MaxLine = 64 << 20

// Set is what claims files hold, gathered.
type Set struct {
	Sources []model.Source
	Claims  []model.Claim
	Errors  []model.InputError

	byPath map[string]int // source index by path
	seen   map[string]bool
	ords   []int // ordinal of each claim in its source ("a#3" → 3)
}

// NewSet returns an empty set to Read into.
func NewSet() *Set {
	return &Set{byPath: map[string]int{}, seen: map[string]bool{}}
}

// Read adds the records of one claims file; name is used in error messages ("name:line: …").
// A source met twice (the same path, in one file or several) is kept once, as are its claims.
func (s *Set) Read(r io.Reader, name string) error {
	br := bufio.NewReaderSize(r, 256<<10)
	line := 0
	for {
		data, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			var more []byte
			more, err = readRest(br, data)
			data = more
		}
		if len(data) > 0 {
			line++
			if perr := s.add(bytes.TrimSpace(data)); perr != nil {
				return fmt.Errorf("%s:%d: %w", name, line, perr)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line+1, err)
		}
	}
}

// readRest reads the remainder of a line longer than the reader's buffer.
func readRest(br *bufio.Reader, head []byte) ([]byte, error) {
	buf := append([]byte(nil), head...)
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > MaxLine {
			return nil, fmt.Errorf("line longer than %d bytes", MaxLine)
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return buf, err
		}
	}
}

func (s *Set) add(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return fmt.Errorf("not a claims record: %v", err)
	}
	switch rec.Record {
	case KindSchema:
		if rec.Schema != Schema {
			return fmt.Errorf("schema %q, want %q", rec.Schema, Schema)
		}
	case KindSource:
		if rec.Source == nil {
			return fmt.Errorf("source record without source")
		}
		s.source(*rec.Source)
	case KindClaim:
		if rec.Source == nil || rec.Claim == nil {
			return fmt.Errorf("claim record without source or claim")
		}
		if rec.Claim.Source != rec.Source.ID {
			return fmt.Errorf("claim %s belongs to source %q, not %q", rec.Claim.ID, rec.Claim.Source, rec.Source.ID)
		}
		n, ok := ordinal(rec.Claim.ID, rec.Source.ID)
		if !ok {
			return fmt.Errorf("claim id %q is not %q + \"#\" + a number", rec.Claim.ID, rec.Source.ID)
		}
		s.source(*rec.Source)
		k := rec.Source.Path + "\x00" + strconv.Itoa(n)
		if !s.seen[k] {
			s.seen[k] = true
			c := *rec.Claim
			c.Source = rec.Source.Path // resolved to the final id in Finish
			s.Claims = append(s.Claims, c)
			s.ords = append(s.ords, n)
		}
	case KindError:
		if rec.Error == nil {
			return fmt.Errorf("error record without error")
		}
		k := "\x01" + rec.Error.Path + "\x00" + rec.Error.Err
		if !s.seen[k] {
			s.seen[k] = true
			s.Errors = append(s.Errors, *rec.Error)
		}
	default:
		return fmt.Errorf("unknown record %q", rec.Record)
	}
	return nil
}

func (s *Set) source(src model.Source) {
	if i, ok := s.byPath[src.Path]; ok {
		if s.Sources[i].Terms == nil {
			s.Sources[i].Terms = src.Terms // met first on a claim line, which leaves them out
		}
		return
	}
	s.byPath[src.Path] = len(s.Sources)
	s.Sources = append(s.Sources, src)
}

// ordinal reads n from a claim id "source#n".
func ordinal(id, source string) (int, bool) {
	rest, ok := strings.CutPrefix(id, source+"#")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil && n > 0
}

// Finish puts the set in its canonical order, whatever order the files were read in: sources by
// path (the order a run over one folder loads them in), claims by source and then by their
// ordinal in the source, errors by path. uniqueIDs makes source ids unique (two shards may each
// have named a file "a"); claims follow their source's id.
func (s *Set) Finish(uniqueIDs func([]*model.Article)) {
	order := make([]int, len(s.Sources))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := s.Sources[order[a]], s.Sources[order[b]]
		if x.Path != y.Path {
			return x.Path < y.Path
		}
		return x.ID < y.ID
	})
	arts := make([]*model.Article, len(order))
	rank := map[string]int{} // path → position
	for i, k := range order {
		arts[i] = &model.Article{Source: s.Sources[k]}
		rank[s.Sources[k].Path] = i
	}
	if uniqueIDs != nil {
		uniqueIDs(arts)
	}
	s.Sources = s.Sources[:0]
	for i, a := range arts {
		s.Sources = append(s.Sources, a.Source)
		s.byPath[a.Path] = i
	}
	// claims: Source holds the path until here
	idx := make([]int, len(s.Claims))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := idx[a], idx[b]
		if rx, ry := rank[s.Claims[x].Source], rank[s.Claims[y].Source]; rx != ry {
			return rx < ry
		}
		return s.ords[x] < s.ords[y]
	})
	claims := make([]model.Claim, len(idx))
	ords := make([]int, len(idx))
	for i, k := range idx {
		c := s.Claims[k]
		c.Source = s.Sources[rank[c.Source]].ID
		c.ID = c.Source + "#" + strconv.Itoa(s.ords[k])
		claims[i], ords[i] = c, s.ords[k]
	}
	s.Claims, s.ords = claims, ords
	sort.SliceStable(s.Errors, func(a, b int) bool { return s.Errors[a].Path < s.Errors[b].Path })
}
