// Package extract reads claims (casualty counts, amounts, dates, roles, quotes) from cleaned articles, each with the byte span of its evidence.
package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/crosscheck/crosscheck/segment"
)

// Options configure extraction.
type Options struct {
	Aliases *normalize.Aliases // nil means the default table
	Titles  *normalize.Titles  // nil means the default title table
}

// Doc is an article prepared for extractors: sentences, their tokens and numbers, read once.
type Doc struct {
	Article   *model.Article
	Sentences []Sent
	Aliases   *normalize.Aliases
	Titles    *normalize.Titles // nil means the default title table
	people    *people           // names and sentence words for roles and quotes (names.go)
	// speakers remembers, per sentence index, the last person named before it (for "he said").
	lastPerson []string
	topPlace   string
	sentPlaces [][]Place // places per sentence, filled on first use
	// credits are the sources each sentence credits (Attribution), read on first use: nil
	// until read, noCredits when the sentence credits no one
	credits [][]credit
	// credBuf is where a sentence's credits are read before they are kept (attributions);
	// credBusy says a reading is under way, and a nested one (groupAt) takes a slice of its own
	credBuf  []credit
	credBusy bool
	// credChunk holds the credits kept, of all sentences
	credChunk []credit
	// cas holds what readCasualtyAt read of each count, as casualties read them (casualty.go):
	// counts ask again of the same numbers; casRead says it is filled for this document
	cas     []casualtyReading
	casRead bool
	// figs are the ranges of the figures money, percents, durations and magnitudes read, per
	// sentence, for counts (quantity.go)
	figs [figKinds]figRanges
	biz  businessFacts // what business.go reads of the whole text, on first need
	// genders are the genders textGender has read, by last name (a short list: few per article)
	genders []lastGender
	// lens are the dtLenCode of every token's lower case, all sentences' in a row, as prepare
	// made them with the facts (the date extractor's wordUses); nil for a document not prepared
	lens []byte
	// verbs are the answers of dtVerbAt, kept per sentence (dates_verbmemo.go)
	verbs dtVerbMemos
}

// Sent is one sentence with its tokens and numbers.
type Sent struct {
	segment.Sentence
	Index   int
	Tokens  []segment.Token
	Numbers []numbers.Number
	lower   []string // lower-case token texts
	facts   []facts  // what the word lists say of each lower-case token (facts.go); 0 for punctuation
	// sum is every fact of the sentence's tokens: a reader refuses a sentence without the words
	// it needs at once
	sum facts
	cls []wordBits // the quantity word tables of each lower-case token (classAt) in a sentence with numbers, from the same lookup
	// casAt is where the casualty readings of the sentence's numbers start in Doc.cas
	casAt int
	// title is whether the sentence is in Title Case (titleCaseSent), 0 until asked: 1 yes, 2 no
	title uint8
	// verbs are what dtVerbAt read of each token, carved from memo on the first question; memo
	// is nil for a sentence not prepared (dates_verbmemo.go)
	verbs []dtVerbMemo
	memo  *dtVerbMemos
}

// Lower returns the lower-case text of token i, or "" when out of range.
func (s *Sent) Lower(i int) string {
	if uint(i) >= uint(len(s.lower)) { // one test for both ends: this is asked very often
		return ""
	}
	return s.lower[i]
}

// Extractor reads one family of claims from a prepared document.
type Extractor interface {
	Name() string
	Extract(d *Doc) []model.Claim
}

// extractors run in this order; each claim family lives in its own file.
var extractors = []Extractor{casualties{}, dates{}}

// Prepare splits an article into sentences, tokens and numbers.
func Prepare(a *model.Article, opt Options) *Doc {
	return prepare(a, opt, nil)
}

// prepBufs are the arrays behind one document's sentences, tokens, lower-case texts, facts and
// numbers, kept for the next document once its claims are read (Extract): they are the bulk of
// what preparing allocates, and no claim points into them (claims hold strings and values only).
type prepBufs struct {
	sents []Sent
	toks  []segment.Token
	low   []string
	facts []facts
	lens  []byte
	verbs []dtVerbMemo
	cls   []wordBits
	nums  []numbers.Number
	cas   []casualtyReading
	figs  [figKinds]figRanges
	// the arrays of attribution.go, emptied (alloc_bufs.go)
	credits    [][]credit
	credBuf    []credit
	credChunk  []credit
	lastPerson []string
	// doc is the document itself
	doc Doc
}

// recycleAbove: a longer document (a chunk of a huge file, a book) is prepared into arrays of
// its own, left to the collector. Recycling pays for the many articles of a folder; pooled
// arrays sized for megabyte chunks would hold tens of megabytes per worker.
const recycleAbove = 256 << 10

// prepPool holds the prepBufs of documents already extracted.
var prepPool = sync.Pool{New: func() any { return new(prepBufs) }}

// room returns buf emptied when it holds n elements, else a new slice with room for n.
func room[T any](buf []T, n int) []T {
	if cap(buf) >= n {
		return buf[:0]
	}
	return make([]T, 0, n)
}

// prepare is Prepare, into the arrays of b when b is not nil (which then keeps those the
// document ends up with).
func prepare(a *model.Article, opt Options, pb *prepBufs) *Doc {
	recycled := pb != nil
	b, d := pb, (*Doc)(nil)
	if recycled {
		d = &pb.doc // a document prepared for Extract is dropped with pb: pb holds it too
	} else {
		b, d = &prepBufs{}, new(Doc) // b's arrays only are read: it stays on the stack
	}
	al := opt.Aliases
	if al == nil {
		al = normalize.DefaultAliases()
	}
	*d = Doc{Article: a, Aliases: al, Titles: opt.Titles, cas: b.cas[:0], figs: b.figs,
		credits: b.credits[:0], credBuf: b.credBuf[:0], credChunk: b.credChunk[:0], lastPerson: b.lastPerson[:0],
		verbs: dtVerbMemos{buf: b.verbs[:0]}}
	for k := range d.figs {
		d.figs[k].ok = false // the arrays of an earlier document, not its figures
	}
	// sentences are split into a reused buffer, and copied into the document's own
	sp := sentScratch.Get().(*[]segment.Sentence)
	sents := segment.AppendSentences((*sp)[:0], a.Text, segment.Options{SoftWrap: a.Format == "markdown" || a.Format == "html" || a.Format == "json"})
	defer func() {
		clear(sents) // keep no article alive from the pool
		*sp = sents[:0]
		sentScratch.Put(sp)
	}()
	if d.Sentences = room(b.sents, len(sents))[:len(sents)]; d.Sentences == nil {
		d.Sentences = []Sent{} // as make([]Sent, 0) gave: empty, not nil
	}
	tab := factTable(d.titles())
	// Each sentence is tokenized, lowered, looked up and read for numbers in turn, while its
	// tokens are in cache; tokens, lower-case texts, facts and numbers of all sentences take one
	// array each (one sentence's share of each is capped, so that appending to it copies).
	// News text has about one token per five bytes: recycled arrays with room for one per four
	// are used without counting (a denser text grows them), and new ones made for recycling get
	// room for both counts; Prepare's own are sized by the count.
	n := len(a.Text)/4 + 16
	switch {
	case !recycled:
		n = segment.EstimateTokens(a.Text)
	case cap(b.toks) < n || cap(b.low) < n || cap(b.facts) < n:
		n = max(n, segment.EstimateTokens(a.Text))
	}
	all, low, fs, ls := room(b.toks, n), room(b.low, n), room(b.facts, n), room(b.lens, n)
	// word classes are kept for the sentences with figures only: about half the tokens
	cs := room(b.cls, n/2)
	lowBuf := make([]byte, 0, len(a.Text)/8+16) // capitalised words' lower case: new, claims keep them
	// about one number per 150 bytes of news text: room for a little more, grown when short
	nums := room(b.nums, len(a.Text)/128+8)
	for i, s := range sents {
		from := len(all)
		all, low, lowBuf = segment.AppendTokensLower(all, low, lowBuf, s.Text, s.Start)
		ts := all[from:len(all):len(all)]
		sl := low[from:len(low):len(low)]
		st := &d.Sentences[i]
		// every field is written (a recycled array holds an earlier document's), field by
		// field: a whole-record literal clears and copies the record (TestSentFields)
		st.Sentence, st.Index, st.Tokens, st.lower, st.memo = s, i, ts, sl, &d.verbs
		st.Numbers, st.cls, st.verbs, st.casAt, st.title = nil, nil, nil, 0, 0
		nf := len(nums)
		nums = numbers.AppendFindLower(nums, ts, sl)
		fs = slices.Grow(fs, len(ts))[:from+len(ts)]
		sf := fs[from:len(fs):len(fs)]
		ls = slices.Grow(ls, len(ts))[:from+len(ts)]
		sls := ls[from:]
		var sum facts
		if len(nums) > nf {
			st.Numbers = nums[nf:len(nums):len(nums)]
			// the quantity readers ask the word tables of a sentence with figures (classAt) many
			// times: the same probe gives them
			cs = slices.Grow(cs, len(ts))[:len(cs)+len(ts)]
			sc := cs[len(cs)-len(ts) : len(cs) : len(cs)]
			sum = tab.factsClassesOf(ts, sl, sf, sc, sls)
			st.cls = sc
		} else {
			sum = tab.factsOf(ts, sl, sf, sls)
		}
		st.facts, st.sum = sf, sum
	}
	d.lens = ls
	b.sents, b.toks, b.low, b.facts, b.lens, b.cls, b.nums = d.Sentences, all, low, fs, ls, cs, nums
	d.indexNames()
	d.trackPeople()
	d.topPlace = d.dominantPlace()
	return d
}

// sentScratch holds buffers Prepare splits sentences into.
var sentScratch = sync.Pool{New: func() any { return new([]segment.Sentence) }}

// Extract returns every claim in an article, sorted by position, with ids and positions set.
func Extract(a *model.Article, opt Options) []model.Claim {
	return ExtractTo(nil, a, opt)
}

// ExtractTo is Extract, the claims written into dst's array when it has room for them (what dst
// held is overwritten; dst[:0] when there is no claim): a caller done with the claims of one
// article (encoded them) passes them back for the next, and no claim array is made per article.
func ExtractTo(dst []model.Claim, a *model.Article, opt Options) []model.Claim {
	if len(a.Text) > recycleAbove {
		return extractDocTo(dst, prepare(a, opt, nil))
	}
	b := prepPool.Get().(*prepBufs)
	d := prepare(a, opt, b)
	out := extractDocTo(dst, d)
	d.release() // its word array goes back to a pool (names_slab.go)
	clear(d.cas)
	b.cas = d.cas[:0]
	b.figs = d.figs // ranges only: nothing to clear
	b.keepAttributionBufs(d)
	d.verbs.release()
	b.verbs = d.verbs.buf
	*d = Doc{}      // it is b.doc: nothing of the article is kept
	prepPool.Put(b) // the document is dropped: its arrays serve the next one
	return out
}

// ExtractDoc runs every extractor over a prepared document.
func ExtractDoc(d *Doc) []model.Claim { return extractDocTo(nil, d) }

// extractDocTo is ExtractDoc, the claims written into dst's array when it has room (ExtractTo).
func extractDocTo(dst []model.Claim, d *Doc) []model.Claim {
	d.Article.Terms = d.SalientTerms() // for grouping a run into stories (salient.go)
	// the quantity extractors (claimAppender) append their claims to one pooled slice, whose
	// runs are sorted with the slices the others return and copied once, out of the pool
	sc := claimScratch.Get().(*claimBufs)
	defer sc.recycle() // after sortClaims: no claim returned points into the pool
	type run struct {
		from, to int           // claims appended to sc, or
		r        []model.Claim // those an extractor returned
		late     lateAppender  // to be run after the others
	}
	var buf [16]run // one per extractor: no allocation
	runs := buf[:0]
	var plainBuf [2][2]int
	plain := plainBuf[:0] // the runs of sc.claims without quantities, in order
	n := 0
	for _, e := range extractors {
		if l, ok := e.(lateAppender); ok {
			runs = append(runs, run{late: l})
		} else if a, ok := e.(plainAppender); ok {
			// claims without quantities: the slab below skips them
			from := len(sc.claims)
			a.appendPlainClaims(d, sc)
			if to := len(sc.claims); to > from {
				runs = append(runs, run{from: from, to: to})
				n += to - from
				plain = append(plain, [2]int{from, to})
			}
		} else if a, ok := e.(claimAppender); ok {
			from := len(sc.claims)
			a.appendClaims(d, sc)
			if to := len(sc.claims); to > from {
				runs = append(runs, run{from: from, to: to})
				n += to - from
			}
		} else if r := e.Extract(d); len(r) > 0 {
			runs = append(runs, run{r: r})
			n += len(r)
		}
	}
	for i := range runs {
		if r := &runs[i]; r.late != nil {
			r.from = len(sc.claims)
			r.late.appendClaims(d, sc)
			r.to = len(sc.claims)
			n += r.to - r.from
		}
	}
	if n == 0 {
		return dst[:0] // nil for Extract
	}
	if len(sc.quants) > 0 {
		// each claim appended has its quantity, in one slice for all of them
		slab := append([]model.Quantity(nil), sc.quants...)
		setQuantities(sc.claims, slab, plain)
	}
	var pbuf [16][]model.Claim
	parts := pbuf[:0]
	for _, r := range runs {
		if r.r == nil {
			r.r = sc.claims[r.from:r.to] // sc.claims grows no more: its runs stay put
		}
		if len(r.r) > 0 {
			parts = append(parts, r.r)
		}
	}
	out := sortClaimsTo(dst, parts, n)
	a := d.Article
	ids := claimIDs(a.ID, len(out))
	off := 0
	for i := range out {
		c := &out[i]
		c.Source = a.ID
		l := len(a.ID) + 1 + decimalLen(i+1)
		c.ID = ids[off : off+l]
		off += l
		c.Text = a.Text[c.Evidence.Start:c.Evidence.End]
		// claims of one sentence share its evidence, and so its position
		if i > 0 && c.Evidence.Start == out[i-1].Evidence.Start {
			c.Pos = out[i-1].Pos
		} else {
			c.Pos = a.Position(c.Evidence.Start)
		}
	}
	return out
}

// sortClaims returns the n claims of parts, in order, stably sorted by value position, type and
// key, in a new slice (an extractor may reuse what it returned). Claims are large: pointers to
// them are sorted, and each claim is copied once, into its place. Each extractor returns its
// claims in text order: such sorted parts are merged, in n·log(parts) comparisons.
func sortClaims(parts [][]model.Claim, n int) []model.Claim { return sortClaimsTo(nil, parts, n) }

// sortClaimsTo is sortClaims, into dst's array when it has room for n claims.
func sortClaimsTo(dst []model.Claim, parts [][]model.Claim, n int) []model.Claim {
	// pointers and the merge's scratch share one array, on the stack for most articles
	var stack [256]*model.Claim
	var ptrs []*model.Claim
	if 2*n <= len(stack) {
		ptrs = stack[: 0 : 2*n]
	} else {
		ptrs = make([]*model.Claim, 0, 2*n)
	}
	sorted := true
	for _, p := range parts {
		for i := range p {
			ptrs = append(ptrs, &p[i])
		}
		for i := 1; i < len(p) && sorted; i++ {
			sorted = byPosition(&p[i-1], &p[i]) <= 0
		}
	}
	if sorted {
		ptrs = mergeParts(ptrs, ptrs[n:2*n:2*n], parts)
	} else {
		slices.SortStableFunc(ptrs, byPosition)
	}
	var out []model.Claim
	if cap(dst) >= n {
		out = dst[:n]
	} else {
		out = make([]model.Claim, n)
	}
	for i, p := range ptrs {
		out[i] = *p
	}
	return out
}

// mergeParts merges the runs of ptrs, each sorted, whose lengths are those of parts, into one
// sorted run, in ptrs or tmp (as long as ptrs), which it returns. Adjacent runs are merged in
// rounds, the earlier run's claim first among equals: the order of a stable sort.
func mergeParts(ptrs, tmp []*model.Claim, parts [][]model.Claim) []*model.Claim {
	var endsBuf [16]int
	ends := endsBuf[:0] // where each run ends
	e := 0
	for _, p := range parts {
		e += len(p)
		ends = append(ends, e)
	}
	src, dst := ptrs, tmp
	for len(ends) > 1 {
		from, out := 0, ends[:0]
		for r := 0; r < len(ends); r += 2 {
			if r+1 == len(ends) {
				copy(dst[from:], src[from:ends[r]])
				out = append(out, ends[r])
				break
			}
			mergeTwo(dst[from:ends[r+1]], src[from:ends[r]], src[ends[r]:ends[r+1]])
			from = ends[r+1]
			out = append(out, from)
		}
		ends = out
		src, dst = dst, src
	}
	return src
}

// mergeTwo merges the sorted runs a and b into dst, as long as both, a's claim first among equals.
func mergeTwo(dst, a, b []*model.Claim) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if byPosition(a[i], b[j]) <= 0 {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// byPosition orders claims by the start of their value, then type, then key.
func byPosition(a, b *model.Claim) int {
	if a.ValueSpan.Start != b.ValueSpan.Start {
		return cmp.Compare(a.ValueSpan.Start, b.ValueSpan.Start)
	}
	if a.Type != b.Type {
		return strings.Compare(string(a.Type), string(b.Type))
	}
	return strings.Compare(a.Key, b.Key)
}

// claimIDs returns the ids of n claims of source id ("id#1id#2…") written in one string, to be
// sliced, instead of formatting and allocating each.
func claimIDs(id string, n int) string {
	size := 0
	for i := 1; i <= n; i++ {
		size += len(id) + 1 + decimalLen(i)
	}
	var b strings.Builder
	b.Grow(size)
	var digits [20]byte
	for i := 1; i <= n; i++ {
		b.WriteString(id)
		b.WriteByte('#')
		b.Write(strconv.AppendInt(digits[:0], int64(i), 10))
	}
	return b.String()
}

// decimalLen is the number of decimal digits of i > 0.
func decimalLen(i int) int {
	n := 1
	for ; i >= 10; i /= 10 {
		n++
	}
	return n
}

// span of tokens i..j inclusive.
func (s *Sent) span(i, j int) model.Span {
	return model.Span{Start: s.Tokens[i].Start, End: s.Tokens[j].End}
}

func (s *Sent) evidence() model.Span { return model.Span{Start: s.Start, End: s.End} }
