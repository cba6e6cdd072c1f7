package pipeline

import (
	"hash/maphash"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// packedFindings holds a run's findings while compare runs, with no pointer the garbage
// collector must follow: their strings as spans of byte chunks, their kinds, types and
// severities as numbers in a small table. A []model.Finding of a run's 100,000 findings is
// 19 MB of strings' pointers that every collection of the comparison scans; this is bytes.
// materialize makes the findings once the comparison is done.
type packedFindings struct {
	chunks [][]byte // the strings' bytes; a chunk is never grown, so spans stay put
	recs   []packedFinding
	words  []string // Kind, Type and Severity values, by number (a handful)
	// the spans of keys, subjects and latest values, by their hash: findings of one key or
	// subject (a conflict, a corroboration, ...) keep one copy of it
	seen map[uint64]span
	seed maphash.Seed
	// the rare fields a packed finding has no room for, by finding: a quote's word diff, a
	// finding that carries its claims; and strings that fit in no chunk
	diffs  map[int32][]model.DiffOp
	claims map[int32][]model.Claim
	long   []string
}

// packedFinding is one finding of packedFindings.
type packedFinding struct {
	id, subject, message, key, latest span
	stored                            int64
	kind, typ, severity               uint8
	evolving                          bool
}

// span is a string in packedFindings: n bytes at off in the chunks (chunk off/chunkBytes), or
// long[off] when n is more than chunkBytes.
type span struct {
	off, n uint32
}

const (
	chunkBytes = 1 << 20
	maxChunks  = 1 << 32 / chunkBytes
)

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

// add packs f.
func (p *packedFindings) add(f *model.Finding) {
	k := int32(len(p.recs))
	var prev packedFinding
	if k > 0 {
		prev = p.recs[k-1]
	}
	r := packedFinding{
		id: p.str(f.ID), message: p.str(f.Message),
		key: p.shared(f.Key), latest: p.shared(f.Latest),
		stored:   int64(f.Stored),
		kind:     p.word(string(f.Kind), prev.kind),
		typ:      p.word(string(f.Type), prev.typ),
		severity: p.word(string(f.Severity), prev.severity),
		evolving: f.Evolving,
	}
	if k > 0 && p.at(prev.subject) == f.Subject {
		r.subject = prev.subject // the subject of the finding before, most often
	} else {
		r.subject = p.shared(f.Subject)
	}
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

// shared is str for a string other findings may have too: a copy packed before serves.
func (p *packedFindings) shared(s string) span {
	if s == "" {
		return span{}
	}
	if p.seen == nil {
		p.seen = map[uint64]span{}
		p.seed = maphash.MakeSeed()
	}
	h := maphash.String(p.seed, s)
	if sp, ok := p.seen[h]; ok && p.at(sp) == s {
		return sp
	}
	sp := p.str(s)
	p.seen[h] = sp
	return sp
}

// str copies s into the chunks.
func (p *packedFindings) str(s string) span {
	if s == "" {
		return span{}
	}
	last := len(p.chunks) - 1
	if len(s) <= chunkBytes && (last < 0 || len(p.chunks[last])+len(s) > chunkBytes) && last+1 < maxChunks {
		p.chunks = append(p.chunks, make([]byte, 0, chunkBytes))
		last++
	}
	if len(s) > chunkBytes || last < 0 || len(p.chunks[last])+len(s) > chunkBytes {
		p.long = append(p.long, s)
		return span{off: uint32(len(p.long) - 1), n: chunkBytes + 1}
	}
	c := p.chunks[last]
	off := len(c)
	p.chunks[last] = append(c, s...)
	return span{off: uint32(last*chunkBytes + off), n: uint32(len(s))}
}

// at is the string of sp, in the chunks' memory.
func (p *packedFindings) at(sp span) string {
	switch {
	case sp.n == 0:
		return ""
	case sp.n > chunkBytes:
		return p.long[sp.off]
	}
	return unsafe.String(&p.chunks[sp.off/chunkBytes][sp.off%chunkBytes], sp.n)
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
			ID: p.at(r.id), Subject: p.at(r.subject), Message: p.at(r.message),
			Key: p.at(r.key), Latest: p.at(r.latest),
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
