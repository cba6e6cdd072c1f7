package pipeline

import (
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claimstore"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// Streaming defaults: plain-text files above DefaultStreamAbove bytes are read in chunks of about
// DefaultChunkSize bytes, cut at paragraph breaks.
const (
	DefaultStreamAbove = 32 << 20
	DefaultChunkSize   = 1 << 20
)

func (o Options) streamAbove() int64 {
	if o.StreamAbove > 0 {
		return o.StreamAbove
	}
	return DefaultStreamAbove
}

// streamable opens a huge plain-text input for chunked reading, or returns nil. Sizes known
// (from InputBytes) are not read again.
func streamable(path string, opt Options, known map[string]int64) *load.TextStream {
	if path == "-" || strings.Contains(path, "://") {
		return nil
	}
	size, ok := fileSize(path, known)
	if !ok || size <= opt.streamAbove() {
		return nil
	}
	ts, err := load.OpenTextStream(path, opt.chunkSize())
	if err != nil {
		return nil
	}
	return ts
}

func (o Options) chunkSize() int {
	if o.ChunkSize > 0 {
		return o.ChunkSize
	}
	return DefaultChunkSize
}

// chunkResult is what one chunk of a streamed file gave.
type chunkResult struct {
	text   string // cleaned text, kept only when the article text is kept
	length int    // bytes of cleaned text
	lines  int    // line breaks in it
	blank  bool   // nothing but white space
	claims []model.Claim
	block  block    // the claims encoded instead, in a lean run
	terms  []string // the chunk's salient terms (stories.go)
	err    error
}

// streamInput reads one huge plain-text file chunk by chunk: the first chunk alone (it carries
// the date line that relative dates resolve against), then the others on a pool of workers with
// a bounded number of chunks in flight. Claims are moved to their place in the whole file.
//
// In a lean run (voc set) each chunk's claims are encoded as soon as they are read, into a block
// of their own that the store moves into place (claimstore.Shift), so that memory holds bytes
// for the claims of the whole file, never their structs.
func streamInput(ts *load.TextStream, opt Options, voc *claimstore.Vocabulary) shard {
	defer ts.Close()
	src := ts.Source()
	fail := func(err error) shard {
		return shard{errs: []model.InputError{{Path: src.Path, Err: err.Error()}}}
	}
	raw, err := ts.Next()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("no article text (the file is empty)")
		}
		return fail(err)
	}
	first, err := load.CleanChunk(raw, true)
	if err != nil {
		return fail(err)
	}
	src.Title = first.Title
	src.Published = first.Published
	if src.Published == nil && opt.Load.Published != nil {
		t := *opt.Load.Published
		src.Published = &t
	}
	do := func(text string) chunkResult {
		a := &model.Article{Source: src, Format: "text", Text: text}
		cs := extract.Extract(a, opt.Extract)
		r := chunkResult{length: len(text), lines: strings.Count(text, "\n"), blank: strings.TrimSpace(text) == "", terms: a.Terms}
		if voc != nil {
			enc := encoders.Get().(*claimstore.Encoder)
			enc.Vocabulary = voc
			r.block = newBlock(enc, cs)
			encoders.Put(enc)
		} else {
			detach(a, cs)
			r.claims = cs
		}
		if !opt.DropText {
			r.text = text
		}
		return r
	}
	results := []chunkResult{do(first.Text)}

	type job struct {
		k   int
		raw []byte
	}
	jobs := make(chan job, opt.workers())
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < opt.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				ch, err := load.CleanChunk(j.raw, false)
				r := chunkResult{err: err}
				if err == nil {
					r = do(ch.Text)
				}
				mu.Lock()
				for len(results) <= j.k {
					results = append(results, chunkResult{})
				}
				results[j.k] = r
				mu.Unlock()
			}
		}()
	}
	var readErr error
	for k := 1; ; k++ {
		raw, err := ts.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				readErr = err
			}
			break
		}
		jobs <- job{k, raw}
	}
	close(jobs)
	wg.Wait()
	if readErr != nil {
		return fail(readErr)
	}
	var claims []model.Claim
	var blocks []block
	var text strings.Builder
	offset, lines, ordinal := 0, 0, 0
	blank := true
	for _, r := range results {
		if r.err != nil {
			return fail(r.err)
		}
		blank = blank && r.blank
		if voc != nil {
			r.block.shift = claimstore.Shift{Offset: offset, Lines: lines, Ordinal: ordinal}
			blocks = append(blocks, r.block)
			ordinal += len(r.block.offs)
		}
		for i := range r.claims {
			shift(reflect.ValueOf(&r.claims[i]).Elem(), offset, lines)
			claims = append(claims, r.claims[i])
		}
		offset += r.length
		lines += r.lines
		text.WriteString(r.text)
	}
	if blank {
		return fail(errors.New("no article text (the file is empty or holds only boilerplate)"))
	}
	for i := range claims {
		claims[i].ID = src.ID + "#" + strconv.Itoa(i+1)
	}
	src.Terms = chunkTerms(results) // stories.go
	a := &model.Article{Source: src, Format: "text", Text: text.String()}
	if voc != nil {
		cloneStrings(reflect.ValueOf(&a.Source).Elem(), map[string]string{})
		return shard{arts: []*model.Article{a}, blocks: blocks}
	}
	return shard{arts: []*model.Article{a}, claims: [][]model.Claim{claims}}
}

var (
	spanType     = reflect.TypeOf(model.Span{})
	positionType = reflect.TypeOf(model.Position{})
)

// shift moves every span reachable from v by offset bytes and every position by lines lines:
// a chunk's claims become claims of the whole file.
func shift(v reflect.Value, offset, lines int) {
	switch v.Kind() {
	case reflect.Struct:
		switch v.Type() {
		case spanType:
			sp := v.Addr().Interface().(*model.Span)
			sp.Start += offset
			sp.End += offset
			return
		case positionType:
			v.Addr().Interface().(*model.Position).Line += lines
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				shift(v.Field(i), offset, lines)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			shift(v.Elem(), offset, lines)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			shift(v.Index(i), offset, lines)
		}
	}
}
