package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

func init() { Register("github", writeGitHub) }

// writeGitHub writes GitHub Actions workflow commands: one annotation per claim of every
// conflict and unsupported finding, so that each article involved is flagged at its own line,
// and one per input that could not be read. A plain summary line ends the output.
// Corroborated and single-source findings are not annotated: they need no action.
func writeGitHub(w io.Writer, r *model.Report, _ Options) error {
	b := bufio.NewWriterSize(w, 64<<10)
	paths := pathsOf(r)
	for _, f := range r.Findings {
		if f.Kind != model.KindConflict && f.Kind != model.KindUnsupported {
			continue
		}
		for i, c := range f.Claims {
			if c.Pos.Line == 0 {
				continue
			}
			line, col, endLine, endCol := CharRange(c)
			props := []string{
				"file=" + GitHubProperty(Terminal(paths.of(c.Source))),
				fmt.Sprintf("line=%d", line),
				fmt.Sprintf("col=%d", col),
				fmt.Sprintf("endLine=%d", endLine),
			}
			if endLine == line {
				props = append(props, fmt.Sprintf("endColumn=%d", endCol))
			}
			props = append(props, "title="+GitHubProperty(fmt.Sprintf("crosscheck %s: %s", f.Kind, Terminal(f.Subject))))
			fmt.Fprintf(b, "::%s %s::%s\n", githubLevel(f.Severity), strings.Join(props, ","), GitHubData(githubMessage(paths, f, i)))
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(b, "::error file=%s,title=%s::%s\n", GitHubProperty(Terminal(e.Path)), GitHubProperty("crosscheck: input not read"), GitHubData(Terminal(e.Err)))
	}
	b.WriteString("crosscheck: " + SummaryLine(r.Summary) + "\n")
	return b.Flush()
}

// githubOthers is how many of a finding's other claims an annotation names; a key shared by
// thousands of claims would otherwise make every annotation list all of them.
const githubOthers = 10

// githubMessage says what this claim states and what the other claims of the finding state (the
// first githubOthers of them, and how many more).
func githubMessage(paths sourcePaths, f model.Finding, self int) string {
	c := f.Claims[self]
	var b strings.Builder
	fmt.Fprintf(&b, "%s states %s", Terminal(c.Source), Terminal(c.Value))
	if c.Attribution != "" {
		fmt.Fprintf(&b, " (according to %s)", Terminal(c.Attribution))
	}
	var others []string
	for i, o := range f.Claims {
		if i == self {
			continue
		}
		if len(others) == githubOthers {
			others = append(others, fmt.Sprintf("and %d more", len(f.Claims)-1-githubOthers))
			break
		}
		others = append(others, fmt.Sprintf("%s at %s:%d", Terminal(o.Value), Terminal(paths.of(o.Source)), o.Pos.Line))
	}
	if len(others) > 0 {
		b.WriteString("; elsewhere: " + strings.Join(others, ", "))
	}
	b.WriteString(". " + Terminal(f.Message))
	return b.String()
}

// sourcePaths maps source ids to their paths.
type sourcePaths map[string]string

// pathsOf indexes the paths of a report's sources (the first source of an id with a path).
func pathsOf(r *model.Report) sourcePaths {
	p := make(sourcePaths, len(r.Sources))
	for _, s := range r.Sources {
		if _, ok := p[s.ID]; !ok && s.Path != "" {
			p[s.ID] = s.Path
		}
	}
	return p
}

// of is the path of a source, or its id when the report does not list it.
func (p sourcePaths) of(id string) string {
	if path, ok := p[id]; ok {
		return path
	}
	return id
}

func githubLevel(s model.Severity) string {
	switch s {
	case model.SeverityError:
		return "error"
	case model.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// GitHubData escapes the message of a workflow command as @actions/core does: %, CR and LF.
func GitHubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// GitHubProperty escapes a property value of a workflow command: %, CR, LF, ":" and ",".
func GitHubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
