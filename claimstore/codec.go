// Package claimstore keeps extracted claims compactly encoded in memory, so that a large run holds a few bytes per claim rather than whole structs.
package claimstore

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"strings"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// A block is the encoding of one article's claims. Strings repeated inside a block (the source
// id, a sentence shared by several claims, a key) are written once and referred back to after.
// Decoded strings point into the block, which is never written again once made: decoding
// allocates only the claim structs themselves.
//
// Layout of a claim: flags (uvarint), then the strings and numbers in the order of
// Encoder.claim. A string is a uvarint tag t whose low two bits say what follows:
//   - 0: a new string of t>>2 bytes, which follow;
//   - 1: the string written (as a tag 0 and its bytes) at offset t>>2 of the block;
//   - 2: t>>2 bytes of the claim's Text, from the offset (uvarint) that follows: values and
//     quotations "as written" are mostly cut from the evidence sentence;
//   - 3: word t>>2 of the run's Vocabulary: keys, subjects, units and names repeat across
//     articles (claims with equal keys are the very thing compared), so they are kept once.
// A number is a uvarint 2n for a whole number n from 0 to 2^52, else 1 and its 8 IEEE bytes.

// flag bits of a claim
const (
	fPart = 1 << iota
	fDraft
	fInferred
	fCumulative
	fQuantity
	fDate
	fRole
	fQuote
	fOrdinalID // ID is Source + "#" + ordinal: only the ordinal is stored
	fLowOpen
	fHighOpen
	fUnbounded
	fApprox
	fResolved
	fCurrent // last: the flags of a claim without it keep their encoding
)

// Encoder writes blocks; one Encoder serves one goroutine and can be reused for many blocks.
type Encoder struct {
	// Vocabulary, when set, keeps the strings that repeat across articles once for the run.
	Vocabulary *Vocabulary
	buf        []byte
	seen       strTable // the strings written in full in buf, by the offset of their tag
	text       string   // the Text of the claim being written
	// lastText and lastAt: the previous claim's Text and where it was written; claims of one
	// sentence come one after the other and share its bytes, which saves hashing it again.
	lastText string
	lastAt   uint32
	// lastSource and sourceAt: the Source last written and where, in the same way: every claim
	// of an article names the same string
	lastSource string
	sourceAt   uint32
	words      *wordCache // vocabulary numbers of recent words, made on first use
	// chunk and offChunk: the room blocks and their offsets are cut from, one after another. A
	// run keeps every block to its end, ten thousand of them for 50 MB of articles; each an
	// allocation of its own would be rounded up to its size class (about a twentieth more
	// memory), which the heap limit leaves the collector less room for.
	chunk    []byte
	offChunk []uint32
}

// Sizes of the chunks blocks and offsets are cut from; a block larger than a quarter of a chunk
// gets an allocation of its own.
const (
	blockChunk = 256 << 10
	offsChunk  = 16 << 10
)

// Encode returns the block of claims and the offset of each claim in it.
func (e *Encoder) Encode(claims []model.Claim) (block []byte, offs []uint32) {
	e.seen.reset()
	e.buf = e.buf[:0]
	e.lastText, e.lastAt = "", 0
	e.lastSource, e.sourceAt = "", 0
	offs = e.offsRoom(len(claims))
	for i := range claims {
		offs[i] = uint32(len(e.buf))
		e.claim(&claims[i])
	}
	return e.blockCopy(), offs
}

// blockCopy returns a copy of e.buf cut from e.chunk (its capacity its length: appending to it
// cannot reach the next block), or of its own when large.
func (e *Encoder) blockCopy() []byte {
	n := len(e.buf)
	if n > blockChunk/4 {
		block := make([]byte, n)
		copy(block, e.buf)
		return block
	}
	if cap(e.chunk)-len(e.chunk) < n {
		e.chunk = make([]byte, 0, blockChunk)
	}
	at := len(e.chunk)
	e.chunk = append(e.chunk, e.buf...)
	return e.chunk[at : at+n : at+n]
}

// offsRoom returns n zero offsets cut from e.offChunk, or of their own when many.
func (e *Encoder) offsRoom(n int) []uint32 {
	if n > offsChunk/4 {
		return make([]uint32, n)
	}
	if cap(e.offChunk)-len(e.offChunk) < n {
		e.offChunk = make([]uint32, 0, offsChunk)
	}
	at := len(e.offChunk)
	e.offChunk = e.offChunk[:at+n]
	return e.offChunk[at : at+n : at+n]
}

func (e *Encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

func (e *Encoder) int(v int) { e.buf = binary.AppendVarint(e.buf, int64(v)) }

const maxWhole = 1 << 52

func (e *Encoder) float(f float64) {
	if f >= 0 && f <= maxWhole && f == math.Trunc(f) && !(f == 0 && math.Signbit(f)) {
		e.uint(uint64(f) << 1)
		return
	}
	e.buf = append(e.buf, 1)
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(f))
}

// str writes a string, once per block.
func (e *Encoder) str(s string) { e.strAt(s) }

// strAt is str, and returns the offset of the tag of s written in full (here or before), when
// the block remembers it.
func (e *Encoder) strAt(s string) (uint32, bool) {
	if s == "" {
		e.buf = append(e.buf, 0)
		return 0, false
	}
	h := e.seen.hash32(s)
	off, slot, ok := e.seen.find(e.buf, s, h)
	if ok {
		e.uint(uint64(off)<<2 | 1)
		return off, true
	}
	// strings are remembered only within the reach of the offsets
	at := len(e.buf)
	e.uint(uint64(len(s)) << 2)
	e.buf = append(e.buf, s...)
	if at < math.MaxUint32 {
		e.seen.add(slot, h, uint32(at))
		return uint32(at), true
	}
	return 0, false
}

// sentence writes a claim's Text: a reference back when it is the previous claim's (the very
// same bytes, so no need to hash it), else as any string.
func (e *Encoder) sentence(s string) {
	if len(s) > 0 && len(s) == len(e.lastText) && unsafe.StringData(s) == unsafe.StringData(e.lastText) {
		e.uint(uint64(e.lastAt)<<2 | 1)
		return
	}
	if off, ok := e.strAt(s); ok {
		e.lastText, e.lastAt = s, off // written in full there: later claims may point there
	}
}

// source writes a claim's Source: a reference back when it is the very string written before
// (the offset str would find for it), else as any string.
func (e *Encoder) source(s string) {
	if len(s) > 0 && len(s) == len(e.lastSource) && unsafe.StringData(s) == unsafe.StringData(e.lastSource) {
		e.uint(uint64(e.sourceAt)<<2 | 1)
		return
	}
	if off, ok := e.strAt(s); ok {
		e.lastSource, e.sourceAt = s, off
	}
}

// word writes a string that likely repeats across articles.
func (e *Encoder) word(s string) {
	if s == "" {
		e.buf = append(e.buf, 0) // as str writes it, without the call: a third of the words
		return
	}
	if e.Vocabulary == nil {
		e.str(s)
		return
	}
	id, ok := e.wordID(s)
	if !ok {
		e.str(s) // a frozen vocabulary
		return
	}
	e.uint(uint64(id)<<2 | 3)
}

// cut writes a string that is likely a piece of the claim's text at offset at (or anywhere).
func (e *Encoder) cut(s string, at int) {
	if len(s) < 3 {
		e.str(s)
		return
	}
	if at < 0 || at+len(s) > len(e.text) || e.text[at:at+len(s)] != s {
		at = strings.Index(e.text, s)
	}
	if at < 0 {
		e.str(s)
		return
	}
	e.uint(uint64(len(s))<<2 | 2)
	e.uint(uint64(at))
}

func (e *Encoder) span(s model.Span) {
	e.int(s.Start)
	e.int(s.End - s.Start)
}

// ordinal returns n when id is source + "#" + n written canonically.
func ordinal(id, source string) (uint64, bool) {
	if len(id) <= len(source)+1 || id[:len(source)] != source || id[len(source)] != '#' {
		return 0, false
	}
	return canonicalUint32(id[len(source)+1:])
}

// canonicalUint32 returns n when digits is n written canonically in decimal (no sign, no
// leading zero but for "0" itself) and n fits in 32 bits: what strconv.ParseUint(digits, 10,
// 32) accepts and strconv.FormatUint gives back unchanged.
func canonicalUint32(digits string) (uint64, bool) {
	if len(digits) == 0 || len(digits) > 10 || len(digits) > 1 && digits[0] == '0' {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(digits); i++ {
		d := digits[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + uint64(d)
	}
	if n > math.MaxUint32 {
		return 0, false
	}
	return n, true
}

func (e *Encoder) claim(c *model.Claim) {
	var flags uint64
	set := func(b bool, f uint64) {
		if b {
			flags |= f
		}
	}
	set(c.Part, fPart)
	set(c.Draft, fDraft)
	set(c.Inferred, fInferred)
	set(c.Cumulative, fCumulative)
	set(c.Current, fCurrent)
	set(c.Quantity != nil, fQuantity)
	set(c.Date != nil, fDate)
	set(c.Role != nil, fRole)
	set(c.Quote != nil, fQuote)
	n, byOrdinal := ordinal(c.ID, c.Source)
	set(byOrdinal, fOrdinalID)
	if q := c.Quantity; q != nil {
		set(q.LowOpen, fLowOpen)
		set(q.HighOpen, fHighOpen)
		set(q.Unbounded, fUnbounded)
		set(q.Approx, fApprox)
	}
	if d := c.Date; d != nil {
		set(d.Resolved, fResolved)
	}
	e.uint(flags)
	e.source(c.Source)
	if byOrdinal {
		e.uint(n)
	} else {
		e.str(c.ID)
	}
	e.sentence(c.Text)
	e.text = c.Text
	e.span(c.Evidence)
	e.int(c.ValueSpan.Start - c.Evidence.Start)
	e.int(c.ValueSpan.End - c.ValueSpan.Start)
	e.int(c.Pos.Line)
	e.int(c.Pos.Column)
	e.int(c.Pos.Char)
	e.word(string(c.Type))
	e.word(c.Kind)
	e.word(c.Key)
	e.word(c.Subject)
	e.word(c.Measure)
	e.cut(c.Value, c.ValueSpan.Start-c.Evidence.Start)
	e.word(c.Context)
	e.word(c.Attribution)
	if q := c.Quantity; q != nil {
		e.float(q.Low)
		e.float(q.High)
		e.word(q.Unit)
		e.word(q.Currency)
	}
	if d := c.Date; d != nil {
		e.word(d.Start)
		e.word(d.End)
		e.cut(d.Expression, -1)
	}
	if r := c.Role; r != nil {
		e.word(r.Person)
		e.cut(r.Title, -1)
		e.word(r.Post)
	}
	if q := c.Quote; q != nil {
		e.word(q.Speaker)
		e.cut(q.Words, c.ValueSpan.Start-c.Evidence.Start)
		e.str(q.Folded)
	}
}

// errCorrupt is returned for bytes no Encoder wrote.
var errCorrupt = errors.New("claimstore: corrupt block")

// decoder reads one claim from a block.
type decoder struct {
	voc  *Vocabulary
	b    []byte
	i    int
	err  error
	text string // the Text of the claim being read
}

// uint reads a uvarint. The one- and two-byte forms (most tags, flags, numbers and offsets)
// are read at once; after an error, what it returns does not matter (every caller's result is
// dropped for d.err), and the longer forms go to uintLong.
func (d *decoder) uint() uint64 {
	if i := d.i; i+1 < len(d.b) {
		if b := d.b[i]; b < 0x80 {
			d.i = i + 1
			return uint64(b)
		} else if c := d.b[i+1]; c < 0x80 {
			d.i = i + 2
			return uint64(b&0x7f) | uint64(c)<<7
		}
	}
	return d.uintLong()
}

// uintLong is uint for any form, at the block's end too.
func (d *decoder) uintLong() uint64 {
	if d.err != nil {
		return 0
	}
	// three bytes: the vocabulary's words past the first 4,096 (a large run's keys and subjects)
	if i := d.i; i+2 < len(d.b) && d.b[i] >= 0x80 && d.b[i+1] >= 0x80 && d.b[i+2] < 0x80 {
		d.i = i + 3
		return uint64(d.b[i]&0x7f) | uint64(d.b[i+1]&0x7f)<<7 | uint64(d.b[i+2])<<14
	}
	v, n := binary.Uvarint(d.b[d.i:])
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.i += n
	return v
}

// ints reads len(dst) zigzag varints, as int reads each.
func (d *decoder) ints(dst []int) {
	b, i := d.b, d.i // in registers: d's fields are stored only for uintLong, and at the end
	for k := range dst {
		var u uint64
		if i+1 < len(b) && b[i] < 0x80 {
			u, i = uint64(b[i]), i+1
		} else if i+1 < len(b) && b[i+1] < 0x80 {
			u, i = uint64(b[i]&0x7f)|uint64(b[i+1])<<7, i+2
		} else {
			d.i = i
			u = d.uintLong()
			i = d.i
		}
		dst[k] = int(u>>1) ^ -int(u&1)
	}
	d.i = i
}

// int reads a zigzag varint, as uint reads a uvarint.
func (d *decoder) int() int {
	u := d.uint()
	return int(u>>1) ^ -int(u&1)
}

func (d *decoder) float() float64 {
	if t := d.uint(); t&1 == 0 || d.err != nil {
		return float64(t >> 1)
	}
	if d.i+8 > len(d.b) {
		d.err = errCorrupt
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b[d.i:])
	d.i += 8
	return math.Float64frombits(v)
}

// str reads a string: new bytes, a reference back to an earlier one, or a piece of text.
func (d *decoder) str() string {
	var t uint64 // uint, without the call
	if i := d.i; i+1 < len(d.b) && d.b[i] < 0x80 {
		t, d.i = uint64(d.b[i]), i+1
	} else if i+1 < len(d.b) && d.b[i+1] < 0x80 {
		t, d.i = uint64(d.b[i]&0x7f)|uint64(d.b[i+1])<<7, i+2
	} else {
		t = d.uintLong()
	}
	if d.err != nil || t == 0 {
		return ""
	}
	n := int(t >> 2)
	switch t & 3 {
	case 0:
		return d.bytes(n)
	case 1:
		if n >= d.i {
			break
		}
		back := decoder{b: d.b, i: n}
		if t = back.uint(); back.err != nil || t&3 != 0 || t == 0 {
			break
		}
		s := back.bytes(int(t >> 2))
		d.err = back.err
		return s
	case 2:
		at := d.uint()
		if at > uint64(len(d.text)) || uint64(n) > uint64(len(d.text))-at {
			break
		}
		return d.text[at : at+uint64(n)]
	case 3:
		if v := d.voc; v != nil && v.fixed.Load() && n < len(v.words) {
			return v.at(v.words[n]) // a frozen vocabulary, as word reads it, without the call
		}
		if w, ok := d.voc.word(n); ok {
			return w
		}
	}
	d.err = errCorrupt
	return ""
}

// source is str, without reading the block at src.off when the string refers back there.
func (d *decoder) source(src blockSource) string {
	at := d.i
	if t := d.uint(); d.err == nil && src.s != "" && t&3 == 1 && t>>2 == uint64(src.off) && uint64(src.off) < uint64(at) {
		return src.s
	}
	d.i = at
	return d.str()
}

// skip passes over a string as str reads it, without finding its bytes: the fields a reader
// does not need (see shownOnly) cost no look-up in the block or the vocabulary.
func (d *decoder) skip() {
	var t uint64 // uint, without the call
	if i := d.i; i+1 < len(d.b) && d.b[i] < 0x80 {
		t, d.i = uint64(d.b[i]), i+1
	} else if i+1 < len(d.b) && d.b[i+1] < 0x80 {
		t, d.i = uint64(d.b[i]&0x7f)|uint64(d.b[i+1])<<7, i+2
	} else {
		t = d.uintLong()
	}
	if d.err != nil || t == 0 {
		return
	}
	switch n := int(t >> 2); t & 3 {
	case 0:
		d.bytes(n)
	case 2:
		d.uint()
	}
}

// skipN is skip n times.
func (d *decoder) skipN(n int) {
	for range n {
		d.skip()
	}
}

// opt is str, or skip (and "") when the field is not wanted.
func (d *decoder) opt(want bool) string {
	if !want {
		d.skip()
		return ""
	}
	return d.str()
}

// bytes returns the next n bytes as a string that shares the block's memory.
func (d *decoder) bytes(n int) string {
	if n < 0 || n > len(d.b)-d.i {
		d.err = errCorrupt
		return ""
	}
	s := unsafe.String(&d.b[d.i], n)
	d.i += n
	return s
}

func (d *decoder) span() model.Span {
	s := d.int()
	return model.Span{Start: s, End: s + d.int()}
}

// Decode reads the claim at offset off of block; voc is the Vocabulary of the Encoder that wrote
// it (nil for none).
func Decode(voc *Vocabulary, block []byte, off uint32) (model.Claim, error) {
	var c model.Claim
	if err := decodeInto(&c, voc, block, off, nil); err != nil {
		return model.Claim{}, err
	}
	return c, nil
}

// decodeInto is Decode into *c (which it overwrites), taking the claim's parts and its id's
// bytes from a, when set, rather than allocating each.
func decodeInto(c *model.Claim, voc *Vocabulary, block []byte, off uint32, a *arena) error {
	return decodeFields(c, voc, block, off, a, true)
}

// decodeFields is decodeInto; with all false it leaves empty the fields no report shows of a
// finding's claims (Type, Kind, Key, Subject, Measure, Context, Role.Title, Quote.Words), which
// are passed over undecoded. A block an Encoder wrote decodes the same either way in every other
// field.
func decodeFields(c *model.Claim, voc *Vocabulary, block []byte, off uint32, a *arena, all bool) error {
	return decodeSourced(c, voc, block, off, a, all, blockSource{})
}

// decodeSourced is decodeFields, given src, a string of the block at a known offset: a Source
// that refers back to that offset is src.s without reading the block there.
func decodeSourced(c *model.Claim, voc *Vocabulary, block []byte, off uint32, a *arena, all bool, src blockSource) error {
	d := decoder{voc: voc, b: block, i: int(off)}
	if int(off) >= len(block) {
		return errCorrupt
	}
	*c = model.Claim{}
	flags := d.uint()
	has := func(f uint64) bool { return flags&f != 0 }
	c.Part, c.Draft, c.Inferred, c.Cumulative = has(fPart), has(fDraft), has(fInferred), has(fCumulative)
	c.Current = has(fCurrent)
	c.Source = d.source(src)
	if has(fOrdinalID) {
		n := d.uint()
		if a != nil {
			c.ID = a.id(c.Source, n)
		} else {
			var digits [20]byte
			c.ID = c.Source + "#" + string(strconv.AppendUint(digits[:0], n, 10))
		}
	} else {
		c.ID = d.str()
	}
	c.Text = d.str()
	d.text = c.Text
	var ns [7]int // the spans and the position, in one call
	d.ints(ns[:])
	c.Evidence = model.Span{Start: ns[0], End: ns[0] + ns[1]}
	vs := c.Evidence.Start + ns[2]
	c.ValueSpan = model.Span{Start: vs, End: vs + ns[3]}
	c.Pos.Line = ns[4]
	c.Pos.Column = ns[5]
	c.Pos.Char = ns[6]
	// opt's choice made once for the fields in a row, without its call each
	if all {
		c.Type = model.ClaimType(d.str())
		c.Kind = d.str()
		c.Key = d.str()
		c.Subject = d.str()
		c.Measure = d.str()
		c.Value = d.str()
		c.Context = d.str()
	} else {
		d.skipN(5)
		c.Value = d.str()
		d.skip()
	}
	c.Attribution = d.str()
	if has(fQuantity) {
		q := a.quantity()
		q.Low = d.float()
		q.High = d.float()
		q.LowOpen, q.HighOpen, q.Unbounded, q.Approx = has(fLowOpen), has(fHighOpen), has(fUnbounded), has(fApprox)
		q.Unit = d.str()
		q.Currency = d.str()
		c.Quantity = q
	}
	if has(fDate) {
		dv := a.date()
		*dv = model.DateValue{Start: d.str(), End: d.str(), Expression: d.str(), Resolved: has(fResolved)}
		c.Date = dv
	}
	if has(fRole) {
		r := a.role()
		*r = model.Role{Person: d.str(), Title: d.opt(all), Post: d.str()}
		c.Role = r
	}
	if has(fQuote) {
		q := a.quote()
		*q = model.Quote{Speaker: d.str(), Words: d.opt(all), Folded: d.str()}
		c.Quote = q
	}
	if d.err != nil {
		*c = model.Claim{}
		return d.err
	}
	return nil
}
