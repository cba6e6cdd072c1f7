package corpus

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func digest(fs []File) string {
	h := sha256.New()
	for _, f := range fs {
		fmt.Fprintf(h, "%s\x00%s\x00", f.Name, f.Data)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestDeterministic(t *testing.T) {
	a := Articles(120, 7)
	b := Articles(120, 7)
	require.Len(t, a, 120)
	assert.Equal(t, digest(a), digest(b), "same seed and n must give the same bytes")
	assert.NotEqual(t, digest(a), digest(Articles(120, 8)), "another seed gives another corpus")
}

func TestPrefix(t *testing.T) {
	small := Articles(40, 3)
	large := Articles(400, 3)
	// every article of the small corpus is in the large one, byte for byte, except the last
	// story, which the small corpus may cut short
	last := small[len(small)-1].Story
	idx := map[string][]byte{}
	for _, f := range large {
		idx[f.Name] = f.Data
	}
	for _, f := range small {
		if f.Story == last {
			continue
		}
		assert.Equal(t, idx[f.Name], f.Data, f.Name)
	}
}

func TestShape(t *testing.T) {
	var fs []File
	stories, err := Generate(Options{N: 600, Seed: 1}, func(f File) error { fs = append(fs, f); return nil })
	require.NoError(t, err)
	names := map[string]bool{}
	md := 0
	for i, f := range fs {
		assert.False(t, names[f.Name], "duplicate name %s", f.Name)
		names[f.Name] = true
		if i > 0 {
			assert.Less(t, fs[i-1].Name, f.Name, "files come in name order")
		}
		if strings.HasSuffix(f.Name, ".md") {
			md++
			assert.True(t, bytes.HasPrefix(f.Data, []byte("---\n")), "%s has front matter", f.Name)
		}
	}
	assert.InDelta(t, 0.4, float64(md)/float64(len(fs)), 0.15, "about 40%% Markdown")
	avg := Size(fs) / int64(len(fs))
	assert.True(t, avg > 3500 && avg < 7000, "average article size %d bytes, want about 5 KB", avg)
	kinds := map[string]int{}
	for _, s := range stories {
		assert.GreaterOrEqual(t, len(s.Files), 1)
		if s.Conflict == ConflictNone {
			continue
		}
		kinds[s.Conflict]++
		require.Len(t, s.Values, 2)
		assert.NotEqual(t, s.Values[0], s.Values[1])
		assert.Contains(t, s.Files, s.Deviant)
	}
	for _, k := range []string{ConflictKilled, ConflictRole, ConflictQuote, ConflictAmount, ConflictWeekday} {
		assert.Positive(t, kinds[k], "planted %s conflicts", k)
	}
}

func TestPlantedValueOnlyInDeviant(t *testing.T) {
	var fs []File
	stories, err := Generate(Options{N: 300, Seed: 5}, func(f File) error { fs = append(fs, f); return nil })
	require.NoError(t, err)
	byName := map[string][]byte{}
	for _, f := range fs {
		byName[f.Name] = f.Data
	}
	checked := 0
	for _, s := range stories {
		if s.Conflict != ConflictKilled {
			continue
		}
		checked++
		v, err := strconv.Atoi(s.Values[1])
		require.NoError(t, err)
		forms := []string{s.Values[1]}
		if v < len(numberWords) {
			forms = append(forms, numberWords[v])
		}
		lede := strings.SplitN(strings.SplitN(string(byName[s.Deviant]), "\n\n", 4)[2], ".", 2)[0]
		ok := false
		for _, f := range forms {
			ok = ok || regexp.MustCompile(`(?i)\b`+f+`\b`).MatchString(lede)
		}
		assert.True(t, ok, "story %d: the deviant's lede %q states %s", s.Index, lede, s.Values[1])
	}
	assert.Positive(t, checked)
}

func TestPlainText(t *testing.T) {
	f := File{Name: "a.md", Data: []byte("---\ntitle: x\n---\n\n# Head\n\nBody.\n")}
	assert.Equal(t, "\n# Head\n\nBody.\n\n\n", string(PlainText(f)))
	g := File{Name: "b.txt", Data: []byte("2025-01-01\nHead\n")}
	assert.Equal(t, "2025-01-01\nHead\n\n\n", string(PlainText(g)))
}

func TestPlaceNamesDistinct(t *testing.T) {
	seen := map[string]int{}
	for s := 0; s < 5000; s++ {
		p := placeName(s)
		if prev, ok := seen[p]; ok {
			t.Fatalf("stories %d and %d share the town %s", prev, s, p)
		}
		seen[p] = s
	}
}
