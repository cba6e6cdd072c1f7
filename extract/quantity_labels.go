package extract

import (
	"strings"
	"unsafe"
)

// labelChunk is the size of the byte chunks labels are joined in (Doc.joinLabel).
const labelChunk = 4096

// joinLabel returns the parts joined, as a + b would, written into the document's label chunk
// (d.figs[0].labels) rather than a string of its own: the labels the quantity extractors build
// ("share of the vote", "aid package for Ukraine") are only copied into the claims' keys. The
// chunk is only ever appended to, and a full one is left to the strings made in it for a new
// one: no label is overwritten, whatever keeps it. d may be nil.
func (d *Doc) joinLabel(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return ""
	}
	if d == nil || n > labelChunk/8 {
		return strings.Join(parts, "")
	}
	a := &d.figs[0].labels
	if cap(*a)-len(*a) < n {
		*a = make([]byte, 0, labelChunk)
	}
	from := len(*a)
	for _, p := range parts {
		*a = append(*a, p...)
	}
	return unsafe.String(&(*a)[from], n)
}
