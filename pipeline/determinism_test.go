package pipeline

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// detCaseDirs lists the article folders of the fixtures: the seeds and every case.
func detCaseDirs(t *testing.T) []string {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "cases", "*"))
	require.NoError(t, err)
	dirs = append([]string{filepath.Join("..", "fixtures", "seeds"), filepath.Join("..", "fixtures", "inputs", "desk")}, dirs...)
	var out []string
	for _, d := range dirs {
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			out = append(out, d)
		}
	}
	require.NotEmpty(t, out)
	// and a generated corpus: many stories, outlets and planted conflicts
	gen := t.TempDir()
	require.NoError(t, corpus.WriteDir(gen, corpus.Articles(60, 7)))
	return append(out, gen)
}

// detFinding is a finding with every source id mapped back to the original file's id and the ids
// that only number things (finding and claim ids) left out, in a canonical order: what must not
// change when the same articles come in another order under other names.
type detFinding struct {
	Kind, Type, Severity, Subject, Message, Latest string
	Evolving                                       bool
	Diff                                           []model.DiffOp
	Claims                                         []detClaim
}

type detClaim struct {
	Source, Type, Kind, Subject, Value, Attribution, Text, Measure, Context string
	Evidence, ValueSpan                                                     model.Span
	Pos                                                                     model.Position
	Quantity                                                                *model.Quantity
	Date                                                                    *model.DateValue
	Role                                                                    *model.Role
	Quote                                                                   *model.Quote
	Draft, Inferred, Part                                                   bool
}

// canonical renders a report's findings with source ids mapped through rename (new id → original).
// Findings list their sources and values in the order of the source ids, so when the new ids do
// not sort as the old ones did (exact false), messages are compared as bags of words.
func canonical(t *testing.T, rep *model.Report, rename map[string]string, exact bool) []string {
	t.Helper()
	// longest ids first, so that an id that is a prefix of another is not replaced inside it
	var ids []string
	for id := range rename {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return len(ids[i]) > len(ids[j]) || len(ids[i]) == len(ids[j]) && ids[i] < ids[j] })
	var pairs []string
	for _, id := range ids {
		if id != rename[id] {
			pairs = append(pairs, id, rename[id]) // new ids are unique tokens: no word is taken for one
		}
	}
	back := strings.NewReplacer(pairs...)
	var out []string
	for _, f := range rep.Findings {
		d := detFinding{
			Kind: string(f.Kind), Type: string(f.Type), Severity: string(f.Severity), Subject: back.Replace(f.Subject),
			Message: back.Replace(f.Message), Latest: back.Replace(f.Latest), Evolving: f.Evolving, Diff: f.Diff,
		}
		if !exact {
			// an altered quote is diffed from the source that sorts first: which words are
			// removed and which added flips with the names
			words := strings.FieldsFunc(d.Message, func(r rune) bool { return strings.ContainsRune(" ,;()[]{}+-", r) })
			sort.Strings(words)
			d.Message = strings.Join(words, " ")
			d.Diff = nil
			for _, op := range f.Diff {
				if op.Op != "=" {
					op.Op = "±"
				}
				d.Diff = append(d.Diff, op)
			}
			sort.Slice(d.Diff, func(i, j int) bool { return d.Diff[i].Op+d.Diff[i].Text < d.Diff[j].Op+d.Diff[j].Text })
		}
		for _, c := range f.Claims {
			src, ok := rename[c.Source]
			require.True(t, ok, "claim of unknown source %q", c.Source)
			d.Claims = append(d.Claims, detClaim{
				Source: src, Type: string(c.Type), Kind: c.Kind, Subject: back.Replace(c.Subject), Value: c.Value,
				Attribution: c.Attribution, Text: c.Text, Measure: c.Measure, Context: c.Context,
				Evidence: c.Evidence, ValueSpan: c.ValueSpan, Pos: c.Pos,
				Quantity: c.Quantity, Date: c.Date, Role: c.Role, Quote: c.Quote,
				Draft: c.Draft, Inferred: c.Inferred, Part: c.Part,
			})
		}
		sort.Slice(d.Claims, func(i, j int) bool {
			a, b := d.Claims[i], d.Claims[j]
			if a.Source != b.Source {
				return a.Source < b.Source
			}
			return a.ValueSpan.Start < b.ValueSpan.Start
		})
		b, err := json.Marshal(d)
		require.NoError(t, err)
		out = append(out, string(b))
	}
	sort.Strings(out)
	return out
}

// identity maps every source id of a report to itself.
func identity(rep *model.Report) map[string]string {
	m := map[string]string{}
	for _, s := range rep.Sources {
		m[s.ID] = s.ID
	}
	return m
}

// TestDeterminism: the same articles, named in any order and under any file names, give the same
// findings (ids aside), for the seeds and every fixture case; and one run gives the same report
// with one worker or many, and twice in a row.
func TestDeterminism(t *testing.T) {
	for _, dir := range detCaseDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			base := Compare([]string{dir}, Options{Workers: 1})
			base.Materialize() // reports compare by what they hold, not how their store numbered it
			require.Empty(t, base.Errors, "fixture inputs read without errors")
			want := canonical(t, base, identity(base), true)
			wantWords := canonical(t, base, identity(base), false)

			again := Compare([]string{dir}, Options{Workers: 4})
			again.Materialize()
			assert.Equal(t, base, again, "the same report with four workers as with one")

			all, errs := load.Inputs([]string{dir})
			require.Empty(t, errs)
			idOf := map[string]string{} // original path → original id
			for _, s := range base.Sources {
				idOf[s.Path] = s.ID
			}
			var inputs []load.Input // the article files (not the expectations beside them)
			for _, in := range all {
				if _, ok := idOf[in.Path]; ok {
					inputs = append(inputs, in)
				}
			}
			require.Len(t, inputs, len(base.Sources), "one article a file")
			// seeds 1-3: random new names; seeds 4-5: new names that sort as the old ones did, so
			// that messages, which list sources in id order, must come out word for word the same
			for seed := uint64(1); seed <= 5; seed++ {
				sameOrder := seed > 3
				rng := rand.New(rand.NewPCG(seed, 0x5eed))
				order := rng.Perm(len(inputs))
				var paths []string
				rename := map[string]string{} // new path → original id
				shuffled := t.TempDir()
				metadata := false
				for _, in := range inputs {
					if _, err := os.Stat(filepath.Join(filepath.Dir(in.Path), "sources.yaml")); err == nil {
						metadata = true // sources.yaml names the files: keep their names, shuffle the order only
					}
				}
				for _, k := range order {
					p := inputs[k].Path
					np := p
					if !metadata {
						data, err := os.ReadFile(p)
						require.NoError(t, err)
						name := fmt.Sprintf("s%016x", rng.Uint64())
						if sameOrder {
							name = fmt.Sprintf("n%03d-%s", k, name) // inputs are listed sorted by path
						}
						np = filepath.Join(shuffled, name+filepath.Ext(p))
						require.NoError(t, os.WriteFile(np, data, 0o644))
					}
					paths = append(paths, np)
					rename[np] = idOf[p]
				}
				got := Compare(paths, Options{})
				got.Materialize()
				require.Empty(t, got.Errors)
				require.Len(t, got.Sources, len(base.Sources))
				ids := map[string]string{} // new id → original id
				for _, s := range got.Sources {
					orig, ok := rename[s.Path]
					require.True(t, ok, "source %s read from an unknown path", s.Path)
					ids[s.ID] = orig
				}
				if sameOrder || metadata {
					assert.Equal(t, want, canonical(t, got, ids, true), "seed %d: findings of the shuffled, renamed inputs", seed)
				} else {
					assert.Equal(t, wantWords, canonical(t, got, ids, false), "seed %d: findings of the shuffled, renamed inputs", seed)
				}
				assert.Equal(t, base.Summary, got.Summary, "seed %d: summary", seed)
			}
		})
	}
}

// TestCheckOrder: in check mode too, the order the sources are named in changes nothing.
func TestCheckOrder(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "cases", "*", "expect.json"))
	require.NoError(t, err)
	checked := 0
	for _, e := range dirs {
		data, err := os.ReadFile(e)
		require.NoError(t, err)
		var exp struct{ Draft string }
		require.NoError(t, json.Unmarshal(data, &exp))
		if exp.Draft == "" {
			continue
		}
		dir := filepath.Dir(e)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(dir, "*"))
			require.NoError(t, err)
			var srcs []string
			for _, f := range files {
				if filepath.Base(f) != exp.Draft && filepath.Ext(f) != ".json" {
					srcs = append(srcs, f)
				}
			}
			draft := filepath.Join(dir, exp.Draft)
			for _, cross := range []bool{false, true} {
				opt := CheckOptions{CrossSources: cross}
				want, err := Check(draft, srcs, opt)
				require.NoError(t, err)
				for seed := uint64(1); seed <= 3; seed++ {
					rng := rand.New(rand.NewPCG(seed, 0xc4ec))
					shuffled := append([]string(nil), srcs...)
					rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
					got, err := Check(draft, shuffled, opt)
					require.NoError(t, err)
					assert.Equal(t, canonical(t, want, identity(want), true), canonical(t, got, identity(got), true), "cross-sources %v, seed %d", cross, seed)
					assert.Equal(t, want.Summary, got.Summary)
				}
			}
		})
		checked++
	}
	require.NotZero(t, checked, "a check-mode case")
}
