package load

import "strings"

// looseFrontMatter reads front matter that YAML refuses but a person reads at once: flat "key:
// value" lines whose value holds a colon and a space ("title: Nordvik Motors: what the results
// mean"), as writers and export tools often leave it. Every line must be such a line, with an
// unindented key and a value that opens with no YAML indicator; each value is taken as written
// (a pair of enclosing quotes dropped). Anything else (indentation, lists, brackets, an open
// quote) is no such front matter, and the parser's error stands.
func looseFrontMatter(text string) (frontMatter, bool) {
	var fm frontMatter
	found := false
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		colon := strings.Index(line, ": ")
		if colon <= 0 || !looseKey(line[:colon]) {
			return fm, false
		}
		value := strings.TrimSpace(line[colon+2:])
		if value == "" || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", value[0]) >= 0 && !quotedWhole(value) {
			return fm, false
		}
		if quotedWhole(value) {
			value = value[1 : len(value)-1]
		}
		if k := frontMatterKey(line[:colon]); k >= 0 {
			*fm.field(k) = value
			found = true
		}
	}
	return fm, found
}

// looseKey reports whether k is a plain key: a letter, then letters, digits, "_" or "-".
func looseKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		letter := 'a' <= c|0x20 && c|0x20 <= 'z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '_' || c == '-')) {
			return false
		}
	}
	return k != ""
}

// quotedWhole reports whether v is enclosed in one pair of matching quotes with none inside.
func quotedWhole(v string) bool {
	if len(v) < 2 || v[0] != v[len(v)-1] || v[0] != '"' && v[0] != '\'' {
		return false
	}
	return !strings.ContainsRune(v[1:len(v)-1], rune(v[0]))
}
