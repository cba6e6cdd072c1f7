package pipeline

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
)

// packer copies strings that are kept for the whole run (the sources' ids, paths, titles) one
// after another into shared chunks: a run of ten thousand articles keeps some hundred thousand
// of them, which as strings of their own the garbage collector would visit one by one at every
// cycle. A chunk's bytes are written only past its length, so a string once made never changes.
type packer struct{ chunk []byte }

const (
	packChunk = 16 << 10
	packAlone = 1 << 10 // longer strings get an allocation of their own
)

// packers serve the workers; a packer the pool drops leaves the rest of its chunk unused.
var packers = sync.Pool{New: func() any { return new(packer) }}

// clone returns a copy of s in the packer's chunk.
func (p *packer) clone(s string) string {
	if len(s) == 0 || len(s) > packAlone {
		return strings.Clone(s)
	}
	if len(p.chunk)+len(s) > cap(p.chunk) {
		p.chunk = make([]byte, 0, packChunk)
	}
	at := len(p.chunk)
	p.chunk = append(p.chunk, s...)
	return unsafe.String(&p.chunk[at], len(s))
}

// packSource gives every string of src a copy of its own made by clone, equal strings one copy,
// as cloneStringsWith over the Source does, field by field rather than by reflection (which
// cost as much as a tenth of encoding an article's claims). TestPackSourceAsReflection keeps
// it to every string field of model.Source.
func packSource(src *model.Source, clone func(string) string) {
	var buf [12]string
	seen := buf[:0] // the copies made: a source holds a few strings
	one := func(s *string) {
		if *s == "" {
			return
		}
		for _, c := range seen {
			if c == *s {
				*s = c
				return
			}
		}
		c := clone(*s)
		seen = append(seen, c)
		*s = c
	}
	one(&src.ID)
	one(&src.Path)
	one(&src.Title)
	one(&src.Outlet)
	one(&src.URL)
	one(&src.Author)
	for i := range src.Terms {
		one(&src.Terms[i])
	}
	one(&src.Story)
}
