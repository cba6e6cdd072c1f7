// Package pipeline runs crosscheck's stages end to end: load, extract, compare, producing a model.Report.
package pipeline

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/claimstore"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// Options configure a run.
type Options struct {
	Load    load.Options
	Extract extract.Options
	Compare compare.Options
	// Workers is the number of inputs loaded and extracted at once; 0 means one per CPU.
	Workers int
	// DropText frees each article's text as soon as its claims are extracted (claims keep their
	// own copy of their evidence), so that memory holds claims rather than the whole corpus.
	// Extracted.Articles then carry their sources only.
	DropText bool
	// StreamAbove is the size above which a plain-text file is read in chunks instead of whole;
	// 0 means DefaultStreamAbove. ChunkSize is the chunk size; 0 means DefaultChunkSize.
	StreamAbove int64
	ChunkSize   int
	// Progress, when set, is told how many of the inputs are done after each one; it is called
	// from the worker goroutines, one call at a time.
	Progress func(done, total int)
	// Stories is how Compare groups the run into stories: StoriesAuto ("" too) or StoriesOne.
	Stories string
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

// Extracted is the outcome of loading and extracting: sources, their claims, and input errors.
type Extracted struct {
	Articles []*model.Article
	Claims   []model.Claim
	Errors   []model.InputError
	// blocks, in a lean run, hold each article's claims encoded instead of Claims, with words
	// kept once in voc.
	blocks []block
	voc    *claimstore.Vocabulary
}

// Sources lists the sources of the extracted articles, in load order.
func (e *Extracted) Sources() []model.Source {
	out := make([]model.Source, len(e.Articles))
	for i, a := range e.Articles {
		out[i] = a.Source
	}
	return out
}

// shard is what one input yielded.
type shard struct {
	arts   []*model.Article
	claims [][]model.Claim // per article
	blocks []block         // per article, instead of claims, when the run keeps claims encoded
	errs   []model.InputError
}

// Extract loads the paths and extracts every article's claims. Inputs stream through a pool of
// opt.Workers workers, each loading one file and extracting its articles, so that at most that
// many files are being read at once; results come back in load order whatever the timing.
func Extract(paths []string, opt Options) *Extracted {
	return extractAll(paths, opt, false)
}

// claimBufs recycles the claim arrays of one-article files in a lean run (extractAll).
var claimBufs = sync.Pool{New: func() any { return new([]model.Claim) }}

// extractAll is Extract; lean keeps each article's claims encoded (Extracted.store) as soon as
// they are read, and drops the article text.
func extractAll(paths []string, opt Options, lean bool) *Extracted {
	// the inputs InputBytes listed just before, if it did (sizes.go)
	inputs, errs, known, listed := takeInputs(paths)
	if !listed {
		inputs, errs = load.Inputs(paths)
	}
	shards := make([]shard, len(inputs))
	var voc *claimstore.Vocabulary
	if lean {
		voc = claimstore.NewVocabulary()
	}
	progress := progressFunc(opt.Progress, len(inputs))
	// huge plain-text files stream in chunks, one file at a time, each chunked over every worker
	var normal []int
	for i, in := range inputs {
		if ts := streamable(in.Path, opt, known); ts != nil {
			shards[i] = streamInput(ts, opt, voc)
			progress()
			continue
		}
		normal = append(normal, i)
	}
	parallel(len(normal), opt.workers(), func(k int) {
		defer progress()
		i := normal[k]
		res := load.LoadInput(inputs[i], opt.Load)
		sh := shard{arts: res.Articles, errs: res.Errors, claims: make([][]model.Claim, len(res.Articles))}
		// a lean run encodes the claims of a one-article file at once: they are read into a
		// claim array the worker's next file reuses (most files hold one article)
		var buf *[]model.Claim
		if lean && len(res.Articles) == 1 {
			buf = claimBufs.Get().(*[]model.Claim)
		}
		for k, a := range res.Articles {
			if buf != nil {
				*buf = extract.ExtractTo((*buf)[:0], a, opt.Extract)
				sh.claims[k] = *buf
				continue
			}
			sh.claims[k] = extract.Extract(a, opt.Extract)
			if lean {
				continue
			}
			if opt.DropText {
				detach(a, sh.claims[k])
				a.DropText()
			}
		}
		if lean {
			sh.encode(voc)
		}
		if buf != nil {
			clear(*buf) // no article is kept alive by the pooled array
			claimBufs.Put(buf)
		}
		shards[i] = sh
	})
	var arts []*model.Article
	var per [][]model.Claim
	var blocks []block
	for _, sh := range shards {
		for _, b := range sh.blocks {
			b.article += len(arts)
			blocks = append(blocks, b)
		}
		arts = append(arts, sh.arts...)
		per = append(per, sh.claims...)
		errs = append(errs, sh.errs...)
	}
	if len(arts) == 0 && len(errs) == 0 {
		// every input was a folder's JSON file without articles, which a walk skips quietly when
		// others are read: with nothing read at all, say why
		for _, in := range inputs {
			errs = append(errs, model.InputError{Path: in.Path, Err: "skipped: a JSON file without articles (no object has a title, text, body, content or url field)"})
		}
	}
	// ids are made unique over the whole run, as one Load of every path would; claims follow.
	old := make([]string, len(arts))
	for i, a := range arts {
		old[i] = a.ID
	}
	load.UniqueIDs(arts)
	if lean {
		for i := range blocks {
			if a := blocks[i].article; arts[a].ID != old[a] {
				blocks[i].rename(voc, old[a], arts[a].ID)
			}
		}
		sortErrors(errs)
		return &Extracted{Articles: arts, Errors: errs, blocks: blocks, voc: voc}
	}
	for i, a := range arts {
		if a.ID != old[i] {
			renameSource(per[i], old[i], a.ID)
		}
	}
	return assemble(arts, per, errs)
}

// ExtractArticles extracts claims from already loaded articles, in parallel, in a stable order.
func ExtractArticles(arts []*model.Article, errs []model.InputError, opt Options) *Extracted {
	per := make([][]model.Claim, len(arts))
	parallel(len(arts), opt.workers(), func(i int) {
		per[i] = extract.Extract(arts[i], opt.Extract)
		if opt.DropText {
			detach(arts[i], per[i])
			arts[i].DropText()
		}
	})
	return assemble(arts, per, errs)
}

func assemble(arts []*model.Article, per [][]model.Claim, errs []model.InputError) *Extracted {
	n := 0
	for _, cs := range per {
		n += len(cs)
	}
	all := make([]model.Claim, 0, n)
	for _, cs := range per {
		all = append(all, cs...)
	}
	sortErrors(errs)
	return &Extracted{Articles: arts, Claims: all, Errors: errs}
}

// progressFunc returns a function to call once per finished input; it reports to report, if any.
func progressFunc(report func(done, total int), total int) func() {
	if report == nil {
		return func() {}
	}
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		report(done, total)
	}
}

// parallel calls f(0..n-1) on a pool of workers.
func parallel(n, workers int, f func(i int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// detach gives claims and their article's source their own copy of every string, so that the
// article text they were cut from (values, evidence, titles are slices of it) can be freed. Equal
// strings share one copy.
func detach(a *model.Article, cs []model.Claim) {
	seen := map[string]string{}
	cloneStrings(reflect.ValueOf(&a.Source).Elem(), seen)
	for i := range cs {
		cloneStrings(reflect.ValueOf(&cs[i]).Elem(), seen)
	}
}

// cloneStrings replaces every string reachable from v (through structs, pointers and slices) by
// a copy, once per distinct value.
func cloneStrings(v reflect.Value, seen map[string]string) {
	cloneStringsWith(v, seen, strings.Clone)
}

// cloneStringsWith is cloneStrings with copies made by clone.
func cloneStringsWith(v reflect.Value, seen map[string]string, clone func(string) string) {
	switch v.Kind() {
	case reflect.String:
		if !v.CanSet() || v.Len() == 0 {
			return
		}
		s := v.String()
		c, ok := seen[s]
		if !ok {
			c = clone(s)
			seen[c] = c
		}
		v.SetString(c)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				cloneStringsWith(v.Field(i), seen, clone)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			cloneStringsWith(v.Elem(), seen, clone)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			cloneStringsWith(v.Index(i), seen, clone)
		}
	}
}

// renameSource moves claims from one source id to another (ids "old#3" become "new#3").
func renameSource(cs []model.Claim, old, id string) {
	for i := range cs {
		c := &cs[i]
		if c.Source == old {
			c.Source = id
		}
		if strings.HasPrefix(c.ID, old+"#") {
			c.ID = id + c.ID[len(old):]
		}
	}
}

func sortErrors(errs []model.InputError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
}

// Compare runs the whole pipeline over the paths and returns the report. Article texts are
// dropped as soon as they are extracted.
//
// Claims are kept encoded from the moment they are read (claimstore), compared partition by
// partition on every worker, and the report's findings refer to them (Report.Store) rather than
// hold them: memory holds a few bytes per claim. Writers get them through Report.ClaimsOf, or
// Report.Materialize.
func Compare(paths []string, opt Options) *model.Report {
	opt.DropText = true
	ex := extractAll(paths, opt, true)
	return compareLean(ex, withStories(ex, opt)) // stories.go
}

// Report compares extracted claims and assembles the report.
func Report(ex *Extracted, opt Options) *model.Report {
	opt = withStories(ex, opt) // stories.go
	return assembleReport(ex.Sources(), ex.Claims, ex.Errors, opt)
}

// reportOwned is Report for an extraction no one else holds (the claims files of `compare
// --claims`): its claims are handed to the comparator, which moves them into the findings
// (compare.CompareOwned) instead of copying them.
func reportOwned(ex *Extracted, opt Options) *model.Report {
	claims := ex.Claims
	ex.Claims = nil
	srcs := ex.Sources()
	return newReport(srcs, len(claims), compare.CompareOwned(srcs, claims, opt.Compare), ex.Errors)
}

func assembleReport(srcs []model.Source, claims []model.Claim, errs []model.InputError, opt Options) *model.Report {
	return newReport(srcs, len(claims), compare.Compare(srcs, claims, opt.Compare), errs)
}

// newReport assembles a report of findings over claims claims: counted, and errors never nil.
func newReport(srcs []model.Source, claims int, fs []model.Finding, errs []model.InputError) *model.Report {
	if errs == nil {
		errs = []model.InputError{}
	}
	sum := compare.Summarize(len(srcs), claims, fs)
	sum.Stories = countStories(srcs) // stories.go
	return &model.Report{
		Sources:  srcs,
		Findings: fs,
		Summary:  sum,
		Errors:   errs,
	}
}

// ReadClaims gathers claims files written by `claims --format jsonl` (one per shard, in any order;
// "-" reads stdin) into one extraction, in the canonical order claimsio.Set.Finish gives: the
// order of a single run over one folder. A file that cannot be read or parsed stops the run with
// an error naming the file and line.
func ReadClaims(paths []string, stdin io.Reader) (*Extracted, error) {
	set := claimsio.NewSet()
	for _, p := range paths {
		if err := readClaimsFile(set, p, stdin); err != nil {
			return nil, err
		}
	}
	set.Finish(load.UniqueIDs)
	arts := make([]*model.Article, len(set.Sources))
	for i, s := range set.Sources {
		arts[i] = &model.Article{Source: s}
	}
	return &Extracted{Articles: arts, Claims: set.Claims, Errors: set.Errors}, nil
}

func readClaimsFile(set *claimsio.Set, p string, stdin io.Reader) error {
	if p == "-" {
		if stdin == nil {
			return fmt.Errorf("-: no standard input")
		}
		return set.Read(stdin, "-")
	}
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	return set.Read(f, p)
}

// CompareClaims compares the claims of claims files: the reduce side of a sharded run.
func CompareClaims(paths []string, stdin io.Reader, opt Options) (*model.Report, error) {
	ex, err := ReadClaims(paths, stdin)
	if err != nil {
		return nil, err
	}
	return reportOwned(ex, withStories(ex, opt)), nil // stories.go
}
