package model

// Kind is what a finding says about a group of claims.
type Kind string

// Finding kinds.
const (
	KindConflict     Kind = "conflict"
	KindCorroborated Kind = "corroborated"
	KindSingle       Kind = "single-source"
	KindUnsupported  Kind = "unsupported"
)

// Severity orders findings for failing a run.
type Severity string

// Severities, from least to most severe.
const (
	SeverityInfo    Severity = "info"
	SeverityWarning Severity = "warning"
	SeverityError   Severity = "error"
)

// Rank orders severities: info 1, warning 2, error 3; unknown 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 1
	case SeverityWarning:
		return 2
	case SeverityError:
		return 3
	}
	return 0
}

// KindRank orders finding kinds for display: conflicts first.
func (k Kind) Rank() int {
	switch k {
	case KindConflict:
		return 0
	case KindUnsupported:
		return 1
	case KindCorroborated:
		return 2
	case KindSingle:
		return 3
	}
	return 4
}

// Finding is one verdict over claims that are about the same thing.
type Finding struct {
	ID       string // stable id derived from the key
	Kind     Kind
	Type     ClaimType
	Severity Severity
	Subject  string
	Message  string
	Key      string
	// Evolving marks a conflict explained by a cumulative figure rising over time.
	Evolving bool
	// Latest is the most recent value for an evolving figure.
	Latest string
	// Diff is a word diff for altered quotes: words with "-" / "+" / " " ops.
	Diff   []DiffOp
	Claims []Claim
	// Stored, when Claims is nil, is the handle of the finding's claims in its report's Store:
	// a large run keeps claims encoded until a writer needs them. 0 means none.
	Stored int
}

// DiffOp is one step of a word diff.
type DiffOp struct {
	Op   string // "=", "-", "+"
	Text string
}

// InputError is an input that could not be read; the rest of the report still stands.
type InputError struct {
	Path string
	Err  string
}

// Summary counts what a report holds.
type Summary struct {
	Sources      int
	Stories      int // stories the sources were grouped into, when more than one (else 0)
	Claims       int
	Conflict     int
	Corroborated int
	Single       int
	Unsupported  int
	Suppressed   int // findings dropped because the configuration accepts them (suppress)
}

// Report is the result of a compare or check run.
type Report struct {
	Sources  []Source
	Findings []Finding
	Summary  Summary
	Errors   []InputError
	// Store, when set, holds the claims of findings that keep only a handle (Finding.Stored).
	// Read claims through ClaimsOf, or call Materialize first.
	Store ClaimStore
}

// ClaimStore gives the claims kept out of findings, by handle.
type ClaimStore interface {
	// AppendFindingClaims appends the claims of the finding with the handle to dst.
	AppendFindingClaims(dst []Claim, handle int) []Claim
	FindingLen(handle int) int // how many claims it appends
}

// ClaimsOf returns the claims of f, from the report's store when f holds only a handle.
func (r *Report) ClaimsOf(f *Finding) []Claim {
	if f.Claims != nil || f.Stored == 0 || r.Store == nil {
		return f.Claims
	}
	return r.Store.AppendFindingClaims(nil, f.Stored)
}

// AppendClaimsOf appends the claims of f to dst: a writer that reuses dst across findings
// decodes stored claims without allocating a slice for each finding.
func (r *Report) AppendClaimsOf(dst []Claim, f *Finding) []Claim {
	if f.Claims != nil || f.Stored == 0 || r.Store == nil {
		return append(dst, f.Claims...)
	}
	return r.Store.AppendFindingClaims(dst, f.Stored)
}

// ClaimCount is len(r.ClaimsOf(f)), without reading the claims.
func (r *Report) ClaimCount(f *Finding) int {
	if f.Claims != nil || f.Stored == 0 || r.Store == nil {
		return len(f.Claims)
	}
	return r.Store.FindingLen(f.Stored)
}

// Materialize puts every finding's claims into the finding itself, so that code reading
// Finding.Claims sees them; the report no longer needs its store.
func (r *Report) Materialize() {
	if r.Store == nil {
		return
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Claims = r.ClaimsOf(f)
		f.Stored = 0
	}
	r.Store = nil
}

// Worst returns the most severe severity among the findings, or "" when there are none.
func (r *Report) Worst() Severity {
	var w Severity
	for _, f := range r.Findings {
		if f.Severity.Rank() > w.Rank() {
			w = f.Severity
		}
	}
	return w
}
