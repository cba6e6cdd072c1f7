package compare

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestPartyClasses: which of a group's owner contexts name one party.
func TestPartyClasses(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		same  [][2]string // pairs that meet
		apart [][2]string // pairs that stay apart
	}{
		{"short name leads the full one", []string{"Nordvik", "Nordvik Motors"}, [][2]string{{"Nordvik", "Nordvik Motors"}}, nil},
		{"trade name and company", []string{"Brightwater", "Brightwater Dairies"}, [][2]string{{"Brightwater", "Brightwater Dairies"}}, nil},
		{"leading the", []string{"BBC", "the BBC"}, [][2]string{{"BBC", "the BBC"}}, nil},
		{"corporate suffix", []string{"Siemens", "Siemens AG"}, [][2]string{{"Siemens", "Siemens AG"}}, nil},
		{"suffix with a dot", []string{"Acme", "Acme Corp."}, [][2]string{{"Acme", "Acme Corp."}}, nil},
		{"two suffixes", []string{"Halvorsen Holdings plc", "Halvorsen"}, [][2]string{{"Halvorsen", "Halvorsen Holdings plc"}}, nil},
		{"case folded", []string{"NORDVIK", "Nordvik Motors"}, [][2]string{{"NORDVIK", "Nordvik Motors"}}, nil},
		{"a fire named two ways", []string{"Carr", "Carr Creek"}, [][2]string{{"Carr", "Carr Creek"}}, nil},
		{"a chain meets", []string{"Nordvik", "Nordvik Motors", "Nordvik Motors Finance"},
			[][2]string{{"Nordvik", "Nordvik Motors"}, {"Nordvik", "Nordvik Motors Finance"}}, nil},
		{"ambiguous short name stays alone", []string{"Nordvik", "Nordvik Motors", "Nordvik Energy"}, nil,
			[][2]string{{"Nordvik", "Nordvik Motors"}, {"Nordvik", "Nordvik Energy"}, {"Nordvik Motors", "Nordvik Energy"}}},
		{"same words meet even when the short name is ambiguous", []string{"Nordvik", "Nordvik AG", "Nordvik Motors", "Nordvik Energy"},
			[][2]string{{"Nordvik", "Nordvik AG"}}, [][2]string{{"Nordvik", "Nordvik Motors"}, {"Nordvik AG", "Nordvik Energy"}}},
		{"different companies", []string{"Siemens", "Bosch"}, nil, [][2]string{{"Siemens", "Bosch"}}},
		{"a trailing word is not a leading part", []string{"Motors", "Nordvik Motors"}, nil, [][2]string{{"Motors", "Nordvik Motors"}}},
		{"a word's leading letters are not a word", []string{"Nord", "Nordvik"}, nil, [][2]string{{"Nord", "Nordvik"}}},
		{"surname is not a leading part of the full name", []string{"Larsen", "Piet Larsen"}, nil, [][2]string{{"Larsen", "Piet Larsen"}}},
		{"event kinds never meet", []string{"attack", "fire", "explosion"}, nil, [][2]string{{"attack", "fire"}, {"fire", "explosion"}}},
		{"a suffix alone is a name", []string{"Group", "combined group"}, nil, [][2]string{{"Group", "combined group"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cls := partyClasses(tt.names)
			require.Len(t, cls, len(tt.names))
			for _, p := range tt.same {
				assert.Equal(t, cls[p[0]], cls[p[1]], "%q and %q should meet", p[0], p[1])
			}
			for _, p := range tt.apart {
				assert.NotEqual(t, cls[p[0]], cls[p[1]], "%q and %q should stay apart", p[0], p[1])
			}
		})
	}
}

// owned is a jobs-cut figure of one source, owned by ctx.
func owned(src, ctx string, v float64) model.Claim {
	return model.Claim{
		Type: model.TypeQuantity, Kind: "count", Key: "quantity|count|job|jobs|cut||", Subject: "jobs cut",
		Source: src, Value: fmt.Sprint(v), Context: ctx, Quantity: &model.Quantity{Interval: model.Exact(v), Unit: "jobs"},
	}
}

// kinds is the findings' kinds with their claims' contexts, in order.
func kinds(fs []model.Finding) []string {
	var out []string
	for _, f := range fs {
		s := string(f.Kind)
		for _, c := range f.Claims {
			s += " " + c.Context
		}
		out = append(out, s)
	}
	return out
}

// TestOnePartyNamedTwoWays: figures of one company named two ways by two outlets conflict (or
// agree); two companies sharing a leading word keep their figures apart.
func TestOnePartyNamedTwoWays(t *testing.T) {
	srcs := []model.Source{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	tests := []struct {
		name   string
		claims []model.Claim
		want   []string
	}{
		{"short and full name disagree", []model.Claim{owned("a", "Nordvik", 2100), owned("b", "Nordvik Motors", 2400)},
			[]string{"conflict Nordvik Nordvik Motors"}},
		{"short and full name agree", []model.Claim{owned("a", "Siemens", 6900), owned("b", "Siemens AG", 6900)},
			[]string{"corroborated Siemens Siemens AG"}},
		{"a figure without an owner joins the one party", []model.Claim{owned("a", "the BBC", 500), owned("b", "BBC", 500), owned("c", "", 450)},
			[]string{"conflict the BBC BBC "}},
		{"two companies stay apart", []model.Claim{owned("a", "Nordvik Motors", 2100), owned("b", "Nordvik Energy", 2400)},
			[]string{"single-source Nordvik Energy", "single-source Nordvik Motors"}},
		{"an ambiguous short name stays apart", []model.Claim{owned("a", "Nordvik", 900), owned("b", "Nordvik Motors", 2100), owned("c", "Nordvik Energy", 2400)},
			[]string{"single-source Nordvik", "single-source Nordvik Energy", "single-source Nordvik Motors"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, kinds(Compare(srcs, tt.claims, Options{})))
		})
	}
}

// TestDateContextsNeverMeetAsParties: other claims' contexts are discriminators, matched whole.
func TestDateContextsNeverMeetAsParties(t *testing.T) {
	cs := []*model.Claim{
		{Type: model.TypeDate, Source: "a", Context: "recent"},
		{Type: model.TypeDate, Source: "b", Context: "recent past"},
	}
	assert.Len(t, splitByContext(cs, nil), 2)
}

// TestAnyConflictIsPairwiseWithParties: the fast answer equals the pair-by-pair definition when
// owners are named several ways (one party: splitByContext's groups).
func TestAnyConflictIsPairwiseWithParties(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	ctxs := []string{"", "Nordvik", "Nordvik Motors", "the Nordvik Group", "Nordvik Motors AG"}
	seen := map[bool]int{}
	for k := 0; k < 4000; k++ {
		cs := randomQuantity(r, 8+r.IntN(12))
		for i := range cs {
			cs[i].Type = model.TypeQuantity
			cs[i].Context = ctxs[r.IntN(len(ctxs))]
		}
		ps := ptrs(cs)
		want := pairwiseConflict(ps, 0)
		seen[want]++
		require.Equal(t, want, anyConflict(ps, 0), "case %d", k)
	}
	assert.Positive(t, seen[true])
	assert.Positive(t, seen[false])
}

// TestPartyClassesIsPairwise: the sorted matching equals the definition, pair by pair, on random
// sets of names made of few words.
func TestPartyClassesIsPairwise(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	vocab := []string{"Nordvik", "Motors", "Energy", "AG", "the", "Group", "Nord", "Bank"}
	for k := 0; k < 3000; k++ {
		seen := map[string]bool{}
		var names []string
		for range 2 + r.IntN(6) {
			var ws []string
			for range 1 + r.IntN(3) {
				ws = append(ws, vocab[r.IntN(len(vocab))])
			}
			if n := strings.Join(ws, " "); !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		sort.Strings(names)
		got := partyClasses(names)
		want := pairwiseParties(names)
		for _, a := range names {
			for _, b := range names {
				require.Equal(t, want[a] == want[b], got[a] == got[b], "%q %q in %q", a, b, names)
			}
		}
	}
}

// pairwiseParties is the definition: names of the same words meet; a name meets the longer
// names it leads when those lead one another.
func pairwiseParties(names []string) map[string]string {
	ws := make([][]string, len(names))
	for i, n := range names {
		ws[i] = partyWords(n)
	}
	class := make([]int, len(names))
	for i := range class {
		class[i] = i
	}
	join := func(a, b int) {
		from, to := class[b], class[a]
		for i := range class {
			if class[i] == from {
				class[i] = to
			}
		}
	}
	for i := range names {
		var longer []int
		for j := range names {
			if leads(ws[i], ws[j]) {
				if len(ws[j]) == len(ws[i]) {
					join(i, j)
				} else {
					longer = append(longer, j)
				}
			}
		}
		chain := true
		for _, a := range longer {
			for _, b := range longer {
				chain = chain && (leads(ws[a], ws[b]) || leads(ws[b], ws[a]))
			}
		}
		if chain {
			for _, j := range longer {
				join(i, j)
			}
		}
	}
	out := map[string]string{}
	for i, n := range names {
		out[n] = fmt.Sprint(class[i])
	}
	return out
}

func TestOneNamePerParty(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"Nordvik", "Nordvik Motors"}, []string{"Nordvik Motors"}},
		{[]string{"Nordvik", "Nordvik Energy", "Nordvik Motors"}, []string{"Nordvik", "Nordvik Energy", "Nordvik Motors"}},
		{[]string{"Brightwater", "company"}, []string{"Brightwater", "company"}},
		{[]string{"Larsen", "Piet Larsen"}, []string{"Larsen", "Piet Larsen"}},
		{[]string{"police"}, []string{"police"}},
	} {
		assert.Equal(t, tt.want, oneNamePerParty(tt.in), "%v", tt.in)
	}
}
