package pipeline

import (
	"hash/maphash"
	"sync"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// packedFindings holds a run's findings while compare runs, with no pointer the garbage
// collector must follow: their strings as spans of byte chunks (findingText), their kinds,
// types and severities as numbers in a small table. A []model.Finding of a run's 100,000
// findings is 19 MB of strings' pointers that every collection of the comparison scans; this
// is bytes. materialize makes the findings once the comparison is done.
type packedFindings struct {
	text  findingText
	recs  []packedFinding
	words []string // Kind, Type and Severity values, by number (a handful)
	// the rare fields a packed finding has no room for, by finding: a quote's word diff, a
	// finding that carries its claims
	diffs  map[int32][]model.DiffOp
	claims map[int32][]model.Claim
}

// packedFinding is one finding of packedFindings.
type packedFinding struct {
	id, subject, message, key, latest span
	stored                            int64
	kind, typ, severity               uint8
	evolving                          bool
}

// span is a string of a findingText: n bytes at off in the chunks (chunk off/chunkBytes), or
// long[off] when n is more than chunkBytes.
type span struct {
	off, n uint32
}

const (
	chunkBytes  = 1 << 20
	maxChunks   = 1 << 32 / chunkBytes
	regionBytes = 64 << 10
)

// findingText holds the strings of a run's packed findings, in chunks of which each worker
// reserves regions of its own to copy its findings' strings into: no two write one byte, and
// a chunk never grows, so a span stays put.
type findingText struct {
	mu     sync.Mutex
	chunks [][]byte
	long   []string // strings that fit in no chunk
}

// reserve returns a region of n bytes, at at in chunk number chunk, and the whole chunk; ok is
// false when there is no chunk left.
func (t *findingText) reserve(n int) (region, whole []byte, chunk, at int, ok bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	last := len(t.chunks) - 1
	if last < 0 || len(t.chunks[last])+n > chunkBytes {
		if last+1 >= maxChunks {
			return nil, nil, 0, 0, false
		}
		t.chunks = append(t.chunks, make([]byte, 0, chunkBytes))
		last++
	}
	c := t.chunks[last]
	at = len(c)
	t.chunks[last] = c[:at+n]
	return c[at : at : at+n], c[:chunkBytes], last, at, true
}

// addLong keeps s among the long strings.
func (t *findingText) addLong(s string) span {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.long = append(t.long, s)
	return span{off: uint32(len(t.long) - 1), n: chunkBytes + 1}
}

// at is the string of sp, in the chunks' memory; once every worker is done.
func (t *findingText) at(sp span) string {
	switch {
	case sp.n == 0:
		return ""
	case sp.n > chunkBytes:
		return t.long[sp.off]
	}
	return unsafe.String(&t.chunks[sp.off/chunkBytes][sp.off%chunkBytes], sp.n)
}

// findingPacker is one worker's: it copies the strings of the findings of its batches into a
// findingText, in a region it has reserved.
type findingPacker struct {
	text   *findingText
	region []byte // what is left of the region: its length is what is written of it
	base   uint32 // the span offset of region[0]
	// the chunks the worker has written in, by number: no other reads them before the end
	view [][]byte
	// the spans of the batch's keys, subjects and latest values, by their hash: findings of
	// one key or subject (a conflict, a corroboration, ...) keep one copy of it
	seen map[uint64]span
	seed maphash.Seed
}

// pack lists fs as packed findings, appended to recs, their strings copied into the worker's
// region, and leaves the strings of fs empty (they may lie in memory the next batch writes).
// Kinds, types, severities and claims are for packedFindings.add to pack.
func (w *findingPacker) pack(fs []model.Finding, recs []packedFinding) []packedFinding {
	// a key's findings are all in one batch: the spans of the batch before serve no more, and
	// a map of the run's would grow and grow
	if len(w.seen) > 4096 {
		w.seen = nil // one partition's thousands (the quotations of a story): not cleared batch after batch
	}
	clear(w.seen)
	for k := range fs {
		f := &fs[k]
		r := packedFinding{id: w.str(f.ID), message: w.str(f.Message), key: w.shared(f.Key), latest: w.shared(f.Latest)}
		if k > 0 && fs[k-1].Subject == f.Subject {
			r.subject = recs[len(recs)-1].subject // the subject of the finding before, most often
		} else {
			r.subject = w.shared(f.Subject)
		}
		recs = append(recs, r)
	}
	for k := range fs {
		f := &fs[k]
		f.ID, f.Message, f.Key, f.Latest, f.Subject = "", "", "", "", ""
	}
	return recs
}

// shared is str for a string other findings may have too: a copy packed before serves.
func (w *findingPacker) shared(s string) span {
	if s == "" {
		return span{}
	}
	if w.seen == nil {
		w.seen = map[uint64]span{}
		w.seed = maphash.MakeSeed()
	}
	h := maphash.String(w.seed, s)
	if sp, ok := w.seen[h]; ok && w.at(sp) == s {
		return sp
	}
	sp := w.str(s)
	if sp.n <= chunkBytes {
		w.seen[h] = sp
	}
	return sp
}

// at is the string of sp, one of the worker's own.
func (w *findingPacker) at(sp span) string {
	if sp.n == 0 {
		return ""
	}
	return unsafe.String(&w.view[sp.off/chunkBytes][sp.off%chunkBytes], sp.n)
}

// str copies s into the worker's region, reserving a new one when it is full.
func (w *findingPacker) str(s string) span {
	if s == "" {
		return span{}
	}
	if len(s) > cap(w.region)-len(w.region) {
		if len(s) > chunkBytes {
			return w.text.addLong(s)
		}
		b, whole, chunk, at, ok := w.text.reserve(max(regionBytes, len(s)))
		if !ok {
			return w.text.addLong(s)
		}
		for len(w.view) <= chunk {
			w.view = append(w.view, nil)
		}
		w.view[chunk] = whole
		w.region, w.base = b, uint32(chunk*chunkBytes+at)
	}
	sp := span{off: w.base + uint32(len(w.region)), n: uint32(len(s))}
	w.region = append(w.region, s...)
	return sp
}

// grow makes room for n more findings, as roomFor does for an array of findings.
func (p *packedFindings) grow(n, done, left int) {
	if len(p.recs)+n <= cap(p.recs) {
		return
	}
	have := len(p.recs) + n
	want := have + left*have/max(1, done)
	recs := make([]packedFinding, len(p.recs), want+want/16+16)
	copy(recs, p.recs)
	p.recs = recs
}

// add packs f, whose strings r has (findingPacker.pack).
func (p *packedFindings) add(f *model.Finding, r packedFinding) {
	k := int32(len(p.recs))
	var prev packedFinding
	if k > 0 {
		prev = p.recs[k-1]
	}
	r.stored = int64(f.Stored)
	r.kind = p.word(string(f.Kind), prev.kind)
	r.typ = p.word(string(f.Type), prev.typ)
	r.severity = p.word(string(f.Severity), prev.severity)
	r.evolving = f.Evolving
	if f.Diff != nil {
		if p.diffs == nil {
			p.diffs = map[int32][]model.DiffOp{}
		}
		p.diffs[k] = f.Diff
	}
	if f.Claims != nil {
		if p.claims == nil {
			p.claims = map[int32][]model.Claim{}
		}
		p.claims[k] = f.Claims
	}
	p.recs = append(p.recs, r)
}

// word numbers s in p.words; last is the number of the finding before's word.
func (p *packedFindings) word(s string, last uint8) uint8 {
	if int(last) < len(p.words) && p.words[last] == s {
		return last // findings come sorted: most are of the kind, type, severity before
	}
	for i, w := range p.words {
		if w == s {
			return uint8(i)
		}
	}
	if len(p.words) == 256 {
		panic("pipeline: more than 256 finding kinds, types and severities")
	}
	p.words = append(p.words, s)
	return uint8(len(p.words) - 1)
}

// materialize returns the findings, their strings in the chunks' memory, and empties p.
func (p *packedFindings) materialize() []model.Finding {
	fs := make([]model.Finding, len(p.recs))
	for k := range p.recs {
		r := &p.recs[k]
		fs[k] = model.Finding{
			ID: p.text.at(r.id), Subject: p.text.at(r.subject), Message: p.text.at(r.message),
			Key: p.text.at(r.key), Latest: p.text.at(r.latest),
			Kind:     model.Kind(p.words[r.kind]),
			Type:     model.ClaimType(p.words[r.typ]),
			Severity: model.Severity(p.words[r.severity]),
			Evolving: r.evolving,
			Stored:   int(r.stored),
			Diff:     p.diffs[int32(k)],
			Claims:   p.claims[int32(k)],
		}
	}
	*p = packedFindings{}
	return fs
}
