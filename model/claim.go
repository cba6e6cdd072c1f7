package model

import (
	"math"
	"strconv"
)

// ClaimType is the family of a claim; findings carry the same type.
type ClaimType string

// Claim types.
const (
	TypeQuantity ClaimType = "quantity"
	TypeDate     ClaimType = "date"
	TypeRole     ClaimType = "role"
	TypeQuote    ClaimType = "quote"
)

// Interval is a numeric value as a closed range; a hedge such as "at least 14" leaves High open.
type Interval struct {
	Low      float64 // lower bound (inclusive unless LowOpen)
	High     float64 // upper bound (inclusive unless HighOpen); ignored when Unbounded
	LowOpen  bool    // "more than 200": 200 itself excluded
	HighOpen bool    // "fewer than 10": 10 itself excluded
	// Unbounded means no upper bound ("at least 14", "dozens of" is bounded).
	Unbounded bool
	Approx    bool // "about", "around", "some", "roughly": compared with a tolerance
}

// Exact returns the interval [v, v].
func Exact(v float64) Interval { return Interval{Low: v, High: v} }

// IsExact reports whether the interval is a single value without hedge.
func (iv Interval) IsExact() bool {
	return !iv.Unbounded && !iv.Approx && !iv.LowOpen && !iv.HighOpen && iv.Low == iv.High
}

// Widen applies a relative tolerance to an approximate interval; exact ones are returned unchanged.
func (iv Interval) Widen(tol float64) Interval {
	if !iv.Approx || tol <= 0 {
		return iv
	}
	out := iv
	out.Low = iv.Low * (1 - tol)
	if !iv.Unbounded {
		out.High = iv.High * (1 + tol)
	}
	return out
}

// Overlaps reports whether two intervals can both hold.
func (iv Interval) Overlaps(o Interval) bool {
	return below(iv, o) && below(o, iv)
}

// below reports whether a's lower bound does not exceed b's upper bound.
func below(a, b Interval) bool {
	if b.Unbounded {
		return true
	}
	if a.Low < b.High {
		return true
	}
	return a.Low == b.High && !a.LowOpen && !b.HighOpen
}

// Mid is a representative value: the point for exact values, the lower bound for open ranges.
func (iv Interval) Mid() float64 {
	if iv.Unbounded || iv.Low == iv.High {
		return iv.Low
	}
	return (iv.Low + iv.High) / 2
}

// String renders an interval compactly: "26", "≥14", ">200", "~1200", "<10", "10..15", "0..30".
func (iv Interval) String() string {
	var s string
	switch {
	case iv.Unbounded && iv.LowOpen:
		s = ">" + FormatNumber(iv.Low)
	case iv.Unbounded:
		s = "≥" + FormatNumber(iv.Low)
	case iv.Low == 0 && iv.HighOpen:
		s = "<" + FormatNumber(iv.High)
	case iv.Low == iv.High:
		s = FormatNumber(iv.Low)
	default:
		lo, hi := FormatNumber(iv.Low), FormatNumber(iv.High)
		if iv.LowOpen {
			lo = ">" + lo
		}
		if iv.HighOpen {
			hi = "<" + hi
		}
		s = lo + ".." + hi
	}
	if iv.Approx {
		s = "~" + s
	}
	return s
}

// FormatNumber renders a float without trailing zeros ("26", "2.3", "1200").
func FormatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Quantity is the normalized value of a quantity claim.
type Quantity struct {
	Interval
	Unit     string // what is counted or measured: "people", "percent", "days", "magnitude"
	Currency string // ISO 4217 code for money ("USD", "EUR"), empty otherwise
}

// DateValue is the normalized value of a date claim.
type DateValue struct {
	Start      string // ISO date (YYYY-MM-DD, YYYY-MM or YYYY), "" when it could not be resolved
	End        string // ISO date for a range ("late October"), "" for a single day
	Expression string // the words as written ("on Sunday")
	Resolved   bool   // false when a relative date had no publication date to resolve against
}

// Role is the normalized value of a role claim: a person holding a post.
type Role struct {
	Person string // canonical name
	Title  string // title as written
	Post   string // canonical post ("permanent representative to nato")
}

// Quote is the normalized value of a direct quote.
type Quote struct {
	Speaker string // canonical name of the person quoted, "" when unknown
	Words   string // the quoted words as written
	Folded  string // folded words for comparison
}

// Claim is one checkable statement found in one source.
type Claim struct {
	ID      string    // stable id: source id + "#" + ordinal
	Type    ClaimType // family
	Kind    string    // extractor kind: "casualty", "money", "percent", "count", "duration", "magnitude", "date", "role", "quote"
	Source  string    // Source.ID
	Key     string    // grouping key: claims with equal keys are about the same thing
	Subject string    // readable subject: "people killed · Ternopil"
	Measure string    // what is measured: "killed", "injured", "money", "role", ...
	Value   string    // the value as written, short: "26", "at least 14"
	// Context discriminates claims within a key group that must not be compared
	// (an event class such as "attack" vs "fire"); "" is compatible with everything.
	Context     string
	Attribution string // who the source credits, "" when none
	Part        bool   // a sub-count of another claim ("including six children")
	Quantity    *Quantity
	Date        *DateValue
	Role        *Role
	Quote       *Quote
	Evidence    Span   // the sentence carrying the claim
	ValueSpan   Span   // the value itself
	Text        string // Article.Text[Evidence]
	Pos         Position
	// Draft marks claims read from the draft in check mode.
	Draft bool
	// Inferred marks a claim whose place or subject was taken from the surrounding text rather
	// than its own sentence; such claims corroborate but raise a conflict only when their event agrees.
	Inferred bool
	// Cumulative marks figures that only grow as a story develops (dead, injured, arrested).
	Cumulative bool
	// Current marks figures of a state at the time of writing, which may rise or fall as a story
	// develops (homes without power, people in hospital): reports of different times that differ
	// tell of a change, not a contradiction. Written only when set.
	Current bool `json:",omitempty"`
}

// Mention is a number, amount, percentage, date or duration read in the text, whether or not a claim was built from it.
type Mention struct {
	Source     string
	Kind       string // "number", "money", "percent", "date", "duration"
	Text       string
	Normalized string
	Span       Span
	Pos        Position
}
