package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// role builds a role claim the way the extractor does, from a title as written.
func role(t *testing.T, src, person, title string) model.Claim {
	t.Helper()
	p, ok := normalize.DefaultTitles().Normalize(title)
	require.True(t, ok, title)
	return model.Claim{
		Type: model.TypeRole, Kind: "role", Source: src, Key: "role|" + normalize.Key(person),
		Subject: person + " · post", Measure: "role", Value: title,
		Role: &model.Role{Person: person, Title: title, Post: p.String()},
	}
}

func TestRoleFindings(t *testing.T) {
	type want struct {
		kind     model.Kind
		severity model.Severity
		sources  int
	}
	tests := []struct {
		name   string
		claims [][3]string // source, person, title
		want   []want
	}{
		{"one post under two names", [][3]string{
			{"000", "Matthew Whitaker", "US Permanent Representative to NATO"},
			{"001", "Matthew Whitaker", "US Ambassador to NATO"},
			{"002", "Matthew Whitaker", "US Ambassador to NATO"},
		}, []want{{model.KindCorroborated, model.SeverityInfo, 3}}},
		{"word order", [][3]string{
			{"003", "Dan Driscoll", "US Army Secretary"},
			{"004", "Dan Driscoll", "US Secretary of the Army"},
		}, []want{{model.KindCorroborated, model.SeverityInfo, 2}}},
		{"two posts: a warning", [][3]string{
			{"a", "Ihor Klymenko", "Interior Minister"},
			{"b", "Ihor Klymenko", "Defence Minister"},
		}, []want{{model.KindConflict, model.SeverityWarning, 2}}},
		{"a less specific title", [][3]string{
			{"a", "Denys Shmyhal", "Ukraine's Defense Minister"},
			{"b", "Denys Shmyhal", "Minister"},
		}, []want{{model.KindCorroborated, model.SeverityInfo, 2}}},
		{"a former post is no current-post conflict", [][3]string{
			{"a", "Boris Johnson", "former Prime Minister"},
			{"b", "Boris Johnson", "Foreign Secretary"},
		}, []want{{model.KindSingle, model.SeverityInfo, 1}, {model.KindSingle, model.SeverityInfo, 1}}},
		{"an incoming post is no current-post conflict", [][3]string{
			{"a", "JD Vance", "Vice President-elect"},
			{"b", "JD Vance", "Senator"},
		}, []want{{model.KindSingle, model.SeverityInfo, 1}, {model.KindSingle, model.SeverityInfo, 1}}},
		{"a source giving both posts agrees with each", [][3]string{
			{"a", "Yulia Svyrydenko", "Prime Minister"},
			{"b", "Yulia Svyrydenko", "Prime Minister"},
			{"b", "Yulia Svyrydenko", "Economy Minister"},
		}, []want{{model.KindCorroborated, model.SeverityInfo, 2}, {model.KindSingle, model.SeverityInfo, 1}}},
		{"different countries", [][3]string{
			{"a", "Andrii Sybiha", "Ukrainian Foreign Minister"},
			{"b", "Andrii Sybiha", "Polish Foreign Minister"},
		}, []want{{model.KindConflict, model.SeverityWarning, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []model.Claim
			for _, c := range tt.claims {
				cs = append(cs, role(t, c[0], c[1], c[2]))
			}
			fs := Compare(nil, cs, Options{})
			require.Len(t, fs, len(tt.want))
			for i, w := range tt.want {
				assert.Equal(t, model.TypeRole, fs[i].Type)
				assert.Equal(t, w.kind, fs[i].Kind, fs[i].Message)
				assert.Equal(t, w.severity, fs[i].Severity)
				assert.Len(t, distinctSources(ptrs(fs[i].Claims)), w.sources)
			}
		})
	}
}

func TestRoleSurnameMeetsFullName(t *testing.T) {
	cs := []model.Claim{
		role(t, "a", "Marco Rubio", "US Secretary of State"),
		role(t, "b", "Rubio", "Secretary"),
	}
	fs := Compare(nil, cs, Options{})
	require.Len(t, fs, 1)
	assert.Equal(t, model.KindCorroborated, fs[0].Kind)
	assert.Equal(t, "Marco Rubio · post", fs[0].Subject)
	assert.Equal(t, "Rubio", cs[1].Role.Person, "the caller's claims are left alone")
}

func TestRoleCompatible(t *testing.T) {
	a := role(t, "a", "X Y", "Ambassador to NATO")
	b := role(t, "b", "X Y", "Permanent Representative to NATO")
	c := role(t, "c", "X Y", "Interior Minister")
	assert.True(t, Compatible(a, b, 0))
	assert.False(t, Compatible(a, c, 0))
}

// TestAnyCompatibleParsed: posts parsed once give what Titles.Compatible gives on their strings.
func TestAnyCompatibleParsed(t *testing.T) {
	tt := normalize.DefaultTitles()
	posts := []string{"defence minister (ukraine)", "minister", "interior minister", "former prime minister",
		"incoming president", "nato chief", "secretary general (nato)", "deputy defence minister", "president (us)",
		"permanent representative to nato", "ambassador to nato", "prime minister", ""}
	for _, a := range posts {
		for _, b := range posts {
			want := tt.Compatible(a, b)
			got := anyCompatible(tt, []normalize.Post{tt.ParseCanonical(a)}, []normalize.Post{tt.ParseCanonical(b)})
			if got != want {
				t.Fatalf("%q, %q: %v, want %v", a, b, got, want)
			}
		}
	}
}
