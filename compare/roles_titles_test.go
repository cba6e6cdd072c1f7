package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// titleListMap is titleList as it was written, with a map of titles and fmt.
func titleListMap(cs []*model.Claim) string {
	var order []string
	srcs := map[string][]string{}
	for _, c := range cs {
		v := c.Value
		if _, ok := srcs[v]; !ok {
			order = append(order, v)
		}
		if !contains(srcs[v], c.Source) {
			srcs[v] = append(srcs[v], c.Source)
		}
	}
	parts := make([]string, len(order))
	for i, v := range order {
		parts[i] = fmt.Sprintf("%s (%s)", v, strings.Join(srcs[v], ", "))
	}
	return strings.Join(parts, "; ")
}

func FuzzTitleList(f *testing.F) {
	f.Add("US Army Secretary|003|US Secretary of the Army|004|US Army Secretary|005|US Army Secretary|003")
	f.Add("|a||b|x|")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Split(s, "|")
		var cs []*model.Claim
		for k := 0; k+1 < len(fs); k += 2 {
			cs = append(cs, &model.Claim{Value: fs[k], Source: fs[k+1]})
		}
		if got, want := titleList(cs), titleListMap(cs); got != want {
			t.Fatalf("titleList(%q) = %q, want %q", s, got, want)
		}
	})
}
