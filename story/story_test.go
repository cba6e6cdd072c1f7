package story

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// src is a source with its terms, the most mentioned first ("a b c").
func src(id, terms string) model.Source {
	return model.Source{ID: id, Terms: strings.Fields(strings.ReplaceAll(terms, "_", " "))}
}

// groups renders Assign's result as "a b | c d": each story's sources, stories by first source.
func groups(srcs []model.Source) string {
	ids := Assign(srcs)
	var order []string
	by := map[string][]string{}
	for i, s := range srcs {
		if strings.HasPrefix(s.ID, "zz") {
			continue
		}
		if _, ok := by[ids[i]]; !ok {
			order = append(order, ids[i])
		}
		by[ids[i]] = append(by[ids[i]], s.ID)
	}
	var parts []string
	for _, id := range order {
		parts = append(parts, strings.Join(by[id], " "))
	}
	return strings.Join(parts, " | ")
}

// large makes a run too large for mergeOnAnyName: srcs and stories of two articles each about
// towns of their own (ids "zz…", left out by groups).
func large(srcs ...model.Source) []model.Source {
	for k := 0; len(srcs) <= smallRun; k++ {
		town := fmt.Sprintf("town%d", k)
		srcs = append(srcs, src(fmt.Sprintf("zz%02da", k), town), src(fmt.Sprintf("zz%02db", k), town))
	}
	return srcs
}

func TestAssign(t *testing.T) {
	tests := []struct {
		name string
		srcs []model.Source
		want string
	}{
		{"two stories sharing a country, not a town, stay apart", []model.Source{
			src("a1", "veltarova peru ana_torres"), src("a2", "veltarova peru ana_torres"),
			src("b1", "morkorport peru li_wei"), src("b2", "morkorport li_wei peru"),
		}, "a1 a2 | b1 b2"},
		{"in a large run, a country and a common surname shared are not enough", large(
			src("a1", "lembranburg marek_demir philippines"), src("a2", "lembranburg marek_demir philippines"),
			src("b1", "dorrilova marek_demir philippines"), src("b2", "dorrilova philippines marek_demir"),
		), "a1 a2 | b1 b2"},
		{"in a small run, a name shared but a country's makes one story", []model.Source{
			src("a1", "lembranburg marek_demir philippines"), src("a2", "lembranburg marek_demir philippines"),
			src("b1", "dorrilova marek_demir philippines"), src("b2", "dorrilova philippines marek_demir"),
		}, "a1 a2 b1 b2"},
		{"one story spelling Kiev and Kyiv (one key: extraction resolves aliases) stays one", []model.Source{
			src("a", "kyiv volodymyr_zelensky"), src("b", "kyiv"), src("c", "kyiv ukraine"),
		}, "a b c"},
		{"five articles sharing one term are one story", []model.Source{
			src("a", "ternopil"), src("b", "ternopil lviv"), src("c", "ternopil ukraine"),
			src("d", "ternopil"), src("e", "ternopil kyiv"),
		}, "a b c d e"},
		{"an article naming only a shared person joins the one story", []model.Source{
			src("a", "ternopil ukraine dan_driscoll"), src("b", "ternopil ukraine"), src("c", "ternopil ukraine"),
			src("d", "ternopil ukraine"), src("e", "dan_driscoll"),
		}, "a b c d e"},
		{"an article whose names point to one story of several joins it", []model.Source{
			src("a1", "veltarova peru ana_torres"), src("a2", "veltarova peru ana_torres"),
			src("b1", "morkorport chile li_wei"), src("b2", "morkorport li_wei chile"),
			src("a3", "ana_torres lima_airport kenya_airways"),
		}, "a1 a2 a3 | b1 b2"},
		{"an article whose names point to two stories stands alone", []model.Source{
			src("a1", "veltarova peru ana_torres"), src("a2", "veltarova peru ana_torres"),
			src("b1", "morkorport chile li_wei"), src("b2", "morkorport li_wei chile"),
			src("x", "chile peru lima_airport"),
		}, "a1 a2 | b1 b2 | x"},
		{"one story from two sides: a name one side is most about, named by the other, joins them", large(
			src("a1", "ternopil vyacheslav_nehoda serhiy_nadal"), src("a2", "vyacheslav_nehoda serhiy_nadal ternopil"),
			src("b1", "volodymyr_zelensky mark_rutte kyiv ternopil"), src("b2", "mark_rutte kyiv volodymyr_zelensky"),
		), "a1 a2 b1 b2"},
		{"in a large run, a country most mentioned joins nothing", large(
			src("a1", "peru piura luis_neyra"), src("a2", "piura peru luis_neyra"),
			src("b1", "cusco rosa_quispe peru"), src("b2", "cusco rosa_quispe"),
		), "a1 a2 | b1 b2"},
		{"a name of three stories is the day's news, not one story's: it joins nothing", large(
			src("a1", "volodymyr_zelensky kyiv mark_rutte nato"), src("a2", "volodymyr_zelensky kyiv mark_rutte nato"),
			src("b1", "ternopil vyacheslav_nehoda volodymyr_zelensky"), src("b2", "ternopil vyacheslav_nehoda"),
			src("c1", "odesa oleh_kiper volodymyr_zelensky"), src("c2", "odesa oleh_kiper"),
		), "a1 a2 | b1 b2 | c1 c2"},
		{"articles with a name of their own each still link on a shared town", []model.Source{
			src("a", "harwick river_aire"), src("b", "harwick jo_kent"), src("c", "harwick"),
		}, "a b c"},
		{"nothing links: the run is one story", []model.Source{
			src("a", "winston_salem"), src("b", "carolina"), src("c", ""),
		}, "a b c"},
		{"no terms at all (an older claims file): one story", []model.Source{
			{ID: "a"}, {ID: "b"},
		}, "a b"},
		{"one source", []model.Source{src("a", "x")}, "a"},
		{"the story id is the smallest source id", []model.Source{
			src("z", "veltarova peru"), src("m", "veltarova peru"),
			src("y", "targalport chile"), src("b", "targalport chile"),
		}, "z m | y b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(tt.srcs); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestAssignLargeOneStory: fifteen articles about one strike, each quoting people of its own,
// are one story: the town most of them are most about joins them, though their own names outweigh
// it in every pair.
func TestAssignLargeOneStory(t *testing.T) {
	var srcs []model.Source
	for i := 0; i < 15; i++ {
		terms := fmt.Sprintf("ternopil own%da own%db own%dc", i, i, i)
		switch {
		case i%2 == 1:
			terms = fmt.Sprintf("own%da ternopil own%db", i, i)
		case i == 4 || i == 6: // two pairs that link: two stories of several articles
			terms = "ternopil ihor_klymenko own4x"
		case i == 8 || i == 10:
			terms = "ternopil vyacheslav_nehoda own8x"
		}
		srcs = append(srcs, src(fmt.Sprintf("a%02d", i), terms))
	}
	for i, id := range Assign(srcs) {
		if id != "a00" {
			t.Errorf("%s is in story %s", srcs[i].ID, id)
		}
	}
}

func TestStoryIDs(t *testing.T) {
	ids := Assign([]model.Source{src("z", "veltarova peru"), src("m", "veltarova peru"), src("y", "targalport chile"), src("b", "targalport chile")})
	if want := "m m b b"; strings.Join(ids, " ") != want {
		t.Errorf("ids %v, want %s", ids, want)
	}
}

// corpus is stories of a few articles each: a town of their own, a country and a person drawn
// from small pools (many stories share them), and background names mentioned once.
func corpus(stories int, seed int64) []model.Source {
	r := rand.New(rand.NewSource(seed))
	var srcs []model.Source
	for s := 0; s < stories; s++ {
		town := fmt.Sprintf("town%d", s)
		country := fmt.Sprintf("country%d", r.Intn(30))
		person := fmt.Sprintf("person%d", r.Intn(40))
		for k := 0; k < 2+r.Intn(4); k++ {
			terms := []string{town, person, country}
			if r.Intn(3) == 0 {
				terms = append(terms, fmt.Sprintf("country%d", r.Intn(30)))
			}
			srcs = append(srcs, model.Source{ID: fmt.Sprintf("s%05d-%d", s, k), Terms: terms})
		}
	}
	return srcs
}

// TestAssignCorpus: every story of a generated corpus is found whole and alone.
func TestAssignCorpus(t *testing.T) {
	srcs := corpus(400, 1)
	ids := Assign(srcs)
	story := func(id string) string { return id[:6] }
	for i, s := range srcs {
		if ids[i] != story(s.ID)+"-0" {
			t.Fatalf("%s is in story %s", s.ID, ids[i])
		}
	}
}

// TestAssignDeterministic: the stories do not depend on the order of the sources.
func TestAssignDeterministic(t *testing.T) {
	srcs := corpus(200, 2)
	want := map[string]string{}
	for i, id := range Assign(srcs) {
		want[srcs[i].ID] = id
	}
	r := rand.New(rand.NewSource(3))
	for round := 0; round < 5; round++ {
		r.Shuffle(len(srcs), func(i, j int) { srcs[i], srcs[j] = srcs[j], srcs[i] })
		for i, id := range Assign(srcs) {
			if want[srcs[i].ID] != id {
				t.Fatalf("round %d: %s in %s, was %s", round, srcs[i].ID, id, want[srcs[i].ID])
			}
		}
	}
}

func BenchmarkAssign10k(b *testing.B) {
	srcs := corpus(2500, 4)
	b.ReportAllocs()
	for b.Loop() {
		Assign(srcs)
	}
}
