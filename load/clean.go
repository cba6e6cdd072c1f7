package load

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Cleaning works line by line and replaces a removed line by an empty one, so that line numbers in the
// cleaned text are those of the input file.

var (
	// dateLine is a leading line that starts with a publication date ("date 2025-11-04 World …").
	dateLine = regexp.MustCompile(`^\s*(?i:(?:date|published|posted|updated)\s*:?\s*)?(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	// credit lines: photo and image credits, captions' sources.
	creditLine = regexp.MustCompile(`^(?i)\s*(?:photo|photos|image|images|picture|photograph|credit|credits|video|illustration|graphic|file photo)\s*(?:credit)?\s*:`)
	// boilerLine are whole lines a site template adds around an article.
	boilerLine = regexp.MustCompile(`^(?i)\s*(?:source link|source|admin|by admin|(?:posted |written |reported )?by:?|advertisement|advert|sponsored|share|share this|share this article|share on \w+|read more|read more:?.*|related|related articles|related stories|more stories|subscribe.*|sign up.*|follow us.*|click here.*|skip to (?:main )?content|accept (?:all )?cookies.*|we use cookies.*|this website uses cookies.*|all rights reserved.*|copyright ©.*|©.*|comments|leave a comment|print|email|tags?:.*|listen to (?:this )?article.*|\d+ min(?:ute)?s? read)\s*$`)
	// imageLine is a bare image path or Markdown image left over from a saved page.
	imageLine = regexp.MustCompile(`^(?i)\s*(?:!\[[^\]]*\]\([^)]*\)|\S*\.(?:webp|jpe?g|png|gif|svg|avif)(?:\?\S*)?\)?)\s*$`)
)

// navWords are section names that site navigation bars are made of.
var navWords = map[string]bool{
	"world": true, "politics": true, "business": true, "sport": true, "sports": true, "opinion": true,
	"science": true, "society": true, "tech": true, "technology": true, "culture": true, "health": true,
	"entertainment": true, "lifestyle": true, "video": true, "videos": true, "home": true, "news": true,
	"economy": true, "incidents": true, "travel": true, "weather": true, "latest": true, "life": true,
	"arts": true, "style": true, "food": true, "media": true, "environment": true, "education": true,
	"local": true, "national": true, "international": true, "markets": true, "money": true, "podcasts": true,
	"photos": true, "live": true, "more": true, "menu": true, "search": true, "login": true, "newsletters": true,
	"climate": true, "uk": true, "us": true, "europe": true, "asia": true, "africa": true, "americas": true,
	"russia": true, "ukraine": true, "middle": true, "east": true, "analysis": true, "features": true,
	"investigations": true, "crime": true, "justice": true, "war": true, "defence": true, "defense": true,
}

// matchDateLine is dateLine.FindStringSubmatchIndex(line), skipped when the line cannot match: it
// opens, after \s, with a digit or with date, published, posted or updated (d, p and u fold only
// to their other case).
func matchDateLine(line string) []int {
	s := skipReSpace(line)
	if s == "" {
		return nil
	}
	switch c := s[0]; {
	case '0' <= c && c <= '9', c|0x20 == 'd', c|0x20 == 'p', c|0x20 == 'u':
		return dateLine.FindStringSubmatchIndex(line)
	}
	return nil
}

// isNavLine reports whether a line is a bar of section names: short capitalised words, no sentence,
// at least half of them known section names (a lone known section name counts). It walks the
// fields in place (as strings.Fields splits them) and gives up at the first word that cannot be a
// section name, so a line of prose costs a few words.
func isNavLine(line string) bool {
	if line != "" {
		// a first word opening with an ASCII character that is not a capital or a trimmed mark
		// (prose that goes on in lower case, a number) is not a section name
		if c := line[0]; c < utf8.RuneSelf && asciiSpace[c] == 0 && !('A' <= c && c <= 'Z') && c != '|' && c != '/' && c != '>' && c != '-' {
			return false
		}
	}
	if !mayBeNavLine(line) {
		return false
	}
	n, known := 0, 0
	for rest := line; ; {
		var w string
		w, rest = nextField(rest)
		if w == "" {
			break
		}
		if n++; n > 14 {
			return false
		}
		if !isASCIILetter(w[0]) || !isASCIILetter(w[len(w)-1]) { // else nothing to trim
			w = strings.Trim(w, "|•·/>»›-–")
		}
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		ascii := true
		for _, c := range w {
			if c >= utf8.RuneSelf {
				ascii = false
				if !unicode.IsLetter(c) {
					return false
				}
			} else if !isASCIILetter(byte(c)) && c != '&' && c != '-' {
				return false
			}
		}
		if isNavWord(w, ascii) {
			known++
		}
	}
	if n == 0 {
		return false
	}
	if n == 1 {
		return known == 1
	}
	return n >= 3 && known*2 >= n
}

// mayBeNavLine says no, in one pass over its bytes, to a line that holds a byte no bar of section
// names holds: an ASCII byte that is not a letter, '&', '-', a separator ('|', '/', '>') or
// white space, or a lower-case letter opening a word after a space (a word of prose). isNavLine
// rejects every such line too, whatever comes before it; it may say yes to a line isNavLine
// rejects.
func mayBeNavLine(line string) bool {
	for i := 0; i < len(line); i++ {
		switch navByte[line[i]] {
		case 0:
			return false
		case ' ':
			if i+1 < len(line) && 'a' <= line[i+1] && line[i+1] <= 'z' {
				return false
			}
		}
	}
	return true
}

// navByte is 0 for the ASCII bytes a bar of section names does not hold, ' ' for a space and 1
// for the others (bytes beyond ASCII are left to isNavLine).
var navByte = func() (m [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf, isASCIILetter(byte(c)), asciiSpace[c] != 0,
			c == '&', c == '-', c == '|', c == '/', c == '>':
			m[c] = 1
		}
	}
	m[' '] = ' '
	return m
}()

// isNavWord reports whether a word, lower-cased, is a known section name; ASCII words are
// lower-cased on the stack (the longest section name has 14 letters).
func isNavWord(w string, ascii bool) bool {
	if !ascii {
		return navWords[strings.ToLower(w)] // "POLİTİCS" lower-cases to ASCII too
	}
	if len(w) > 16 || navLens[w[0]|0x20]&(1<<len(w)) == 0 {
		return false // no section name has this first letter and length
	}
	for _, p := range navByFirst[w[0]|0x20] {
		if len(p) == len(w) && foldOpens(w, p) {
			return true // w is p in either case (w is ASCII)
		}
	}
	return false
}

// navLens has bit n set for the first letter of each section name of n letters.
var navLens = func() (m [256]uint32) {
	for w := range navWords {
		m[w[0]] |= 1 << len(w)
	}
	return m
}()

// navByFirst lists the section names by first letter, for isNavWord to compare ASCII words
// with them instead of lower-casing and hashing the word for the map.
var navByFirst = func() (m [256][]string) {
	for w := range navWords {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// nextField returns the first field of s as strings.Fields splits it (runs of unicode.IsSpace)
// and what follows it; the field is "" when s holds no more.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) { // skip spaces
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] == 0 {
				break
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
	start := i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] != 0 {
				break
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
	}
	return s[start:i], s[i:]
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// isBoilerplate reports whether a trimmed line or block is page furniture rather than article text:
// a credit, a template line ("Share", "Read more"), a bare image, a bar of section names. Each
// expression runs only when a cheap test says the line could match it (most lines are prose).
func isBoilerplate(trim string) bool {
	// the mayBe tests read the line trimmed as the expressions' \s* would: trimmed once here
	s := trimReSpace(trim)
	return mayBeCreditTrimmed(s) && isCreditLine(trim) ||
		mayBeBoilerLineTrimmed(s) && (isBoilerLine(trim) || boilerLine.MatchString(trim)) ||
		mayBeImageTrimmed(s) && imageLine.MatchString(trim) ||
		isNavLine(trim)
}

// isCreditLine is creditLine.MatchString, by hand when the line's opening is ASCII.
func isCreditLine(trim string) bool {
	if m, sure := creditMatch(trim); sure {
		return m
	}
	return creditLine.MatchString(trim)
}

// The mayBe tests below are necessary conditions for the expressions above to match: they may say
// yes to a line the expression rejects, never no to one it accepts. The expressions' \s is ASCII
// ([\t\n\f\r ]), and (?i) folds ASCII letters only to themselves, except k (also U+212A Kelvin
// sign) and s (also U+017F long s).

// isReSpace reports whether c is in the expressions' \s class.
func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// trimReSpace trims what \s* at both ends of an expression would skip.
func trimReSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isReSpace(s[i]) {
		i++
	}
	for j > i && isReSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// mayBeCredit: a credit line opens with one of its words (photo, image, picture, credit, video,
// illustration, graphic, file photo; none folds outside ASCII) and holds a colon.
func mayBeCredit(trim string) bool { return mayBeCreditTrimmed(trimReSpace(trim)) }

// mayBeCreditTrimmed is mayBeCredit of a line trimReSpace has trimmed.
func mayBeCreditTrimmed(s string) bool {
	if len(s) < 4 {
		return false
	}
	// the first four letters of the words (phot, imag, pict, cred, vide, illu, grap, file) hold
	// no k or s: they are ASCII, and fold to lower case with 0x20 (other bytes fold to no letter)
	switch uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24 | 0x20202020 {
	case 'p' | 'h'<<8 | 'o'<<16 | 't'<<24, 'i' | 'm'<<8 | 'a'<<16 | 'g'<<24,
		'p' | 'i'<<8 | 'c'<<16 | 't'<<24, 'c' | 'r'<<8 | 'e'<<16 | 'd'<<24,
		'v' | 'i'<<8 | 'd'<<16 | 'e'<<24, 'i' | 'l'<<8 | 'l'<<16 | 'u'<<24,
		'g' | 'r'<<8 | 'a'<<16 | 'p'<<24, 'f' | 'i'<<8 | 'l'<<16 | 'e'<<24:
		return strings.IndexByte(s, ':') >= 0
	}
	return false
}

// boilerLongest is more than the byte length of any boilerLine alternative of bounded length
// ("skip to main content", 20 letters of at most 3 bytes each when folded).
const boilerLongest = 64

// boilerOpen are the openings of the boilerLine alternatives, lower case: those of unbounded length
// ("Subscribe…", "Share on …") first, then the others. Every line that boilerLine matches opens
// with one of them, a digit ("5 min read") or "©".
var boilerOpen = []string{
	"share on ", "read more", "subscribe", "sign up", "follow us", "click here", "accept ", "we use cookies",
	"this website uses cookies", "all rights reserved", "copyright ", "tag", "listen to ",
	"source", "admin", "by", "posted by", "written by", "reported by", "advert", "sponsored", "share",
	"related", "more stories", "skip to ", "comments", "leave a comment", "print", "email",
}

// boilerUnbounded is how many of boilerOpen open alternatives of unbounded length.
const boilerUnbounded = 13

// mayBeBoilerLine: a template line opens with the words of a boilerLine alternative, and is short
// unless that alternative is of unbounded length.
func mayBeBoilerLine(trim string) bool { return mayBeBoilerLineTrimmed(trimReSpace(trim)) }

// mayBeBoilerLineTrimmed is mayBeBoilerLine of a line trimReSpace has trimmed.
func mayBeBoilerLineTrimmed(s string) bool {
	if s == "" {
		return true
	}
	c := s[0]
	if c >= utf8.RuneSelf {
		return strings.HasPrefix(s, "©") || strings.HasPrefix(s, "ſ")
	}
	if '0' <= c && c <= '9' {
		// "5 min read": only \d+ min(?:ute)?s? read opens with a digit, and m, i, n fold to nothing
		// but their other case
		j := 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		return len(s) >= j+4 && s[j] == ' ' && s[j+1]|0x20 == 'm' && s[j+2]|0x20 == 'i' && s[j+3]|0x20 == 'n'
	}
	lc := c
	if 'A' <= lc && lc <= 'Z' {
		lc += 'a' - 'A'
	}
	open := boilerByFirst[lc]
	if len(open) == 0 {
		return false // no alternative opens with this letter (which folds only to its other case)
	}
	if len(s) > boilerLongest {
		open = open[:boilerUnboundedByFirst[lc]]
	}
	for _, p := range open {
		if foldOpens(s, p) {
			return true
		}
	}
	return false
}

// foldOpens reports whether s opens with p (lower-case ASCII) with its ASCII letters in either
// case, or opens with a part of p and then a byte beyond ASCII (a letter that may fold to the
// next one of p, K or ſ: the expression decides). It compares byte by byte and stops at the
// first difference, rather than lower-casing the opening of s first.
func foldOpens(s, p string) bool {
	for i := range min(len(s), len(p)) {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return len(s) >= len(p)
}

// boilerByFirst lists boilerOpen by first byte, keeping its order; boilerUnboundedByFirst counts
// how many of each list open alternatives of unbounded length.
var boilerByFirst, boilerUnboundedByFirst = func() (by [256][]string, unbounded [256]int) {
	for i, p := range boilerOpen {
		by[p[0]] = append(by[p[0]], p)
		if i < boilerUnbounded {
			unbounded[p[0]]++
		}
	}
	return by, unbounded
}()

// mayBeImage: a bare image is a Markdown image ("![") or one run without inner spaces that has a
// dot before an image extension.
func mayBeImage(trim string) bool { return mayBeImageTrimmed(trimReSpace(trim)) }

// mayBeImageTrimmed is mayBeImage of a line trimReSpace has trimmed.
func mayBeImageTrimmed(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '!' {
		return true
	}
	ext := false // a dot before a letter that can open an image extension (ſ folds to s)
	for i := 0; i < len(s); i++ {
		// (most bytes are neither: one look-up each)
		switch imageScan[s[i]] {
		case 0:
			continue
		case 1:
			return false
		}
		if i+1 < len(s) {
			switch s[i+1] | 0x20 {
			case 'w', 'j', 'p', 'g', 's', 'a', 0xc5 | 0x20:
				ext = true
			}
		}
	}
	return ext
}

// imageScan classes the bytes mayBeImageTrimmed reads: 1 for the expressions' \s (isReSpace),
// 2 for a dot, 0 for any other.
var imageScan = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\f': 1, '\r': 1, '.': 2}

// normSpace is strings.Join(strings.Fields(s), " ") for a trimmed s, without building a new
// string when s already has single ASCII spaces between its words.
func normSpace(s string) string {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		switch normMark[s[i]] {
		case 0:
			continue
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size - 1
		default: // another ASCII space
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// singleSpaced reports whether the only white space (unicode.IsSpace) in s is newlines and single
// ASCII spaces, so that the trimmed lines of s are their own normSpace. The search runs over the
// lead bytes of the other white space characters: U+0085 and U+00A0 (0xc2), U+1680 (0xe1),
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F (0xe2) and U+3000 (0xe3).
func singleSpaced(s string) bool {
	if strings.Contains(s, "  ") {
		return false
	}
	for _, c := range []byte{'\t', '\v', '\f', '\r'} {
		if strings.IndexByte(s, c) >= 0 {
			return false
		}
	}
	for _, lead := range []byte{0xc2, 0xe1, 0xe2, 0xe3} {
		for rest := s; ; {
			i := strings.IndexByte(rest, lead)
			if i < 0 {
				break
			}
			if isWideSpace(rest[i:]) {
				return false
			}
			rest = rest[i+1:]
		}
	}
	return true
}

// isWideSpace reports whether s opens with a white space character (unicode.IsSpace) beyond
// ASCII, compared by its bytes: U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000.
func isWideSpace(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case 0xc2:
		return s[1] == 0x85 || s[1] == 0xa0
	case 0xe1:
		return len(s) >= 3 && s[1] == 0x9a && s[2] == 0x80
	case 0xe2:
		if len(s) < 3 {
			return false
		}
		if s[1] == 0x80 {
			c := s[2]
			return 0x80 <= c && c <= 0x8a || c == 0xa8 || c == 0xa9 || c == 0xaf
		}
		return s[1] == 0x81 && s[2] == 0x9f
	case 0xe3:
		return len(s) >= 3 && s[1] == 0x80 && s[2] == 0x80
	}
	return false
}

// normMark sorts bytes for normSpace: 0 for most, ' ' for a space, 1 for other ASCII spaces,
// utf8.RuneSelf for the bytes of other characters.
var normMark = func() (m [256]uint8) {
	for c := range utf8.RuneSelf {
		m[c] = asciiSpace[c]
	}
	m[' '] = ' '
	for c := utf8.RuneSelf; c < 256; c++ {
		m[c] = utf8.RuneSelf
	}
	return m
}()

// cleanBlocks drops boilerplate blocks and blocks repeated whole (the second time), and joins the rest
// with a blank line between them. Blocks are already trimmed.
func cleanBlocks(blocks []string) string {
	seen := make(map[string]bool, len(blocks))
	var b strings.Builder
	for _, blk := range blocks {
		if blk == "" || isBoilerplate(blk) {
			continue
		}
		if len(blk) >= 20 { // the normalised block is never longer
			if norm := normSpace(blk); len(norm) >= 20 {
				if seen[norm] {
					continue
				}
				seen[norm] = true
			}
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(blk)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// cleaned is the outcome of cleaning a body.
type cleaned struct {
	text      string
	published *time.Time
	title     string
}

// cleanBody removes page boilerplate from a body (already decoded, "\n" line endings) and reads a
// leading date line. Removed lines become empty lines. The text is built in one buffer, and the
// title points into it, so that nothing keeps the body alive once the article is returned.
func cleanBody(body string, readDate bool) cleaned { return cleanValidBody(body, readDate, false) }

// endsSentenceLine reports whether a trimmed line ends where a sentence may end: after . ! ? : ;
// or a closing quotation mark or bracket.
func endsSentenceLine(trim string) bool {
	if trim == "" {
		return true
	}
	switch trim[len(trim)-1] {
	case '.', '!', '?', ':', ';', '"', '\'', ')', ']':
		return true
	}
	return strings.HasSuffix(trim, "”") || strings.HasSuffix(trim, "’") || strings.HasSuffix(trim, "»") ||
		strings.HasSuffix(trim, "…")
}

// wholeLineEnd reports whether a line (trimmed) that repeats an earlier one ends its paragraph or
// at least a sentence, so that dropping it loses no part of a sentence. In hard-wrapped text a
// line that repeats an earlier line may be the head of a sentence the next line goes on with:
// "… information online. Schools in" / "the area were closed on Monday."; dropping it would leave
// "the area were closed" as a sentence of its own. rest is the text after the line.
func wholeLineEnd(trim, rest string, nl bool) bool {
	if !nl || endsSentenceLine(trim) {
		return true
	}
	next := rest
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		next = rest[:i]
	}
	return strings.TrimSpace(next) == ""
}

// cleanValidBody is cleanBody; valid tells that the body is known to be valid UTF-8 (decoded
// by decodeText), which textOnly would otherwise check whenever it meets a byte beyond ASCII.
func cleanValidBody(body string, readDate, valid bool) cleaned {
	var out cleaned
	body, single := textOnlySingle(body, valid)
	var seen *lineSet // taken at the first line long enough to be deduplicated
	// midParagraph: the line before ran on into this one (hard-wrapped text), so this line is no
	// paragraph of its own and is never dropped as a repeat
	midParagraph := false
	firstContent := true
	// inHead: the lines read so far are an article's head (title, byline), so a date line may
	// still come; headLines counts them
	inHead, headLines := true, 0
	kept := false
	titleAt, titleLen := -1, 0
	var b strings.Builder
	b.Grow(len(body))
	for rest := body; ; {
		line := rest
		nl := false
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest, nl = rest[:i], rest[i+1:], true
		}
		trim := strings.TrimSpace(line)
		keep := trim != ""
		if keep && firstContent && readDate {
			if m := matchDateLine(line); m != nil {
				if t, err := time.Parse("2006-01-02", line[m[2]:m[3]]); err == nil {
					out.published = &t
					after := strings.TrimSpace(line[m[1]:])
					if len(after) < 60 || isNavLine(after) {
						keep = false // "date 2025-11-04 World Russia Society …": a dateline over a nav bar
					} else {
						// the date opens a paragraph: blank the date, keep the words
						line = strings.Repeat(" ", m[1]) + line[m[1]:]
						trim = strings.TrimSpace(line)
					}
				}
			} else if t, ok := writtenDateLine(line); ok {
				out.published = &t // "Wednesday, 14 January 2026": the line is the date alone
				keep = false
			}
		} else if keep && inHead && readDate && out.published == nil {
			// a date alone or a byline's date under the title: "By Jane Doe, 14 January 2026"
			if t, ok := writtenDateLine(line); ok {
				out.published, keep = &t, false
			} else if t, ok := bylineDate(line); ok {
				out.published, keep = &t, false
			}
		}
		if keep && inHead {
			inHead = headLine(trim) && headLines < 4
			headLines++
		}
		if keep && isBoilerplate(trim) {
			keep = false
		}
		if keep && len(trim) >= 20 { // the normalised line is never longer than the line
			norm := trim // a trimmed line of a single-spaced body is already normalised
			if !single {
				norm = normSpace(trim)
			}
			if len(norm) >= 20 {
				if seen == nil {
					seen = getLineSet()
				}
				if !seen.add(norm) && !midParagraph && wholeLineEnd(trim, rest, nl) {
					keep = false // a paragraph repeated whole is read once
				}
			}
		}
		if trim != "" {
			firstContent = false
		}
		midParagraph = trim != "" && !endsSentenceLine(trim)
		if keep {
			if !kept && looksLikeTitle(trim) {
				titleAt = b.Len() + len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
				titleLen = len(trim)
			}
			kept = true
			b.WriteString(line)
		}
		if nl {
			b.WriteByte('\n')
		}
		if !nl {
			break
		}
	}
	if seen != nil {
		seen.release()
	}
	out.text = b.String()
	if titleAt >= 0 {
		out.title = out.text[titleAt : titleAt+titleLen]
	}
	return out
}

// textOnly turns control characters other than newline and tab into spaces and drops bidi
// overrides: article text is data, and escape residue must not read as words ("\x1b[2J said").
// Text that needs no change comes back as it is, without a copy.
func textOnly(s string) string {
	i := nextTextOnlyMark(s, 0)
	if i == len(s) {
		return s
	}
	if !utf8.ValidString(s) {
		return textOnlyRunes(s) // bad bytes become U+FFFD along the way
	}
	var b strings.Builder
	done := 0 // s[:done] is written or dropped
	for ; i < len(s); i = nextTextOnlyMark(s, i) {
		c := s[i]
		drop, space := 0, false
		switch {
		case c == 0xc2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				drop, space = 2, true // C1 control
			}
		case c == 0xe2:
			if i+2 < len(s) && isBidiMark(s[i+1], s[i+2]) {
				drop = 3
			}
		default: // C0 control or DEL
			drop, space = 1, true
		}
		if drop == 0 {
			i++
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		if space {
			b.WriteByte(' ')
		}
		done = i + drop
		i += drop
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// nextTextOnlyMark is the offset of the first byte at or after i that textOnlyMark marks, or
// len(s). It tests eight bytes at a time for one below 0x20 or from 0x7f up (printable ASCII text
// has none but its newlines), and only then looks at them one by one.
func nextTextOnlyMark(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(s) {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if ((w-0x20*ones)&^w|(w+ones)|w)&highs == 0 {
			i += 8
			continue
		}
		for end := i + 8; i < end; i++ {
			if textOnlyMark[s[i]] {
				return i
			}
		}
	}
	for ; i < len(s); i++ {
		if textOnlyMark[s[i]] {
			return i
		}
	}
	return len(s)
}

// textOnlyMark marks the bytes where textOnly may have work: control characters other than
// newline and tab, DEL, and the lead bytes of C1 controls (0xc2) and bidi marks (0xe2).
var textOnlyMark = func() (m [256]bool) {
	for c := range 0x20 {
		m[c] = c != '\n' && c != '\t'
	}
	m[0x7f], m[0xc2], m[0xe2] = true, true, true
	return m
}()

// isBidiMark reports whether a character encoded 0xe2 x y is a bidi embedding, override, isolate or
// mark: U+202A-U+202E, U+2066-U+2069, U+200E, U+200F.
func isBidiMark(x, y byte) bool {
	return x == 0x80 && (y >= 0xaa && y <= 0xae || y == 0x8e || y == 0x8f) || x == 0x81 && y >= 0xa6 && y <= 0xa9
}

// textOnlyRunes is textOnly rune by rune, for text that is not valid UTF-8.
func textOnlyRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			b.WriteByte(' ')
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f:
			// bidi embeddings, overrides, isolates and marks: invisible, and able to reorder evidence
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// looksLikeTitle reports whether the first kept line reads as a headline rather than a paragraph.
func looksLikeTitle(s string) bool {
	if len(s) > 160 {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!', ':', ',', ';':
		return false
	}
	return true
}
