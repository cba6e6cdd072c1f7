package config_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/config"
	"github.com/crosscheck/crosscheck/model"
)

func TestParseFull(t *testing.T) {
	cfg, err := config.Load(filepath.Join("testdata", "full.yaml"))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join("testdata", "full.yaml"), cfg.Path)
	assert.Equal(t, []config.Equivalence{
		{Canonical: "Kyiv", Variants: []string{"Kiev", "Kyjiw"}, Line: 3},
		{Canonical: "Volodymyr Zelensky", Variants: []string{"Zelenskyy"}, Line: 4},
	}, cfg.Aliases)
	assert.Equal(t, []string{"ambassador to nato = permanent representative to nato", "army secretary = secretary of the army = army chief"}, cfg.TitleLines())
	assert.Equal(t, map[string]float64{"": 0.05, "killed": 0.2, "injured": 0.15}, cfg.Tolerance)
	assert.Equal(t, "warning", cfg.FailOn)
	assert.Equal(t, []config.Suppression{
		{ID: "20a1f81abd54", Reason: "toll revised; desk accepted both figures", Line: 15},
		{Subject: "people injured · Lviv", Kind: model.KindConflict, Line: 17},
	}, cfg.Suppress)

	al, err := cfg.AliasTable()
	require.NoError(t, err)
	assert.Equal(t, "Kyiv", al.Canonical("kyjiw"))
	assert.Equal(t, "Volodymyr Zelensky", al.Canonical("Zelenskyy"))
}

func TestParseMapForms(t *testing.T) {
	cfg, err := config.Parse([]byte(`
aliases:
  Kyiv: [Kiev, Kyjiw]
  Odesa: Odessa
titles:
  ambassador to nato: permanent representative to nato
`), "m.yaml")
	require.NoError(t, err)
	assert.Equal(t, []config.Equivalence{
		{Canonical: "Kyiv", Variants: []string{"Kiev", "Kyjiw"}, Line: 3},
		{Canonical: "Odesa", Variants: []string{"Odessa"}, Line: 4},
	}, cfg.Aliases)
	assert.Equal(t, []string{"ambassador to nato = permanent representative to nato"}, cfg.TitleLines())
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing yet\n", "---\n", "aliases:\nsuppress:\n"} {
		cfg, err := config.Parse([]byte(src), "e.yaml")
		require.NoError(t, err, "%q", src)
		assert.Empty(t, cfg.Aliases)
		assert.Empty(t, cfg.Suppress)
		assert.Nil(t, cfg.Tolerance)
		assert.Equal(t, "", cfg.FailOn)
	}
}

func TestParseTolerance(t *testing.T) {
	cfg, err := config.Parse([]byte("tolerance:\n  Killed: 15%\n  default: 0\n  money: 1\n"), "t.yaml")
	require.NoError(t, err)
	assert.Equal(t, map[string]float64{"killed": 0.15, "": 0, "money": 1}, cfg.Tolerance)
}

// TestParseErrors: every mistake names the file and the line, and says what is wrong.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "aliases: []\ntolerence:\n  killed: 0.2\n", `c.yaml:2: unknown key "tolerence"`},
		{"not a mapping", "- a\n- b\n", "c.yaml:1: want a mapping of settings"},
		{"syntax", "aliases: [Kyiv = Kiev\n", "c.yaml:"},
		{"tab indent", "fail-on: error\n\tsuppress: []\n", "c.yaml:2:"},
		{"duplicate key", "fail-on: error\nfail-on: never\n", `c.yaml:2: "fail-on" is set twice (first at line 1)`},
		{"alias without variant", "aliases:\n  - Kyiv\n", `c.yaml:2: aliases: "Kyiv" has no variant`},
		{"alias empty variant", "aliases:\n  - Kyiv = \n", `c.yaml:2: aliases: empty variant of "Kyiv"`},
		{"alias not string", "aliases:\n  - {Kyiv: Kiev}\n", "c.yaml:2: aliases: want a string, got a mapping"},
		{"aliases scalar", "aliases: Kyiv\n", `c.yaml:1: aliases: want a list`},
		{"title map bad value", "titles:\n  envoy: {a: b}\n", "c.yaml:2: titles.envoy: want a variant or a list of variants, got a mapping"},
		{"tolerance not number", "tolerance:\n  killed: lots\n", `c.yaml:2: tolerance.killed: want a relative tolerance such as 0.1 or 10%, got "lots"`},
		{"tolerance out of range", "tolerance:\n  killed: 1.5\n", `c.yaml:2: tolerance.killed: "1.5" is outside 0..1`},
		{"tolerance negative", "tolerance:\n  default: -0.1\n", `c.yaml:2: tolerance.default: "-0.1" is outside 0..1`},
		{"tolerance list", "tolerance: [0.1]\n", "c.yaml:1: tolerance: want a mapping"},
		{"tolerance twice", "tolerance:\n  killed: 0.1\n  Killed: 0.2\n", `c.yaml:3: tolerance: "Killed" is set twice`},
		{"fail-on value", "fail-on: sometimes\n", `c.yaml:1: fail-on: want one of error, warning, info, never, got "sometimes"`},
		{"fail-on list", "fail-on: [error]\n", "c.yaml:1: fail-on: want a string, got a list"},
		{"suppress not list", "suppress: {id: x}\n", "c.yaml:1: suppress: want a list"},
		{"suppress unknown key", "suppress:\n  - id: x\n    because: y\n", `c.yaml:3: suppress: unknown key "because"`},
		{"suppress empty", "suppress:\n  - reason: fine\n", "c.yaml:2: suppress: an entry needs an id or a subject"},
		{"suppress bad kind", "suppress:\n  - subject: s\n    kind: conflicts\n", `c.yaml:3: suppress.kind: want one of conflict, corroborated, single-source, unsupported, got "conflicts"`},
		{"suppress scalar entry", "suppress:\n  - 20a1f81abd54\n", "c.yaml:2: suppress: want an entry such as {id: …}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := config.Parse([]byte(tt.src), "c.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := config.Load(filepath.Join(t.TempDir(), "nope.yaml"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nope.yaml")
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	// a directory of that name is not a config file
	require.NoError(t, os.Mkdir(filepath.Join(root, "a", "b", config.FileName), 0o755))
	want := filepath.Join(root, "a", config.FileName)
	require.NoError(t, os.WriteFile(want, []byte("fail-on: never\n"), 0o644))

	got, err := config.Find(deep)
	require.NoError(t, err)
	assert.Equal(t, want, got, "found upward, skipping the directory")

	got, err = config.Find(root)
	require.NoError(t, err)
	if got != "" { // a config file above the temp dir would be found: only check it is not ours
		assert.NotEqual(t, want, got)
	}
}

func TestApply(t *testing.T) {
	f := func(id string, k model.Kind, subject string) model.Finding {
		return model.Finding{ID: id, Kind: k, Subject: subject}
	}
	rep := &model.Report{
		Findings: []model.Finding{
			f("a1", model.KindConflict, "people killed · Ternopil (attack)"),
			f("b2", model.KindConflict, "people injured · Lviv"),
			f("c3", model.KindCorroborated, "people injured · Lviv"),
			f("d4", model.KindSingle, "children killed · Ternopil (attack)"),
		},
		Summary: model.Summary{Sources: 3, Claims: 9, Conflict: 2, Corroborated: 1, Single: 1},
	}
	cfg := &config.Config{Suppress: []config.Suppression{
		{ID: "a1"},
		{Subject: "People  injured · LVIV", Kind: model.KindConflict},
		{ID: "zz", Line: 9},
	}}
	unused := cfg.Apply(rep)
	var ids []string
	for _, x := range rep.Findings {
		ids = append(ids, x.ID)
	}
	assert.Equal(t, []string{"c3", "d4"}, ids, "the corroboration of the same subject stays: kind must match")
	assert.Equal(t, model.Summary{Sources: 3, Claims: 9, Conflict: 0, Corroborated: 1, Single: 1, Suppressed: 2}, rep.Summary)
	assert.Equal(t, []config.Suppression{{ID: "zz", Line: 9}}, unused)

	var none *config.Config
	assert.Nil(t, none.Apply(rep), "a nil config suppresses nothing")
}

func TestSuppressionMatches(t *testing.T) {
	fd := model.Finding{ID: "x1", Kind: model.KindConflict, Subject: "people killed · Riverton"}
	tests := []struct {
		s    config.Suppression
		want bool
	}{
		{config.Suppression{ID: "x1"}, true},
		{config.Suppression{ID: "x2"}, false},
		{config.Suppression{Subject: "people killed · riverton"}, true},
		{config.Suppression{Subject: "people killed · Riverton", Kind: model.KindCorroborated}, false},
		{config.Suppression{ID: "x1", Subject: "other"}, false},
		{config.Suppression{Kind: model.KindConflict}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.s.Matches(fd), "%+v", tt.s)
	}
}
