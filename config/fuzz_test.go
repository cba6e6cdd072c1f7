package config

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// fuzzErrLine is how every Parse error starts: the file, then the line.
var fuzzErrLine = regexp.MustCompile(`^fuzz\.yaml:\d+: `)

// FuzzParse reads arbitrary bytes as a configuration file: no panic, the same result twice, every
// error naming the file and a line in valid UTF-8, and a parsed configuration whose alias table,
// title lines and suppressions can be used without panicking.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.yaml")
	require.NoError(f, err)
	for _, p := range files {
		data, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(data)
	}
	for _, s := range []string{
		"", "~", "[]", "aliases: x", "aliases:\n  - [Kyiv, Kiev]\n  - Odesa = Odessa\n",
		"aliases:\n  Kyiv: [Kiev, 3, ~]\ntitles: {a: b}\n", "tolerance: {killed: 2, '': -0.1, x: abc}\n",
		"fail-on: sometimes\n", "suppress:\n  - id: abc\n  - subject: x\n    kind: conflict\n  - {}\n",
		"aliases: &a [*a]\n", "a: 1\na: 2\n", "unknown: 1\n", "\"unterminated\n", "\t- tab\n",
		"aliases:\n  '': ['']\n", "\xff\xfe", "titles:\n  - \"\\x00 = y\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(data, "fuzz.yaml")
		cfg2, err2 := Parse(data, "fuzz.yaml")
		require.Equal(t, err == nil, err2 == nil, "same outcome twice")
		if err != nil {
			msg := err.Error()
			require.Equal(t, msg, err2.Error(), "same error twice")
			require.Regexp(t, fuzzErrLine, msg, "an error names the file and the line")
			require.True(t, utf8.ValidString(msg), "error message is valid UTF-8: %q", msg)
			return
		}
		require.True(t, reflect.DeepEqual(cfg, cfg2), "same configuration twice")
		if al, err := cfg.AliasTable(); err == nil && al != nil {
			for _, e := range cfg.Aliases {
				_ = al.Canonical(e.Canonical)
			}
		}
		for _, l := range cfg.TitleLines() {
			require.True(t, utf8.ValidString(l) || !utf8.Valid(data), "title line %q", l)
			require.NotContains(t, l, "\n")
		}
		rep := &model.Report{Findings: []model.Finding{
			{ID: "abc", Kind: model.KindConflict, Subject: "x"},
			{ID: "def", Kind: model.KindCorroborated, Subject: strings.Repeat("y", 3)},
		}}
		cfg.Apply(rep)
		require.LessOrEqual(t, len(rep.Findings), 2)
	})
}

// TestParseErrorLines: errors name the line of the file where the fault is, also for the YAML
// parser's structural errors, which it counts from 0.
func TestParseErrorLines(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"fail-on: error\naliases: [Kyiv, Kiev\n", "fuzz.yaml:2: did not find expected ',' or ']'"},
		{"fail-on: error\ntolerance:\n  killed: 0.1\n injured: 0.2\n", "fuzz.yaml:4: did not find expected key"},
		{"fail-on: \"open\n", "fuzz.yaml:2: found unexpected end of stream"},
		{"aliases: x\n", "fuzz.yaml:1: "},
		{"fail-on: error\nfail-on: never\n", "fuzz.yaml:2: \"fail-on\" is set twice (first at line 1)"},
	} {
		_, err := Parse([]byte(tc.in), "fuzz.yaml")
		if assert.Error(t, err, tc.in) {
			assert.True(t, strings.HasPrefix(err.Error(), tc.want), "%q: got %q, want %q…", tc.in, err.Error(), tc.want)
		}
	}
}
