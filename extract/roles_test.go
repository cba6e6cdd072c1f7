package extract_test

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// kindSignatures extracts one text and returns the signatures of the claims of the given kinds, sorted,
// checking on the way that every claim's evidence and value spans point into the text.
func kindSignatures(t *testing.T, text string, kinds ...string) []string {
	t.Helper()
	a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: text}
	want := map[string]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	out := []string{}
	for _, c := range extract.Extract(a, extract.Options{}) {
		require.Equal(t, text[c.Evidence.Start:c.Evidence.End], c.Text, "evidence span of %s", extract.Signature(c))
		require.True(t, c.Evidence.Contains(c.ValueSpan), "value inside evidence: %s", extract.Signature(c))
		if want[c.Kind] {
			out = append(out, extract.Signature(c))
		}
	}
	sort.Strings(out)
	return out
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title before name", "US Ambassador to NATO Matthew Whitaker stated that talks would go on.",
			[]string{"role: Matthew Whitaker = permanent representative to nato (us)"}},
		{"appositive", "Matthew Whitaker, US Permanent Representative to NATO, arrived in Kyiv.",
			[]string{"role: Matthew Whitaker = permanent representative to nato (us)"}},
		{"possessive country", "He met Ukraine's Defense Minister Denys Shmyhal.",
			[]string{"role: Denys Shmyhal = defence minister (ukraine)"}},
		{"title, comma, name", "The acting US envoy to the UN, John Kelley, confirmed the timetable.",
			[]string{"role: John Kelley = envoy to un (us)"}},
		{"vague head with a body", "Admiral Giuseppe Cavo Dragone, head of NATO's Military Committee, spoke.",
			[]string{"role: Giuseppe Cavo Dragone = military committee head (nato)"}},
		{"rank is not a post", "Col. David Butler, an Army spokesperson, declined to comment.",
			[]string{"role: David Butler = army spokesperson"}},
		{"word order", "US Secretary of the Army Dan Driscoll met troops; later US Army Secretary Dan Driscoll flew home.",
			[]string{"role: Dan Driscoll = army secretary (us)"}},
		{"surname after the full name", "Foreign Minister Andrii Sybiha spoke first. Later, Interior Minister Sybiha left.",
			[]string{"role: Andrii Sybiha = foreign minister", "role: Andrii Sybiha = interior minister"}},
		{"a bare title adds nothing to a full one", "Ukrainian President Volodymyr Zelensky spoke. President Zelensky then left.",
			[]string{"role: Volodymyr Zelensky = president (ukraine)"}},
		{"former", "Former Prime Minister Boris Johnson weighed in.",
			[]string{"role: Boris Johnson = former prime minister"}},
		{"owner's possessive is no qualifier", "US President Donald Trump's special envoy, Steve Witkoff, will travel.",
			[]string{"role: Donald Trump = president (us)", "role: Steve Witkoff = special envoy"}},
		{"headline in Title Case", "US NATO Representative Urges Zelensky to End Conflict", []string{}},
		{"plural title", "Presidents Trump and Putin spoke by phone.", []string{}},
		{"no name", "The minister said the president would decide.", []string{}},
		{"participle is no title", "Peskov, speaking to reporters, said nothing new.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kindSignatures(t, tt.text, "role"))
		})
	}
}

func TestRoleClaimShape(t *testing.T) {
	text := "Talks were led by Ukraine's Defense Minister Denys Shmyhal."
	a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: text}
	var roles []model.Claim
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Type == model.TypeRole {
			roles = append(roles, c)
		}
	}
	require.Len(t, roles, 1)
	c := roles[0]
	assert.Equal(t, "role", c.Kind)
	assert.Equal(t, "role|denys shmyhal", c.Key)
	assert.Equal(t, "Ukraine's Defense Minister", c.Value)
	assert.Equal(t, c.Value, text[c.ValueSpan.Start:c.ValueSpan.End])
	assert.Equal(t, &model.Role{Person: "Denys Shmyhal", Title: "Ukraine's Defense Minister", Post: "defence minister (ukraine)"}, c.Role)
}

func TestRolesWithExtraTitles(t *testing.T) {
	text := "Chief Constable Mark Roberts said the inquiry would continue."
	ext, err := normalize.DefaultTitles().WithEquivalences([]string{"police chief = chief constable"}, "test")
	require.NoError(t, err)
	a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: text}
	var got []string
	for _, c := range extract.Extract(a, extract.Options{Titles: ext}) {
		if c.Type == model.TypeRole {
			got = append(got, extract.Signature(c))
		}
	}
	assert.Equal(t, []string{"role: Mark Roberts = police chief"}, got)
}
