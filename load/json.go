package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/crosscheck/crosscheck/model"
)

func init() {
	Register(".json", parseJSON)
	Register(".jsonl", parseJSONL)
	Register(".ndjson", parseJSONL)
}

// errNoArticles marks a JSON file none of whose objects has an article's fields (a configuration
// or an expectations file): a folder walk skips it, a file named on the command line is an error.
var errNoArticles = errors.New("holds no articles: no object has a title, text, body, content or url field")

// Field names read from a JSON article, best first. Names are matched exactly, then ignoring case.
var (
	jsonTitle     = []string{"title", "headline"}
	jsonText      = []string{"text", "body", "content", "articleBody", "content_html", "content_text", "html", "description", "summary"}
	jsonURL       = []string{"url", "link", "canonical_url", "permalink"}
	jsonPublished = []string{"published", "date", "datePublished", "pubDate", "date_published", "publishedAt", "published_at", "pub_date"}
	jsonOutlet    = []string{"source", "outlet", "publisher", "site_name", "siteName"}
	jsonAuthor    = []string{"author", "byline", "authors", "creator"}
	jsonID        = []string{"slug", "id"}
	// jsonContainers are the keys of an object that holds a list of articles.
	jsonContainers = []string{"articles", "items"}
)

// jsonRecord is one object of a JSON input, with where it starts.
type jsonRecord struct {
	fields map[string]json.RawMessage
	keys   []string // sorted, for case-insensitive look-ups in a fixed order
	line   int      // 1-based line of its opening brace
	where  string   // "line 3" or "record 2 (line 7)", for messages
}

func newRecord(fields map[string]json.RawMessage, line int, where string) *jsonRecord {
	r := &jsonRecord{fields: fields, line: line, where: where}
	for k := range fields {
		r.keys = append(r.keys, k)
	}
	sort.Strings(r.keys)
	return r
}

// get returns the value of the first field present among names.
func (r *jsonRecord) get(names []string) (string, json.RawMessage) {
	for _, n := range names {
		if v, ok := r.fields[n]; ok && !isJSONNull(v) {
			return n, v
		}
	}
	for _, n := range names {
		for _, k := range r.keys {
			if strings.EqualFold(k, n) && !isJSONNull(r.fields[k]) {
				return k, r.fields[k]
			}
		}
	}
	return "", nil
}

func (r *jsonRecord) has(names []string) bool {
	_, v := r.get(names)
	return v != nil
}

func isJSONNull(v json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(v), []byte("null")) }

// parseJSON reads a .json file: one article object, an array of them, an object whose "articles" or
// "items" field lists them, or (if the file holds several objects one after another) JSON Lines.
func parseJSON(name string, data []byte) ([]*model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	start := skipSpace(s, 0)
	if start == len(s) {
		return nil, errEmpty
	}
	dec := json.NewDecoder(strings.NewReader(s))
	var recs []*jsonRecord
	var defaults *jsonRecord
	switch s[start] {
	case '[':
		if _, err := dec.Token(); err != nil {
			return nil, jsonErr(s, err)
		}
		recs, err = decodeArray(s, dec, "record")
		if err != nil {
			return nil, err
		}
		if _, err := dec.Token(); err != nil {
			return nil, jsonErr(s, err)
		}
	case '{':
		recs, defaults, err = decodeObject(s, dec)
		if err != nil {
			return nil, err
		}
	default:
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, valueErr(s, start, err)
		}
		return nil, fmt.Errorf("line %d: want an article object or a list of them, found %s", lineOf(s, start), jsonKind(v))
	}
	if rest := skipSpace(s, int(dec.InputOffset())); rest < len(s) {
		if s[start] == '{' && s[rest] == '{' {
			return parseJSONL(name, data) // several objects, one per line: JSON Lines in a .json file
		}
		line, col := lineCol(s, rest)
		return nil, fmt.Errorf("line %d, column %d: unexpected content after the JSON value", line, col)
	}
	return recordsToArticles(name, recs, defaults)
}

// decodeObject reads a top-level object: either an article, or a container whose "articles" or
// "items" field lists them (its other fields, such as "source", apply to every article).
func decodeObject(s string, dec *json.Decoder) ([]*jsonRecord, *jsonRecord, error) {
	open := skipSpace(s, int(dec.InputOffset()))
	if _, err := dec.Token(); err != nil {
		return nil, nil, jsonErr(s, err)
	}
	fields := map[string]json.RawMessage{}
	var recs []*jsonRecord
	container := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, jsonErr(s, err)
		}
		key, _ := tok.(string)
		valStart := skipSpace(s, skipColon(s, int(dec.InputOffset())))
		if !container && isContainerKey(key) && valStart < len(s) && s[valStart] == '[' {
			if _, err := dec.Token(); err != nil {
				return nil, nil, jsonErr(s, err)
			}
			recs, err = decodeArray(s, dec, "article")
			if err != nil {
				return nil, nil, err
			}
			if _, err := dec.Token(); err != nil {
				return nil, nil, jsonErr(s, err)
			}
			container = true
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, valueErr(s, valStart, err)
		}
		if _, dup := fields[key]; !dup {
			fields[key] = raw
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, jsonErr(s, err)
	}
	self := newRecord(fields, lineOf(s, open), fmt.Sprintf("line %d", lineOf(s, open)))
	if container {
		return recs, self, nil
	}
	return []*jsonRecord{self}, nil, nil
}

func isContainerKey(k string) bool {
	for _, c := range jsonContainers {
		if strings.EqualFold(k, c) {
			return true
		}
	}
	return false
}

// decodeArray reads the elements of an array whose '[' was read; a non-object element is kept as an
// error record.
func decodeArray(s string, dec *json.Decoder, noun string) ([]*jsonRecord, error) {
	var recs []*jsonRecord
	lines := lineCounter{s: s, line: 1}
	for i := 1; dec.More(); i++ {
		at := skipSpace(s, skipComma(s, int(dec.InputOffset())))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, valueErr(s, at, err)
		}
		line := lines.at(at)
		where := fmt.Sprintf("%s %d (line %d)", noun, i, line)
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
			var v any
			_ = json.Unmarshal(raw, &v)
			recs = append(recs, &jsonRecord{line: line, where: where + ": want an object, found " + jsonKind(v)})
			continue
		}
		recs = append(recs, newRecord(fields, line, where))
	}
	return recs, nil
}

// parseJSONL reads JSON Lines: one article object per line. A bad line is reported with its number
// and the other lines still load.
func parseJSONL(name string, data []byte) ([]*model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	var recs []*jsonRecord
	var errs []error
	off := 0
	for n := 1; off < len(s); n++ {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		line := s[off:end]
		off = end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		where := fmt.Sprintf("line %d", n)
		var fields map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(err, &se):
				off := int(se.Offset)
				if off < len(line) || jsonMsg(err) != "unexpected end of JSON input" {
					off-- // the offset counts the offending byte
				}
				_, col := lineCol(line, off)
				errs = append(errs, fmt.Errorf("line %d, column %d: %s", n, col, jsonMsg(err)))
			case errors.As(err, &te):
				errs = append(errs, fmt.Errorf("line %d: want an article object, found %s", n, jsonTypeName(te.Value)))
			default:
				errs = append(errs, fmt.Errorf("line %d: %s", n, jsonMsg(err)))
			}
			recs = append(recs, nil) // keeps the numbering of the other records
			continue
		}
		if fields == nil {
			errs = append(errs, fmt.Errorf("line %d: want an article object, found null", n))
			recs = append(recs, nil)
			continue
		}
		recs = append(recs, newRecord(fields, n, where))
	}
	arts, err := recordsToArticles(name, recs, nil)
	if err != nil && !errors.Is(err, errNoArticles) {
		errs = append(errs, err)
	} else if err != nil && len(errs) == 0 {
		return nil, err
	}
	if len(errs) > 0 {
		return arts, joinErrors(errs)
	}
	return arts, nil
}

// recordsToArticles turns records into articles; records that fail are reported together, and the
// others still load. A nil record is a position whose error was already reported.
func recordsToArticles(name string, recs []*jsonRecord, defaults *jsonRecord) ([]*model.Article, error) {
	articleLike := false
	for _, r := range recs {
		if r != nil && r.fields != nil && (r.has(jsonTitle) || r.has(jsonText) || r.has(jsonURL)) {
			articleLike = true
		}
	}
	if !articleLike {
		if len(recs) == 0 {
			return nil, errEmpty
		}
		return nil, errNoArticles
	}
	var arts []*model.Article
	var errs []error
	base := idBase(name)
	for i, r := range recs {
		if r == nil {
			continue
		}
		if r.fields == nil {
			errs = append(errs, errors.New(r.where))
			continue
		}
		a, err := recordArticle(r, defaults)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.where, err))
			continue
		}
		if a.ID == "" && len(recs) > 1 {
			a.ID = fmt.Sprintf("%s-%d", base, i+1)
		}
		arts = append(arts, a)
	}
	if len(errs) > 0 {
		return arts, joinErrors(errs)
	}
	return arts, nil
}

// recordArticle builds the article of one JSON object.
func recordArticle(r *jsonRecord, defaults *jsonRecord) (*model.Article, error) {
	a := &model.Article{Format: "json"}
	_, raw := r.get(jsonText)
	if raw == nil {
		return nil, errors.New("no article text (no text, body, content or articleBody field)")
	}
	body, err := jsonBody(raw)
	if err != nil {
		return nil, err
	}
	a.Text = textOnly(body)
	if isBlank(a.Text) {
		return nil, errEmpty
	}
	_, v := r.get(jsonTitle)
	a.Title = oneLine(stripTags(jsonString(v)))
	_, v = r.get(jsonURL)
	a.URL = strings.TrimSpace(jsonString(v))
	_, v = r.get(jsonAuthor)
	a.Author = oneLine(jsonString(v))
	_, v = r.get(jsonOutlet)
	a.Outlet = oneLine(jsonString(v))
	if a.Outlet == "" && defaults != nil {
		_, v = defaults.get(jsonOutlet)
		a.Outlet = oneLine(jsonString(v))
	}
	if k, v := r.get(jsonPublished); v != nil {
		t, err := jsonTime(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		a.Published = &t
	}
	_, v = r.get(jsonID)
	a.ID = safeID(jsonString(v))
	return a, nil
}

// jsonString reads a value as text: a string, a number, an object's "name", "rendered", "text" or
// "value" (WordPress and news APIs wrap strings so), or a list of those joined by ", ".
func jsonString(v json.RawMessage) string {
	if v == nil {
		return ""
	}
	var x any
	d := json.NewDecoder(bytes.NewReader(v))
	d.UseNumber()
	if d.Decode(&x) != nil {
		return ""
	}
	return anyString(x, 0)
}

func anyString(x any, depth int) string {
	if depth > 3 {
		return ""
	}
	switch v := x.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case map[string]any:
		for _, k := range []string{"name", "rendered", "text", "value", "href", "url"} {
			if s := anyString(v[k], depth+1); strings.TrimSpace(s) != "" {
				return s
			}
		}
	case []any:
		var parts []string
		for _, e := range v {
			if s := strings.TrimSpace(anyString(e, depth+1)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// jsonText2 reads an article body: HTML is reduced to its text, plain text keeps one paragraph per line.
func jsonBody(raw json.RawMessage) (string, error) {
	var paras []string
	var s string
	if json.Unmarshal(raw, &paras) == nil {
		s = strings.Join(paras, "\n") // a list of paragraphs
	} else {
		s = jsonString(raw)
	}
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "\uFFFD")
	if looksLikeHTML(s) {
		return htmlFragmentText(s)
	}
	if htmlEntity.MatchString(s) {
		s = html.UnescapeString(s)
	}
	s = truncMark.ReplaceAllString(s, "")
	return cleanBlocks(trimmedLines(s)), nil
}

// trimmedLines splits text into its non-blank lines, trimmed: in a JSON body every line break is a
// paragraph break.
func trimmedLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

var (
	// truncMark is the mark news APIs put where they cut a body ("… [+1420 chars]").
	truncMark  = regexp.MustCompile(`\s*…?\s*\[\+\d+ (?:chars|characters)\]\s*$`)
	htmlTag    = regexp.MustCompile(`(?i)</?(?:p|br|div|span|a|b|i|u|em|strong|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|script|style|table|tr|td|section|article|aside|header|footer|nav|iframe|pre|sup|sub|small|hr|q|cite|time)\b[^<>]*>`)
	htmlEntity = regexp.MustCompile(`&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});`)
)

func looksLikeHTML(s string) bool { return htmlTag.MatchString(s) }

// htmlFragmentText reduces an HTML fragment to text blocks, without scripts, styles, asides or widgets.
func htmlFragmentText(s string) (string, error) {
	doc, err := parseHTMLDoc(s)
	if err != nil {
		return "", err
	}
	stripClutter(doc)
	return cleanBlocks(htmlBlocks(doc)), nil
}

// stripTags reduces a short HTML value (a title) to its text.
func stripTags(s string) string {
	if !looksLikeHTML(s) && !htmlEntity.MatchString(s) {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return strings.Join(htmlBlocks(doc), " ")
}

// jsonTime reads a publication time: a date string, or Unix seconds or milliseconds.
func jsonTime(v json.RawMessage) (time.Time, error) {
	v = bytes.TrimSpace(v)
	if len(v) > 0 && (v[0] == '-' || v[0] >= '0' && v[0] <= '9') {
		n, err := strconv.ParseInt(string(v), 10, 64)
		switch {
		case err != nil:
		case n >= 1e9 && n < 1e11:
			return time.Unix(n, 0).UTC(), nil
		case n >= 1e12 && n < 1e14:
			return time.UnixMilli(n).UTC(), nil
		}
		return time.Time{}, fmt.Errorf("cannot read %s as a date (use YYYY-MM-DD, RFC 3339 or Unix seconds)", v)
	}
	return ParseTime(jsonString(v))
}

// safeID turns an id or slug into a source id: a web address gives its last path segment, and
// characters other than letters, digits, '-', '_' and '.' become '-'.
func safeID(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if isURL(s) {
		return urlID(s)
	}
	return sanitizeID(s)
}

func sanitizeID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		ok := r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != utf8.RuneError && !isSpaceRune(r)
		if !ok {
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
			continue
		}
		b.WriteRune(r)
		dash = r == '-'
	}
	out := strings.Trim(b.String(), "-.")
	if len(out) > 80 {
		out = strings.TrimRight(strings.ToValidUTF8(out[:80], ""), "-.")
	}
	return out
}

func isSpaceRune(r rune) bool {
	return r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\u3000' || r >= '\u2000' && r <= '\u200b'
}

// skipSpace returns the offset of the first non-space byte at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func skipComma(s string, i int) int {
	i = skipSpace(s, i)
	if i < len(s) && s[i] == ',' {
		i++
	}
	return i
}

func skipColon(s string, i int) int {
	i = skipSpace(s, i)
	if i < len(s) && s[i] == ':' {
		i++
	}
	return i
}

// lineCol converts a byte offset into a 1-based line and a 1-based column counted in characters.
func lineCol(s string, off int) (int, int) {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
	}
	line := 1 + strings.Count(s[:off], "\n")
	lineStart := strings.LastIndexByte(s[:off], '\n') + 1
	return line, utf8.RuneCountInString(s[lineStart:off]) + 1
}

// lineCounter gives the lines of increasing offsets without counting from the start each time.
type lineCounter struct {
	s         string
	off, line int
}

func (c *lineCounter) at(off int) int {
	if off < c.off {
		return lineOf(c.s, off)
	}
	c.line += strings.Count(c.s[c.off:off], "\n")
	c.off = off
	return c.line
}

func lineOf(s string, off int) int {
	l, _ := lineCol(s, off)
	return l
}

// jsonErr names the line and column of an error of the decoder's Token method, whose offsets
// point at the offending byte of s.
func jsonErr(s string, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		line, col := lineCol(s, int(se.Offset))
		return fmt.Errorf("line %d, column %d: %s", line, col, jsonMsg(err))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		line, col := lineCol(s, len(s))
		return fmt.Errorf("line %d, column %d: unexpected end of JSON input", line, col)
	}
	return errors.New(jsonMsg(err))
}

// valueErr names the line and column of an error in decoding the value that starts at offset at of s.
// The decoder counts a value's offsets from where it began scanning, so the value is decoded again
// on its own to place the fault.
func valueErr(s string, at int, err error) error {
	var raw json.RawMessage
	err2 := json.NewDecoder(strings.NewReader(s[at:])).Decode(&raw)
	var se *json.SyntaxError
	switch {
	case errors.As(err2, &se):
		off := at + int(se.Offset) - 1 // the offset counts the offending byte
		line, col := lineCol(s, off)
		return fmt.Errorf("line %d, column %d: %s", line, col, jsonMsg(err2))
	case errors.Is(err2, io.ErrUnexpectedEOF) || errors.Is(err2, io.EOF):
		line, col := lineCol(s, len(s))
		return fmt.Errorf("line %d, column %d: unexpected end of JSON input", line, col)
	}
	return jsonErr(s, err)
}

func jsonMsg(err error) string {
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if msg == "unexpected EOF" || msg == "EOF" {
		return "unexpected end of JSON input"
	}
	return msg
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "a value"
}

func jsonTypeName(t string) string {
	switch t {
	case "array":
		return "a list"
	case "string", "number", "bool":
		return "a " + t
	}
	return t
}

// joinErrors joins errors, flattening joined ones, so that Load reports each one on its own.
func joinErrors(errs []error) error {
	var flat []error
	for _, e := range errs {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			flat = append(flat, j.Unwrap()...)
		} else if e != nil {
			flat = append(flat, e)
		}
	}
	if len(flat) == 1 {
		return flat[0]
	}
	return errors.Join(flat...)
}
