package normalize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:embed data/aliases.txt
var defaultAliases string

// Aliases maps every known variant of a name or place to one canonical form.
type Aliases struct {
	canon map[string]string // Key(variant) → canonical display form
}

var (
	defaultOnce sync.Once
	defaultTab  *Aliases
)

// DefaultAliases returns the table shipped in the binary, parsed once on first use.
func DefaultAliases() *Aliases {
	defaultOnce.Do(func() {
		a, err := ParseAliases(strings.NewReader(defaultAliases), "aliases.txt")
		if err != nil {
			panic("normalize: embedded aliases: " + err.Error()) // a build defect, caught by tests
		}
		defaultTab = a
	})
	return defaultTab
}

// ParseAliases reads an alias table: one entity a line, canonical form first, variants after " = ".
// Blank lines and lines starting with # are skipped. Errors name the line.
func ParseAliases(r io.Reader, name string) (*Aliases, error) {
	a := &Aliases{canon: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		parts := strings.Split(s, "=")
		if len(parts) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"Canonical = variant = …\", got %q", name, line, s)
		}
		canon := strings.TrimSpace(parts[0])
		if Key(canon) == "" {
			return nil, fmt.Errorf("%s:%d: empty canonical name", name, line)
		}
		for _, p := range parts {
			k := Key(p)
			if k == "" {
				return nil, fmt.Errorf("%s:%d: empty variant", name, line)
			}
			a.canon[k] = canon
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return a, nil
}

// Merge returns a table holding a's entries overridden by o's.
func (a *Aliases) Merge(o *Aliases) *Aliases {
	out := &Aliases{canon: make(map[string]string, len(a.canon)+len(o.canon))}
	for k, v := range a.canon {
		out.canon[k] = v
	}
	for k, v := range o.canon {
		out.canon[k] = v
	}
	return out
}

// Canonical returns the canonical form of a name, or the name itself (trimmed) when it is not in the table.
func (a *Aliases) Canonical(name string) string {
	if a != nil {
		if c, ok := a.lookup(name); ok {
			return c
		}
	}
	return strings.TrimSpace(name)
}

// Known reports whether a name is in the table.
func (a *Aliases) Known(name string) bool {
	_, ok := a.lookup(name)
	return ok
}

// lookup finds a name by its Key; an ASCII name's key is built on the stack, not allocated.
func (a *Aliases) lookup(name string) (string, bool) {
	if len(name) <= 64 && isASCII(name) {
		var buf [64]byte
		c, ok := a.canon[string(appendKeyASCII(buf[:0], name))]
		return c, ok
	}
	c, ok := a.canon[Key(name)]
	return c, ok
}

// Len is the number of variants known.
func (a *Aliases) Len() int { return len(a.canon) }

// Variants lists the canonical forms, sorted (for tests and listings).
func (a *Aliases) Variants() []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range a.canon {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}
