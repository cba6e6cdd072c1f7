package extract_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// corpusLine is one labeled sentence (or short passage) of fixtures/claims/*.jsonl.
type corpusLine struct {
	Text      string   `json:"text"`
	Published string   `json:"published,omitempty"` // YYYY-MM-DD, reference for relative dates
	Want      []string `json:"want"`                // expected claim signatures (extract.Signature)
	Note      string   `json:"note,omitempty"`
	Kinds     []string `json:"kinds,omitempty"` // extra kinds scored on this line
}

// minScore is the precision and recall every claim kind must reach on the labeled corpus.
const minScore = 0.9

// TestLabeledCorpus scores the extractors on fixtures/claims: each line's expected signatures
// against those extracted, counted per claim kind (the part of a signature before ":"). A line is
// scored for the kind its file is named after, the kinds its expectations name, and any listed in
// "kinds"; claims of other kinds on that line are not counted (a money sentence may carry a date
// the date corpus scores elsewhere).
func TestLabeledCorpus(t *testing.T) {
	files, err := filepath.Glob("../fixtures/claims/*.jsonl")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no labeled corpus in fixtures/claims")
	type score struct{ tp, fp, fn int }
	scores := map[string]*score{}
	get := func(kind string) *score {
		if scores[kind] == nil {
			scores[kind] = &score{}
		}
		return scores[kind]
	}
	var misses []string
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		for sc.Scan() {
			n++
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "//") {
				continue
			}
			var cl corpusLine
			require.NoError(t, json.Unmarshal([]byte(line), &cl), "%s:%d", f, n)
			a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: cl.Text}
			if cl.Published != "" {
				p, err := time.Parse("2006-01-02", cl.Published)
				require.NoError(t, err, "%s:%d", f, n)
				a.Published = &p
			}
			scored := map[string]bool{strings.TrimSuffix(filepath.Base(f), ".jsonl"): true}
			for _, k := range cl.Kinds {
				scored[k] = true
			}
			want := map[string]int{}
			for _, w := range cl.Want {
				want[w]++
				scored[kindOf(w)] = true
			}
			got := map[string]int{}
			for _, c := range extract.Extract(a, extract.Options{}) {
				if sig := extract.Signature(c); scored[kindOf(sig)] {
					got[sig]++
				}
			}
			for w, k := range want {
				kind := kindOf(w)
				hit := min(k, got[w])
				get(kind).tp += hit
				if k > hit {
					get(kind).fn += k - hit
					misses = append(misses, fmt.Sprintf("%s:%d: missed %q", filepath.Base(f), n, w))
				}
			}
			for g, k := range got {
				kind := kindOf(g)
				if k > want[g] {
					get(kind).fp += k - want[g]
					misses = append(misses, fmt.Sprintf("%s:%d: unexpected %q", filepath.Base(f), n, g))
				}
			}
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	kinds := make([]string, 0, len(scores))
	for k := range scores {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	sort.Strings(misses)
	for _, m := range misses {
		t.Log(m)
	}
	for _, k := range kinds {
		s := scores[k]
		p := ratio(s.tp, s.tp+s.fp)
		r := ratio(s.tp, s.tp+s.fn)
		fmt.Printf("corpus %-10s precision %.3f recall %.3f (tp %d, fp %d, fn %d)\n", k, p, r, s.tp, s.fp, s.fn)
		if p < minScore || r < minScore {
			t.Errorf("%s: precision %.3f, recall %.3f: both must be at least %.2f", k, p, r, minScore)
		}
	}
}

func kindOf(sig string) string { return strings.SplitN(sig, ":", 2)[0] }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
