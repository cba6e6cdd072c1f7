package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claimsio"
	"github.com/crosscheck/crosscheck/model"
)

// conflictsAcross counts the conflicts whose claims come from sources of different stories.
func conflictsAcross(rep *model.Report) (conflicts, across int) {
	story := map[string]string{}
	for _, s := range rep.Sources {
		story[s.ID] = s.Story
	}
	rep.Materialize()
	for _, f := range rep.Findings {
		if f.Kind != model.KindConflict {
			continue
		}
		conflicts++
		for _, c := range f.Claims {
			if story[c.Source] != story[f.Claims[0].Source] {
				across++
				break
			}
		}
	}
	return conflicts, across
}

// TestStories: a generated folder of many stories is grouped into several, no conflict mixes
// two of them, the whole run as one story (StoriesOne) is today's comparison, and a sharded run
// (claims files carry each source's terms) groups and compares as one run does.
func TestStories(t *testing.T) {
	dir := writeCorpus(t, 60)
	auto := Compare([]string{dir}, Options{})
	stories := map[string]bool{}
	for _, s := range auto.Sources {
		require.NotEmpty(t, s.Story, "%s has no story", s.ID)
		stories[s.Story] = true
	}
	assert.Greater(t, len(stories), 5)
	want := reportJSON(t, auto)
	n, across := conflictsAcross(auto)
	assert.Zero(t, across)

	one := Compare([]string{dir}, Options{Stories: StoriesOne})
	for _, s := range one.Sources {
		assert.Empty(t, s.Story)
	}
	m, _ := conflictsAcross(one)
	assert.Greater(t, m, n, "one story: conflicts across stories too")

	// sharded: three claims files, interleaved
	files := inputFiles(t, dir)
	out := t.TempDir()
	var claimFiles []string
	for k := 0; k < 3; k++ {
		var part []string
		for i := k; i < len(files); i += 3 {
			part = append(part, files[i])
		}
		ex := Extract(part, Options{DropText: true})
		var b bytes.Buffer
		require.NoError(t, claimsio.Write(&b, ex.Sources(), ex.Claims, ex.Errors))
		p := filepath.Join(out, fmt.Sprintf("shard-%d.jsonl", k))
		require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
		claimFiles = append(claimFiles, p)
	}
	rep, err := CompareClaims(claimFiles, nil, Options{})
	require.NoError(t, err)
	assert.Equal(t, want, reportJSON(t, rep))
	require.Equal(t, len(auto.Sources), len(rep.Sources))
	for i := range rep.Sources {
		assert.Equal(t, auto.Sources[i].Story, rep.Sources[i].Story, rep.Sources[i].ID)
	}
	whole := Report(Extract([]string{dir}, Options{}), Options{})
	assert.Equal(t, want, reportJSON(t, whole))
}

// TestOneStoryFolders: every fixture case folder and the seeds are one story each (a folder
// about one story compares as it always did).
func TestOneStoryFolders(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "cases", "*"))
	require.NoError(t, err)
	dirs = append(dirs, filepath.Join("..", "fixtures", "seeds"))
	for _, dir := range dirs {
		if filepath.Base(dir) == "two-stories" {
			continue
		}
		rep := Compare([]string{dir}, Options{})
		for _, s := range rep.Sources {
			assert.Empty(t, s.Story, "%s: %s put in a story of its own", dir, s.ID)
		}
	}
	rep := Compare([]string{filepath.Join("..", "fixtures", "cases", "two-stories")}, Options{})
	got := map[string]string{}
	for _, s := range rep.Sources {
		got[s.ID] = s.Story
	}
	assert.Equal(t, map[string]string{
		"cusco-agency": "cusco-agency", "cusco-radio": "cusco-agency",
		"piura-daily": "piura-daily", "piura-wire": "piura-daily",
	}, got)
}

func TestParseStories(t *testing.T) {
	for in, want := range map[string]string{"": StoriesAuto, "auto": StoriesAuto, "one": StoriesOne} {
		got, err := ParseStories(in)
		assert.NoError(t, err)
		assert.Equal(t, want, got)
	}
	_, err := ParseStories("many")
	assert.Error(t, err)
}
