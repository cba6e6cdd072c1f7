package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

// storyFindings extracts the quantity claims of texts, each its own source published on
// 2026-03-10, and returns the conflicts and corroborations the comparator finds among them.
func storyFindings(t *testing.T, texts ...string) (conflicts, agreed []model.Finding) {
	t.Helper()
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	var srcs []model.Source
	var all []model.Claim
	for i, text := range texts {
		a := &model.Article{Source: model.Source{ID: string(rune('a' + i)), Published: &pub}, Format: "text", Text: text}
		srcs = append(srcs, a.Source)
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Type == model.TypeQuantity {
				all = append(all, c)
			}
		}
	}
	for _, f := range compare.Compare(srcs, all, compare.Options{}) {
		switch f.Kind {
		case model.KindConflict:
			conflicts = append(conflicts, f)
		case model.KindCorroborated:
			agreed = append(agreed, f)
		}
	}
	return conflicts, agreed
}

// TestPlannedFigureDeadlines: a deadline ("by 2027", "by the end of 2027", "before 2030") is no
// period of the figure. A figure stated without it meets the one deadline its story gives; the
// steps of one plan, a past event and a report that gives both figures stay apart.
func TestPlannedFigureDeadlines(t *testing.T) {
	tests := []struct {
		name              string
		texts             []string
		conflicts, agreed int
	}{
		{"deadline and no deadline meet", []string{
			"The carmaker will cut 2,400 jobs by the end of 2027, the company said.",
			"The carmaker will cut 1,800 jobs, executives confirmed."}, 1, 0},
		{"by and the same figure without it agree", []string{
			"The carmaker will cut 2,400 jobs by 2027.",
			"The carmaker is to cut 2,400 jobs."}, 0, 1},
		{"before a future year is a deadline", []string{
			"The bank will shed 900 positions before 2030.",
			"The bank will cut 1,100 positions."}, 1, 0},
		{"a headline verb keys like cut", []string{
			"Carmaker to shed 2,400 jobs",
			"The carmaker will cut 1,800 jobs by 2027."}, 1, 0},
		{"two steps of one plan are no rivals", []string{
			"The carmaker will cut 1,800 jobs by 2027 and 2,400 jobs by 2029.",
			"The carmaker will cut 2,400 jobs by 2029.",
			"The carmaker will cut 1,800 jobs by 2027, a spokesman said."}, 0, 2},
		{"two deadlines: a figure without one meets neither", []string{
			"The carmaker will cut 1,800 jobs by 2027 and 2,400 jobs by 2029.",
			"The carmaker will cut 3,000 jobs."}, 0, 0},
		{"a source that gives the deadline states another figure without it", []string{
			"The carmaker has cut 1,000 jobs and will cut 2,400 jobs by 2028.",
			"The carmaker will cut 2,400 jobs by 2028."}, 0, 1},
		{"a source that gives two figures without a deadline: neither takes it", []string{
			"The carmaker has already cut 1,000 jobs and will cut 2,400 jobs.",
			"The carmaker will cut 2,400 jobs by 2028."}, 0, 0},
		{"one source's figure without a deadline, told twice", []string{
			"The carmaker will cut 1,800 jobs. The 1,800 jobs will be cut at two plants.",
			"The carmaker will cut 2,400 jobs by 2028."}, 1, 0},
		{"a past year is another event", []string{
			"The carmaker cut 1,000 jobs in 2024.",
			"The carmaker will cut 2,400 jobs by 2027."}, 0, 0},
		{"a past deadline is no plan", []string{
			"The carmaker had cut 1,000 jobs by 2020.",
			"The carmaker will cut 2,400 jobs."}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conflicts, agreed := storyFindings(t, tt.texts...)
			assert.Len(t, conflicts, tt.conflicts, "conflicts: %+v", conflicts)
			assert.Len(t, agreed, tt.agreed, "corroborated: %+v", agreed)
		})
	}
}

// TestPastElectionShares: an earlier election's vote share is keyed by its year however the year
// is written ("In the 2022 election", "in 2022"), and its winner's name is written as a party's
// is, so that "the Labour Party" meets "Labour" and different parties never meet.
func TestPastElectionShares(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		conflicts int
	}{
		{"the year of the election and the party's two names", []string{
			"In the 2022 election, the Labour Party won 34% of the vote.",
			"Labour won 31% of the vote in 2022."}, 1},
		{"different parties never meet", []string{
			"In the 2022 election, the Conservatives won 40% of the vote.",
			"Labour won 31% of the vote in 2022."}, 0},
		{"an unowned share with two parties in sight meets neither", []string{
			"In the 2022 election, the Conservatives won 40% of the vote.",
			"Labour won 31% of the vote in 2022.",
			"In the 2022 election, the party won 35% of the vote."}, 0},
		{"took and won are one share", []string{
			"The Labour Party took 34% of the vote in the 2022 election.",
			"In 2022, Labour won 31% of the vote."}, 1},
		{"different elections never meet", []string{
			"In the 2019 election, the Labour Party won 32% of the vote.",
			"Labour won 34% of the vote in 2022."}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conflicts, _ := storyFindings(t, tt.texts...)
			assert.Len(t, conflicts, tt.conflicts, "conflicts: %+v", conflicts)
		})
	}
}

// TestPossessorNames: a possessor is its whole name ("the European Union's" is "European Union",
// not "Union"), and a subject's name stops at the possessor before it ("Germany's Siemens" is
// Siemens); a headline's capitalised common noun ("Carmaker to shed") is no owner.
func TestPossessorNames(t *testing.T) {
	key := func(text, kind string) model.Claim {
		cs := claimsOf(t, "a", text, kind)
		if assert.Len(t, cs, 1, text) {
			return cs[0]
		}
		return model.Claim{}
	}
	assert.Contains(t, key("The European Union's budget rose to €200 billion.", "money").Key, "|european union|")
	assert.Contains(t, key("The European Union's €50 billion facility was approved.", "money").Key, "|european union|")
	assert.Contains(t, key("About 40% of the European Union's budget goes to farming.", "percent").Key, "|share budget goe|percent|european union|")
	assert.Contains(t, key("Nearly 30% of the city's hotels were closed.", "percent").Key, "|percent|city|")
	// a person's possessive is the surname, as other reports write it (and the aliases complete)
	assert.Equal(t, key("Prime Minister Keir Starmer's $5 billion plan was approved.", "money").Key, key("Starmer's $5 billion plan was approved.", "money").Key)
	assert.Contains(t, key("Governor Ana Ruiz's $5 billion plan was approved.", "money").Key, "|ruiz|")
	assert.Contains(t, key("The World Bank's $5 billion loan was approved.", "money").Key, "|world bank|")
	assert.Equal(t, key("The EU's €50 billion facility was approved.", "money").Key, key("The European Union's €50 billion facility was approved.", "money").Key)
	assert.Equal(t, "Siemens", key("Germany's Siemens will cut 1,200 jobs.", "count").Context)
	assert.Equal(t, "Siemens", key("Siemens will cut 1,200 jobs.", "count").Context)
	assert.Equal(t, "", key("Carmaker to shed 2,400 jobs", "count").Context)
	assert.Equal(t, "Ford", key("Ford to shed 2,400 jobs", "count").Context)
}

// TestDeadlineKeys: what the key holds for each deadline wording.
func TestDeadlineKeys(t *testing.T) {
	pub := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, period string }{
		{"The carmaker will cut 2,400 jobs by 2027.", "|by 2027"},
		{"The carmaker will cut 2,400 jobs by the end of 2027.", "|by 2027"},
		{"The carmaker will cut 2,400 jobs by early 2027.", "|by 2027"},
		{"The carmaker will cut 2,400 jobs before 2030.", "|by 2030"},
		{"The carmaker will cut 2,400 jobs by the end of 2026.", "|by 2026"},
		{"The carmaker had cut 1,000 jobs by 2020.", "|2020"},
		{"About 37% of homes in the region were built before 2003.", "|before 2003"},
		{"The carmaker cut 1,000 jobs in 2024.", "|2024"},
		{"The carmaker cut 1,000 jobs by 2027 at the latest.", "|by 2027"},
		{"Insurers paid $5 million in the 2000 homes.", "||"},
		{"In the 2022 election, Labour won 34% of the vote.", "|2022"},
		{"During the 2023 season, the club sold 30,000 tickets.", "|2023"},
	}
	for _, tt := range tests {
		a := &model.Article{Source: model.Source{ID: "a", Published: &pub}, Format: "text", Text: tt.text}
		var keys []string
		for _, c := range extract.Extract(a, extract.Options{}) {
			if c.Type == model.TypeQuantity {
				keys = append(keys, c.Key)
			}
		}
		if assert.Len(t, keys, 1, tt.text) {
			assert.True(t, strings.HasSuffix(keys[0], tt.period), "%q: key %q, want it to end in %q", tt.text, keys[0], tt.period)
		}
	}
}

// TestJobCutVerbs: the verbs and nouns of a job cut that reporters use for one figure key alike.
func TestJobCutVerbs(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "count", text) }
	same := [][2]string{
		{"Ford will cut 2,400 jobs.", "Carmaker to shed 2,400 jobs"},
		{"Ford will cut 2,400 jobs.", "Ford to axe 2,400 jobs."},
		{"Ford will cut 2,400 jobs.", "Ford trims 2,400 jobs."},
		{"Ford will cut 2,400 workers.", "Ford to lay off 2,400 workers."},
		{"Ford will cut 2,400 workers.", "Ford laid off 2,400 workers."},
		{"Ford will cut 2,400 workers.", "Ford lays off 2,400 workers."},
	}
	for _, p := range same {
		assert.Equal(t, keyOf(p[0]), keyOf(p[1]), "%q and %q", p[0], p[1])
	}
	differ := [][2]string{
		{"Ford will cut 2,400 jobs.", "Ford will create 2,400 jobs."},
		{"Ford will cut 2,400 jobs.", "Ford will cut 2,400 workers."},
	}
	for _, p := range differ {
		assert.NotEqual(t, keyOf(p[0]), keyOf(p[1]), "%q and %q", p[0], p[1])
	}
}
