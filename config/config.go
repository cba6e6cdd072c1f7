// Package config reads crosscheck's configuration file (.crosscheck.yaml): extra aliases and title
// equivalences, tolerances per measure, the failing level, and findings a newsroom has accepted.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// FileName is the configuration file looked for from the working directory upward.
const FileName = ".crosscheck.yaml"

// Config is a parsed configuration file. The zero value configures nothing.
type Config struct {
	// Path is the file the configuration was read from, "" when there was none.
	Path string
	// Aliases are extra names for people and places, canonical form first.
	Aliases []Equivalence
	// Titles are extra title equivalences ("ambassador to nato = permanent representative to nato"),
	// canonical post first, for the roles extractor (see TitleLines).
	Titles []Equivalence
	// Tolerance is the relative tolerance for approximate figures per measure ("killed": 0.1); the
	// entry "" is the default (written "default" in the file). Nil when the file sets none.
	Tolerance map[string]float64
	// FailOn is the failing level: "error", "warning", "info" or "never"; "" when the file sets none.
	FailOn string
	// Suppress lists the findings the newsroom has accepted: they are dropped from reports.
	Suppress []Suppression
}

// Equivalence is one line of an alias or title table: a canonical form and its variants.
type Equivalence struct {
	Canonical string
	Variants  []string
	Line      int // line in the configuration file
}

// String renders the equivalence as a table line: "Canonical = variant = …".
func (e Equivalence) String() string {
	return strings.Join(append([]string{e.Canonical}, e.Variants...), " = ")
}

// Suppression is an accepted finding, named by its id or by its subject (and optionally kind).
type Suppression struct {
	ID      string     // finding id, as in the JSON report
	Subject string     // finding subject, compared ignoring case and spacing
	Kind    model.Kind // finding kind; "" matches every kind
	Reason  string     // why it was accepted, for the record
	Line    int        // line in the configuration file
}

// Matches reports whether a finding is the one this suppression accepts.
func (s Suppression) Matches(f model.Finding) bool {
	if s.ID != "" && s.ID != f.ID {
		return false
	}
	if s.Subject != "" && !sameSubject(s.Subject, f.Subject) {
		return false
	}
	if s.Kind != "" && s.Kind != f.Kind {
		return false
	}
	return s.ID != "" || s.Subject != ""
}

func sameSubject(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// FailLevels are the accepted values of fail-on.
var FailLevels = []string{"error", "warning", "info", "never"}

// Find looks for FileName in dir and its parents and returns its path, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	for {
		p := filepath.Join(dir, FileName)
		fi, err := os.Stat(p)
		switch {
		case err == nil && !fi.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("config: %w", err)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and parses a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(data, path)
}

// yamlLine finds the line in yaml's own messages ("yaml: line 3: …").
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?`)

// yamlParserErr matches the structural errors of the YAML parser, whose lines count from 0.
var yamlParserErr = regexp.MustCompile(`: did not find expected (?:key|'-' indicator|',' or '\]'|',' or '\}'|node content)$`)

// Parse parses the content of a configuration file; name (the path) is used in errors, which
// read "name:line: what is wrong". Unknown keys and values of the wrong type are errors.
func Parse(data []byte, name string) (*Config, error) {
	cfg := &Config{Path: name}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line := m[1]
			if line == "" {
				line = "1"
			} else if yamlParserErr.MatchString(msg) {
				// the parser (unlike the scanner) counts the line of its context from 0
				n, _ := strconv.Atoi(line)
				line = strconv.Itoa(n + 1)
			}
			return nil, fmt.Errorf("%s:%s: %s", name, line, msg[len(m[0]):])
		}
		return nil, fmt.Errorf("%s: %s", name, msg)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return cfg, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return cfg, nil
	}
	p := parser{name: name}
	if root.Kind != yaml.MappingNode {
		return nil, p.errf(root, "want a mapping of settings (aliases, titles, tolerance, fail-on, suppress), got %s", kindName(root))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		if prev, dup := seen[key]; dup {
			return nil, p.errf(k, "%q is set twice (first at line %d)", key, prev)
		}
		seen[key] = k.Line
		var err error
		switch key {
		case "aliases":
			cfg.Aliases, err = p.equivalences(v, key, normalize.Key)
		case "titles":
			cfg.Titles, err = p.equivalences(v, key, normalize.Key)
		case "tolerance":
			cfg.Tolerance, err = p.tolerance(v)
		case "fail-on":
			cfg.FailOn, err = p.failOn(v)
		case "suppress":
			cfg.Suppress, err = p.suppress(v)
		default:
			err = p.errf(k, "unknown key %q (known keys: aliases, fail-on, suppress, titles, tolerance)", key)
		}
		if err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

type parser struct{ name string }

func (p parser) errf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, n.Line, fmt.Sprintf(format, args...))
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}

// str reads a plain string scalar.
func (p parser) str(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", p.errf(n, "%s: want a string, got %s", what, kindName(n))
	}
	return strings.TrimSpace(n.Value), nil
}

// equivalences reads either a list of "Canonical = variant = …" lines or a mapping from the
// canonical form to one variant or a list of variants.
func (p parser) equivalences(n *yaml.Node, key string, norm func(string) string) ([]Equivalence, error) {
	var out []Equivalence
	add := func(at *yaml.Node, canon string, variants []string) error {
		e := Equivalence{Canonical: strings.TrimSpace(canon), Line: at.Line}
		if norm(e.Canonical) == "" {
			return p.errf(at, "%s: empty canonical form", key)
		}
		for _, v := range variants {
			v = strings.TrimSpace(v)
			if norm(v) == "" {
				return p.errf(at, "%s: empty variant of %q", key, e.Canonical)
			}
			if strings.Contains(v, "=") {
				return p.errf(at, "%s: variant %q holds \"=\"", key, v)
			}
			e.Variants = append(e.Variants, v)
		}
		if len(e.Variants) == 0 {
			return p.errf(at, "%s: %q has no variant (want \"Canonical = variant = …\")", key, e.Canonical)
		}
		out = append(out, e)
		return nil
	}
	switch n.Kind {
	case yaml.SequenceNode:
		for _, item := range n.Content {
			s, err := p.str(item, key)
			if err != nil {
				return nil, err
			}
			parts := strings.Split(s, "=")
			if err := add(item, parts[0], parts[1:]); err != nil {
				return nil, err
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			canon, err := p.str(k, key)
			if err != nil {
				return nil, err
			}
			var variants []string
			switch v.Kind {
			case yaml.ScalarNode:
				s, err := p.str(v, key+"."+canon)
				if err != nil {
					return nil, err
				}
				variants = strings.Split(s, "=")
			case yaml.SequenceNode:
				for _, item := range v.Content {
					s, err := p.str(item, key+"."+canon)
					if err != nil {
						return nil, err
					}
					variants = append(variants, s)
				}
			default:
				return nil, p.errf(v, "%s.%s: want a variant or a list of variants, got %s", key, canon, kindName(v))
			}
			if err := add(k, canon, variants); err != nil {
				return nil, err
			}
		}
	default:
		if n.Tag == "!!null" {
			return nil, nil
		}
		return nil, p.errf(n, "%s: want a list of \"Canonical = variant = …\" lines or a mapping, got %s", key, kindName(n))
	}
	return out, nil
}

// tolerance reads "measure: 0.15" or "measure: 15%"; "default" sets the default.
func (p parser) tolerance(n *yaml.Node) (map[string]float64, error) {
	if n.Kind != yaml.MappingNode {
		if n.Tag == "!!null" {
			return nil, nil
		}
		return nil, p.errf(n, "tolerance: want a mapping of measure to relative tolerance (default: 0.1), got %s", kindName(n))
	}
	out := map[string]float64{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		measure, err := p.str(k, "tolerance")
		if err != nil {
			return nil, err
		}
		measure = strings.ToLower(measure)
		if measure == "" {
			return nil, p.errf(k, "tolerance: empty measure name")
		}
		if measure == "default" {
			measure = ""
		}
		if _, dup := out[measure]; dup {
			return nil, p.errf(k, "tolerance: %q is set twice", k.Value)
		}
		t, err := p.fraction(v, "tolerance."+k.Value)
		if err != nil {
			return nil, err
		}
		out[measure] = t
	}
	return out, nil
}

// fraction reads a number between 0 and 1, or a percentage between 0% and 100%.
func (p parser) fraction(n *yaml.Node, what string) (float64, error) {
	s, err := p.str(n, what)
	if err != nil {
		return 0, err
	}
	pct := strings.HasSuffix(s, "%")
	v, perr := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(s, "%")), 64)
	if perr != nil || (n.Tag != "!!int" && n.Tag != "!!float" && !pct) || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, p.errf(n, "%s: want a relative tolerance such as 0.1 or 10%%, got %q", what, s)
	}
	if pct {
		v /= 100
	}
	if v < 0 || v > 1 {
		return 0, p.errf(n, "%s: %q is outside 0..1 (0%%..100%%)", what, s)
	}
	return v, nil
}

func (p parser) failOn(n *yaml.Node) (string, error) {
	s, err := p.str(n, "fail-on")
	if err != nil {
		return "", err
	}
	s = strings.ToLower(s)
	for _, l := range FailLevels {
		if s == l {
			return s, nil
		}
	}
	return "", p.errf(n, "fail-on: want one of %s, got %q", strings.Join(FailLevels, ", "), n.Value)
}

var kinds = []model.Kind{model.KindConflict, model.KindCorroborated, model.KindSingle, model.KindUnsupported}

func (p parser) suppress(n *yaml.Node) ([]Suppression, error) {
	if n.Kind != yaml.SequenceNode {
		if n.Tag == "!!null" {
			return nil, nil
		}
		return nil, p.errf(n, "suppress: want a list of {id: …} or {subject: …, kind: …} entries, got %s", kindName(n))
	}
	var out []Suppression
	for _, item := range n.Content {
		if item.Kind != yaml.MappingNode {
			return nil, p.errf(item, "suppress: want an entry such as {id: …} or {subject: …, kind: …}, got %s", kindName(item))
		}
		s := Suppression{Line: item.Line}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i], item.Content[i+1]
			val, err := p.str(v, "suppress."+k.Value)
			if err != nil {
				return nil, err
			}
			switch k.Value {
			case "id":
				s.ID = val
			case "subject":
				s.Subject = val
			case "kind":
				s.Kind = model.Kind(strings.ToLower(val))
				if !knownKind(s.Kind) {
					return nil, p.errf(v, "suppress.kind: want one of conflict, corroborated, single-source, unsupported, got %q", val)
				}
			case "reason":
				s.Reason = val
			default:
				return nil, p.errf(k, "suppress: unknown key %q (known keys: id, kind, reason, subject)", k.Value)
			}
		}
		if s.ID == "" && s.Subject == "" {
			return nil, p.errf(item, "suppress: an entry needs an id or a subject")
		}
		out = append(out, s)
	}
	return out, nil
}

func knownKind(k model.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// AliasTable returns the configured aliases as a table to merge over the default one, or nil
// when the file gives none.
func (c *Config) AliasTable() (*normalize.Aliases, error) {
	if c == nil || len(c.Aliases) == 0 {
		return nil, nil
	}
	return normalize.ParseAliases(strings.NewReader(strings.Join(lines(c.Aliases), "\n")), c.Path+" (aliases)")
}

// TitleLines returns the configured title equivalences as "canonical post = variant = …" lines,
// the form normalize's title table reads, in file order.
func (c *Config) TitleLines() []string {
	if c == nil {
		return nil
	}
	return lines(c.Titles)
}

func lines(es []Equivalence) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.String()
	}
	return out
}

// Apply drops the suppressed findings from a report and counts them in Summary.Suppressed, keeping
// the other counts in step. It returns the suppressions that matched no finding, in file order.
func (c *Config) Apply(rep *model.Report) []Suppression {
	if c == nil || len(c.Suppress) == 0 {
		return nil
	}
	used := make([]bool, len(c.Suppress))
	kept := rep.Findings[:0:0]
	for _, f := range rep.Findings {
		hit := false
		for i, s := range c.Suppress {
			if s.Matches(f) {
				used[i], hit = true, true
			}
		}
		if !hit {
			kept = append(kept, f)
			continue
		}
		rep.Summary.Suppressed++
		switch f.Kind {
		case model.KindConflict:
			rep.Summary.Conflict--
		case model.KindCorroborated:
			rep.Summary.Corroborated--
		case model.KindSingle:
			rep.Summary.Single--
		case model.KindUnsupported:
			rep.Summary.Unsupported--
		}
	}
	rep.Findings = kept
	var unused []Suppression
	for i, s := range c.Suppress {
		if !used[i] {
			unused = append(unused, s)
		}
	}
	return unused
}
