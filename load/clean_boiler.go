package load

import "strings"

// isBoilerLine says yes, without the expression, to the template lines boilerLine matches most
// often: a line that is one of its fixed alternatives, or opens with one of those it lets run on
// (".*", which takes anything but a newline), or reads "5 min read". It may say no to a line
// boilerLine matches (the expression then decides), never yes to one it rejects.
func isBoilerLine(trim string) bool {
	s := trimReSpace(trim)
	if s == "" || len(s) > 256 || strings.IndexByte(s, '\n') >= 0 {
		return false
	}
	if strings.HasPrefix(s, "©") {
		return true // ©.*
	}
	var buf [32]byte
	n := min(len(s), len(buf))
	for i := range n {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	head := string(buf[:n]) // s lower-cased (ASCII), as far as buf goes
	if n == len(s) {
		switch head {
		case "source link", "source", "admin", "by admin", "by", "by:", "posted by", "posted by:",
			"written by", "written by:", "reported by", "reported by:", "advertisement", "advert",
			"sponsored", "share", "share this", "share this article", "read more", "related",
			"related articles", "related stories", "more stories", "skip to content",
			"skip to main content", "comments", "leave a comment", "print", "email":
			return true
		}
		if minRead(head) {
			return true
		}
	}
	for _, p := range boilerRunOn {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// boilerRunOn are openings of boilerLine alternatives that end with ".*", lower case.
var boilerRunOn = []string{
	"read more", "subscribe", "sign up", "follow us", "click here", "accept cookies", "accept all cookies",
	"we use cookies", "this website uses cookies", "all rights reserved", "copyright ©", "tags:", "tag:",
	"listen to article", "listen to this article",
}

// minRead reports whether s (lower case) is \d+ min(?:ute)?s? read.
func minRead(s string) bool {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch s[i:] {
	case " min read", " mins read", " minute read", " minutes read":
		return true
	}
	return false
}

// creditWords are the words creditLine opens with, lower case.
var creditWords = []string{"photo", "photos", "image", "images", "picture", "photograph", "credit", "credits",
	"video", "illustration", "graphic", "file photo"}

// creditMatch is creditLine.MatchString(trim) for lines whose words are ASCII; sure is false when
// it met another byte where the expression compares letters (ſ and K fold to s and k), and the
// expression must decide.
func creditMatch(trim string) (match, sure bool) {
	s := trimReSpace(trim)
	for _, w := range creditWords {
		ok, sure := foldPrefix(s, w)
		if !sure {
			return false, false
		}
		if !ok {
			continue
		}
		r := skipReSpace(s[len(w):])
		if r != "" && r[0] == ':' {
			return true, true
		}
		ok, sure = foldPrefix(r, "credit")
		if !sure {
			return false, false
		}
		if ok {
			if r = skipReSpace(r[len("credit"):]); r != "" && r[0] == ':' {
				return true, true
			}
		}
	}
	return false, true
}

// foldPrefix reports whether s opens with w (lower-case ASCII) in either case; sure is false when
// a byte outside ASCII stands where it compares.
func foldPrefix(s, w string) (ok, sure bool) {
	for i := 0; i < len(w); i++ {
		if i >= len(s) {
			return false, true
		}
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false, true
		}
	}
	return true, true
}

// skipReSpace drops what \s* skips at the start of s.
func skipReSpace(s string) string {
	i := 0
	for i < len(s) && isReSpace(s[i]) {
		i++
	}
	return s[i:]
}
