package report_test

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/report"
)

// sarifSchema loads the OASIS SARIF 2.1.0 schema kept in testdata (no network).
func sarifSchema(t *testing.T, td string) *jsonschema.Resolved {
	t.Helper()
	var s jsonschema.Schema
	require.NoError(t, json.Unmarshal([]byte(readFile(t, filepath.Join(td, "sarif-schema-2.1.0.json"))), &s))
	rs, err := s.Resolve(nil)
	require.NoError(t, err)
	return rs
}

type sarifDoc struct {
	Runs []struct {
		Artifacts []struct {
			Location struct{ URI string } `json:"location"`
		} `json:"artifacts"`
		Results []struct {
			RuleID           string          `json:"ruleId"`
			Level            string          `json:"level"`
			Locations        []sarifLocation `json:"locations"`
			RelatedLocations []sarifLocation `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI string } `json:"artifactLocation"`
		Region           struct {
			StartLine, StartColumn, EndLine, EndColumn int
			Snippet                                    struct{ Text string }
		} `json:"region"`
	} `json:"physicalLocation"`
}

func TestSARIFValidates(t *testing.T) {
	td := atRoot(t)
	schema := sarifSchema(t, td)
	for _, set := range setNames {
		t.Run(set, func(t *testing.T) {
			rep := build(t, set)
			out := render(t, "sarif", rep, report.Options{})
			var instance any
			require.NoError(t, json.Unmarshal(out, &instance))
			require.NoError(t, schema.Validate(instance), "SARIF output must satisfy the 2.1.0 schema")
			// the validator does reject what the schema forbids
			var broken map[string]any
			require.NoError(t, json.Unmarshal(out, &broken))
			broken["runs"].([]any)[0].(map[string]any)["columnKind"] = "bytes"
			assert.Error(t, schema.Validate(broken))

			var doc sarifDoc
			require.NoError(t, json.Unmarshal(out, &doc))
			require.Len(t, doc.Runs, 1)
			run := doc.Runs[0]
			want := len(report.ByKind(rep.Findings, model.KindConflict)) + len(report.ByKind(rep.Findings, model.KindUnsupported))
			assert.Len(t, run.Results, want, "one result per conflict or unsupported finding")
			for _, a := range run.Artifacts {
				_, err := url.Parse(a.Location.URI)
				assert.NoError(t, err, "artifact uri must be a URI reference")
			}
			for _, res := range run.Results {
				assert.True(t, strings.HasPrefix(res.RuleID, "conflict/") || strings.HasPrefix(res.RuleID, "unsupported/"), res.RuleID)
				require.Len(t, res.Locations, 1)
				for _, loc := range append(res.Locations, res.RelatedLocations...) {
					assertRegionCoversSnippet(t, loc)
				}
			}
		})
	}
}

// assertRegionCoversSnippet reads the artifact and checks that the region, read as code-point
// columns, holds exactly the snippet: the end line and column derived from Claim.Text are right.
// The fixtures are plain text, where the loaded text is the file's text.
func assertRegionCoversSnippet(t *testing.T, loc sarifLocation) {
	t.Helper()
	pl := loc.PhysicalLocation
	path, err := url.PathUnescape(pl.ArtifactLocation.URI)
	require.NoError(t, err)
	lines := strings.Split(readFile(t, filepath.FromSlash(path)), "\n")
	r := pl.Region
	require.GreaterOrEqual(t, r.StartLine, 1)
	require.LessOrEqual(t, r.EndLine, len(lines))
	var got strings.Builder
	for ln := r.StartLine; ln <= r.EndLine; ln++ {
		runes := []rune(lines[ln-1])
		from, to := 0, len(runes)
		if ln == r.StartLine {
			from = r.StartColumn - 1
		}
		if ln == r.EndLine {
			to = r.EndColumn - 1
		}
		require.True(t, from >= 0 && from <= to && to <= len(runes), "region %+v out of line %d", r, ln)
		got.WriteString(string(runes[from:to]))
		if ln < r.EndLine {
			got.WriteByte('\n')
		}
	}
	assert.Equal(t, r.Snippet.Text, got.String(), "%s:%d", path, r.StartLine)
}

func TestSARIFLevelsAndRules(t *testing.T) {
	claim := func(src string, line int) model.Claim {
		return model.Claim{Source: src, Value: "1", Text: "Héllo\nwörld", Pos: model.Position{Line: line, Column: 3}}
	}
	rep := &model.Report{
		Sources: []model.Source{{ID: "a", Path: "in dir/a.txt"}, {ID: "b", Path: "b.md"}},
		Findings: []model.Finding{
			{ID: "1", Kind: model.KindConflict, Type: model.TypeQuantity, Severity: model.SeverityError, Subject: "s", Message: "m", Claims: []model.Claim{claim("a", 2), claim("b", 4)}},
			{ID: "2", Kind: model.KindConflict, Type: model.TypeDate, Severity: model.SeverityWarning, Evolving: true, Subject: "s", Message: "m", Claims: []model.Claim{claim("a", 2), claim("b", 4)}},
			{ID: "3", Kind: model.KindUnsupported, Type: model.TypeQuote, Severity: model.SeverityInfo, Subject: "s", Message: "m", Claims: []model.Claim{claim("a", 1)}},
			{ID: "4", Kind: model.KindCorroborated, Type: model.TypeQuantity, Severity: model.SeverityInfo, Subject: "s", Message: "m", Claims: []model.Claim{claim("a", 1), claim("b", 1)}},
		},
	}
	out := render(t, "sarif", rep, report.Options{})
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out, &doc))
	run := doc["runs"].([]any)[0].(map[string]any)
	var ids []string
	for _, r := range run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any) {
		ids = append(ids, r.(map[string]any)["id"].(string))
	}
	assert.Equal(t, []string{"conflict/date", "conflict/quantity", "unsupported/quote"}, ids, "rules sorted, one per kind/type reported")
	results := run["results"].([]any)
	require.Len(t, results, 3, "corroborations are not results")
	var levels []string
	for _, r := range results {
		levels = append(levels, r.(map[string]any)["level"].(string))
	}
	assert.Equal(t, []string{"error", "warning", "note"}, levels)
	first := results[0].(map[string]any)
	region := first["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
	assert.EqualValues(t, map[string]any{"startLine": 2.0, "startColumn": 3.0, "endLine": 3.0, "endColumn": 6.0, "snippet": map[string]any{"text": "Héllo\nwörld"}}, region)
	uri := first["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["artifactLocation"].(map[string]any)["uri"]
	assert.Equal(t, "in%20dir/a.txt", uri)
	assert.Len(t, first["relatedLocations"], 1)
}

func TestSARIFURI(t *testing.T) {
	tests := map[string]string{
		"fixtures/seeds/a.txt": "fixtures/seeds/a.txt",
		"a b#c.txt":            "a%20b%23c.txt",
		"c:d.txt":              "./c:d.txt",
		"/tmp/x.txt":           "file:///tmp/x.txt",
		"-":                    "-",
	}
	for in, want := range tests {
		assert.Equal(t, want, report.SARIFURI(in), in)
	}
}
