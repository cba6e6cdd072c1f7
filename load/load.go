// Package load reads articles from files, folders, web addresses and stdin into cleaned model.Articles.
package load

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/crosscheck/crosscheck/model"
)

// MaxFileSize is the largest input read (file, page or stdin); larger inputs are refused with an error.
const MaxFileSize = 256 << 20

// sizeLimit is MaxFileSize; tests lower it.
var sizeLimit = MaxFileSize

// Options control loading.
type Options struct {
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Published is the publication time given to articles that carry none.
	Published *time.Time
	// Client fetches http and https inputs; nil means a plain http.Client. Its transport, cookies and
	// redirect policy are used, within crosscheck's own limits (Timeout, MaxRedirects, http/https only).
	Client *http.Client
	// Timeout bounds the fetching of one URL; 0 means DefaultTimeout.
	Timeout time.Duration
}

// Parser turns the bytes of one input into articles. name is the path or URL, for messages and ids.
//
// A parser may return articles together with an error: the articles were read, and the error tells
// what was not (a bad line of a JSON Lines feed). Several such faults are joined with errors.Join;
// Load reports each as an InputError of the input and keeps the articles. An error alone means the
// input gave nothing.
type Parser func(name string, data []byte) ([]*model.Article, error)

// parsers maps a lower-case file extension to its parser; "" is plain text.
var parsers = map[string]Parser{
	".txt":      parseText,
	".text":     parseText,
	"":          parseText,
	".md":       parseMarkdown,
	".markdown": parseMarkdown,
}

// Register adds a parser for a file extension (with the dot). It is meant for init functions.
func Register(ext string, p Parser) {
	ext = strings.ToLower(ext)
	parsers[ext] = p
	delete(viewParsers, ext) // another parser may keep the bytes it is given
}

// viewParsers are the extensions whose parser builds every string it returns anew (parseText,
// parseMarkdown, through decodeView): the bytes of a file read for them may be reused once it has
// run. A file of an unknown extension is read by parseText too.
var viewParsers = map[string]bool{".txt": true, ".text": true, "": true, ".md": true, ".markdown": true}

// supported reports whether a file name has an extension crosscheck reads when walking a folder.
func supported(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" || isSourcesFile(name) {
		return false // files without extension are read only when named directly
	}
	_, ok := parsers[ext]
	return ok
}

// Result is what loading produced: the articles read and the inputs that failed.
type Result struct {
	Articles []*model.Article
	Errors   []model.InputError
}

// Load reads every path (file, folder, http(s) URL, or "-" for stdin). Folders are walked in sorted
// order and only files with a known extension are read; a folder's sources.yaml gives metadata to
// its files. One bad input never stops the others.
func Load(paths []string, opt Options) Result {
	inputs, errs := Inputs(paths)
	res := Result{Errors: errs}
	for _, in := range inputs {
		r := loadInput(in, opt)
		res.Articles = append(res.Articles, r.Articles...)
		res.Errors = append(res.Errors, r.Errors...)
	}
	assignIDs(res.Articles)
	return res
}

// LoadInput reads one input listed by Inputs. Its articles' ids are unique among themselves; use
// UniqueIDs over the articles of every input.
func LoadInput(in Input, opt Options) Result {
	res := loadInput(in, opt)
	assignIDs(res.Articles)
	return res
}

func loadInput(in Input, opt Options) Result {
	var arts []*model.Article
	var err error
	switch {
	case in.Path == "-":
		arts, err = loadStdin(opt.Stdin)
	case isURL(in.Path):
		arts, err = fetchURL(context.Background(), in.Path, opt)
		for i, a := range arts {
			a.Path = in.Path
			if a.ID == "" {
				a.ID = urlID(in.Path)
				if len(arts) > 1 {
					a.ID = fmt.Sprintf("%s-%d", a.ID, i+1)
				}
			}
		}
	case isSourcesFile(in.Path):
		err = errors.New("sources.yaml gives metadata to the files of its folder; it is not an article (name the folder)")
	default:
		arts, err = loadFileFlags(in.Path, in.plain)
		if errors.Is(err, fs.ErrNotExist) {
			err = errNotExist
			if sch := urlScheme(in.Path); sch != "" {
				err = fmt.Errorf("unsupported URL scheme %q: only http and https addresses are fetched", sch)
			}
		}
		if in.Walked && errors.Is(err, errNoArticles) && len(arts) == 0 {
			return Result{} // a JSON file that is not an article feed (configuration, expectations)
		}
		if in.meta != nil {
			applySourceMeta(arts, *in.meta)
		}
	}
	var res Result
	res.Articles = arts
	if err != nil {
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		for _, e := range errs {
			res.Errors = append(res.Errors, model.InputError{Path: in.Path, Err: e.Error()})
		}
	}
	for _, a := range res.Articles {
		if a.Published == nil && opt.Published != nil {
			t := *opt.Published
			a.Published = &t
		}
	}
	return res
}

// loadStdin reads standard input as one text or Markdown article with the id "stdin".
func loadStdin(r io.Reader) ([]*model.Article, error) {
	data, err := readAllLimited(r)
	if err != nil {
		return nil, err
	}
	arts, err := parseTextOrMarkdown("-", data)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		a.Path = "-"
		if a.ID == "" {
			a.ID = "stdin"
		}
	}
	return arts, nil
}

// parseTextOrMarkdown reads stdin: Markdown when it starts with front matter, else plain text.
func parseTextOrMarkdown(name string, data []byte) ([]*model.Article, error) {
	if bytes.HasPrefix(bytes.TrimPrefix(data, []byte("\ufeff")), []byte("---")) {
		return parseMarkdown(name, data)
	}
	return parseText(name, data)
}

// errNotExist is the error for a path that names nothing.
var errNotExist = errors.New("no such file or directory")

// expand turns a path into the sorted list of article files it names.
func expand(p string) ([]string, error) {
	files, err := expandFiles(p)
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.path
	}
	if files == nil {
		paths = nil
	}
	return paths, err
}

// walkedFile is a file expand found.
type walkedFile struct {
	path string
	// plain is set for a regular file met as such in its folder (not through a symbolic link): it
	// exists, and its real path is its folder's followed by its name.
	plain bool
}

// expandFiles is expand, telling which files are plain.
func expandFiles(p string) ([]walkedFile, error) {
	info, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, errNotExist
		}
		return nil, cleanErr(err)
	}
	if !info.IsDir() {
		return []walkedFile{{path: p}}, nil
	}
	var files []walkedFile
	var walkErrs []error
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == p {
				return err
			}
			walkErrs = append(walkErrs, &entryError{path: path, err: cleanErr(err)})
			return nil
		}
		if d.IsDir() {
			if path != p && (strings.HasPrefix(d.Name(), ".") || isSavedPageAssets(path)) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		// a named pipe, device or socket would block or never end: only regular files are read,
		// through symbolic links too (a link that cannot be followed is read, to report why)
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			if info, err := os.Stat(path); err == nil {
				mode = info.Mode().Type()
				if info.IsDir() {
					walkErrs = append(walkErrs, &entryError{path: path, err: errors.New("symbolic link to a folder, not followed (name the folder itself)")})
					return nil
				}
			} else {
				mode = 0
			}
		}
		if !supported(d.Name()) {
			return nil
		}
		if !mode.IsRegular() {
			walkErrs = append(walkErrs, &entryError{path: path, err: fmt.Errorf("not a regular file (%s)", fileKind(mode))})
			return nil
		}
		files = append(files, walkedFile{path: path, plain: d.Type() == 0})
		return nil
	})
	if err != nil {
		return nil, cleanErr(err)
	}
	slices.SortFunc(files, func(a, b walkedFile) int { return strings.Compare(a.path, b.path) })
	if len(files) == 0 && len(walkErrs) == 0 {
		return nil, fmt.Errorf("folder holds no article files (%s)", knownExtensions())
	}
	return files, errors.Join(walkErrs...)
}

// entryError is a fault of one entry met while walking a folder, reported under the entry's path.
type entryError struct {
	path string
	err  error
}

func (e *entryError) Error() string { return e.path + ": " + e.err.Error() }
func (e *entryError) Unwrap() error { return e.err }

// fileKind names a kind of file that is not a regular one.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "folder"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// isSavedPageAssets reports whether a folder holds the assets of a page saved by a browser
// ("Story.html" and "Story_files/"): its scripts, styles and frames are not articles.
func isSavedPageAssets(dir string) bool {
	stem, ok := strings.CutSuffix(dir, "_files")
	if !ok || stem == "" {
		return false
	}
	for _, ext := range []string{".html", ".htm", ".xhtml"} {
		if info, err := os.Stat(stem + ext); err == nil && !info.IsDir() {
			return true
		}
	}
	return false
}

func knownExtensions() string {
	var exts []string
	for e := range parsers {
		if e != "" {
			exts = append(exts, e)
		}
	}
	sort.Strings(exts)
	return strings.Join(exts, " ")
}

// cleanErr drops the path that os errors repeat, since every message is already tied to its path.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// idBase is the source id of an input: a file's base name without extension, or for a URL its last
// path segment (or host).
func idBase(name string) string {
	if isURL(name) {
		return urlID(name)
	}
	return strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
}

// loadFile reads one file with the parser of its extension. Articles come back with their path and
// ids even when the parser also reports faults.
func loadFile(path string) ([]*model.Article, error) { return loadFileFlags(path, false) }

// loadFileFlags is loadFile; plain tells that the file is known to be a regular file, which is
// opened with plainOpenFlags.
func loadFileFlags(path string, plain bool) ([]*model.Article, error) {
	ext := strings.ToLower(filepath.Ext(path))
	p, ok := parsers[ext]
	view := !ok || viewParsers[ext]
	if !ok {
		p = parseText
	}
	var data []byte
	var err error
	if plain && view {
		// the parser keeps nothing of the bytes: read them into a reused buffer
		data, err = readPlainPooled(path)
		defer putReadBuf(data)
	} else {
		data, err = readFile(path, plain)
	}
	if err != nil {
		return nil, err
	}
	arts, err := p(path, data)
	base := idBase(path)
	for i, a := range arts {
		a.Path = path
		if a.ID == "" {
			a.ID = base
			if len(arts) > 1 {
				a.ID = fmt.Sprintf("%s-%d", base, i+1)
			}
		}
	}
	return arts, err
}

// readFile reads a whole file through the os package, within the size limit.
func readFile(path string, plain bool) ([]byte, error) {
	flags := os.O_RDONLY
	if plain {
		flags |= plainOpenFlags
	}
	f, err := os.OpenFile(path, flags, 0)
	if err != nil {
		return nil, cleanErr(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, cleanErr(err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	if info.Size() > int64(sizeLimit) {
		return nil, fmt.Errorf("file is %d bytes, larger than the %d-byte limit", info.Size(), sizeLimit)
	}
	return readLimited(f, info.Size())
}

func readAllLimited(r io.Reader) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("no standard input")
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(sizeLimit)+1))
	if err != nil {
		return nil, cleanErr(err)
	}
	if len(data) > sizeLimit {
		return nil, fmt.Errorf("input is larger than the %d-byte limit", sizeLimit)
	}
	return data, nil
}

// readLimited is readAllLimited for a file whose size is known: the buffer is made once, the size
// of the file and a byte to notice that it grew (instead of growing from 512 bytes).
func readLimited(r io.Reader, size int64) ([]byte, error) {
	limit := int64(sizeLimit) + 1
	data := make([]byte, 0, min(max(size+1, 512), limit))
	r = io.LimitReader(r, limit)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, cleanErr(err)
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew since it was measured
		}
	}
	if len(data) > sizeLimit {
		return nil, fmt.Errorf("input is larger than the %d-byte limit", sizeLimit)
	}
	return data, nil
}

// assignIDs makes source ids unique: a later duplicate gets "-2", "-3", ...
func assignIDs(arts []*model.Article) {
	// sized for every article at once: a run of ten thousand articles otherwise grows both maps
	// step by step, on one core while the others wait
	used := make(map[string]int, len(arts))
	for _, a := range arts {
		used[a.ID]++
	}
	count := map[string]int{}
	taken := make(map[string]bool, len(arts))
	for _, a := range arts {
		id := a.ID
		if used[id] > 1 {
			count[id]++
			if count[id] > 1 {
				n := count[id]
				for {
					cand := fmt.Sprintf("%s-%d", id, n)
					if !taken[cand] && used[cand] == 0 {
						id = cand
						break
					}
					n++
				}
			}
		}
		taken[id] = true
		a.ID = id
	}
}

// decode turns raw bytes into text: refuses binary data, strips a BOM, repairs invalid UTF-8,
// and normalises line endings to "\n".
func decode(data []byte) (string, error) { return decodeText(data, false) }

// decodeView is decode without copying valid UTF-8 text: the string it returns may share data's
// bytes. It is for parsers that build every string they return anew (parseText, parseMarkdown),
// so that nothing shares data once they return; data must not change while they run.
func decodeView(data []byte) (string, error) { return decodeText(data, true) }

func decodeText(data []byte, view bool) (string, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		// UTF-16 with a byte-order mark: what Windows tools save as "Unicode" text
		out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("cannot decode UTF-16 text: %v", err)
		}
		data = out
	}
	if kind := binaryKind(data); kind != "" {
		return "", fmt.Errorf("not a text file (%s)", kind)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var s string
	if view {
		s = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		s = string(data)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s, nil
}

// binaryCtrl counts the control bytes that text does not hold: not newline, return, tab, form
// feed or NUL (NULs are counted apart).
var binaryCtrl = func() (m [256]uint8) {
	for b := range 0x20 {
		if b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0 {
			m[b] = 1
		}
	}
	return m
}()

// countBinaryCtrl counts the bytes of b that binaryCtrl marks. Thirty-two bytes with none below
// 0x20 are passed over with one test, and eight with none but newlines (text has but its
// newlines) with two.
func countBinaryCtrl(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n, i := 0, 0
	for ; i+32 <= len(b); i += 32 {
		q := b[i : i+32 : i+32]
		w0, w1 := binary.LittleEndian.Uint64(q), binary.LittleEndian.Uint64(q[8:])
		w2, w3 := binary.LittleEndian.Uint64(q[16:]), binary.LittleEndian.Uint64(q[24:])
		if ((w0-0x20*ones)&^w0|(w1-0x20*ones)&^w1|(w2-0x20*ones)&^w2|(w3-0x20*ones)&^w3)&highs == 0 {
			continue
		}
		n += countCtrl8(q[:8]) + countCtrl8(q[8:16]) + countCtrl8(q[16:24]) + countCtrl8(q[24:])
	}
	for ; i+8 <= len(b); i += 8 {
		n += countCtrl8(b[i : i+8])
	}
	for _, c := range b[i:] {
		n += int(binaryCtrl[c])
	}
	return n
}

// countCtrl8 is countBinaryCtrl of eight bytes.
func countCtrl8(b []byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := binary.LittleEndian.Uint64(b)
	if (w-0x20*ones)&^w&highs == 0 {
		return 0
	}
	// the bytes below 0x20 exactly, newlines left out: text's chunks with a newline are
	// passed over too (zeroBytes, clean_scan.go)
	if ctrl := ^((w & scanLows) + 0x6060606060606060) &^ w & highs &^ zeroBytes(w^'\n'*ones); ctrl == 0 {
		return 0
	}
	n := 0
	for _, c := range b[:8] {
		n += int(binaryCtrl[c])
	}
	return n
}

// binaryKind names the kind of binary data, or "" for text.
func binaryKind(data []byte) string {
	magic := []struct {
		prefix, name string
	}{
		{"%PDF", "PDF document"},
		{"\x89PNG", "PNG image"},
		{"\xff\xd8\xff", "JPEG image"},
		{"GIF8", "GIF image"},
		{"\x1f\x8b", "gzip data"},
		{"PK\x03\x04", "zip archive"},
		{"RIFF", "RIFF media"},
		{"\x7fELF", "executable"},
	}
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.name
		}
	}
	head := data
	if len(head) > 8000 {
		head = head[:8000]
	}
	ctrl := countBinaryCtrl(head)
	nul := bytes.Count(head, []byte{0})
	if len(head) > 0 && (nul*10 > len(head) || ctrl*10 > len(head)) {
		return "binary data"
	}
	return ""
}
