package extract

import (
	"sync"
	"sync/atomic"
)

// wordSlabs recycles the word arrays of documents done with (Doc.release): the words of an
// article are the largest thing Prepare allocates, and allocating them afresh for every article
// makes the collector run far more often.
var wordSlabs sync.Pool // of *[]word

// slabsRecycled: some document was released, so arrays are worth allocating with room to spare.
var slabsRecycled atomic.Bool

// getWordSlab returns an array of n words, a recycled one when one is large enough. A recycled
// array is not cleared: appendWords writes every field of the words it builds, and the pointers
// left in it only keep other stores' sentence arrays alive (putWordStore clears those).
func getWordSlab(n int) []word {
	s, _ := getWordSlabBox(n)
	return s
}

// getWordSlabBox is getWordSlab, and the pointer the pool held the array in (nil when none),
// for release to hand the array back in without allocating one.
func getWordSlabBox(n int) ([]word, *[]word) {
	p, _ := wordSlabs.Get().(*[]word)
	if p != nil {
		if cap(*p) >= n {
			return (*p)[:n], p
		}
		*p = nil // too small for this article: left to the collector
	}
	if !slabsRecycled.Load() {
		return make([]word, n), p
	}
	// room to spare, so that the next article, a little longer, can use it too
	return make([]word, n, max(1024, n+n/4)), p
}

// wordStores recycles the stores of documents done with, like wordSlabs.
var wordStores sync.Pool // of *wordStore, cleared

// getWordStore returns a store for an article of n sentences, a recycled one when there is one.
func getWordStore(text string, n int) *wordStore {
	st, _ := wordStores.Get().(*wordStore)
	if st == nil {
		st = &wordStore{}
	}
	st.text = text
	if cap(st.ctx) < n || cap(st.words) < n {
		st.ctx = make([]wordCtx, n)
		st.words = make([][]word, n)
	}
	st.ctx, st.words = st.ctx[:n], st.words[:n]
	return st
}

// putWordStore clears st, so that it keeps no article alive, and hands it back.
func putWordStore(st *wordStore) {
	clear(st.ctx)
	clear(st.lows)
	clear(st.keys)
	clear(st.words)
	clear(st.places)
	clear(st.placeChunk)
	clear(st.lasts)
	clear(st.resolved)
	clear(st.likes)
	*st = wordStore{ctx: st.ctx[:0], lows: st.lows[:0], keys: st.keys[:0], words: st.words[:0],
		places: st.places[:0], placeChunk: st.placeChunk[:0],
		lasts: st.lasts[:0], resolved: st.resolved[:0], likes: st.likes[:0], lastText: st.lastText[:0]}
	wordStores.Put(st)
}

// release hands the document's word array back for the next article. The document must not be
// used afterwards: its words are gone. Nothing read from a document points into the array (claims
// and mentions hold strings of the article and lower-case texts, never words).
func (d *Doc) release() {
	pp := d.people
	if pp == nil {
		return
	}
	if pp.store != nil {
		// the name lists go back with the store, which clears them
		pp.store.lasts, pp.store.resolved, pp.store.likes = pp.lasts, pp.resolved, pp.likes
		pp.lasts, pp.resolved, pp.likes = nil, nil, nil
		putWordStore(pp.store)
		pp.store, d.sentPlaces = nil, nil // the places were the store's
	}
	if pp.slab == nil {
		return
	}
	if !slabsRecycled.Load() {
		slabsRecycled.Store(true)
	}
	box := pp.slabBox
	if box == nil {
		box = new([]word)
	}
	*box = pp.slab[:cap(pp.slab)]
	pp.slab, pp.slabBox, pp.words = nil, nil, nil
	wordSlabs.Put(box)
}
