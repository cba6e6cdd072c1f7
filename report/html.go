package report

import (
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

func init() { Register("html", writeHTML) }

//go:embed html.tmpl
var htmlTemplateText string

// htmlTemplate is parsed once; html/template escapes every value for its context, so article
// text can never become markup, script or a link target.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"kindClass": func(k model.Kind) string { return strings.ReplaceAll(string(k), "-", "") },
}).Parse(htmlTemplateText))

type htmlData struct {
	Summary string
	// HasOutlet and HasAuthor keep empty columns out of the sources table.
	HasOutlet, HasAuthor bool
	Sections             []htmlSection
	Sources              []htmlSource
	Errors               []model.InputError
}

type htmlSection struct {
	Kind     model.Kind
	Title    string
	Compact  bool // a list of rows rather than cards with the sources side by side
	Findings []htmlFinding
}

type htmlFinding struct {
	ID, Subject, Message, Severity, Type string
	Kind                                 model.Kind
	Evolving                             bool
	Diff                                 []model.DiffOp
	Claims                               []htmlClaim
}

type htmlClaim struct {
	Source, Path, Outlet, Title, Published string
	Value, Attribution                     string
	Line                                   int
	Part                                   bool
	Before, Val, After                     string // evidence, split around the disputed value
}

type htmlSource struct {
	ID, Path, Title, Outlet, Author, URL, Published string
}

// writeHTML writes one self-contained page: inline CSS, no script, no external resource, and a
// Content-Security-Policy that forbids both. Conflicts and unsupported claims are shown as cards
// with their sources side by side, the disputed value highlighted in each evidence sentence and
// altered quotes as word diffs; corroborated and single-source findings follow as lists, then the
// sources with outlets and times, and the summary.
func writeHTML(w io.Writer, r *model.Report, _ Options) error {
	srcs := SourceIndex(r)
	d := htmlData{Summary: SummaryLine(r.Summary)}
	for _, e := range r.Errors { // paths are file names: control characters become spaces
		d.Errors = append(d.Errors, model.InputError{Path: Terminal(e.Path), Err: Terminal(e.Err)})
	}
	for _, kh := range kindHeadings {
		fs := ByKind(r.Findings, kh.Kind)
		if len(fs) == 0 {
			continue
		}
		sec := htmlSection{Kind: kh.Kind, Title: kh.Title, Compact: kh.Kind == model.KindCorroborated || kh.Kind == model.KindSingle}
		for _, f := range fs {
			sec.Findings = append(sec.Findings, toHTMLFinding(f, srcs))
		}
		d.Sections = append(d.Sections, sec)
	}
	for _, s := range r.Sources {
		d.HasOutlet = d.HasOutlet || s.Outlet != ""
		d.HasAuthor = d.HasAuthor || s.Author != ""
		d.Sources = append(d.Sources, htmlSource{ID: Terminal(s.ID), Path: Terminal(s.Path), Title: s.Title, Outlet: s.Outlet, Author: s.Author, URL: s.URL, Published: publishedText(s)})
	}
	return htmlTemplate.Execute(w, d)
}

func toHTMLFinding(f model.Finding, srcs map[string]model.Source) htmlFinding {
	hf := htmlFinding{ID: f.ID, Subject: f.Subject, Message: f.Message, Severity: string(f.Severity), Type: string(f.Type),
		Kind: f.Kind, Evolving: f.Evolving, Diff: f.Diff}
	for _, c := range f.Claims {
		s := srcs[c.Source]
		hc := htmlClaim{Source: Terminal(c.Source), Path: Terminal(s.Path), Outlet: s.Outlet, Title: s.Title, Published: publishedText(s),
			Value: c.Value, Attribution: c.Attribution, Line: c.Pos.Line, Part: c.Part}
		if b, v, a, ok := ValueParts(c); ok {
			hc.Before, hc.Val, hc.After = b, v, a
		} else {
			hc.Before = c.Text
		}
		hf.Claims = append(hf.Claims, hc)
	}
	return hf
}

func publishedText(s model.Source) string {
	if s.Published == nil {
		return ""
	}
	return s.Published.Format("2006-01-02 15:04 -07:00")
}
