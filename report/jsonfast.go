package report

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
)

// The findings of a JSON report are written by hand rather than through encoding/json: a large
// report is mostly findings, and reflection made writing it slower than comparing the claims.
// The bytes are those json.Encoder writes for ToJSON's shapes with SetIndent("    ", "  ") and
// SetEscapeHTML(false); TestFastFindingsMatchEncodingJSON holds the two together.

// jw appends JSON to b; depth counts indentation levels below the findings array.
type jw struct {
	b   []byte
	err error
}

const findingIndent = "    " // the prefix of every line of a finding

func (w *jw) nl(depth int) {
	w.b = append(w.b, '\n')
	w.b = append(w.b, findingIndent...)
	for i := 0; i < depth; i++ {
		w.b = append(w.b, "  "...)
	}
}

// key starts a member: a comma unless first, a new line, the name.
func (w *jw) key(first bool, depth int, name string) {
	if !first {
		w.b = append(w.b, ',')
	}
	w.nl(depth)
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, `": `...)
}

const hexDigits = "0123456789abcdef"

// str appends s quoted as encoding/json does without HTML escaping.
func (w *jw) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

// strPtr appends s, or null when it is empty (the *string fields of the JSON shapes).
func (w *jw) strOrNull(s string) {
	if s == "" {
		w.b = append(w.b, "null"...)
		return
	}
	w.str(s)
}

func (w *jw) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jw) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float appends f as encoding/json does.
func (w *jw) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.b = append(w.b, '0')
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	w.b = b
}

func (w *jw) span(depth int, s JSONSpan) {
	w.b = append(w.b, '{')
	w.key(true, depth+1, "start")
	w.int(s.Start)
	w.key(false, depth+1, "end")
	w.int(s.End)
	w.key(false, depth+1, "line")
	w.int(s.Line)
	w.key(false, depth+1, "column")
	w.int(s.Column)
	w.nl(depth)
	w.b = append(w.b, '}')
}

// normalized appends Normalized(c).
func (w *jw) normalized(depth int, c *model.Claim) {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		w.b = append(w.b, '{')
		w.key(true, depth+1, "low")
		w.float(q.Low)
		w.key(false, depth+1, "high")
		if q.Unbounded {
			w.b = append(w.b, "null"...)
		} else {
			w.float(q.High)
		}
		if q.LowOpen {
			w.key(false, depth+1, "low_open")
			w.bool(true)
		}
		if q.HighOpen {
			w.key(false, depth+1, "high_open")
			w.bool(true)
		}
		if q.Approx {
			w.key(false, depth+1, "approximate")
			w.bool(true)
		}
		w.key(false, depth+1, "unit")
		w.str(q.Unit)
		if q.Currency != "" {
			w.key(false, depth+1, "currency")
			w.str(q.Currency)
		}
	case c.Date != nil:
		d := c.Date
		w.b = append(w.b, '{')
		w.key(true, depth+1, "date")
		w.strOrNull(d.Start)
		if d.End != "" {
			w.key(false, depth+1, "end")
			w.str(d.End)
		}
		w.key(false, depth+1, "expression")
		w.str(d.Expression)
		w.key(false, depth+1, "resolved")
		w.bool(d.Resolved)
	case c.Role != nil:
		w.b = append(w.b, '{')
		w.key(true, depth+1, "person")
		w.str(c.Role.Person)
		w.key(false, depth+1, "post")
		w.str(c.Role.Post)
	case c.Quote != nil:
		w.b = append(w.b, '{')
		w.key(true, depth+1, "words")
		w.str(c.Quote.Folded)
	default:
		w.str(c.Value)
		return
	}
	w.nl(depth)
	w.b = append(w.b, '}')
}

// claim appends Claim(c, false).
func (w *jw) claim(depth int, c *model.Claim) {
	w.b = append(w.b, '{')
	d := depth + 1
	w.key(true, d, "id")
	w.str(c.ID)
	w.key(false, d, "source")
	w.str(c.Source)
	w.key(false, d, "value")
	w.str(c.Value)
	w.key(false, d, "normalized")
	w.normalized(d, c)
	if c.Quote != nil && c.Quote.Speaker != "" {
		w.key(false, d, "speaker")
		w.str(c.Quote.Speaker)
	}
	w.key(false, d, "attribution")
	w.strOrNull(c.Attribution)
	if c.Part {
		w.key(false, d, "part")
		w.bool(true)
	}
	if c.Draft {
		w.key(false, d, "draft")
		w.bool(true)
	}
	w.key(false, d, "text")
	w.str(c.Text)
	w.key(false, d, "span")
	w.span(d, JSONSpan{Start: c.Evidence.Start, End: c.Evidence.End, Line: c.Pos.Line, Column: c.Pos.Column})
	w.key(false, d, "value_span")
	w.span(d, valueSpan(*c))
	w.nl(depth)
	w.b = append(w.b, '}')
}

// finding appends one finding of the findings array, at its indentation, without a newline.
func (w *jw) finding(f *model.Finding, claims []model.Claim) {
	w.b = append(w.b, findingIndent...)
	w.b = append(w.b, '{')
	w.key(true, 1, "id")
	w.str(f.ID)
	w.key(false, 1, "kind")
	w.str(string(f.Kind))
	w.key(false, 1, "type")
	w.str(string(f.Type))
	w.key(false, 1, "severity")
	w.str(string(f.Severity))
	w.key(false, 1, "subject")
	w.str(f.Subject)
	w.key(false, 1, "message")
	w.str(f.Message)
	if f.Evolving {
		w.key(false, 1, "evolving")
		w.bool(true)
	}
	if f.Latest != "" {
		w.key(false, 1, "latest")
		w.str(f.Latest)
	}
	if len(f.Diff) > 0 {
		w.key(false, 1, "diff")
		w.b = append(w.b, '[')
		for i, op := range f.Diff {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.nl(2)
			w.b = append(w.b, '{')
			w.key(true, 3, "op")
			w.str(op.Op)
			w.key(false, 3, "text")
			w.str(op.Text)
			w.nl(2)
			w.b = append(w.b, '}')
		}
		w.nl(1)
		w.b = append(w.b, ']')
	}
	w.key(false, 1, "claims")
	if len(claims) == 0 {
		w.b = append(w.b, "[]"...)
	} else {
		w.b = append(w.b, '[')
		for i := range claims {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.nl(2)
			w.claim(2, &claims[i])
		}
		w.nl(1)
		w.b = append(w.b, ']')
	}
	w.nl(0)
	w.b = append(w.b, '}')
}
