package report

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/model"
)

// The findings of a JSON report are written by hand rather than through encoding/json: a large
// report is mostly findings, and reflection made writing it slower than comparing the claims.
// The bytes are those json.Encoder writes for ToJSON's shapes with SetIndent("    ", "  ") and
// SetEscapeHTML(false); TestFastFindingsMatchEncodingJSON holds the two together.
//
// Every line break, indentation and member name of a finding is a constant string appended at
// once (the shapes nest to a fixed depth), and strings are copied whole between the bytes that
// need escaping, which are found eight at a time.

// jw appends JSON to b and keeps the first error.
type jw struct {
	b   []byte
	err error
}

const findingIndent = "    " // the prefix of every line of a finding

// The line breaks of a finding at depth 0 to 4 below the findings array.
const (
	nl0 = "\n" + findingIndent
	nl1 = nl0 + "  "
	nl2 = nl1 + "  "
	nl3 = nl2 + "  "
	nl4 = nl3 + "  "
)

const hexDigits = "0123456789abcdef"

// The SWAR masks of plainRun.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainRun is the length of the longest prefix of s made of printable ASCII other than '"' and
// '\\': bytes that a JSON string holds as they are. It tests eight bytes at a time.
func plainRun(s string) int {
	i := 0
	// sixteen bytes a turn: one test for both words, most strings having no special byte
	for ; i+16 <= len(s); i += 16 {
		m0, m1 := specials(word(s[i:i+8])), specials(word(s[i+8:i+16]))
		if m0|m1 != 0 {
			if m0 != 0 {
				return i + bits.TrailingZeros64(m0)/8
			}
			return i + 8 + bits.TrailingZeros64(m1)/8
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := specials(word(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if i == len(s) {
		return i
	}
	if len(s) >= 8 { // the last bytes, in a word overlapping the last one tested
		if m := specials(word(s[len(s)-8:])); m != 0 {
			return len(s) - 8 + bits.TrailingZeros64(m)/8
		}
		return len(s)
	}
	if len(s) >= 4 { // four to seven bytes: two words of four, overlapping
		if m := specials32(word32(s[:4])); m != 0 {
			return bits.TrailingZeros32(m) / 8
		}
		if m := specials32(word32(s[len(s)-4:])); m != 0 {
			return len(s) - 4 + bits.TrailingZeros32(m)/8
		}
		return len(s)
	}
	for ; i < len(s) && plain[s[i]]; i++ {
	}
	return i
}

// word32 is the first four bytes of s, the first the lowest (one load).
func word32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// specials32 is specials for four bytes.
func specials32(x uint32) uint32 {
	const ones32, highs32 = 0x01010101, 0x80808080
	q, bs := x^('"'*ones32), x^('\\'*ones32)
	return ((x - 0x20*ones32) | (q - ones32) | (bs - ones32) | x) & highs32
}

// word is the first eight bytes of s, the first the lowest (one load).
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// specials marks the high bit of each byte of x below 0x20, equal to '"' or '\\', or with its
// high bit set. The subtractions borrow from byte to byte only from such a byte, so the lowest
// mark is always right (a byte after it may be marked wrongly).
func specials(x uint64) uint64 {
	q, bs := x^('"'*ones), x^('\\'*ones)
	return ((x - 0x20*ones) | (q - ones) | (bs - ones) | x) & highs
}

// plain marks the bytes a JSON string holds as they are.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString appends s quoted as encoding/json does without HTML escaping.
func appendString(b []byte, s string) []byte {
	i := plainRun(s)
	if i == len(s) && cap(b)-len(b) >= len(s)+2 { // most strings: no byte to escape, and room
		n := len(b)
		b = b[:n+len(s)+2]
		b[n] = '"'
		copy(b[n+1:], s)
		b[n+1+len(s)] = '"'
		return b
	}
	return appendEscaped(b, s, i)
}

// appendEscaped is appendString for s whose first i bytes need no escaping.
func appendEscaped(b []byte, s string, i int) []byte {
	b = append(b, '"')
	start := 0
	for {
		i += plainRun(s[i:])
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
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
	return append(b, '"')
}

func appendStringOrNull(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendString(b, s)
}

// appendFloat appends f as encoding/json does; w keeps the first error.
func (w *jw) appendFloat(b []byte, f float64) []byte {
	// a whole number prints its digits alone (-0 keeps its sign, below)
	if f == math.Trunc(f) && f != 0 && f > -1e15 && f < 1e15 {
		if f > 0 && f < 1e9 { // most figures: strconv.AppendInt's digits, a few at once
			return appendInt(b, int(f))
		}
		return strconv.AppendInt(b, int64(f), 10)
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		return append(b, '0')
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// lit is a constant piece of a finding's claims, padded to a fixed size so that appending it is
// one copy of litSize bytes, which the compiler writes inline, rather than a call to memmove
// (about twenty pieces a claim).
type lit struct {
	a [litSize]byte
	n int
}

const litSize = 48

func mkLit(s string) (l lit) {
	if len(s) > litSize {
		panic("report: a JSON piece longer than litSize")
	}
	l.n = copy(l.a[:], s)
	return l
}

// appendLit appends l's bytes; with room for litSize bytes it copies them all at once, and the
// bytes past l's end (in b's capacity, past its length) are written over by the next appends.
func appendLit(b []byte, l *lit) []byte {
	n := len(b)
	if cap(b)-n < litSize {
		return append(b, l.a[:l.n]...)
	}
	*(*[litSize]byte)(b[n : n+litSize]) = l.a
	return b[:n+l.n]
}

// The pieces of a claim, at depth 3 (its members) and 4 (those of its spans and normalized value).
var (
	litOpenStart4       = mkLit("{" + nl4 + `"start": `)
	litEnd4             = mkLit("," + nl4 + `"end": `)
	litLine4            = mkLit("," + nl4 + `"line": `)
	litColumn4          = mkLit("," + nl4 + `"column": `)
	litOpenLow4         = mkLit("{" + nl4 + `"low": `)
	litHigh4            = mkLit("," + nl4 + `"high": `)
	litLowOpenTrue4     = mkLit("," + nl4 + `"low_open": true`)
	litHighOpenTrue4    = mkLit("," + nl4 + `"high_open": true`)
	litApproximateTrue4 = mkLit("," + nl4 + `"approximate": true`)
	litUnit4            = mkLit("," + nl4 + `"unit": `)
	litCurrency4        = mkLit("," + nl4 + `"currency": `)
	litOpenDate4        = mkLit("{" + nl4 + `"date": `)
	litExpression4      = mkLit("," + nl4 + `"expression": `)
	litResolvedTrue4    = mkLit("," + nl4 + `"resolved": true`)
	litResolvedFalse4   = mkLit("," + nl4 + `"resolved": false`)
	litOpenPerson4      = mkLit("{" + nl4 + `"person": `)
	litPost4            = mkLit("," + nl4 + `"post": `)
	litOpenWords4       = mkLit("{" + nl4 + `"words": `)
	litOpenId3          = mkLit("{" + nl3 + `"id": `)
	litSource3          = mkLit("," + nl3 + `"source": `)
	litValue3           = mkLit("," + nl3 + `"value": `)
	litNormalized3      = mkLit("," + nl3 + `"normalized": `)
	litSpeaker3         = mkLit("," + nl3 + `"speaker": `)
	litAttribution3     = mkLit("," + nl3 + `"attribution": `)
	litPartTrue3        = mkLit("," + nl3 + `"part": true`)
	litDraftTrue3       = mkLit("," + nl3 + `"draft": true`)
	litText3            = mkLit("," + nl3 + `"text": `)
	litSpan3            = mkLit("," + nl3 + `"span": `)
	litValueSpan3       = mkLit("," + nl3 + `"value_span": `)
)

// appendSpan appends a span whose braces stand at depth 3 (a claim's span and value_span).
func appendSpan(b []byte, start, end, line, column int) []byte {
	b = appendLit(b, &litOpenStart4)
	b = appendInt(b, start)
	b = appendLit(b, &litEnd4)
	b = appendInt(b, end)
	b = appendLit(b, &litLine4)
	b = appendInt(b, line)
	b = appendLit(b, &litColumn4)
	b = appendInt(b, column)
	return append(b, nl3+"}"...)
}

// appendInt appends n in decimal; offsets, lines and columns (below a million) are appended
// digit by digit without a scratch array or a copy.
func appendInt(b []byte, n int) []byte {
	switch u := uint(n); {
	case u < 10:
		return append(b, byte('0'+u))
	case u < 100:
		return append(b, digitPairs[2*u], digitPairs[2*u+1])
	case u < 1000:
		q := u / 100
		r := (u - q*100) * 2
		return append(b, byte('0'+q), digitPairs[r], digitPairs[r+1])
	case u < 10000:
		q := u / 100
		h, r := q*2, (u-q*100)*2
		return append(b, digitPairs[h], digitPairs[h+1], digitPairs[r], digitPairs[r+1])
	case u < 100000:
		a := u / 10000
		m := u - a*10000
		q := m / 100
		h, r := q*2, (m-q*100)*2
		return append(b, byte('0'+a), digitPairs[h], digitPairs[h+1], digitPairs[r], digitPairs[r+1])
	case u < 1000000:
		a := u / 10000
		m := u - a*10000
		q := m / 100
		t, h, r := a*2, q*2, (m-q*100)*2
		return append(b, digitPairs[t], digitPairs[t+1], digitPairs[h], digitPairs[h+1], digitPairs[r], digitPairs[r+1])
	}
	return appendIntLong(b, n)
}

// appendIntLong is appendInt for any n.
func appendIntLong(b []byte, n int) []byte {
	if n < 0 || n >= 1e9 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	var d [9]byte
	i := len(d)
	for n >= 100 {
		q := n / 100
		r := (n - q*100) * 2
		i -= 2
		d[i], d[i+1] = digitPairs[r], digitPairs[r+1]
		n = q
	}
	if n >= 10 {
		i -= 2
		d[i], d[i+1] = digitPairs[2*n], digitPairs[2*n+1]
	} else {
		i--
		d[i] = byte('0' + n)
	}
	return append(b, d[i:]...)
}

const digitPairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"

// normalized appends Normalized(c), its braces at depth 3.
func (w *jw) normalized(b []byte, c *model.Claim) []byte {
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		b = appendLit(b, &litOpenLow4)
		b = w.appendFloat(b, q.Low)
		b = appendLit(b, &litHigh4)
		if q.Unbounded {
			b = append(b, "null"...)
		} else {
			b = w.appendFloat(b, q.High)
		}
		if q.LowOpen {
			b = appendLit(b, &litLowOpenTrue4)
		}
		if q.HighOpen {
			b = appendLit(b, &litHighOpenTrue4)
		}
		if q.Approx {
			b = appendLit(b, &litApproximateTrue4)
		}
		b = appendLit(b, &litUnit4)
		b = appendString(b, q.Unit)
		if q.Currency != "" {
			b = appendLit(b, &litCurrency4)
			b = appendString(b, q.Currency)
		}
	case c.Date != nil:
		d := c.Date
		b = appendLit(b, &litOpenDate4)
		b = appendStringOrNull(b, d.Start)
		if d.End != "" {
			b = appendLit(b, &litEnd4)
			b = appendString(b, d.End)
		}
		b = appendLit(b, &litExpression4)
		b = appendString(b, d.Expression)
		if d.Resolved {
			b = appendLit(b, &litResolvedTrue4)
		} else {
			b = appendLit(b, &litResolvedFalse4)
		}
	case c.Role != nil:
		b = appendLit(b, &litOpenPerson4)
		b = appendString(b, c.Role.Person)
		b = appendLit(b, &litPost4)
		b = appendString(b, c.Role.Post)
	case c.Quote != nil:
		b = appendLit(b, &litOpenWords4)
		b = appendString(b, c.Quote.Folded)
	default:
		return appendString(b, c.Value)
	}
	return append(b, nl3+"}"...)
}

// claim appends Claim(c, false) as an element of a finding's claims (braces at depth 2).
func (w *jw) claim(c *model.Claim) {
	b := appendLit(w.b, &litOpenId3)
	b = appendString(b, c.ID)
	b = appendLit(b, &litSource3)
	b = appendString(b, c.Source)
	b = appendLit(b, &litValue3)
	b = appendString(b, c.Value)
	b = appendLit(b, &litNormalized3)
	b = w.normalized(b, c)
	if c.Quote != nil && c.Quote.Speaker != "" {
		b = appendLit(b, &litSpeaker3)
		b = appendString(b, c.Quote.Speaker)
	}
	b = appendLit(b, &litAttribution3)
	b = appendStringOrNull(b, c.Attribution)
	if c.Part {
		b = appendLit(b, &litPartTrue3)
	}
	if c.Draft {
		b = appendLit(b, &litDraftTrue3)
	}
	b = appendLit(b, &litText3)
	b = appendString(b, c.Text)
	b = appendLit(b, &litSpan3)
	b = appendSpan(b, c.Evidence.Start, c.Evidence.End, c.Pos.Line, c.Pos.Column)
	b = appendLit(b, &litValueSpan3)
	line, column := valueLineColumn(c)
	b = appendSpan(b, c.ValueSpan.Start, c.ValueSpan.End, line, column)
	w.b = append(b, nl2+"}"...)
}

// appendHead appends the start of a report up to its first finding: the schema and the sources
// (Sources(ss)), indented as encode indents them.
func appendHead(b []byte, ss []model.Source) []byte {
	b = slices.Grow(b, 128+256*len(ss))
	b = append(b, "{\n  \"schema\": "...)
	b = appendString(b, SchemaReport)
	b = append(b, ",\n  \"sources\": ["...)
	for i := range ss {
		s := &ss[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\n      \"id\": "...)
		b = appendString(b, s.ID)
		b = append(b, ",\n      \"path\": "...)
		b = appendString(b, s.Path)
		b = append(b, ",\n      \"title\": "...)
		b = appendStringOrNull(b, s.Title)
		b = append(b, ",\n      \"outlet\": "...)
		b = appendStringOrNull(b, s.Outlet)
		b = append(b, ",\n      \"url\": "...)
		b = appendStringOrNull(b, s.URL)
		if s.Author != "" {
			b = append(b, ",\n      \"author\": "...)
			b = appendString(b, s.Author)
		}
		b = append(b, ",\n      \"published\": "...)
		if s.Published == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '"')
			b = s.Published.AppendFormat(b, time.RFC3339)
			b = append(b, '"')
		}
		if s.Story != "" {
			b = append(b, ",\n      \"story\": "...)
			b = appendString(b, s.Story)
		}
		b = append(b, "\n    }"...)
	}
	if len(ss) > 0 {
		b = append(b, "\n  "...)
	}
	return append(b, "],\n  \"findings\": [\n"...)
}

// finding appends one finding of the findings array, at its indentation, without a newline.
func (w *jw) finding(f *model.Finding, claims []model.Claim) {
	w.findingHead(f)
	if len(claims) == 0 {
		w.b = append(w.b, ","+nl1+`"claims": []`+nl0+"}"...)
		return
	}
	w.b = append(w.b, ","+nl1+`"claims": [`...)
	w.claims(claims, 0)
	w.b = append(w.b, nl1+"]"+nl0+"}"...)
}

// findingHead appends a finding up to its claims, at its indentation.
func (w *jw) findingHead(f *model.Finding) {
	b := append(w.b, findingIndent+"{"+nl1+`"id": `...)
	b = appendString(b, f.ID)
	b = append(b, ","+nl1+`"kind": `...)
	b = appendString(b, string(f.Kind))
	b = append(b, ","+nl1+`"type": `...)
	b = appendString(b, string(f.Type))
	b = append(b, ","+nl1+`"severity": `...)
	b = appendString(b, string(f.Severity))
	b = append(b, ","+nl1+`"subject": `...)
	b = appendString(b, f.Subject)
	b = append(b, ","+nl1+`"message": `...)
	b = appendString(b, f.Message)
	if f.Evolving {
		b = append(b, ","+nl1+`"evolving": true`...)
	}
	if f.Latest != "" {
		b = append(b, ","+nl1+`"latest": `...)
		b = appendString(b, f.Latest)
	}
	if len(f.Diff) > 0 {
		b = append(b, ","+nl1+`"diff": [`...)
		for i, op := range f.Diff {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, nl2+"{"+nl3+`"op": `...)
			b = appendString(b, op.Op)
			b = append(b, ","+nl3+`"text": `...)
			b = appendString(b, op.Text)
			b = append(b, nl2+"}"...)
		}
		b = append(b, nl1+"]"...)
	}
	w.b = b
}

// claims appends elements of a finding's claims array, the first of them the claim at index
// first of the array.
func (w *jw) claims(claims []model.Claim, first int) {
	for i := range claims {
		if first+i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, nl2...)
		w.claim(&claims[i])
	}
}
