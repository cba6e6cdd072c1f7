package extract_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// FuzzLoadExtract loads arbitrary bytes as a text and as a Markdown article and extracts claims:
// no panic, every span in bounds and on character boundaries, text == body[span], the value inside
// its evidence, and the same result twice.
func FuzzLoadExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../fixtures/seeds/*.txt")
	cases, _ := filepath.Glob("../fixtures/cases/*/*.*")
	for _, p := range append(seeds, cases...) {
		if strings.HasSuffix(p, ".json") {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("---\ntitle: x\n---\nAt least 14 people were killed in Kyiv, officials said."))
	f.Add([]byte("Twenty-six dead\r\nkilling 12 in Kharkiv and five in Odesa\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		for _, name := range []string{"a.txt", "b.md"} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o600); err != nil {
				t.Fatal(err)
			}
			res := load.Load([]string{p}, load.Options{})
			for _, a := range res.Articles {
				checkClaims(t, a)
			}
		}
	})
}

func checkClaims(t *testing.T, a *model.Article) {
	t.Helper()
	first := extract.Extract(a, extract.Options{})
	second := extract.Extract(a, extract.Options{})
	if !reflect.DeepEqual(first, second) {
		t.Fatalf("extraction differs between two runs")
	}
	for _, c := range first {
		for _, sp := range []model.Span{c.Evidence, c.ValueSpan} {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
				t.Fatalf("span %v out of bounds (len %d)", sp, len(a.Text))
			}
			if !boundary(a.Text, sp.Start) || !boundary(a.Text, sp.End) {
				t.Fatalf("span %v not on character boundaries", sp)
			}
		}
		if c.Text != a.Text[c.Evidence.Start:c.Evidence.End] {
			t.Fatalf("claim text %q is not body[span]", c.Text)
		}
		if !c.Evidence.Contains(c.ValueSpan) {
			t.Fatalf("value span %v outside evidence %v", c.ValueSpan, c.Evidence)
		}
		if p := a.Position(c.Evidence.Start); p != c.Pos {
			t.Fatalf("position %v, want %v", c.Pos, p)
		}
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
