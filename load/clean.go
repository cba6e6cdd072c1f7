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

// isNavLine reports whether a line is a bar of section names: short capitalised words, no sentence,
// at least half of them known section names (a lone known section name counts).
func isNavLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 14 {
		return false
	}
	known := 0
	for _, w := range f {
		w = strings.Trim(w, "|•·/>»›-–")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '&' && c != '-' {
				return false
			}
		}
		if navWords[strings.ToLower(w)] {
			known++
		}
	}
	if len(f) == 1 {
		return known == 1
	}
	return len(f) >= 3 && known*2 >= len(f)
}

// isBoilerplate reports whether a trimmed line or block is page furniture rather than article text:
// a credit, a template line ("Share", "Read more"), a bare image, a bar of section names.
func isBoilerplate(trim string) bool {
	return creditLine.MatchString(trim) || boilerLine.MatchString(trim) || imageLine.MatchString(trim) || isNavLine(trim)
}

// cleanBlocks drops boilerplate blocks and blocks repeated whole (the second time), and joins the rest
// with a blank line between them. Blocks are already trimmed.
func cleanBlocks(blocks []string) string {
	seen := make(map[string]bool, len(blocks))
	var b strings.Builder
	for _, blk := range blocks {
		if blk == "" || isBoilerplate(blk) {
			continue
		}
		norm := strings.Join(strings.Fields(blk), " ")
		if len(norm) >= 20 {
			if seen[norm] {
				continue
			}
			seen[norm] = true
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
// leading date line. Removed lines become empty lines.
func cleanBody(body string, readDate bool) cleaned {
	var out cleaned
	body = textOnly(body)
	lines := strings.SplitAfter(body, "\n")
	seen := make(map[string]bool, len(lines))
	firstContent := true
	kept := false
	var b strings.Builder
	b.Grow(len(body))
	for _, raw := range lines {
		line := strings.TrimSuffix(raw, "\n")
		nl := len(raw) > len(line)
		trim := strings.TrimSpace(line)
		keep := trim != ""
		if keep && firstContent && readDate {
			if m := dateLine.FindStringSubmatchIndex(line); m != nil {
				if t, err := time.Parse("2006-01-02", line[m[2]:m[3]]); err == nil {
					out.published = &t
					rest := strings.TrimSpace(line[m[1]:])
					if len(rest) < 60 || isNavLine(rest) {
						keep = false // "date 2025-11-04 World Russia Society …": a dateline over a nav bar
					} else {
						// the date opens a paragraph: blank the date, keep the words
						line = strings.Repeat(" ", m[1]) + line[m[1]:]
						trim = strings.TrimSpace(line)
					}
				}
			}
		}
		if keep && isBoilerplate(trim) {
			keep = false
		}
		if keep {
			norm := strings.Join(strings.Fields(trim), " ")
			if len(norm) >= 20 {
				if seen[norm] {
					keep = false // a paragraph repeated whole is read once
				}
				seen[norm] = true
			}
		}
		if trim != "" {
			firstContent = false
		}
		if keep {
			if !kept && looksLikeTitle(trim) {
				out.title = trim
			}
			kept = true
			b.WriteString(line)
		}
		if nl {
			b.WriteByte('\n')
		}
	}
	out.text = b.String()
	return out
}

// textOnly turns control characters other than newline and tab into spaces and drops bidi
// overrides: article text is data, and escape residue must not read as words ("\x1b[2J said").
func textOnly(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 || c == 0xe2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
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
