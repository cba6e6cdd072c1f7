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
