package claimstore

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// Store holds the encoded claims of a run, one block per article, in load order.
type Store struct {
	voc    *Vocabulary
	blocks [][]byte
	offs   [][]uint32
	shifts []Shift // per block; nil when no block is shifted
	// sources, per block: its first claim's Source, which the block's other claims refer back
	// to, so that decoding them need not read the block's first bytes again (a cache miss when
	// claims are decoded across many blocks); a copy, so that the ids built from it and the
	// reports that write it read a few packed bytes rather than each block's first line
	sources []blockSource
}

// blockSource is a string written in full at offset off of a block (its tag there), and the
// string.
type blockSource struct {
	off uint32
	s   string
}

// sourceOf returns the Source of the first claim of block, as decodeFields reads it again.
func sourceOf(block []byte, offs []uint32) blockSource {
	if len(offs) == 0 {
		return blockSource{}
	}
	d := decoder{b: block, i: int(offs[0])}
	if d.i >= len(block) {
		return blockSource{}
	}
	d.uint() // flags
	at := d.i
	if t := d.uint(); d.err != nil || t == 0 || t&3 != 0 {
		return blockSource{}
	}
	d.i = at
	src := d.str()
	if d.err != nil || at > math.MaxUint32 {
		return blockSource{}
	}
	return blockSource{off: uint32(at), s: strings.Clone(src)}
}

// source returns the cached source of block i, if any.
func (s *Store) source(i uint32) blockSource {
	if int(i) < len(s.sources) {
		return s.sources[i]
	}
	return blockSource{}
}

// Shift moves the claims of a block read from one piece of a larger text (a chunk of a huge
// file) to their place in the whole: spans by Offset bytes, positions by Lines lines, and ids
// Source#n to Source#(n+Ordinal).
type Shift struct {
	Offset, Lines, Ordinal int
}

// Apply moves c.
func (s Shift) Apply(c *model.Claim) {
	if s == (Shift{}) {
		return
	}
	c.Evidence.Start += s.Offset
	c.Evidence.End += s.Offset
	c.ValueSpan.Start += s.Offset
	c.ValueSpan.End += s.Offset
	c.Pos.Line += s.Lines
	if n, ok := ordinal(c.ID, c.Source); ok && s.Ordinal != 0 {
		c.ID = c.Source + "#" + strconv.FormatUint(n+uint64(s.Ordinal), 10)
	}
}

// Ref locates one claim: the block (article) and the claim's index in it.
type Ref struct {
	Block, Claim uint32
}

// NewStore returns a store with n empty blocks, to be filled with Set (from any goroutine, each
// block by one) with blocks written by Encoders of the vocabulary voc (nil for none).
func NewStore(voc *Vocabulary, n int) *Store {
	return &Store{voc: voc, blocks: make([][]byte, n), offs: make([][]uint32, n), sources: make([]blockSource, n)}
}

// Set stores block i.
func (s *Store) Set(i int, block []byte, offs []uint32) {
	s.blocks[i], s.offs[i] = block, offs
	if i < len(s.sources) {
		s.sources[i] = sourceOf(block, offs)
	}
}

// SetShifted stores block i, whose claims Claim moves by sh.
func (s *Store) SetShifted(i int, block []byte, offs []uint32, sh Shift) {
	s.Set(i, block, offs)
	if sh == (Shift{}) {
		return
	}
	if s.shifts == nil {
		s.shifts = make([]Shift, len(s.blocks))
	}
	s.shifts[i] = sh
}

// Append adds a block at the end and returns its index.
func (s *Store) Append(block []byte, offs []uint32) int {
	s.blocks = append(s.blocks, block)
	s.offs = append(s.offs, offs)
	if len(s.sources) == len(s.blocks)-1 {
		s.sources = append(s.sources, sourceOf(block, offs))
	}
	return len(s.blocks) - 1
}

// Blocks is the number of blocks.
func (s *Store) Blocks() int { return len(s.blocks) }

// Claims is the number of claims in the store.
func (s *Store) Claims() int {
	n := 0
	for _, o := range s.offs {
		n += len(o)
	}
	return n
}

// Claim decodes one claim. The store only holds blocks its Encoder wrote, so a failure is a
// bug and panics.
func (s *Store) Claim(r Ref) model.Claim {
	c, err := Decode(s.voc, s.blocks[r.Block], s.offs[r.Block][r.Claim])
	if err != nil {
		panic(fmt.Sprintf("claimstore: claim %d of block %d: %v", r.Claim, r.Block, err))
	}
	if s.shifts != nil {
		s.shifts[r.Block].Apply(&c)
	}
	return c
}

// Block decodes every claim of block i.
func (s *Store) Block(i int) []model.Claim {
	out := make([]model.Claim, len(s.offs[i]))
	for k := range out {
		out[k] = s.Claim(Ref{uint32(i), uint32(k)})
	}
	return out
}

// Findings keeps the claims of findings as references into a store: a finding's claims are
// decoded when a report writer asks for them (model.ClaimStore).
type Findings struct {
	store *Store // read only: other goroutines may decode from it while findings are added
	extra Store  // claims the comparator changed
	// the claims of finding handle h are refs[ends[h-1]:ends[h]] (ends[0] is 0): one array for
	// every finding rather than one each, which the collector would visit at every cycle
	refs []Ref
	ends []uint32
	enc  Encoder
}

// extraBit marks a Ref into Findings.extra.
const extraBit = 1 << 31

// NewFindings returns an empty set of finding claims over store.
func NewFindings(store *Store) *Findings {
	return &Findings{store: store, extra: Store{voc: store.voc}, enc: Encoder{Vocabulary: store.voc}, ends: []uint32{0}}
}

// Add records the claims of one finding (a copy of refs: the caller may reuse it) and returns the
// handle for model.Finding.Stored.
func (f *Findings) Add(refs []Ref) int {
	f.refs = append(f.refs, refs...)
	f.ends = append(f.ends, uint32(len(f.refs)))
	return len(f.ends) - 1
}

// Grow makes room for about refs more claims in about findings more findings: a run that can
// estimate them then grows its two arrays once, not by doubling (some ten megabytes of garbage
// over ten thousand articles).
func (f *Findings) Grow(refs, findings int) {
	f.refs = slices.Grow(f.refs, refs)
	f.ends = slices.Grow(f.ends, findings)
}

// of returns the claims of the finding with the given handle, nil for none.
func (f *Findings) of(handle int) []Ref {
	if handle <= 0 || handle >= len(f.ends) {
		return nil
	}
	return f.refs[f.ends[handle-1]:f.ends[handle]]
}

// Extra stores a claim that is not in the store as it is: one the comparator changed (a surname
// resolved to the full name), in a block of its own.
func (f *Findings) Extra(c model.Claim) Ref {
	block, offs := f.enc.Encode([]model.Claim{c})
	return Ref{Block: uint32(f.extra.Append(block, offs)) | extraBit}
}

// FindingLen is the number of claims of the finding with the given handle.
func (f *Findings) FindingLen(handle int) int {
	return len(f.of(handle))
}

// FindingClaims decodes the claims of the finding with the given handle.
func (f *Findings) FindingClaims(handle int) []model.Claim {
	if f.FindingLen(handle) == 0 {
		return nil
	}
	return f.AppendFindingClaims(nil, handle)
}

// AppendFindingClaims appends the claims of the finding with the given handle to dst.
func (f *Findings) AppendFindingClaims(dst []model.Claim, handle int) []model.Claim {
	return f.appendFindingClaims(dst, handle, true, nil)
}

// AppendFindingClaimsShown is AppendFindingClaims for a report writer: it leaves empty the
// fields of a claim that reports do not show of a finding's claims (Type, Kind, Key, Subject,
// Measure, Context, Role.Title, Quote.Words), which then cost no decoding.
func (f *Findings) AppendFindingClaimsShown(dst []model.Claim, handle int) []model.Claim {
	return f.appendFindingClaims(dst, handle, false, nil)
}

// ShownDecoder returns AppendFindingClaimsShown for a writer that is done with a finding's
// claims before it asks for the next finding's: the decoder's calls share one arena, which each
// call reuses, so that the claims it returned before are no longer valid. One writer goroutine
// uses it; a report writes thousands of findings without allocating parts for each.
func (f *Findings) ShownDecoder() func(dst []model.Claim, handle int) []model.Claim {
	a := new(arena)
	return func(dst []model.Claim, handle int) []model.Claim {
		return f.appendFindingClaims(dst, handle, false, a)
	}
}

// ShownRangeDecoder is ShownDecoder for claims from to to (excluded) of a finding alone: a writer
// cuts a finding of thousands of claims into pieces, which it writes on every core.
func (f *Findings) ShownRangeDecoder() func(dst []model.Claim, handle, from, to int) []model.Claim {
	a := new(arena)
	return func(dst []model.Claim, handle, from, to int) []model.Claim {
		return f.appendRefClaims(dst, f.of(handle)[from:to], false, a)
	}
}

// appendFindingClaims decodes the claims of a finding with their parts from an arena: reuse,
// when not nil, else one of their own.
func (f *Findings) appendFindingClaims(dst []model.Claim, handle int, all bool, reuse *arena) []model.Claim {
	return f.appendRefClaims(dst, f.of(handle), all, reuse)
}

// appendRefClaims is appendFindingClaims for the claims refs locate.
func (f *Findings) appendRefClaims(dst []model.Claim, refs []Ref, all bool, reuse *arena) []model.Claim {
	a := reuse
	if a != nil {
		a.reuse(len(refs)) // arrays that grow as needed: no pass to count the parts
	} else {
		a = new(arena)
		var n [5]int
		for _, r := range refs {
			s := f.store
			if r.Block&extraBit != 0 {
				s, r.Block = &f.extra, r.Block&^extraBit
			}
			a.count(s.blocks[r.Block], s.offs[r.Block][r.Claim], &n)
		}
		a.size(&n)
	}
	dst = slices.Grow(dst, len(refs))
	for _, r := range refs {
		s := f.store
		if r.Block&extraBit != 0 {
			s, r.Block = &f.extra, r.Block&^extraBit
		}
		dst = s.appendClaimFields(dst, r, a, all)
	}
	return dst
}
