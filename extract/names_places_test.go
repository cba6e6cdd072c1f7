package extract

import (
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// dominantPlaceSlow is dominantPlace as it was: a map of counts, sorted.
func (d *Doc) dominantPlaceSlow() string {
	count := map[string]int{}
	for i := range d.Sentences {
		for _, p := range d.places(&d.Sentences[i]) {
			count[p.Name]++
		}
	}
	dateline := d.datelinePlace()
	if dateline != "" {
		count[dateline]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range count {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		if (kvs[i].k == dateline) != (kvs[j].k == dateline) {
			return kvs[i].k == dateline
		}
		return kvs[i].k < kvs[j].k
	})
	if len(kvs) == 0 || len(kvs) > 1 && kvs[1].v == kvs[0].v && kvs[0].k != dateline {
		return ""
	}
	return kvs[0].k
}

// TestDominantPlaceAsSlow checks dominantPlace and the per-sentence places against the map-and-sort
// reading and findPlaces, on the generated corpus and on articles naming many places.
func TestDominantPlaceAsSlow(t *testing.T) {
	arts, _ := benchArticles()
	many := ""
	for i := 0; i < 40; i++ {
		many += "Shelling hit Town" + string(rune('A'+i%26)) + string(rune('a'+i/26)) + " and struck Kharkiv. "
	}
	arts = append(arts, &model.Article{Text: many}, &model.Article{Text: "Rain fell in Lviv. Snow fell in Odesa."},
		&model.Article{Text: "ODESA, Ukraine (AP) — Rain fell in Lviv. Snow fell in Odesa."},
		&model.Article{Text: "KYIV (Reuters) - Rain fell in Lviv. Snow fell in Odesa."},
		&model.Article{Text: "KYIV (Reuters) - Rain fell in Lviv. Snow fell in Lviv and Odesa."})
	if d := Prepare(&model.Article{Text: many}, Options{}); d.dominantPlace() != "Kharkiv" {
		t.Fatalf("many places: dominant %q, want Kharkiv", d.dominantPlace())
	}
	for _, a := range arts {
		d := Prepare(a, Options{})
		if got, want := d.dominantPlace(), d.dominantPlaceSlow(); got != want {
			t.Fatalf("%s: dominantPlace %q, want %q", a.ID, got, want)
		}
		last := ""
		for i := range d.Sentences {
			want := d.findPlaces(&d.Sentences[i], last)
			got := d.places(&d.Sentences[i])
			if len(got) != len(want) {
				t.Fatalf("sentence %d: places %v, want %v", i, got, want)
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("sentence %d: places %v, want %v", i, got, want)
				}
			}
			if len(want) > 0 {
				last = want[len(want)-1].Name
			}
		}
	}
}
