package claimstore

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// arena hands out the parts of claims decoded together (a comparison batch, a finding's claims)
// from a few shared arrays, sized exactly from the claims' flags, instead of one allocation
// each. A part keeps its whole array alive, so an arena serves claims that are dropped together.
// A nil arena allocates each part.
type arena struct {
	qs    []model.Quantity
	ds    []model.DateValue
	rs    []model.Role
	quots []model.Quote
	ids   []byte
	nid   int  // ids by ordinal still to write
	grow  bool // reused: arrays grow rather than parts being allocated one by one (reuse)
}

// count adds the parts of the claim at offset off of block to what the arena hands out.
func (a *arena) count(block []byte, off uint32, n *[5]int) {
	var flags uint64
	switch i := int(off); {
	case i < len(block) && block[i] < 0x80:
		flags = uint64(block[i])
	case i+1 < len(block) && block[i+1] < 0x80: // two bytes: the flags of most claims
		flags = uint64(block[i]&0x7f) | uint64(block[i+1])<<7
	default:
		if i >= len(block) {
			return
		}
		v, k := binary.Uvarint(block[i:])
		if k <= 0 {
			return
		}
		flags = v
	}
	n[0] += int(flags / fQuantity & 1)
	n[1] += int(flags / fDate & 1)
	n[2] += int(flags / fRole & 1)
	n[3] += int(flags / fQuote & 1)
	n[4] += int(flags / fOrdinalID & 1)
}

// size makes the arrays for parts counted in n.
func (a *arena) size(n *[5]int) {
	a.qs = make([]model.Quantity, 0, n[0])
	a.ds = make([]model.DateValue, 0, n[1])
	a.rs = make([]model.Role, 0, n[2])
	a.quots = make([]model.Quote, 0, n[3])
	a.nid = n[4]
}

// reuse readies an arena whose parts handed out before are no longer used for the parts of up
// to claims claims, uncounted: it keeps its arrays, emptied, writes new ids over the old ones,
// and from then on grows (a full array is left to the parts in it and a larger one started)
// rather than allocating parts one by one.
func (a *arena) reuse(claims int) {
	a.grow = true
	a.qs = emptied(a.qs)
	a.ds = emptied(a.ds)
	a.rs = emptied(a.rs)
	a.quots = emptied(a.quots)
	a.ids = a.ids[:0]
	a.nid = claims // at most one id each
}

// emptied returns parts with none handed out, zero as make gives them.
func emptied[T any](parts []T) []T {
	clear(parts) // the parts handed out last time
	return parts[:0]
}

// more returns a new empty array for parts when parts is full and the arena grows (nil else).
func more[T any](a *arena, parts []T) []T {
	if !a.grow {
		return nil
	}
	return make([]T, 0, max(16, 2*cap(parts)))
}

func (a *arena) quantity() *model.Quantity {
	if a == nil {
		return &model.Quantity{}
	}
	if len(a.qs) == cap(a.qs) {
		if a.qs = more(a, a.qs); a.qs == nil {
			return &model.Quantity{}
		}
	}
	a.qs = a.qs[:len(a.qs)+1]
	return &a.qs[len(a.qs)-1]
}

func (a *arena) date() *model.DateValue {
	if a == nil {
		return &model.DateValue{}
	}
	if len(a.ds) == cap(a.ds) {
		if a.ds = more(a, a.ds); a.ds == nil {
			return &model.DateValue{}
		}
	}
	a.ds = a.ds[:len(a.ds)+1]
	return &a.ds[len(a.ds)-1]
}

func (a *arena) role() *model.Role {
	if a == nil {
		return &model.Role{}
	}
	if len(a.rs) == cap(a.rs) {
		if a.rs = more(a, a.rs); a.rs == nil {
			return &model.Role{}
		}
	}
	a.rs = a.rs[:len(a.rs)+1]
	return &a.rs[len(a.rs)-1]
}

func (a *arena) quote() *model.Quote {
	if a == nil {
		return &model.Quote{}
	}
	if len(a.quots) == cap(a.quots) {
		if a.quots = more(a, a.quots); a.quots == nil {
			return &model.Quote{}
		}
	}
	a.quots = a.quots[:len(a.quots)+1]
	return &a.quots[len(a.quots)-1]
}

// id returns source + "#" + n in the arena's bytes. The bytes of a string once returned are never
// written again: a full array is left to the strings in it, and a new one started, sized for the
// ids still to come if they are as long as this one.
func (a *arena) id(source string, n uint64) string {
	need := len(source) + 1 + 20
	if cap(a.ids)-len(a.ids) < need {
		a.ids = make([]byte, 0, max(a.nid, 1)*(len(source)+8)+need)
	}
	a.nid--
	at := len(a.ids)
	a.ids = append(a.ids, source...)
	a.ids = append(a.ids, '#')
	a.ids = appendOrdinal(a.ids, n)
	return unsafe.String(&a.ids[at], len(a.ids)-at)
}

// appendOrdinal appends n in decimal, as strconv.AppendUint does: ordinals (below ten thousand,
// the claims of one article) digit by digit, without strconv's general path.
func appendOrdinal(b []byte, n uint64) []byte {
	switch {
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case n < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	case n < 10000:
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	return strconv.AppendUint(b, n, 10)
}

// AppendClaims appends the claims refs locate to dst, decoded as Claim does, with their parts
// allocated together: the claims of a batch that is dropped as a whole.
func (s *Store) AppendClaims(dst []model.Claim, refs []Ref) []model.Claim {
	var a arena
	var n [5]int
	for _, r := range refs {
		a.count(s.blocks[r.Block], s.offs[r.Block][r.Claim], &n)
	}
	a.size(&n)
	dst = slices.Grow(dst, len(refs))
	for _, r := range refs {
		dst = s.appendClaim(dst, r, &a)
	}
	return dst
}

// appendClaim appends the claim r locates, decoded with parts from a.
func (s *Store) appendClaim(dst []model.Claim, r Ref, a *arena) []model.Claim {
	return s.appendClaimFields(dst, r, a, true)
}

// appendClaimFields is appendClaim, with every field or (all false) those decodeFields keeps.
func (s *Store) appendClaimFields(dst []model.Claim, r Ref, a *arena, all bool) []model.Claim {
	// decodeInto overwrites the whole claim: no need to append a zero one first, where the
	// callers made room
	if len(dst) < cap(dst) {
		dst = dst[:len(dst)+1]
	} else {
		dst = append(dst, model.Claim{})
	}
	c := &dst[len(dst)-1]
	if err := decodeSourced(c, s.voc, s.blocks[r.Block], s.offs[r.Block][r.Claim], a, all, s.source(r.Block)); err != nil {
		panic(fmt.Sprintf("claimstore: claim %d of block %d: %v", r.Claim, r.Block, err))
	}
	if s.shifts != nil {
		s.shifts[r.Block].Apply(c)
	}
	return dst
}

// BatchDecoder decodes batch after batch of claims on one goroutine (Store.AppendClaimsReusing)
// with the parts of each batch's claims in arrays it keeps from batch to batch: a run decodes
// hundreds of batches, whose arrays would otherwise be garbage by the tens of megabytes. The
// claims of a batch, and whatever points into them or their parts (their ids among them), are
// valid until the next batch is decoded.
type BatchDecoder struct{ a arena }

// AppendClaimsReusing is AppendClaims with the parts of the claims in d's arrays, which the
// claims d decoded before gave up.
func (s *Store) AppendClaimsReusing(dst []model.Claim, refs []Ref, d *BatchDecoder) []model.Claim {
	a := &d.a
	var n [5]int
	for _, r := range refs {
		a.count(s.blocks[r.Block], s.offs[r.Block][r.Claim], &n)
	}
	a.resize(&n)
	dst = slices.Grow(dst, len(refs))
	for _, r := range refs {
		dst = s.appendClaim(dst, r, a)
	}
	return dst
}

// resize readies an arena whose parts handed out before are no longer used for parts counted in
// n: arrays large enough are emptied and kept, others made anew, and ids are written over the
// old ones.
func (a *arena) resize(n *[5]int) {
	a.grow = false
	a.qs = refit(a.qs, n[0])
	a.ds = refit(a.ds, n[1])
	a.rs = refit(a.rs, n[2])
	a.quots = refit(a.quots, n[3])
	a.ids = a.ids[:0]
	a.nid = n[4]
}

// refit returns parts emptied when they hold n, else a new array for n.
func refit[T any](parts []T, n int) []T {
	if cap(parts) >= n {
		return emptied(parts)
	}
	return make([]T, 0, n)
}
