// Package pipeline runs crosscheck's stages end to end: load, extract, compare, producing a model.Report.
package pipeline

import (
	"runtime"
	"sort"
	"sync"

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
	// Workers is the number of articles extracted at once; 0 means one per CPU.
	Workers int
}

// Extracted is the outcome of loading and extracting: sources, their claims, and input errors.
type Extracted struct {
	Articles []*model.Article
	Claims   []model.Claim
	Errors   []model.InputError
}

// Sources lists the sources of the extracted articles, in load order.
func (e *Extracted) Sources() []model.Source {
	out := make([]model.Source, len(e.Articles))
	for i, a := range e.Articles {
		out[i] = a.Source
	}
	return out
}

// Extract loads the paths and extracts every article's claims, in parallel, in a stable order.
func Extract(paths []string, opt Options) *Extracted {
	res := load.Load(paths, opt.Load)
	return ExtractArticles(res.Articles, res.Errors, opt)
}

// ExtractArticles extracts claims from already loaded articles.
func ExtractArticles(arts []*model.Article, errs []model.InputError, opt Options) *Extracted {
	per := make([][]model.Claim, len(arts))
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				per[i] = extract.Extract(arts[i], opt.Extract)
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
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

func sortErrors(errs []model.InputError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
}

// Compare runs the whole pipeline over the paths and returns the report.
func Compare(paths []string, opt Options) *model.Report {
	ex := Extract(paths, opt)
	return Report(ex, opt)
}

// Report compares extracted claims and assembles the report.
func Report(ex *Extracted, opt Options) *model.Report {
	srcs := ex.Sources()
	fs := compare.Compare(srcs, ex.Claims, opt.Compare)
	errs := ex.Errors
	if errs == nil {
		errs = []model.InputError{}
	}
	return &model.Report{
		Sources:  srcs,
		Findings: fs,
		Summary:  compare.Summarize(len(srcs), len(ex.Claims), fs),
		Errors:   errs,
	}
}
