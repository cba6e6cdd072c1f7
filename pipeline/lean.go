package pipeline

import (
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claimstore"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// block is claims of one article, encoded, with the partition of each: all its claims, or
// those of one chunk of a huge file, which shift moves into place.
type block struct {
	data    []byte
	offs    []uint32
	parts   []uint32 // 1 + the number of the claim's compare.ShuffleKey in the run's vocabulary; 0 for none
	article int      // index of the article: in its shard, then in the run
	shift   claimstore.Shift
	// source is the Source of every claim of the block when they share one (as the claims of
	// one article do); mixed tells when they do not
	source string
	mixed  bool
}

var encoders = sync.Pool{New: func() any { return new(claimstore.Encoder) }}

// encode turns the shard's claims into blocks, and frees the article texts: from here on the
// run holds bytes, not claim structs.
func (sh *shard) encode(voc *claimstore.Vocabulary) {
	enc := encoders.Get().(*claimstore.Encoder)
	defer encoders.Put(enc)
	enc.Vocabulary = voc
	sh.blocks = make([]block, len(sh.claims))
	for k, cs := range sh.claims {
		sh.blocks[k] = newBlock(enc, cs)
		sh.blocks[k].article = k
	}
	p := packers.Get().(*packer)
	defer packers.Put(p)
	for _, a := range sh.arts {
		packSource(&a.Source, p.clone) // pack.go
		a.DropText()
	}
	sh.claims = nil
}

func newBlock(enc *claimstore.Encoder, cs []model.Claim) block {
	data, offs := enc.Encode(cs)
	b := block{data: data, offs: offs, parts: make([]uint32, len(offs))}
	var room [256]byte
	buf := room[:0] // the keys made only to be numbered: WordID keeps a copy of a new one
	for i := range cs {
		b.mixed = b.mixed || cs[i].Source != cs[0].Source
		// a claim without a shuffle key has no key either: Compare leaves it out
		var name string
		if name, buf = compare.AppendShuffleKey(buf, &cs[i]); name != "" {
			b.parts[i] = 1 + enc.WordID(name)
		}
	}
	if len(cs) > 0 && !b.mixed {
		b.source = cs[0].Source
	}
	return b
}

// rename moves the block's claims from one source id to another.
func (b *block) rename(voc *claimstore.Vocabulary, old, id string) {
	cs := make([]model.Claim, len(b.offs))
	for i, off := range b.offs {
		c, err := claimstore.Decode(voc, b.data, off)
		if err != nil {
			panic("pipeline: " + err.Error())
		}
		b.shift.Apply(&c)
		cs[i] = c
	}
	renameSource(cs, old, id)
	article := b.article
	enc := encoders.Get().(*claimstore.Encoder)
	defer encoders.Put(enc)
	enc.Vocabulary = voc
	*b = newBlock(enc, cs)
	b.article = article
}

// batchClaims is about how many claims one comparison batch decodes at once; a partition is
// never split, so a batch can be larger. (A variable for tests.)
var batchClaims = 2048

// compareLean compares the encoded claims of ex partition by partition (compare.ShuffleKey, the
// partitions of the sharding seam), in batches of whole partitions on every worker, and returns a
// report whose findings refer to the stored claims. The findings are those of compare.Compare
// over all claims: claims of different partitions never meet (TestReducePerKey), and the
// findings are put in order with compare.Sort.
func compareLean(ex *Extracted, opt Options) *model.Report {
	srcs := ex.Sources()
	store := claimstore.NewStore(ex.voc, len(ex.blocks))
	// the batches are cut while the store is filled: both read every block (different fields
	// of it), one core each
	var batches [][]claimstore.Ref
	var costs []int
	cut := make(chan struct{})
	stories, nStories := blockStories(ex.blocks, opt.Compare.Story) // lean_stories.go
	go func() {
		if stories != nil {
			batches, costs = partitionBatchesStories(ex.voc, ex.blocks, stories, nStories)
		} else {
			batches, costs = partitionBatchesCost(ex.voc, ex.blocks)
		}
		close(cut)
	}()
	total := 0
	for i := range ex.blocks {
		b := &ex.blocks[i] // not a copy: partitionBatchesCost drops parts meanwhile
		store.SetShifted(i, b.data, b.offs, b.shift)
		total += len(b.offs)
	}
	<-cut
	ex.blocks = nil
	ex.voc.Freeze() // every word is in: its index can go
	findings := claimstore.NewFindings(store)
	// findings hold about three claims in four, about one finding per four claims (generated
	// news, 10,000 articles: 286,000 and 109,000 of 388,000): a little more, so that the arrays
	// rarely grow
	findings.Grow(total, total/2)

	type result struct {
		refs []claimstore.Ref
		fs   []model.Finding
		of   compare.Flat // the findings' claims, by index into refs
		// with findings packed, their strings (packed by the worker: fs's are emptied)
		recs []packedFinding
	}
	// findings are kept with no pointers (lean_findings.go) until the last batch is in, in a
	// large run: the collections during the comparison do not scan them. A small run collects
	// seldom if ever while comparing, and packing would cost more than it saves.
	var packed packedFindings
	pack := total >= packFindingsFrom
	dates := compare.DatesOf(srcs) // every batch's sources among them
	workers := opt.workers()
	// batches go out costliest first, so that the long ones (every quotation is one partition)
	// do not start last and leave the other workers idle at the end; results are taken in the
	// same order, and each batch's findings keep its place
	order := dispatchOrder(costs)
	results := make([]chan result, len(batches))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	// batches started and not yet consumed: a result holds findings, not claims, so workers may
	// run well ahead of a slow batch (the one partition of every quotation) rather than wait
	slots := make(chan struct{}, 8*workers)
	jobs := make(chan int)
	// results whose findings were copied out (into all, below), for workers to compare their
	// next batches into rather than allocate arrays batch after batch
	spare := make(chan result, 8*workers+workers)
	keep := 2 * batchClaims // read here: workers may outlive the run, and tests set batchClaims
	for w := 0; w < workers; w++ {
		go func() {
			// the batch's claims, decoded into one array from batch to batch: findings name
			// their claims by index into it (the stored claims refs locate), or hold a copy of
			// a claim the comparator changed, so nothing refers to the array once compared
			var claims []model.Claim
			// the parts and ids of the batch's claims, in arrays the next batch reuses: a
			// result holds nothing of them (findings' strings are the blocks' and the
			// vocabulary's, their ids and messages packed), once Changed claims have their own
			var dec claimstore.BatchDecoder
			var cmp compare.Indexer // the comparison's arrays, kept from batch to batch too
			// with findings packed, the worker copies their strings out of cmp's memory
			// itself: no array of them made to be copied again
			cmp.Unpacked = pack
			packer := findingPacker{text: &packed.text}
			for i := range jobs {
				refs := batches[i]
				if cap(claims) < len(refs) {
					// batches hold a little more than batchClaims claims: room for the
					// next ones too, rather than growing batch after batch
					claims = make([]model.Claim, 0, max(len(refs), keep*5/8))
				}
				claims = store.AppendClaimsReusing(claims[:0], refs, &dec)
				var old result
				select {
				case old = <-spare:
				default:
				}
				fs, of := cmp.CompareFlatInto(old.fs, old.of, dates, claims, opt.Compare)
				for k, c := range of.Changed {
					of.Changed[k] = detachedClaim(c)
				}
				var recs []packedFinding
				if pack {
					recs = packer.pack(fs, old.recs[:0])
				}
				results[i] <- result{refs, fs, of, recs}
				// cleared, the claims no longer keep the blocks they point into alive while the
				// worker waits
				clear(claims)
				if cap(claims) > keep {
					// one partition's thousands of claims (the quotations of a run of one
					// story): neither they nor the arrays made to compare them are kept for
					// the next batch
					claims, dec, cmp = nil, claimstore.BatchDecoder{}, compare.Indexer{Unpacked: pack}
				}
			}
		}()
	}
	go func() {
		for _, i := range order {
			slots <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	// every batch's findings, copied into one array as they come, batch i's at at[i]:to[i]:
	// the batches' arrays are garbage at once, and MergeIn puts the findings in order in place,
	// where a merge of the batches' arrays into a new one would hold two copies of them all
	var all []model.Finding
	at, to := make([]int, len(batches)), make([]int, len(batches))
	left := 0 // claims of the batches still to come
	for _, b := range batches {
		left += len(b)
	}
	done := 0
	var refs []claimstore.Ref // scratch: Add copies
	for _, i := range order {
		r := <-results[i]
		done += len(r.refs)
		left -= len(r.refs)
		if pack {
			packed.grow(len(r.fs), done, left)
		} else {
			all = roomFor(all, len(r.fs), done, left)
		}
		<-slots
		batches[i] = nil
		from := int32(0)
		for k := range r.fs {
			refs = refs[:0]
			for _, at := range r.of.Index[from:r.of.Ends[k]] {
				if at < 0 {
					refs = append(refs, findings.Extra(*r.of.Changed[-1-at]))
				} else {
					refs = append(refs, r.refs[at])
				}
			}
			from = r.of.Ends[k]
			r.fs[k].Stored = findings.Add(refs)
		}
		if pack {
			at[i] = len(packed.recs)
			for k := range r.fs {
				packed.add(&r.fs[k], r.recs[k])
			}
			to[i] = len(packed.recs)
			clear(r.fs) // its strings: the array may wait in spare
		} else {
			at[i] = len(all)
			all = append(all, r.fs...)
			to[i] = len(all)
		}
		select {
		case spare <- result{fs: r.fs, of: compare.Flat{Index: r.of.Index, Ends: r.of.Ends}, recs: r.recs}:
		default:
		}
	}
	if pack {
		all = packed.materialize()
	}
	fs := compare.MergeIn(all, at, to) // in order, in all
	rep := newReport(srcs, total, fs, ex.Errors)
	rep.Store = findings
	return rep
}

// packFindingsFrom is the number of claims from which compareLean keeps findings packed (a
// run of 2,500 generated articles, 13 MB). A variable for tests.
var packFindingsFrom = 100_000

// roomFor returns all with room for n more findings, those of a batch, when done claims have
// been compared (that batch's among them) and left are still to come: when it must grow, all
// grows to hold the findings expected of them at the rate seen so far, and a little more, so
// that it grows about once (each growth leaves the old array as garbage).
func roomFor(all []model.Finding, n, done, left int) []model.Finding {
	if len(all)+n <= cap(all) {
		return all
	}
	have := len(all) + n
	want := have + left*have/max(1, done)
	return slices.Grow(all, want+want/16+16-len(all))
}

// detachedClaim returns a copy of c with its parts and id of its own: c's point into arrays a
// worker's next batch decodes into (claimstore.BatchDecoder).
func detachedClaim(c *model.Claim) *model.Claim {
	cp := *c
	cp.ID = strings.Clone(cp.ID)
	if cp.Quantity != nil {
		q := *cp.Quantity
		cp.Quantity = &q
	}
	if cp.Date != nil {
		d := *cp.Date
		cp.Date = &d
	}
	if cp.Role != nil {
		r := *cp.Role
		cp.Role = &r
	}
	if cp.Quote != nil {
		q := *cp.Quote
		cp.Quote = &q
	}
	return &cp
}

// Relative costs per claim of comparing a partition: quotations are matched by their words and
// roles by their people, several times the work of a claim of a quantity or a date.
const (
	costClaim = 1
	costHeavy = 8
)

// heavyPartition reports whether the partition name is one of quotes or roles.
func heavyPartition(name string) bool {
	return name == "quote" || strings.HasPrefix(name, "role|")
}

// dispatchOrder lists batches by estimated cost, costliest first (ties in batch order).
func dispatchOrder(costs []int) []int {
	order := make([]int, len(costs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return costs[order[a]] > costs[order[b]] })
	return order
}

// partitionBatches is partitionBatchesCost without the costs.
func partitionBatches(voc *claimstore.Vocabulary, blocks []block) [][]claimstore.Ref {
	batches, _ := partitionBatchesCost(voc, blocks)
	return batches
}

// partitionBatchesCost orders every claim by partition name, and within a partition in load order,
// and cuts the sequence into batches of whole partitions; each batch lists its claims in load
// order. Claims of no partition meet no other claim and are left out. It also returns each
// batch's estimated cost of comparing (costClaim or costHeavy per claim).
func partitionBatchesCost(voc *claimstore.Vocabulary, blocks []block) ([][]claimstore.Ref, []int) {
	rank, byName := rankPartitions(voc, blocks)
	// claims per partition, then the batches' partitions: whole partitions until a batch holds
	// batchClaims claims
	count := make([]int, len(byName))
	for i := range blocks {
		for _, b := range blocks[i].parts {
			if b != 0 {
				count[rank[b]-1]++
			}
		}
	}
	batchOf := make([]int32, len(byName)) // by rank
	var sizes, costs []int
	n, cost := 0, 0
	for r := range count {
		n += count[r]
		if heavyPartition(byName[r].name) {
			cost += costHeavy * count[r]
		} else {
			cost += costClaim * count[r]
		}
		batchOf[r] = int32(len(sizes))
		if n >= batchClaims || r == len(byName)-1 {
			sizes = append(sizes, n)
			costs = append(costs, cost)
			n, cost = 0, 0
		}
	}
	// each batch in load order: claims go to their batch in the order of the blocks; an array
	// each, which compareLean drops as the batch is done, rather than one for the whole run
	batches := make([][]claimstore.Ref, len(sizes))
	for k, size := range sizes {
		batches[k] = make([]claimstore.Ref, 0, size)
	}
	for i := range blocks {
		for k, b := range blocks[i].parts {
			if b != 0 {
				j := batchOf[rank[b]-1]
				batches[j] = append(batches[j], claimstore.Ref{Block: uint32(i), Claim: uint32(k)})
			}
		}
		blocks[i].parts = nil
	}
	return batches, costs
}

// rankPartitions ranks the partitions the blocks' claims use by name (a partition is a word of
// the run's vocabulary, so a slice by word number does for a map): rank holds 1 + the rank of each
// by 1 + its word number (0 for unused), byName the partitions in that order. Names are distinct:
// any sort gives the one order.
func rankPartitions(voc *claimstore.Vocabulary, blocks []block) ([]int32, []named) {
	rank := make([]int32, voc.Len()+1)
	var ids []uint32
	for i := range blocks {
		for _, b := range blocks[i].parts {
			if b != 0 && rank[b] == 0 {
				rank[b] = 1
				ids = append(ids, b)
			}
		}
	}
	byName := make([]named, len(ids))
	for i, id := range ids {
		byName[i] = named{voc.Word(id - 1), id}
	}
	sortNamed(byName) // lean_sort.go
	for r, p := range byName {
		rank[p.id] = int32(r) + 1
	}
	return rank, byName
}

// InputBytes is the size of the files the paths name or hold (stdin and URLs count 0).
//
// It lists the inputs as a run does, and remembers them with their sizes for the run that
// follows over the same paths (rememberInputs): a folder of 10,000 articles takes about as long
// to list as to stat, on one core before any article is read. The files are stat'ed on every
// core.
func InputBytes(paths []string) int64 {
	inputs, errs := load.Inputs(paths)
	size := make([]int64, len(inputs)) // as sizes below, and -2 when it cannot be read
	// a stretch of the inputs per core: a stat is too short a job to hand out one by one
	workers := min(runtime.GOMAXPROCS(0), max(1, len(inputs)/256))
	parallel(workers, workers, func(w int) {
		for i := w * len(inputs) / workers; i < (w+1)*len(inputs)/workers; i++ {
			info, err := os.Stat(inputs[i].Path)
			switch {
			case err != nil:
				size[i] = -2
			case info.Mode().IsRegular():
				size[i] = info.Size()
			default:
				size[i] = -1
			}
		}
	})
	var n int64
	sizes := make(map[string]int64, len(inputs))
	for i, in := range inputs {
		switch {
		case size[i] == -2:
			// not remembered: the run stats it again
		case size[i] >= 0:
			n += size[i]
			sizes[in.Path] = size[i]
		default:
			sizes[in.Path] = -1
		}
	}
	rememberInputs(paths, inputs, errs, sizes)
	return n
}

// LimitMemory asks the garbage collector to keep the heap within MemoryFor the paths' input,
// unless GOMEMLIMIT says otherwise, and returns the function that puts the old limit back.
//
// The limit is then also the only trigger, unless GOGC says otherwise: a run keeps little (its
// live heap is a fraction of the limit) and allocates much, so collecting whenever the heap
// doubled would collect many times (60 instead of 7 over 5 MB of articles) for memory the
// limit allows anyway.
func LimitMemory(paths []string) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(MemoryFor(InputBytes(paths)))
	if os.Getenv("GOGC") != "" {
		return func() { debug.SetMemoryLimit(old) }
	}
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(old)
	}
}

// MemoryFor is the heap a run over input bytes of articles is asked to stay within: the run
// keeps a fraction of its input (encoded claims, findings), so two and a half times the input
// leaves the garbage collector room, and no less than 64 MiB, below which the runtime's own
// needs and small inputs' garbage would make it collect all the time.
func MemoryFor(input int64) int64 {
	return max(64<<20, input*5/2)
}
