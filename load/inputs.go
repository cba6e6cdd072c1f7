package load

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/model"
)

// Input is one input that Load reads on its own: a file, an http(s) URL or "-" (stdin).
type Input struct {
	// Path is the file path, URL or "-", as reports show it.
	Path string
	// Walked is set for a file found by walking a folder rather than named: a JSON file there that
	// holds no articles (a configuration, an expectations file) is skipped instead of reported.
	Walked bool
	// meta is what the folder's sources.yaml says about the file, if anything.
	meta *sourceMeta
	// plain is set for a regular file found as such by walking a folder: it is opened without
	// the checks a named pipe or device would need.
	plain bool
}

// FillSource completes a source with what the folder's sources.yaml says about the input's file,
// keeping the fields already set. LoadInput does this itself; it is for readers that bypass it,
// such as the chunked reading of huge plain-text files.
func (in Input) FillSource(s *model.Source) {
	if in.meta == nil {
		return
	}
	a := &model.Article{Source: *s}
	applySourceMeta([]*model.Article{a}, *in.meta)
	*s = a.Source
}

// Inputs lists, in the order Load reads them, the single inputs that paths name: a folder becomes
// the article files it holds, anything else (a file, a URL, "-") stays as given, and a file named
// twice is listed once. LoadInput of one input at a time, followed by UniqueIDs over all the
// articles, reads the same articles as Load of all paths: this is how a pipeline streams inputs
// through a bounded pool of workers instead of holding every article at once. Errors are the
// folders that could not be listed (a folder with unreadable parts yields both its files and an
// error) and the faults of the sources.yaml files that describe the inputs, each reported once.
func Inputs(paths []string) ([]Input, []model.InputError) {
	var out []Input
	var errs []model.InputError
	seen := map[string]bool{}
	var real realPaths
	sources := map[string]*sourcesFile{}
	// sourcesIn reads a folder's sources.yaml once and reports its faults.
	sourcesIn := func(dir string) *sourcesFile {
		dir = filepath.Clean(dir)
		if sf, ok := sources[dir]; ok {
			return sf
		}
		sf, ferrs := readSourcesFile(dir)
		sources[dir] = sf
		for _, err := range ferrs {
			errs = append(errs, model.InputError{Path: sf.path, Err: err.Error()})
		}
		return sf
	}
	for _, p := range paths {
		if p == "-" || isURL(p) {
			if !seen[p] {
				seen[p] = true
				out = append(out, Input{Path: p})
			}
			continue
		}
		files := []walkedFile{{path: p}}
		walked := false
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			var xerr error
			files, xerr = expandFiles(p)
			walked = true
			if xerr != nil {
				xerrs := []error{xerr}
				if j, ok := xerr.(interface{ Unwrap() []error }); ok {
					xerrs = j.Unwrap()
				}
				for _, e := range xerrs {
					var ee *entryError
					if errors.As(e, &ee) {
						errs = append(errs, model.InputError{Path: ee.path, Err: ee.err.Error()})
					} else {
						errs = append(errs, model.InputError{Path: p, Err: e.Error()})
					}
				}
			}
		}
		for _, wf := range files {
			f := wf.path
			var key string
			if wf.plain {
				key = real.file(f)
			} else {
				key = realPath(f)
			}
			if seen[key] {
				continue // the same file named twice is read once
			}
			seen[key] = true
			in := Input{Path: f, Walked: walked, plain: wf.plain}
			if wf.plain || fileExists(f) {
				if !isSourcesFile(f) {
					if sf := sourcesIn(filepath.Dir(f)); sf != nil {
						if m, ok := sf.entries[filepath.Base(f)]; ok {
							in.meta = &m
						}
					}
				}
			}
			out = append(out, in)
		}
	}
	return out, errs
}

func fileExists(f string) bool {
	_, err := os.Stat(f)
	return err == nil
}

// realPaths is realPath for plain files found in a walk, with the working folder and the real
// path of each folder looked up once instead of once per file.
type realPaths struct {
	wd, wdErr bool // wd is looked up; wdErr: it could not be
	wdPath    string
	dirs      map[string]string // absolute folder -> real path, "" when it cannot be resolved
}

// file is realPath(f) for a regular file f that is not a symbolic link: its folder's real path
// followed by its name, which is what resolving f component by component gives.
func (r *realPaths) file(f string) string {
	abs := f
	if !filepath.IsAbs(f) {
		if !r.wd {
			r.wd = true
			wd, err := os.Getwd()
			r.wdPath, r.wdErr = wd, err != nil
		}
		if r.wdErr {
			return realPath(f)
		}
		abs = filepath.Join(r.wdPath, f) // what filepath.Abs does
	} else {
		abs = filepath.Clean(f)
	}
	dir, base := filepath.Split(abs)
	if base == "" || base == "." || base == ".." {
		return realPath(f)
	}
	dir = filepath.Clean(dir)
	if r.dirs == nil {
		r.dirs = map[string]string{}
	}
	realDir, ok := r.dirs[dir]
	if !ok {
		if rd, err := filepath.EvalSymlinks(dir); err == nil {
			realDir = rd
		}
		r.dirs[dir] = realDir
	}
	if realDir == "" {
		return realPath(f)
	}
	return filepath.Join(realDir, base)
}

// realPath is the key Load uses to notice a file named twice.
func realPath(f string) string {
	abs, err := filepath.Abs(f)
	if err != nil {
		return f
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// UniqueIDs makes source ids unique across articles loaded separately, exactly as Load does for
// the articles it reads: a later duplicate gets "-2", "-3", ...
func UniqueIDs(arts []*model.Article) { assignIDs(arts) }
