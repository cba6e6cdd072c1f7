package extract

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestStemArena checks Doc.withComplement and Doc.stems against the slices they stand for, and
// that slices handed out stay as they were while more are taken and appended to.
func TestStemArena(t *testing.T) {
	d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: "Nothing here."}, Options{})
	parts := [][]string{nil, {"a"}, {"a", "b"}, {"a", "b", "c"}}
	type kept struct{ got, want []string }
	var all []kept
	for _, h := range parts {
		for _, c := range parts {
			got, want := d.withComplement(h, c), withComplement(h, c)
			if !slices.Equal(got, want) || cap(got) != len(got) {
				t.Errorf("Doc.withComplement(%q, %q) = %q (cap %d), want %q", h, c, got, cap(got), want)
			}
			all = append(all, kept{got, want})
			s := d.stems(1, []string{"share"}, h)
			s = append(s, "x") // the room is its own
			want2 := append(append([]string{"share"}, h...), "x")
			all = append(all, kept{s, want2})
		}
	}
	for _, k := range all {
		if !slices.Equal(k.got, k.want) {
			t.Errorf("a slice handed out changed to %q, want %q", k.got, k.want)
		}
	}
	var nd *Doc
	if got := nd.stems(0, []string{"a"}, []string{"b"}); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("(*Doc)(nil).stems = %q", got)
	}
}
