package extract

import (
	"strings"
	"unicode/utf8"
)

// datelineLeads are capitalised openings followed by a dash that are no dateline.
var datelineLeads = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true, "LIVE": true,
	"OPINION": true, "ANALYSIS": true, "EDITORIAL": true, "COMMENT": true, "CORRECTION": true,
	"REVIEW": true, "INTERVIEW": true, "NEWS": true, "URGENT": true, "FLASH": true, "ALERT": true,
	// bodies and countries written as acronyms open sentences too: "NATO — the alliance said"
	"NATO": true, "FBI": true, "CIA": true, "WHO": true, "IMF": true, "OPEC": true, "NASA": true, "USA": true,
	"UAE": true, "BBC": true, "CNN": true, "ICC": true, "IAEA": true, "FIFA": true, "UEFA": true,
}

// datelinePlace is the place of a wire dateline opening one of the first paragraphs: "TAMPA, Fla.
// (AP) —", "KYIV, Ukraine —", "PORT ST. LUCIE —", "LONDON (Reuters) -". It is the city the story
// was filed from, written in capitals, then an optional region and agency, then a dash; "" when no
// paragraph opens so.
func (d *Doc) datelinePlace() string {
	for _, start := range d.paragraphOpenings() {
		if name := readDateline(d.Article.Text[start:]); name != "" {
			return d.Aliases.Canonical(name)
		}
	}
	return ""
}

// paragraphOpenings are the offsets of the first sentences of the first four paragraphs: where a
// dateline may stand.
func (d *Doc) paragraphOpenings() []int {
	var at []int
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if s.Para > 3 {
			break
		}
		if i == 0 || d.Sentences[i-1].Para != s.Para {
			at = append(at, s.Start)
		}
	}
	return at
}

// readDateline reads the city of a dateline at the start of t, title-cased ("Port St Lucie").
func readDateline(t string) string {
	var words []string
	i := 0
	for len(words) < 5 {
		j := i
		for j < len(t) && ('A' <= t[j] && t[j] <= 'Z' || t[j] == '\'' || t[j] == '-' && j > i) {
			j++
		}
		if j-i < 2 || j < len(t) && t[j] >= utf8.RuneSelf || j < len(t) && 'a' <= t[j] && t[j] <= 'z' {
			break
		}
		w := t[i:j]
		if j < len(t) && t[j] == '.' && placeAbbrev[strings.ToLower(w)] {
			j++ // "ST. LUCIE"
		}
		words = append(words, w)
		i = j
		if i+1 < len(t) && t[i] == ' ' && 'A' <= t[i+1] && t[i+1] <= 'Z' {
			i++
			continue
		}
		break
	}
	if len(words) == 0 || datelineLeads[words[0]] || len(words) == 1 && len(words[0]) < 3 {
		return ""
	}
	rest := skipDatelineDay(t[i:]) // "HELSINKI, Feb 26 (Reuters) -" (dates_dateline.go)
	// ", Fla.", ", Ukraine", ", N.Y.", ", South Korea": the region the city lies in
	if strings.HasPrefix(rest, ", ") {
		k := 2
		for n := 0; n < 3 && k < len(rest) && 'A' <= rest[k] && rest[k] <= 'Z'; n++ {
			for k < len(rest) && (isASCIILetter(rest[k]) || rest[k] == '.') {
				k++
			}
			if k+1 < len(rest) && rest[k] == ' ' && 'A' <= rest[k+1] && rest[k+1] <= 'Z' {
				k++
			}
		}
		rest = skipDatelineDay(rest[k:]) // "KYIV, Ukraine, Feb 24 (Reuters) -"
	}
	rest = strings.TrimLeft(rest, " ")
	// "(AP)", "(Reuters)": the agency
	if strings.HasPrefix(rest, "(") {
		end := strings.IndexByte(rest, ')')
		if end < 0 || end > 40 {
			return ""
		}
		rest = strings.TrimLeft(rest[end+1:], " ")
	}
	if !(strings.HasPrefix(rest, "— ") || strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "- ") ||
		strings.HasPrefix(rest, "-- ")) {
		return ""
	}
	for k, w := range words {
		words[k] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func isASCIILetter(c byte) bool { return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' }

// titleWord writes a capitalised word as a name: "WINSTON-SALEM" → "Winston-Salem".
func titleWord(w string) string {
	b := []byte(strings.ToLower(w))
	for k := range b {
		if k == 0 || b[k-1] == '-' {
			b[k] = b[k] - 'a' + 'A'
		}
	}
	return string(b)
}
