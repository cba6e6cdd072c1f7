package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// noCredits marks a sentence read that credits no one (Doc.credits): empty, and not nil, which
// marks a sentence not read yet.
var noCredits = []credit{}

// keepAttributionBufs keeps the per-sentence arrays of d's attributions for the next document,
// emptied so that the pool keeps no article's strings alive.
func (b *prepBufs) keepAttributionBufs(d *Doc) {
	clear(d.credits[:cap(d.credits)])
	clear(d.credBuf[:cap(d.credBuf)])
	clear(d.credChunk)
	clear(d.lastPerson)
	b.credits, b.credBuf, b.credChunk, b.lastPerson = d.credits[:0], d.credBuf[:0], d.credChunk[:0], d.lastPerson[:0]
}

// takeCredBuf returns the empty scratch slice a sentence's credits are read into, and true; or
// nil and false while another reading holds it (a nested one, from groupAt, grows its own).
func (d *Doc) takeCredBuf() ([]credit, bool) {
	if d.credBusy {
		return nil, false
	}
	d.credBusy = true
	return d.credBuf[:0], true
}

// giveCredBuf hands back the scratch slice takeCredBuf gave, as the reading grew it (cs).
func (d *Doc) giveCredBuf(cs []credit) {
	d.credBusy = false
	d.credBuf = cs[:0]
}

// plainAppender is an Extractor that appends claims without quantities (dates) straight to the
// document's (ExtractDoc), as a claimAppender does, rather than into a slice of its own that is
// copied and dropped.
type plainAppender interface {
	appendPlainClaims(d *Doc, b *claimBufs)
}

var _ plainAppender = dates{}

// setQuantities points each claim to its quantity in slab, in order, but for the claims of the
// runs in plain (from, to), which have none.
func setQuantities(claims []model.Claim, slab []model.Quantity, plain [][2]int) {
	i, q := 0, 0
	for _, p := range plain {
		for ; i < p[0]; i++ {
			claims[i].Quantity = &slab[q]
			q++
		}
		i = p[1]
	}
	for ; i < len(claims); i++ {
		claims[i].Quantity = &slab[q]
		q++
	}
}

// appendLower appends strings.ToLower(s) to b, ASCII text lowered in place.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
