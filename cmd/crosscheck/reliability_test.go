package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// relReport is the part of the JSON report the reliability tests read.
type relReport struct {
	Sources []struct {
		ID   string `json:"id"`
		Path string `json:"path"`
	} `json:"sources"`
	Findings []struct {
		Kind   string     `json:"kind"`
		Claims []relClaim `json:"claims"`
	} `json:"findings"`
	Errors []struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	} `json:"errors"`
}

type relClaim struct {
	Source string `json:"source"`
	Value  string `json:"value"`
	Text   string `json:"text"`
	Span   struct {
		Start  int `json:"start"`
		End    int `json:"end"`
		Line   int `json:"line"`
		Column int `json:"column"`
	} `json:"span"`
}

// claims lists every claim of every finding.
func (r relReport) claims() []relClaim {
	var out []relClaim
	for _, f := range r.Findings {
		out = append(out, f.Claims...)
	}
	return out
}

// relRun runs the CLI in dir (inputs are named relative to it, so messages name them as given).
func relRun(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"crosscheck"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// relErr is an input error a row expects: the path as given and a part of the reason.
type relErr struct{ path, reason string }

// article is a short readable article stating a death toll.
func article(toll int) string {
	return fmt.Sprintf("Harbour Post\n\nOfficials said %d people were killed in Kyiv on Monday.\n", toll)
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
}

func writeString(t *testing.T, path, s string) { write(t, path, []byte(s)) }

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	require.NoError(t, os.Symlink(target, link))
}

// relCase is one row: the inputs it creates (named relative to a fresh folder), what the run must
// give, and any further check of the report.
type relCase struct {
	name    string
	setup   func(t *testing.T, dir string) []string // the inputs to name
	stdin   string
	code    int      // 0 when something was read (--fail-on never), 2 when nothing was
	sources int      // sources read
	errors  []relErr // every input error, each named by path with its reason
	check   func(t *testing.T, dir string, r relReport)
	big     bool // skipped with -short (the race detector run)
}

// TestBadInput: every kind of bad input gets a message naming the file and the reason, in the
// report's errors and on stderr; the report on the readable inputs still stands; exit 2 only
// when nothing could be read. No row may panic, hang or skip an input silently.
func TestBadInput(t *testing.T) {
	root := os.Geteuid() == 0
	srv := relServer(t)
	cases := []relCase{
		{
			name:  "missing path",
			setup: func(t *testing.T, dir string) []string { return []string{"missing.txt"} },
			code:  2, errors: []relErr{{"missing.txt", "no such file or directory"}},
		},
		{
			name: "missing path beside a readable file",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				return []string{"good.txt", "missing.txt"}
			},
			sources: 1, errors: []relErr{{"missing.txt", "no such file or directory"}},
		},
		{
			name: "unreadable file (permissions; root reads it anyway)",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				writeString(t, filepath.Join(dir, "secret.txt"), article(16))
				require.NoError(t, os.Chmod(filepath.Join(dir, "secret.txt"), 0))
				return []string{"good.txt", "secret.txt"}
			},
			sources: map[bool]int{true: 2, false: 1}[root],
			errors:  map[bool][]relErr{false: {{"secret.txt", "permission denied"}}}[root],
		},
		{
			name: "unreadable folder inside a folder (permissions; root reads it anyway)",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "desk", "good.txt"), article(14))
				writeString(t, filepath.Join(dir, "desk", "locked", "inner.txt"), article(16))
				require.NoError(t, os.Chmod(filepath.Join(dir, "desk", "locked"), 0))
				t.Cleanup(func() { os.Chmod(filepath.Join(dir, "desk", "locked"), 0o755) })
				return []string{"desk"}
			},
			sources: map[bool]int{true: 2, false: 1}[root],
			errors:  map[bool][]relErr{false: {{filepath.Join("desk", "locked"), "permission denied"}}}[root],
		},
		{
			name: "folder with no articles",
			setup: func(t *testing.T, dir string) []string {
				require.NoError(t, os.Mkdir(filepath.Join(dir, "empty"), 0o755))
				return []string{"empty"}
			},
			code: 2, errors: []relErr{{"empty", "folder holds no article files"}},
		},
		{
			name: "folder of images, PDFs and hidden files only",
			setup: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "media", "photo.png"), []byte("\x89PNG\r\n\x1a\n"))
				write(t, filepath.Join(dir, "media", "report.pdf"), []byte("%PDF-1.7"))
				writeString(t, filepath.Join(dir, "media", ".hidden.txt"), article(3))
				return []string{"media"}
			},
			code: 2, errors: []relErr{{"media", "folder holds no article files"}},
		},
		{
			name: "folder whose only JSON file holds no articles",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "desk", "expect.json"), `{"about": "expectations", "flag": []}`)
				return []string{"desk"}
			},
			code: 2, errors: []relErr{{filepath.Join("desk", "expect.json"), "a JSON file without articles"}},
		},
		{
			name: "empty file",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "empty.txt"), "")
				return []string{"empty.txt"}
			},
			code: 2, errors: []relErr{{"empty.txt", "no article text"}},
		},
		{
			name: "white space and boilerplate only",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "blank.md"), " \n\t\n\n")
				writeString(t, filepath.Join(dir, "furniture.txt"), "Share\nRead more\nAdvertisement\n")
				return []string{"blank.md", "furniture.txt"}
			},
			code: 2, errors: []relErr{{"blank.md", "no article text"}, {"furniture.txt", "only boilerplate"}},
		},
		{
			name: "binary files: image, PDF, gzip, zip, executable, random bytes",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				write(t, filepath.Join(dir, "photo.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
				write(t, filepath.Join(dir, "scan.md"), []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
				write(t, filepath.Join(dir, "story.txt"), gzipped(t, article(20)))
				write(t, filepath.Join(dir, "bundle.json"), []byte("PK\x03\x04\x14\x00\x00\x00"))
				write(t, filepath.Join(dir, "tool.html"), []byte("\x7fELF\x02\x01\x01\x00"))
				noise := make([]byte, 4096)
				for i := range noise {
					noise[i] = byte(i*7919%251 + 1)
				}
				write(t, filepath.Join(dir, "noise.txt"), noise)
				return []string{"good.txt", "photo.txt", "scan.md", "story.txt", "bundle.json", "tool.html", "noise.txt"}
			},
			sources: 1,
			errors: []relErr{
				{"photo.txt", "not a text file (PNG image)"}, {"scan.md", "not a text file (PDF document)"},
				{"story.txt", "not a text file (gzip data)"}, {"bundle.json", "not a text file (zip archive)"},
				{"tool.html", "not a text file (executable)"}, {"noise.txt", "not a text file (binary data)"},
			},
		},
		{
			name: "invalid UTF-8 is repaired, the rest of the article read",
			setup: func(t *testing.T, dir string) []string {
				write(t, filepath.Join(dir, "latin1.txt"), []byte("Caf\xe9 \xff\xfe\xc3(\n\nOfficials said 14 people were killed in Kyiv on Monday, caf\xe9 owners said.\n"))
				return []string{"latin1.txt"}
			},
			sources: 1,
			check: func(t *testing.T, dir string, r relReport) {
				c := onlyClaim(t, r, "14")
				assert.Contains(t, c.Text, "caf\uFFFD owners")
				assert.Equal(t, 3, c.Span.Line)
			},
		},
		{
			name: "UTF-8 byte-order mark",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "bom.txt"), "\ufeffOfficials said 14 people were killed in Kyiv on Monday.\n")
				writeString(t, filepath.Join(dir, "bom.md"), "\ufeff---\ntitle: BOM\n---\nOfficials said 16 people were killed in Kyiv on Monday.\n")
				return []string{"bom.txt", "bom.md"}
			},
			sources: 2,
			check: func(t *testing.T, dir string, r relReport) {
				c := onlyClaim(t, r, "14")
				assert.Equal(t, 1, c.Span.Line)
				assert.Equal(t, 1, c.Span.Column, "the mark is no character of the text")
				assert.Equal(t, 0, c.Span.Start)
				assert.Equal(t, 4, onlyClaim(t, r, "16").Span.Line, "front matter after the mark is read")
			},
		},
		{
			name: "UTF-16 text with a byte-order mark",
			setup: func(t *testing.T, dir string) []string {
				var b []byte
				b = append(b, 0xff, 0xfe)
				for _, r := range "Officials said 14 people were killed in Kyiv on Monday.\r\n" {
					b = append(b, byte(r), byte(r>>8))
				}
				write(t, filepath.Join(dir, "notepad.txt"), b)
				return []string{"notepad.txt"}
			},
			sources: 1,
			check: func(t *testing.T, dir string, r relReport) {
				assert.Equal(t, "Officials said 14 people were killed in Kyiv on Monday.", onlyClaim(t, r, "14").Text)
			},
		},
		{
			name: "CRLF and CR line endings keep the file's line numbers",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "crlf.txt"), "Harbour Post\r\n\r\nA first paragraph.\r\nOfficials said 14 people were killed in Kyiv on Monday.\r\n")
				writeString(t, filepath.Join(dir, "cr.md"), "# Harbour Post\r\rA first paragraph.\rOfficials said 16 people were killed in Kyiv on Monday.\r")
				return []string{"crlf.txt", "cr.md"}
			},
			sources: 2,
			check: func(t *testing.T, dir string, r relReport) {
				assert.Equal(t, 4, onlyClaim(t, r, "14").Span.Line)
				assert.Equal(t, 4, onlyClaim(t, r, "16").Span.Line)
			},
		},
		{
			name: "NUL bytes are dropped",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "nul.txt"), "Harbour\x00 Post\n\nOfficials\x00 said 14 people were killed in Kyiv on Monday.\x00\n")
				return []string{"nul.txt"}
			},
			sources: 1,
			check: func(t *testing.T, dir string, r relReport) {
				assert.Equal(t, "Officials said 14 people were killed in Kyiv on Monday.", onlyClaim(t, r, "14").Text)
			},
		},
		{
			name: "a 100 MB file is read in chunks, its last article at its own line",
			big:  true,
			setup: func(t *testing.T, dir string) []string {
				path := filepath.Join(dir, "dump.txt")
				f, err := os.Create(path)
				require.NoError(t, err)
				// a wire dump: the same few stories over and over, then one new story at the end
				var block bytes.Buffer
				for i := 0; i < 40; i++ {
					fmt.Fprintf(&block, "Story %d of the wire.\n\nThe council met on Tuesday and %d members voted for the plan, the clerk said.\n\n", i, i+3)
				}
				lines := 0
				for n := 0; n < 100<<20; n += block.Len() {
					_, err := f.Write(block.Bytes())
					require.NoError(t, err)
					lines += bytes.Count(block.Bytes(), []byte("\n"))
				}
				_, err = f.WriteString("Last story.\n\nOfficials said 14 people were killed in Kyiv on Monday.\n")
				require.NoError(t, err)
				require.NoError(t, f.Close())
				t.Setenv("RELIABILITY_LAST_LINE", strconv.Itoa(lines+3))
				return []string{"dump.txt"}
			},
			sources: 1,
			check: func(t *testing.T, dir string, r relReport) {
				c := onlyClaim(t, r, "14")
				assert.Equal(t, os.Getenv("RELIABILITY_LAST_LINE"), strconv.Itoa(c.Span.Line))
			},
		},
		{
			name: "a file over the size limit is refused before it is read",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				f, err := os.Create(filepath.Join(dir, "huge.md"))
				require.NoError(t, err)
				require.NoError(t, f.Truncate(300<<20)) // sparse: no disk, no time
				require.NoError(t, f.Close())
				return []string{"good.txt", "huge.md"}
			},
			sources: 1, errors: []relErr{{"huge.md", "larger than the 268435456-byte limit"}},
		},
		{
			name: "a 10 MB line without a newline",
			big:  true,
			setup: func(t *testing.T, dir string) []string {
				var b strings.Builder
				b.WriteString("Wire report:")
				for i := 0; b.Len() < 10<<20; i++ {
					fmt.Fprintf(&b, " “We will rebuild,” Mayor Anna Kowalska said of the %d homes lost. Officials said %d people were killed in Kyiv on Monday, %d of them children.", i%90+10, i%40+2, i%3)
				}
				writeString(t, filepath.Join(dir, "oneline.txt"), b.String())
				return []string{"oneline.txt"}
			},
			sources: 1,
			check: func(t *testing.T, dir string, r relReport) {
				cs := r.claims()
				require.NotEmpty(t, cs)
				for _, c := range cs {
					assert.Equal(t, 1, c.Span.Line)
					assert.LessOrEqual(t, len(c.Text), 1200, "sentences stay bounded")
				}
			},
		},
		{
			name: "HTML nested 100,000 levels deep",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				deep := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>Officials said 16 people were killed in Kyiv.</p>" + strings.Repeat("</div>", 100000) + "</body></html>"
				writeString(t, filepath.Join(dir, "deep.html"), deep)
				writeString(t, filepath.Join(dir, "deep.json"), `{"title": "Deep", "text": "`+strings.Repeat("<span>", 100000)+`Officials said 18 people were killed."}`)
				writeString(t, filepath.Join(dir, "nested.json"), strings.Repeat("[", 100000)+strings.Repeat("]", 100000))
				return []string{"good.txt", "deep.html", "deep.json", "nested.json"}
			},
			sources: 1,
			errors: []relErr{
				{"deep.html", "nested too deeply"}, {"deep.json", "nested too deeply"},
				{"nested.json", "line 1, column"},
			},
		},
		{
			name: "malformed front matter names the line",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				writeString(t, filepath.Join(dir, "syntax.md"), "---\ntitle: Good\noutlet: [unclosed\n---\nOfficials said 16 people were killed.\n")
				writeString(t, filepath.Join(dir, "date.md"), "---\ntitle: Good\npublished: next Tuesday\n---\nOfficials said 16 people were killed.\n")
				writeString(t, filepath.Join(dir, "open.md"), "---\ntitle: Never closed\nOfficials said 16 people were killed.\n")
				writeString(t, filepath.Join(dir, "dash.md"), "---")
				return []string{"good.txt", "syntax.md", "date.md", "open.md", "dash.md"}
			},
			sources: 1,
			errors: []relErr{
				{"syntax.md", "front matter: line 3: did not find expected ',' or ']'"}, {"date.md", "front matter: line 3: cannot read \"next Tuesday\" as a date"},
				{"open.md", "front matter opened on line 1 is never closed"}, {"dash.md", "front matter opened on line 1 is never closed"},
			},
		},
		{
			name: "malformed JSON names the line; a bad line of JSON Lines leaves the others",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "broken.json"), "{\n  \"title\": \"Broken\",\n  \"text\": \"Officials said 16 people were killed.\"\n  \"url\": \"x\"\n}\n")
				writeString(t, filepath.Join(dir, "feed.jsonl"), `{"title": "One", "text": "Officials said 14 people were killed in Kyiv on Monday."}`+"\n{\"title\": \"Two\", \"text\": \n"+`{"title": "Three", "text": "Officials said 16 people were killed in Kyiv on Monday."}`+"\n")
				return []string{"broken.json", "feed.jsonl"}
			},
			sources: 2,
			errors:  []relErr{{"broken.json", "line 4, column 3"}, {"feed.jsonl", "line 2, column"}},
		},
		{
			name: "symbolic link loops",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "desk", "good.txt"), article(14))
				symlink(t, "b.txt", filepath.Join(dir, "desk", "a.txt"))
				symlink(t, "a.txt", filepath.Join(dir, "desk", "b.txt"))
				symlink(t, ".", filepath.Join(dir, "desk", "loop"))
				symlink(t, "self.md", filepath.Join(dir, "self.md"))
				return []string{"desk", "self.md"}
			},
			sources: 1,
			errors: []relErr{
				{filepath.Join("desk", "a.txt"), "too many levels of symbolic links"},
				{filepath.Join("desk", "b.txt"), "too many levels of symbolic links"},
				{filepath.Join("desk", "loop"), "symbolic link to a folder, not followed"},
				{"self.md", "too many levels of symbolic links"},
			},
		},
		{
			name: "a named pipe in a folder is reported, never opened",
			setup: func(t *testing.T, dir string) []string {
				if runtime.GOOS == "windows" {
					t.Skip("no named pipes in the file system on Windows")
				}
				writeString(t, filepath.Join(dir, "desk", "good.txt"), article(14))
				require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "desk", "pipe.txt"), 0o644))
				require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644))
				symlink(t, filepath.Join("..", "fifo"), filepath.Join(dir, "desk", "link.md"))
				return []string{"desk"}
			},
			sources: 1,
			errors: []relErr{
				{filepath.Join("desk", "link.md"), "not a regular file (named pipe)"},
				{filepath.Join("desk", "pipe.txt"), "not a regular file (named pipe)"},
			},
		},
		{
			name: "10,000 files in one folder",
			big:  true,
			setup: func(t *testing.T, dir string) []string {
				for i := 0; i < 10000; i++ {
					writeString(t, filepath.Join(dir, "wire", fmt.Sprintf("%05d.txt", i)), fmt.Sprintf("Dispatch %d\n\nOfficials said %d people were killed in Kyiv on Monday.\n", i, 14+i%2))
				}
				return []string{"wire"}
			},
			sources: 10000,
			check: func(t *testing.T, dir string, r relReport) {
				assert.Equal(t, "00000", r.Sources[0].ID)
				assert.Equal(t, "09999", r.Sources[9999].ID)
				conflicts := 0
				for _, f := range r.Findings {
					if f.Kind == "conflict" {
						conflicts++
						assert.Len(t, f.Claims, 10000, "every file states the toll")
					}
				}
				assert.Equal(t, 1, conflicts, "14 against 15 killed")
			},
		},
		{
			name: "the same file given twice, by other paths and through a link",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "desk", "good.txt"), article(14))
				writeString(t, filepath.Join(dir, "desk", "other.txt"), article(16))
				symlink(t, filepath.Join("desk", "good.txt"), filepath.Join(dir, "link.txt"))
				return []string{"desk/good.txt", "desk/good.txt", "./desk/../desk/good.txt", "link.txt", "desk", "desk/other.txt"}
			},
			sources: 2,
			check: func(t *testing.T, dir string, r relReport) {
				assert.Equal(t, "desk/good.txt", r.Sources[0].Path)
				assert.Equal(t, "good", r.Sources[0].ID)
				assert.Equal(t, "other", r.Sources[1].ID)
			},
		},
		{
			name: "two files with the same base name",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "wire", "story.txt"), article(14))
				writeString(t, filepath.Join(dir, "paper", "story.md"), article(16))
				writeString(t, filepath.Join(dir, "paper", "story-2.txt"), article(18))
				return []string{"wire", "paper"}
			},
			sources: 3,
			check: func(t *testing.T, dir string, r relReport) {
				ids := map[string]string{}
				for _, s := range r.Sources {
					ids[s.Path] = s.ID
				}
				assert.Equal(t, map[string]string{
					filepath.Join("wire", "story.txt"):    "story",
					filepath.Join("paper", "story.md"):    "story-3",
					filepath.Join("paper", "story-2.txt"): "story-2",
				}, ids)
				for _, c := range r.claims() {
					assert.Contains(t, []string{"story", "story-2", "story-3"}, c.Source)
				}
			},
		},
		{
			name:  "empty standard input",
			setup: func(t *testing.T, dir string) []string { return []string{"-"} },
			stdin: "",
			code:  2, errors: []relErr{{"-", "no article text"}},
		},
		{
			name: "sources.yaml cannot describe files outside its folder",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "desk", "good.txt"), article(14))
				writeString(t, filepath.Join(dir, "secret.txt"), article(16))
				writeString(t, filepath.Join(dir, "desk", "sources.yaml"), "good.txt: {outlet: Harbour Post}\n../secret.txt: {outlet: Leak}\n/etc/passwd: {outlet: Leak}\nsub/x.txt: {outlet: Leak}\n")
				return []string{"desk"}
			},
			sources: 1,
			errors: []relErr{
				{filepath.Join("desk", "sources.yaml"), "line 2: \"../secret.txt\" names a path outside the folder"},
				{filepath.Join("desk", "sources.yaml"), "line 3: \"/etc/passwd\" names a path outside the folder"},
				{filepath.Join("desk", "sources.yaml"), "line 4: \"sub/x.txt\" is in a subfolder"},
			},
		},
		{
			name: "addresses other than http and https are refused",
			setup: func(t *testing.T, dir string) []string {
				writeString(t, filepath.Join(dir, "good.txt"), article(14))
				return []string{"good.txt", "file:///etc/passwd", "ftp://files.invalid/a.txt", "javascript:alert(1)"}
			},
			sources: 1,
			errors: []relErr{
				{"file:///etc/passwd", "unsupported URL scheme \"file\""}, {"ftp://files.invalid/a.txt", "unsupported URL scheme \"ftp\""},
				{"javascript:alert(1)", "unsupported URL scheme \"javascript\""},
			},
		},
		{
			name: "web addresses: redirects, sizes, types and statuses",
			setup: func(t *testing.T, dir string) []string {
				return []string{srv.URL + "/article", srv.URL + "/missing", srv.URL + "/loop", srv.URL + "/to-file", srv.URL + "/huge", srv.URL + "/image"}
			},
			sources: 1,
			errors: []relErr{
				{srv.URL + "/missing", "server answered 404 Not Found"},
				{srv.URL + "/loop", "more than 5 redirects"},
				{srv.URL + "/to-file", "only http and https addresses are fetched"},
				{srv.URL + "/huge", "larger than the 268435456-byte limit"},
				{srv.URL + "/image", "unsupported content type \"image/png\""},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.big && testing.Short() {
				t.Skip("large input: skipped with -short (the race detector run); CI runs it without -short")
			}
			dir := t.TempDir()
			inputs := tc.setup(t, dir)
			args := append([]string{"compare", "--format", "json", "--fail-on", "never"}, inputs...)
			code, stdout, stderr := relRun(t, dir, tc.stdin, args...)
			require.Equal(t, tc.code, code, "exit code; stderr:\n%s", stderr)
			var r relReport
			require.NoError(t, json.Unmarshal([]byte(stdout), &r), "the report is printed even when nothing was read")
			assert.Len(t, r.Sources, tc.sources, "sources read")
			assert.Len(t, r.Errors, len(tc.errors), "input errors: %+v", r.Errors)
			for _, want := range tc.errors {
				found := false
				for _, e := range r.Errors {
					if e.Path == want.path && strings.Contains(e.Error, want.reason) {
						found = true
						assert.Contains(t, stderr, "crosscheck: "+e.Path+": "+e.Error, "stderr names the input and the reason")
					}
				}
				assert.True(t, found, "no error %q for %s in %+v", want.reason, want.path, r.Errors)
			}
			if tc.code == exitUsage {
				assert.Contains(t, stderr, "no article could be read")
			}
			for _, c := range r.claims() {
				assert.Equal(t, c.Span.End-c.Span.Start, len(c.Text), "span and text of %q", c.Text)
				assert.True(t, utf8.ValidString(c.Text), "valid UTF-8")
				assert.NotContains(t, c.Text, "\x00")
				assert.NotContains(t, c.Text, "\r")
				assert.GreaterOrEqual(t, c.Span.Line, 1)
				assert.GreaterOrEqual(t, c.Span.Column, 1)
			}
			if tc.check != nil {
				tc.check(t, dir, r)
			}
		})
	}
}

// onlyClaim returns the one claim whose value is v.
func onlyClaim(t *testing.T, r relReport, v string) relClaim {
	t.Helper()
	var found []relClaim
	for _, c := range r.claims() {
		if c.Value == v {
			found = append(found, c)
		}
	}
	require.Len(t, found, 1, "claims valued %q in %+v", v, r.claims())
	return found[0]
}

// relServer serves the web addresses of the bad-input rows.
func relServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><head><title>Web</title></head><body><article><p>Officials said 14 people were killed in Kyiv on Monday.</p></article></body></html>")
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusNotFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(300<<20)) // declared, never sent: refused unread
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// unsafeRune reports a character that must never reach a terminal from article text: C0 controls
// but tab and newline (ESC starts escape sequences, BEL ends OSC ones), DEL, C1 controls (U+009B
// is CSI on its own) and bidirectional overrides and isolates (they reorder what is shown).
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\n' && r != '\t'
	case r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

func assertTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	if !assert.True(t, utf8.ValidString(s), "%s: invalid UTF-8 (a raw 0x9b byte is CSI to an 8-bit terminal)", what) {
		return
	}
	for i, r := range s {
		if unsafeRune(r) {
			assert.Failf(t, "unsafe character", "%s: %U at byte %d in %q", what, r, i, s[max(0, i-40):min(len(s), i+40)])
			return
		}
	}
}

// hostileArticle is article text written to attack whoever reads the report: terminal escape
// sequences (CSI, OSC with BEL, 8-bit CSI), bidirectional overrides, HTML and Markdown markup,
// GitHub workflow commands and mentions.
const hostileArticle = "Evil \x1b]0;pwned\x07 Post \u009b31m\n\n" +
	"Officials\x1b[2J said 14 people were killed in Kyiv on Monday, \u202e<script>alert(1)</script> " +
	"[click](http://evil.example) ![x](http://evil.example/i.png) <img src=x onerror=alert(1)>.\n"

// TestHostileText: article text is data. No report a person reads carries a terminal escape, a
// control character or a bidirectional override from an article or a file name; the HTML report
// holds no markup from an article and the Markdown report renders no link, image or tag from one.
func TestHostileText(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file names with control characters")
	}
	dir := t.TempDir()
	evil := "evil\x1b[31m\u202e.txt"
	writeString(t, filepath.Join(dir, evil), hostileArticle)
	writeString(t, filepath.Join(dir, "b.txt"), "Daily\n\nOfficials said 16 people were killed in Kyiv on Monday, \u2066@everyone\u2069 | pipe | %0A::error::x.\n")
	write(t, filepath.Join(dir, "bad\x1b[2J\x9b.txt"), []byte("\x89PNG\r\n\x1a\n"))

	human := func(args ...string) {
		code, out, stderr := relRun(t, dir, "", args...)
		name := strings.Join(args, " ")
		require.Contains(t, []int{0, 1}, code, "%s: %s", name, stderr)
		assertTerminalSafe(t, name, out)
		assertTerminalSafe(t, name+" (stderr)", stderr)
		assert.Contains(t, out+stderr, "not a text file", "%s: the bad file is reported", name)
	}
	human("compare", "--all", "--fail-on", "never", ".")
	human("compare", "--all", "--fail-on", "never", "--format", "markdown", ".")
	human("claims", ".")
	human("check", "--draft", evil, "--fail-on", "never", "b.txt", "bad\x1b[2J\x9b.txt")

	t.Run("html", func(t *testing.T) {
		_, out, _ := relRun(t, dir, "", "compare", "--all", "--fail-on", "never", "--format", "html", ".")
		assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;", "the markup is shown as text")
		for _, bad := range []string{"<script", "<img", "onerror=alert", `href="http://evil`, `src="http://evil`} {
			assert.NotContains(t, strings.ReplaceAll(out, "&lt;img src=x onerror=alert(1)&gt;", ""), bad)
		}
	})
	t.Run("markdown", func(t *testing.T) {
		_, out, _ := relRun(t, dir, "", "compare", "--all", "--fail-on", "never", "--format", "markdown", ".")
		var html bytes.Buffer
		md := goldmark.New(goldmark.WithExtensions(extension.GFM))
		md.Renderer().AddOptions(gmhtml.WithUnsafe()) // raw HTML passes: an escaping mistake shows as a tag
		require.NoError(t, md.Convert([]byte(out), &html))
		for _, bad := range []string{"<script", "<img", `href="http://evil`, `src="http://evil`} {
			assert.NotContains(t, html.String(), bad)
		}
		assert.Contains(t, html.String(), "&lt;script&gt;alert(1)&lt;/script&gt;", "the markup is shown as text")
	})
	t.Run("github", func(t *testing.T) {
		_, out, _ := relRun(t, dir, "", "compare", "--fail-on", "never", "--format", "github", ".")
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if !strings.HasPrefix(line, "::") {
				assert.True(t, strings.HasPrefix(line, "crosscheck: "), "a workflow command or the summary: %q", line)
				assertTerminalSafe(t, "github log line", line)
				continue
			}
			// the file property names the file exactly, whatever its name: the message must be safe
			msg := line[strings.LastIndex(line, "::")+2:]
			assertTerminalSafe(t, "github message", msg)
		}
	})
	t.Run("machine formats stay valid JSON", func(t *testing.T) {
		for _, f := range []string{"json", "sarif", "claimreview"} {
			_, out, _ := relRun(t, dir, "", "compare", "--fail-on", "never", "--format", f, ".")
			assert.True(t, json.Valid([]byte(out)), f)
			assert.NotContains(t, out, "\x1b", "%s: JSON escapes control characters", f)
		}
	})
}
