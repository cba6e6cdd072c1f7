package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// The JSON shapes below are the public contract (shared/spec/report-json.md): field names never
// change without a new schema, every list is [] and never null.

// Schema names of the JSON documents.
const (
	SchemaReport = "crosscheck.report/v1"
	SchemaClaims = "crosscheck.claims/v1"
)

// JSONSource is a source in the JSON report.
type JSONSource struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Title     *string `json:"title"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Author    *string `json:"author,omitempty"`
	Published *string `json:"published"`
	Story     string  `json:"story,omitempty"` // the story the source was grouped into, when a run holds several
}

// JSONSpan is a span with its line and column.
type JSONSpan struct {
	Start  int `json:"start"`
	End    int `json:"end"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// JSONClaim is a claim in the JSON report.
type JSONClaim struct {
	ID          string   `json:"id"`
	Type        string   `json:"type,omitempty"`
	Subject     string   `json:"subject,omitempty"`
	Source      string   `json:"source"`
	Value       string   `json:"value"`
	Normalized  any      `json:"normalized"`
	Speaker     *string  `json:"speaker,omitempty"`
	Attribution *string  `json:"attribution"`
	Part        bool     `json:"part,omitempty"`
	Draft       bool     `json:"draft,omitempty"`
	Text        string   `json:"text"`
	Span        JSONSpan `json:"span"`
	ValueSpan   JSONSpan `json:"value_span"`
}

// JSONQuantity is the normalized form of a quantity.
type JSONQuantity struct {
	Low      float64  `json:"low"`
	High     *float64 `json:"high"`
	LowOpen  bool     `json:"low_open,omitempty"`
	HighOpen bool     `json:"high_open,omitempty"`
	Approx   bool     `json:"approximate,omitempty"`
	Unit     string   `json:"unit"`
	Currency string   `json:"currency,omitempty"`
}

// JSONDate is the normalized form of a date.
type JSONDate struct {
	Date       *string `json:"date"`
	End        *string `json:"end,omitempty"`
	Expression string  `json:"expression"`
	Resolved   bool    `json:"resolved"`
}

// JSONRole is the normalized form of a role.
type JSONRole struct {
	Person string `json:"person"`
	Post   string `json:"post"`
}

// JSONQuote is the normalized form of a quote.
type JSONQuote struct {
	Words string `json:"words"`
}

// JSONDiffOp is one step of a word diff.
type JSONDiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// JSONFinding is a finding in the JSON report.
type JSONFinding struct {
	ID       string       `json:"id"`
	Kind     string       `json:"kind"`
	Type     string       `json:"type"`
	Severity string       `json:"severity"`
	Subject  string       `json:"subject"`
	Message  string       `json:"message"`
	Evolving bool         `json:"evolving,omitempty"`
	Latest   string       `json:"latest,omitempty"`
	Diff     []JSONDiffOp `json:"diff,omitempty"`
	Claims   []JSONClaim  `json:"claims"`
}

// JSONSummary counts findings.
type JSONSummary struct {
	Sources      int `json:"sources"`
	Stories      int `json:"stories,omitempty"` // when the run was grouped into more than one story
	Claims       int `json:"claims"`
	Conflict     int `json:"conflict"`
	Corroborated int `json:"corroborated"`
	Single       int `json:"single-source"`
	Unsupported  int `json:"unsupported"`
	Suppressed   int `json:"suppressed"`
}

// JSONError is an input that could not be read.
type JSONError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// JSONReport is the whole report.
type JSONReport struct {
	Schema   string        `json:"schema"`
	Sources  []JSONSource  `json:"sources"`
	Findings []JSONFinding `json:"findings"`
	Summary  JSONSummary   `json:"summary"`
	Errors   []JSONError   `json:"errors"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Sources converts sources to their JSON form.
func Sources(ss []model.Source) []JSONSource {
	out := make([]JSONSource, 0, len(ss))
	for _, s := range ss {
		js := JSONSource{ID: s.ID, Path: s.Path, Title: strPtr(s.Title), Outlet: strPtr(s.Outlet), URL: strPtr(s.URL), Author: strPtr(s.Author), Story: s.Story}
		if s.Published != nil {
			p := s.Published.Format(time.RFC3339)
			js.Published = &p
		}
		out = append(out, js)
	}
	return out
}

// Claim converts a claim to its JSON form; withType adds type and subject (claims listings).
func Claim(c model.Claim, withType bool) JSONClaim {
	jc := JSONClaim{
		ID: c.ID, Source: c.Source, Value: c.Value, Attribution: strPtr(c.Attribution), Part: c.Part,
		Draft: c.Draft, Text: c.Text,
		Span:      JSONSpan{Start: c.Evidence.Start, End: c.Evidence.End, Line: c.Pos.Line, Column: c.Pos.Column},
		ValueSpan: valueSpan(c),
	}
	if withType {
		jc.Type = string(c.Type)
		jc.Subject = c.Subject
	}
	jc.Normalized = Normalized(c)
	if c.Quote != nil {
		jc.Speaker = strPtr(c.Quote.Speaker)
	}
	return jc
}

// valueSpan is the value's span; its line and column are derived from the evidence's position
// (0 when the value does not lie inside the evidence).
func valueSpan(c model.Claim) JSONSpan {
	js := JSONSpan{Start: c.ValueSpan.Start, End: c.ValueSpan.End}
	js.Line, js.Column = valueLineColumn(&c)
	return js
}

// valueLineColumn is the line and column of the value's span (the JSON writer calls it without
// copying the claim).
func valueLineColumn(c *model.Claim) (line, column int) {
	if c.Pos.Line == 0 || !c.Evidence.Contains(c.ValueSpan) || c.Evidence.Len() != len(c.Text) {
		return 0, 0
	}
	head := c.Text[:c.ValueSpan.Start-c.Evidence.Start]
	line, column = c.Pos.Line, c.Pos.Column+len(head)
	// most heads hold no newline: IndexByte tells it many bytes at a time, where LastIndexByte
	// would look at every byte
	if strings.IndexByte(head, '\n') < 0 {
		return line, column
	}
	if nl := strings.LastIndexByte(head, '\n'); nl >= 0 {
		line += strings.Count(head, "\n")
		column = len(head) - nl
	}
	return line, column
}

// Normalized is the comparable form of a claim's value for JSON.
func Normalized(c model.Claim) any {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		jq := JSONQuantity{Low: q.Low, LowOpen: q.LowOpen, HighOpen: q.HighOpen, Approx: q.Approx, Unit: q.Unit, Currency: q.Currency}
		if !q.Unbounded {
			h := q.High
			jq.High = &h
		}
		return jq
	case c.Date != nil:
		return JSONDate{Date: strPtr(c.Date.Start), End: strPtr(c.Date.End), Expression: c.Date.Expression, Resolved: c.Date.Resolved}
	case c.Role != nil:
		return JSONRole{Person: c.Role.Person, Post: c.Role.Post}
	case c.Quote != nil:
		return JSONQuote{Words: c.Quote.Folded}
	}
	return c.Value
}

// ToJSON converts a report to its JSON form.
func ToJSON(r *model.Report) JSONReport {
	jr := JSONReport{Schema: SchemaReport, Sources: Sources(r.Sources), Findings: []JSONFinding{}, Errors: []JSONError{}}
	for _, f := range r.Findings {
		jf := JSONFinding{ID: f.ID, Kind: string(f.Kind), Type: string(f.Type), Severity: string(f.Severity),
			Subject: f.Subject, Message: f.Message, Evolving: f.Evolving, Latest: f.Latest, Claims: []JSONClaim{}}
		for _, d := range f.Diff {
			jf.Diff = append(jf.Diff, JSONDiffOp{Op: d.Op, Text: d.Text})
		}
		for _, c := range r.ClaimsOf(&f) {
			jf.Claims = append(jf.Claims, Claim(c, false))
		}
		jr.Findings = append(jr.Findings, jf)
	}
	s := r.Summary
	jr.Summary = JSONSummary{Sources: s.Sources, Stories: s.Stories, Claims: s.Claims, Conflict: s.Conflict, Corroborated: s.Corroborated, Single: s.Single, Unsupported: s.Unsupported, Suppressed: s.Suppressed}
	for _, e := range r.Errors {
		jr.Errors = append(jr.Errors, JSONError{Path: e.Path, Error: e.Err})
	}
	return jr
}

// writeJSON streams the report: the sources, then the findings a chunk at a time (chunks made
// on every core and written in order, so that memory holds a few chunks rather than the whole
// report), then the summary and errors. The bytes are those encode(w, ToJSON(r)) writes.
func writeJSON(w io.Writer, r *model.Report, _ Options) error {
	if len(r.Findings) == 0 {
		return encode(w, ToJSON(r))
	}
	var shell bytes.Buffer // the summary and errors after the findings
	if err := encode(&shell, ToJSON(&model.Report{Summary: r.Summary, Errors: r.Errors})); err != nil {
		return err
	}
	const marker = "\n  \"findings\": [],\n"
	_, after, ok := bytes.Cut(shell.Bytes(), []byte(marker))
	if !ok {
		return encode(w, ToJSON(r))
	}
	// buffered, so that a small report that fails (a number JSON cannot hold) writes nothing
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(appendHead(nil, r.Sources))
	pieces := chunkPieces(r, chunkBounds(r))
	sizes, largest := pieceSizes(r, pieces)
	err := inChunks(len(pieces), func(k int, buf []byte) ([]byte, error) {
		if cap(buf) < sizes[k] {
			// every buffer is made once, for the largest chunk
			buf = make([]byte, 0, max(sizes[k], largest))
		}
		p := pieces[k]
		most := p.hi - p.lo
		if p.lo < 0 {
			most = 0
			for i := p.from; i < p.to; i++ {
				most = max(most, r.ClaimCount(&r.Findings[i]))
			}
		}
		jw := jw{b: buf}
		cp := claimBuffers.Get().(*[]model.Claim)
		defer claimBuffers.Put(cp)
		claims := slices.Grow((*cp)[:0], most) // reused by the chunk's findings
		defer func() { clear(claims[:cap(claims)]); *cp = claims[:0] }()
		if p.lo >= 0 { // a piece of one finding's claims
			f := &r.Findings[p.from]
			claims = shownRange(r)(claims[:0], f, p.lo, p.hi)
			if p.lo == 0 {
				jw.findingHead(f)
				jw.b = append(jw.b, ","+nl1+`"claims": [`...)
			}
			jw.claims(claims, p.lo)
			if p.hi == r.ClaimCount(f) {
				jw.b = append(jw.b, nl1+"]"+nl0+"}"...)
				if p.from < len(r.Findings)-1 {
					jw.b = append(jw.b, ',')
				}
				jw.b = append(jw.b, '\n')
			}
			return jw.b, jw.err
		}
		decode := shownDecoder(r) // the chunk's own: a finding's claims are written before the next's are decoded
		for i := p.from; i < p.to; i++ {
			f := &r.Findings[i]
			claims = decode(claims[:0], f)
			jw.finding(f, claims)
			if i < len(r.Findings)-1 {
				jw.b = append(jw.b, ',')
			}
			jw.b = append(jw.b, '\n')
		}
		return jw.b, jw.err
	}, func(chunk []byte) error {
		_, err := bw.Write(chunk)
		return err
	})
	if err != nil {
		return err
	}
	bw.WriteString("  ],\n")
	bw.Write(after)
	return bw.Flush()
}

// shownStore is a claim store that can decode only the fields a finding's claims show in a
// report (claimstore.Findings): the JSON writer reads no other.
type shownStore interface {
	AppendFindingClaimsShown(dst []model.Claim, handle int) []model.Claim
}

// reusingStore is a shownStore whose decoder reuses the claims' room from call to call.
type reusingStore interface {
	ShownDecoder() func(dst []model.Claim, handle int) []model.Claim
}

// shownDecoder returns appendShownClaims for one writer goroutine that writes a finding's
// claims before it decodes the next finding's: with a store that can, the calls reuse one
// arena rather than allocating the parts of every finding's claims.
func shownDecoder(r *model.Report) func(dst []model.Claim, f *model.Finding) []model.Claim {
	s, ok := r.Store.(reusingStore)
	if !ok {
		return func(dst []model.Claim, f *model.Finding) []model.Claim { return appendShownClaims(dst, r, f) }
	}
	decode := s.ShownDecoder()
	return func(dst []model.Claim, f *model.Finding) []model.Claim {
		if f.Claims == nil && f.Stored != 0 {
			return decode(dst, f.Stored)
		}
		return r.AppendClaimsOf(dst, f)
	}
}

// appendShownClaims is r.AppendClaimsOf(dst, f) for the JSON writer (jw.claim): fields it does
// not write may be left empty.
func appendShownClaims(dst []model.Claim, r *model.Report, f *model.Finding) []model.Claim {
	if s, ok := r.Store.(shownStore); ok && f.Claims == nil && f.Stored != 0 {
		return s.AppendFindingClaimsShown(dst, f.Stored)
	}
	return r.AppendClaimsOf(dst, f)
}

// A piece is what one chunk of a JSON report writes: findings from to to (excluded), or, when lo
// is not negative, claims lo to hi (excluded) of finding from alone, with the finding's start
// before its first claim and its end after its last.
type piece struct {
	from, to int
	lo, hi   int
}

// chunkPieces cuts each chunk of one finding of more than chunkClaims claims into pieces of
// chunkClaims claims: a finding of thousands of claims is written on every core rather than
// on one while the others wait, and no chunk needs a buffer larger than the rest.
func chunkPieces(r *model.Report, bounds []int) []piece {
	pieces := make([]piece, 0, len(bounds))
	for k := 0; k+1 < len(bounds); k++ {
		from, to := bounds[k], bounds[k+1]
		if to == from+1 {
			if n := r.ClaimCount(&r.Findings[from]); n > chunkClaims {
				for lo := 0; lo < n; lo += chunkClaims {
					pieces = append(pieces, piece{from, to, lo, min(lo+chunkClaims, n)})
				}
				continue
			}
		}
		pieces = append(pieces, piece{from, to, -1, -1})
	}
	return pieces
}

// pieceSizes estimates the bytes of each piece (a finding's claim writes about 700 bytes), and
// the largest estimate that a chunk buffer may keep (maxReuse).
func pieceSizes(r *model.Report, pieces []piece) (sizes []int, largest int) {
	sizes = make([]int, len(pieces))
	for k, p := range pieces {
		if p.lo >= 0 {
			sizes[k] = 1024 + 800*(p.hi-p.lo)
		} else {
			for i := p.from; i < p.to; i++ {
				sizes[k] += 1024 + 800*r.ClaimCount(&r.Findings[i])
			}
		}
		if sizes[k] <= maxReuse {
			largest = max(largest, sizes[k])
		}
	}
	return sizes, largest
}

// rangeStore is a shownStore that can decode a range of a finding's claims
// (claimstore.Findings).
type rangeStore interface {
	ShownRangeDecoder() func(dst []model.Claim, handle, from, to int) []model.Claim
}

// shownRange returns a decoder of claims lo to hi (excluded) of a finding, as shownDecoder
// decodes them, for one writer goroutine.
func shownRange(r *model.Report) func(dst []model.Claim, f *model.Finding, lo, hi int) []model.Claim {
	if s, ok := r.Store.(rangeStore); ok {
		decode := s.ShownRangeDecoder()
		return func(dst []model.Claim, f *model.Finding, lo, hi int) []model.Claim {
			if f.Claims == nil && f.Stored != 0 {
				return decode(dst, f.Stored, lo, hi)
			}
			return cutClaims(r.AppendClaimsOf(dst, f), len(dst), lo, hi)
		}
	}
	decode := shownDecoder(r)
	return func(dst []model.Claim, f *model.Finding, lo, hi int) []model.Claim {
		return cutClaims(decode(dst, f), len(dst), lo, hi)
	}
}

// cutClaims keeps, of the claims appended to claims after index at, those from lo to hi.
func cutClaims(claims []model.Claim, at, lo, hi int) []model.Claim {
	n := copy(claims[at:], claims[at+lo:at+hi])
	clear(claims[at+n:])
	return claims[:at+n]
}

// A chunk of a JSON report holds up to chunkFindings findings and, unless one finding alone has
// more, up to chunkClaims claims: memory holds a few chunks, and a finding with thousands of
// claims (a key shared across many articles) does not swell one.
const (
	chunkFindings = 256
	chunkClaims   = 2048
)

// claimBuffers hold the decoded claims of a finding while it is written, across chunks.
var claimBuffers = sync.Pool{New: func() any { return new([]model.Claim) }}

// maxReuse is the largest chunk buffer kept for the next chunks.
const maxReuse = 4 << 20

// chunkBounds cuts the findings of r into chunks: chunk k is findings [b[k], b[k+1]).
func chunkBounds(r *model.Report) []int {
	bounds := []int{0}
	if len(r.Findings) == 0 {
		return bounds
	}
	claims := 0
	for i := range r.Findings {
		n := r.ClaimCount(&r.Findings[i])
		if from := bounds[len(bounds)-1]; i > from && (i-from >= chunkFindings || claims+n > chunkClaims) {
			bounds = append(bounds, i)
			claims = 0
		}
		claims += n
	}
	return append(bounds, len(r.Findings))
}

// inChunks makes chunks 0 to chunks-1 on every core (build appends chunk k to buf) and hands
// them to write in order, with a bounded number of chunks in memory. The first error stops it.
func inChunks(chunks int, build func(k int, buf []byte) ([]byte, error), write func([]byte) error) error {
	workers := min(runtime.GOMAXPROCS(0), chunks)
	type result struct {
		b   []byte
		err error
	}
	type job struct {
		k   int
		buf []byte
	}
	results := make([]chan result, chunks)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	free := make(chan []byte, workers+1) // buffers to reuse; also bounds the chunks in flight
	for i := 0; i < workers+1; i++ {
		free <- nil
	}
	jobs := make(chan job)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(jobs)
		for k := 0; k < chunks; k++ {
			var buf []byte
			select {
			case buf = <-free:
			case <-stop:
				return
			}
			select {
			case jobs <- job{k, buf[:0]}:
			case <-stop:
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				b, err := build(j.k, j.buf)
				results[j.k] <- result{b, err}
			}
		}()
	}
	for k := 0; k < chunks; k++ {
		r := <-results[k]
		if r.err != nil {
			return r.err
		}
		if err := write(r.b); err != nil {
			return err
		}
		if cap(r.b) > maxReuse {
			r.b = nil // a giant finding's buffer is not kept for the chunks after it
		}
		free <- r.b
	}
	return nil
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// JSONClaims is the document of the claims command.
type JSONClaims struct {
	Schema   string        `json:"schema"`
	Sources  []JSONSource  `json:"sources"`
	Claims   []JSONClaim   `json:"claims"`
	Mentions []JSONMention `json:"mentions,omitempty"`
	Errors   []JSONError   `json:"errors"`
}

// JSONMention is a number, amount, date or duration read in the text.
type JSONMention struct {
	Source     string   `json:"source"`
	Kind       string   `json:"kind"`
	Text       string   `json:"text"`
	Normalized string   `json:"normalized"`
	Span       JSONSpan `json:"span"`
}

// ClaimsDoc assembles the claims document.
func ClaimsDoc(srcs []model.Source, claims []model.Claim, mentions []model.Mention, errs []model.InputError) JSONClaims {
	doc := JSONClaims{Schema: SchemaClaims, Sources: Sources(srcs), Claims: []JSONClaim{}, Errors: []JSONError{}}
	for _, c := range claims {
		doc.Claims = append(doc.Claims, Claim(c, true))
	}
	if mentions != nil {
		doc.Mentions = []JSONMention{}
		for _, m := range mentions {
			doc.Mentions = append(doc.Mentions, JSONMention{Source: m.Source, Kind: m.Kind, Text: m.Text, Normalized: m.Normalized,
				Span: JSONSpan{Start: m.Span.Start, End: m.Span.End, Line: m.Pos.Line, Column: m.Pos.Column}})
		}
	}
	for _, e := range errs {
		doc.Errors = append(doc.Errors, JSONError{Path: e.Path, Error: e.Err})
	}
	return doc
}

// WriteClaimsJSON writes the claims document.
func WriteClaimsJSON(w io.Writer, doc JSONClaims) error { return encode(w, doc) }
