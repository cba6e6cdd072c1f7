package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/model"
)

// SourcesFiles are the names of the file that gives metadata to the articles of its folder. It is
// never read as an article.
var SourcesFiles = []string{"sources.yaml", "sources.yml"}

// isSourcesFile reports whether a file name is a folder's metadata file.
func isSourcesFile(name string) bool {
	for _, n := range SourcesFiles {
		if strings.EqualFold(filepath.Base(name), n) {
			return true
		}
	}
	return false
}

// sourceMeta is what sources.yaml says about one file; an empty field says nothing.
type sourceMeta struct {
	title, outlet, url, author string
	published                  *time.Time
}

// sourcesFile is a parsed sources.yaml.
type sourcesFile struct {
	path    string
	entries map[string]sourceMeta // by file name
}

// sourcesFields maps the field names sources.yaml accepts to the metadata they set.
var sourcesFields = map[string]string{
	"title": "title", "headline": "title",
	"outlet": "outlet", "source": "outlet", "publisher": "outlet",
	"url": "url", "link": "url",
	"published": "published", "date": "published", "datepublished": "published",
	"author": "author", "byline": "author",
}

func knownSourcesFields() string {
	var ks []string
	for k := range sourcesFields {
		if k != "datepublished" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// readSourcesFile reads a folder's sources.yaml. It maps file names to metadata, either as a mapping
// ("002_x.txt: {outlet: RT, published: 2025-07-30}") or as a list ("- file: 002_x.txt"). A faulty
// entry is reported with its line and the others still apply; malformed YAML makes the whole file
// unusable. It returns nil and no error when the folder has no such file.
func readSourcesFile(dir string) (*sourcesFile, []error) {
	var p string
	var data []byte
	for _, n := range SourcesFiles {
		cand := filepath.Join(dir, n)
		if info, err := os.Stat(cand); err == nil && !info.Mode().IsRegular() {
			return &sourcesFile{path: cand}, []error{fmt.Errorf("not a regular file (%s)", fileKind(info.Mode().Type()))}
		}
		b, err := os.ReadFile(cand)
		if err == nil {
			p, data = cand, b
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return &sourcesFile{path: cand}, []error{cleanErr(err)}
		}
	}
	if p == "" {
		return nil, nil
	}
	sf := &sourcesFile{path: p, entries: map[string]sourceMeta{}}
	if len(data) > sizeLimit {
		return sf, []error{fmt.Errorf("file is larger than the %d-byte limit", sizeLimit)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return sf, []error{fmt.Errorf("%s", yamlLine(err, 0))}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return sf, nil // empty file
	}
	root := doc.Content[0]
	var errs []error
	firstLine := map[string]int{}
	add := func(keyNode *yaml.Node, file string, fields []*yaml.Node) {
		rel, err := sourcesKey(file)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %v", keyNode.Line, err))
			return
		}
		if l, dup := firstLine[rel]; dup {
			errs = append(errs, fmt.Errorf("line %d: %q is described twice (first on line %d)", keyNode.Line, file, l))
			return
		}
		firstLine[rel] = keyNode.Line
		m, ferrs := sourcesEntry(fields)
		errs = append(errs, ferrs...)
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
			errs = append(errs, fmt.Errorf("line %d: no file %q in the folder", keyNode.Line, file))
			return
		}
		sf.entries[rel] = m
	}
	switch root.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(root.Content); i += 2 {
			k, v := root.Content[i], root.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				errs = append(errs, fmt.Errorf("line %d: want a file name as the key", k.Line))
				continue
			}
			switch {
			case v.Kind == yaml.MappingNode:
				add(k, k.Value, v.Content)
			case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
				add(k, k.Value, nil)
			default:
				errs = append(errs, fmt.Errorf("line %d: want the fields of %q (outlet: …, url: …), found %s", v.Line, k.Value, yamlKind(v)))
			}
		}
	case yaml.SequenceNode:
		for _, item := range root.Content {
			if item.Kind != yaml.MappingNode {
				errs = append(errs, fmt.Errorf("line %d: want an entry such as \"- file: x.txt\", found %s", item.Line, yamlKind(item)))
				continue
			}
			var fileNode *yaml.Node
			var rest []*yaml.Node
			for i := 0; i+1 < len(item.Content); i += 2 {
				k, v := item.Content[i], item.Content[i+1]
				if n := strings.ToLower(k.Value); (n == "file" || n == "path") && fileNode == nil {
					fileNode = v
					continue
				}
				rest = append(rest, k, v)
			}
			if fileNode == nil || fileNode.Kind != yaml.ScalarNode || fileNode.Value == "" {
				errs = append(errs, fmt.Errorf("line %d: entry has no \"file:\" naming the file it describes", item.Line))
				continue
			}
			add(fileNode, fileNode.Value, rest)
		}
	default:
		return sf, []error{fmt.Errorf("line %d: want a mapping of file names to their metadata, found %s", root.Line, yamlKind(root))}
	}
	return sf, errs
}

// sourcesKey checks that a key names a file inside the folder and returns it cleaned.
func sourcesKey(file string) (string, error) {
	f := strings.TrimSpace(file)
	if f == "" {
		return "", errors.New("empty file name")
	}
	if strings.Contains(f, "\\") || strings.HasPrefix(f, "/") || filepath.IsAbs(f) || !filepath.IsLocal(filepath.FromSlash(f)) {
		return "", fmt.Errorf("%q names a path outside the folder: sources.yaml describes the files of its own folder", file)
	}
	f = path.Clean(f)
	if strings.Contains(f, "/") {
		return "", fmt.Errorf("%q is in a subfolder: sources.yaml describes the files of its own folder (give the subfolder its own sources.yaml)", file)
	}
	return f, nil
}

// sourcesEntry reads the fields of one entry.
func sourcesEntry(fields []*yaml.Node) (sourceMeta, []error) {
	var m sourceMeta
	var errs []error
	for i := 0; i+1 < len(fields); i += 2 {
		k, v := fields[i], fields[i+1]
		field, ok := sourcesFields[strings.ToLower(k.Value)]
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: unknown field %q (known: %s)", k.Line, k.Value, knownSourcesFields()))
			continue
		}
		if v.Kind != yaml.ScalarNode {
			errs = append(errs, fmt.Errorf("line %d: %s: want a single value, found %s", v.Line, k.Value, yamlKind(v)))
			continue
		}
		val := strings.TrimSpace(v.Value)
		if v.Tag == "!!null" || val == "" {
			continue // not known: left out
		}
		switch field {
		case "title":
			m.title = oneLine(val)
		case "outlet":
			m.outlet = oneLine(val)
		case "url":
			m.url = val
		case "author":
			m.author = oneLine(val)
		case "published":
			t, err := ParseTime(val)
			if err != nil {
				errs = append(errs, fmt.Errorf("line %d: %s: %v", v.Line, k.Value, err))
				continue
			}
			m.published = &t
		}
	}
	return m, errs
}

func yamlKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

// applySourceMeta fills what an article does not say about itself. For a file that holds several
// articles only the outlet applies: a title, address, date or author describes one article.
func applySourceMeta(arts []*model.Article, m sourceMeta) {
	for _, a := range arts {
		if a.Outlet == "" {
			a.Outlet = m.outlet
		}
		if len(arts) > 1 {
			continue
		}
		if a.Title == "" {
			a.Title = m.title
		}
		if a.URL == "" {
			a.URL = m.url
		}
		if a.Author == "" {
			a.Author = m.author
		}
		if a.Published == nil && m.published != nil {
			t := *m.published
			a.Published = &t
		}
	}
}
