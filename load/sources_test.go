package load

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

func byID(arts []*model.Article) map[string]*model.Article {
	m := map[string]*model.Article{}
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

func errorTexts(errs []model.InputError) []string {
	out := []string{}
	for _, e := range errs {
		out = append(out, filepath.Base(e.Path)+": "+e.Err)
	}
	return out
}

func TestSourcesMapping(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "002_x.txt", "Officials said 4 people were hurt.\n")
	write(t, dir, "003_y.md", "---\noutlet: Own Outlet\npublished: 2025-01-02\n---\nThe own metadata wins.\n")
	write(t, dir, "004_z.txt", "No entry for this file.\n")
	write(t, dir, "feed.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\", \"source\": \"Feed Own\"}\n")
	write(t, dir, "sources.yaml", `# metadata for files that carry none
002_x.txt: {outlet: RT, url: "https://rt.example/x", published: 2025-07-30, author: A. Writer, title: X story}
003_y.md:
  outlet: Ignored Outlet
  url: https://y.example/y
  published: 2024-12-31
feed.jsonl:
  outlet: Feed Outlet
  title: Not for every article
`)
	res := Load([]string{dir}, Options{})
	require.Empty(t, res.Errors)
	arts := byID(res.Articles)
	require.Len(t, arts, 5, "sources.yaml is not an article")

	x := arts["002_x"]
	assert.Equal(t, "RT", x.Outlet)
	assert.Equal(t, "https://rt.example/x", x.URL)
	assert.Equal(t, "A. Writer", x.Author)
	assert.Equal(t, "X story", x.Title)
	require.NotNil(t, x.Published)
	assert.Equal(t, "2025-07-30", x.Published.Format("2006-01-02"))

	y := arts["003_y"]
	assert.Equal(t, "Own Outlet", y.Outlet, "the file's own metadata wins")
	assert.Equal(t, "2025-01-02", y.Published.Format("2006-01-02"))
	assert.Equal(t, "https://y.example/y", y.URL, "what the file does not say comes from sources.yaml")

	z := arts["004_z"]
	assert.Empty(t, z.Outlet, "a value not known is left out")
	assert.Nil(t, z.Published)

	assert.Equal(t, "Feed Outlet", arts["feed-1"].Outlet, "the outlet applies to every article of a feed")
	assert.Empty(t, arts["feed-1"].Title, "a title describes one article, not a feed")
	assert.Equal(t, "Feed Own", arts["feed-2"].Outlet)
}

func TestSourcesListForm(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Article a.\n")
	write(t, dir, "b.txt", "Article b.\n")
	write(t, dir, "sources.yml", "- file: a.txt\n  outlet: A Times\n  published: 2025-03-01T10:00:00Z\n- path: ./b.txt\n  source: B Post\n  published: ~\n")
	res := Load([]string{dir}, Options{})
	require.Empty(t, res.Errors)
	arts := byID(res.Articles)
	assert.Equal(t, "A Times", arts["a"].Outlet)
	assert.Equal(t, time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC), arts["a"].Published.UTC())
	assert.Equal(t, "B Post", arts["b"].Outlet)
	assert.Nil(t, arts["b"].Published, "an empty value says nothing")
}

func TestSourcesFileNamedDirectly(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "Article a.\n")
	write(t, dir, "sources.yaml", "a.txt: {outlet: A Times}\n")
	res := Load([]string{a}, Options{})
	require.Empty(t, res.Errors)
	assert.Equal(t, "A Times", res.Articles[0].Outlet, "a file named on its own still gets its folder's metadata")

	res = Load([]string{filepath.Join(dir, "sources.yaml")}, Options{})
	assert.Empty(t, res.Articles)
	require.Len(t, res.Errors, 1)
	assert.Contains(t, res.Errors[0].Err, "it is not an article")
}

func TestSourcesErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
		outlet     string // what a.txt gets
	}{
		{
			name: "paths outside the folder",
			yaml: "../x.txt: {outlet: X}\n/etc/passwd: {outlet: P}\na.txt: {outlet: A}\nsub/../../y.txt: {}\n",
			want: []string{
				`sources.yaml: line 1: "../x.txt" names a path outside the folder: sources.yaml describes the files of its own folder`,
				`sources.yaml: line 2: "/etc/passwd" names a path outside the folder: sources.yaml describes the files of its own folder`,
				`sources.yaml: line 4: "sub/../../y.txt" names a path outside the folder: sources.yaml describes the files of its own folder`,
			},
			outlet: "A",
		},
		{
			name:   "malformed yaml",
			yaml:   "a.txt:\n  outlet: A\n   url: x\n",
			want:   []string{"sources.yaml: line 3: mapping values are not allowed in this context"},
			outlet: "",
		},
		{
			name: "unknown field, missing file, duplicate, bad date, subfolder",
			yaml: "a.txt:\n  outlte: A\n  published: next week\nnope.txt: {outlet: N}\na.txt: {outlet: Again}\nsub/b.txt: {outlet: S}\n",
			want: []string{
				`sources.yaml: line 2: unknown field "outlte" (known: author, byline, date, headline, link, outlet, published, publisher, source, title, url)`,
				`sources.yaml: line 3: published: cannot read "next week" as a date (use YYYY-MM-DD or RFC 3339)`,
				`sources.yaml: line 4: no file "nope.txt" in the folder`,
				`sources.yaml: line 5: "a.txt" is described twice (first on line 1)`,
				`sources.yaml: line 6: "sub/b.txt" is in a subfolder: sources.yaml describes the files of its own folder (give the subfolder its own sources.yaml)`,
			},
		},
		{
			name: "wrong shapes",
			yaml: "- a.txt\n- outlet: no file\n",
			want: []string{
				`sources.yaml: line 1: want an entry such as "- file: x.txt", found "a.txt"`,
				`sources.yaml: line 2: entry has no "file:" naming the file it describes`,
			},
		},
		{
			name: "a scalar document",
			yaml: "just words\n",
			want: []string{`sources.yaml: line 1: want a mapping of file names to their metadata, found "just words"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "a.txt", "Article a.\n")
			write(t, dir, "b.txt", "Article b.\n")
			write(t, dir, "sub/b.txt", "Article sub b.\n")
			write(t, dir, "sources.yaml", tt.yaml)
			res := Load([]string{dir}, Options{})
			assert.Equal(t, tt.want, errorTexts(res.Errors), "each fault once, with its line")
			require.Len(t, res.Articles, 3, "the articles still load")
			assert.Equal(t, tt.outlet, byID(res.Articles)["a"].Outlet)
		})
	}
}

// TestSourcesOwnFolder: a subfolder's files take their metadata from the subfolder's sources.yaml.
func TestSourcesOwnFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Top.\n")
	write(t, dir, "sub/a.txt", "Sub.\n")
	write(t, dir, "sources.yaml", "a.txt: {outlet: Top Outlet}\n")
	write(t, dir, "sub/sources.yaml", "a.txt: {outlet: Sub Outlet}\n")
	res := Load([]string{dir}, Options{})
	require.Empty(t, res.Errors)
	require.Len(t, res.Articles, 2)
	assert.Equal(t, "Top Outlet", res.Articles[0].Outlet)
	assert.Equal(t, "Sub Outlet", res.Articles[1].Outlet)
}

// TestInputsThenLoadInput: loading the inputs one by one gives what Load gives, and faults of a
// sources.yaml are reported once however many files it describes.
func TestInputsThenLoadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Article a.\n")
	write(t, dir, "b.txt", "Article b.\n")
	write(t, dir, "expect.json", `{"about": "not an article"}`)
	write(t, dir, "sources.yaml", "a.txt: {outlet: A}\nb.txt: {outlet: B, colour: red}\n")
	inputs, errs := Inputs([]string{dir})
	require.Len(t, inputs, 3)
	var arts []*model.Article
	for _, in := range inputs {
		r := LoadInput(in, Options{})
		arts = append(arts, r.Articles...)
		errs = append(errs, r.Errors...)
	}
	UniqueIDs(arts)
	whole := Load([]string{dir}, Options{})
	assert.Equal(t, errorTexts(whole.Errors), errorTexts(errs))
	require.Len(t, errs, 1)
	assert.Equal(t, articleIDs(whole.Articles), articleIDs(arts))
	assert.Equal(t, "A", arts[0].Outlet)
	assert.Equal(t, "B", arts[1].Outlet)
}

func TestInputFillSource(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Article a.\n")
	write(t, dir, "b.txt", "Article b.\n")
	write(t, dir, "sources.yaml", "a.txt: {outlet: A Times, url: https://a.example/a, published: 2025-05-06}\n")
	inputs, errs := Inputs([]string{dir})
	require.Empty(t, errs)
	require.Len(t, inputs, 2)
	src := model.Source{ID: "a", Path: inputs[0].Path, URL: "https://own.example/a"}
	inputs[0].FillSource(&src)
	assert.Equal(t, "A Times", src.Outlet)
	assert.Equal(t, "https://own.example/a", src.URL, "what the source says wins")
	require.NotNil(t, src.Published)
	assert.Equal(t, "2025-05-06", src.Published.Format("2006-01-02"))
	other := model.Source{ID: "b"}
	inputs[1].FillSource(&other)
	assert.Equal(t, model.Source{ID: "b"}, other)
}
