package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

func init() { Register("sarif", writeSARIF) }

// SARIF 2.1.0 identifiers.
const (
	SARIFVersion = "2.1.0"
	SARIFSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// The SARIF shapes below are the subset of SARIF 2.1.0 that crosscheck writes.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool       `json:"tool"`
	Artifacts  []sarifArtifact `json:"artifacts"`
	Results    []sarifResult   `json:"results"`
	ColumnKind string          `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifArtifact struct {
	Location sarifArtifactLocation `json:"location"`
}

type sarifArtifactLocation struct {
	URI   string `json:"uri"`
	Index *int   `json:"index,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifProperties struct {
	Kind     string `json:"kind"`
	Type     string `json:"type"`
	Severity string `json:"severity"`
	Subject  string `json:"subject"`
	Evolving bool   `json:"evolving,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifRegion struct {
	StartLine   int           `json:"startLine"`
	StartColumn int           `json:"startColumn"`
	EndLine     int           `json:"endLine"`
	EndColumn   int           `json:"endColumn"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

// writeSARIF writes a SARIF 2.1.0 log: one result per conflict or unsupported finding, located at
// its first claim's evidence, with the other claims as related locations. The rule is the finding's
// kind and type ("conflict/quantity"); the level follows its severity.
func writeSARIF(w io.Writer, r *model.Report, _ Options) error {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "crosscheck", InformationURI: "https://github.com/crosscheck/crosscheck", Rules: []sarifRule{}}},
		Artifacts:  []sarifArtifact{},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	paths := pathsOf(r)
	artifact := map[string]int{}
	for _, s := range r.Sources {
		i := len(run.Artifacts)
		artifact[s.ID] = i
		run.Artifacts = append(run.Artifacts, sarifArtifact{Location: sarifArtifactLocation{URI: SARIFURI(s.Path), Index: &i}})
	}
	var reported []model.Finding
	ruleSet := map[string]model.Finding{}
	for _, f := range r.Findings {
		if (f.Kind == model.KindConflict || f.Kind == model.KindUnsupported) && len(f.Claims) > 0 {
			reported = append(reported, f)
			if _, ok := ruleSet[sarifRuleID(f)]; !ok {
				ruleSet[sarifRuleID(f)] = f
			}
		}
	}
	ids := make([]string, 0, len(ruleSet))
	for id := range ruleSet {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	ruleIndex := map[string]int{}
	for i, id := range ids {
		f := ruleSet[id]
		ruleIndex[id] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   id,
			Name:                 sarifRuleName(f),
			ShortDescription:     sarifMessage{Text: sarifRuleText(f)},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(defaultSeverity(f.Kind))},
		})
	}
	for _, f := range reported {
		id := sarifRuleID(f)
		res := sarifResult{
			RuleID:              id,
			RuleIndex:           ruleIndex[id],
			Level:               sarifLevel(f.Severity),
			Message:             sarifMessage{Text: Terminal(f.Subject) + ": " + Terminal(f.Message)},
			PartialFingerprints: map[string]string{"crosscheckFinding/v1": f.ID},
			Properties:          sarifProperties{Kind: string(f.Kind), Type: string(f.Type), Severity: string(f.Severity), Subject: Terminal(f.Subject), Evolving: f.Evolving},
		}
		for i, c := range f.Claims {
			loc := sarifClaimLocation(paths, c, artifact)
			if i == 0 {
				res.Locations = []sarifLocation{loc}
				continue
			}
			n := i
			loc.ID = &n
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		run.Results = append(run.Results, res)
	}
	return encode(w, sarifLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []sarifRun{run}})
}

// sarifClaimLocation locates a claim's evidence, with the evidence as the region's snippet; lines
// and columns count characters (run.columnKind is unicodeCodePoints), see CharRange.
func sarifClaimLocation(paths sourcePaths, c model.Claim, artifact map[string]int) sarifLocation {
	startLine, startCol, endLine, endCol := CharRange(c)
	al := sarifArtifactLocation{URI: SARIFURI(paths.of(c.Source))}
	if i, ok := artifact[c.Source]; ok {
		al.Index = &i
	}
	msg := Terminal(c.Value) + " in " + Terminal(c.Source)
	if c.Attribution != "" {
		msg += " (according to " + Terminal(c.Attribution) + ")"
	}
	return sarifLocation{
		PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: al,
			Region: sarifRegion{
				StartLine: startLine, StartColumn: startCol, EndLine: endLine, EndColumn: endCol,
				Snippet: &sarifMessage{Text: c.Text},
			},
		},
		Message: &sarifMessage{Text: msg},
	}
}

// SARIFURI turns a source path into a relative or absolute URI reference ("-" stays "-").
func SARIFURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func sarifRuleID(f model.Finding) string { return string(f.Kind) + "/" + string(f.Type) }

func sarifRuleName(f model.Finding) string {
	return camel(string(f.Kind)) + camel(string(f.Type))
}

func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '-' || r == '_' || r == ' ' {
			up = true
			continue
		}
		if up {
			b.WriteString(strings.ToUpper(string(r)))
			up = false
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sarifRuleText(f model.Finding) string {
	switch f.Kind {
	case model.KindConflict:
		return fmt.Sprintf("Sources state incompatible %s values for the same thing.", f.Type)
	case model.KindUnsupported:
		return fmt.Sprintf("A %s claim of the draft that no source states.", f.Type)
	}
	return fmt.Sprintf("%s %s finding.", f.Kind, f.Type)
}

func defaultSeverity(k model.Kind) model.Severity {
	if k == model.KindConflict {
		return model.SeverityError
	}
	return model.SeverityWarning
}

func sarifLevel(s model.Severity) string {
	switch s {
	case model.SeverityError:
		return "error"
	case model.SeverityWarning:
		return "warning"
	}
	return "note"
}
