package load

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mayBeLines sit on the edges of the cheap tests in front of the boilerplate expressions.
var mayBeLines = []string{
	"5 min read", "5 MIN READ", "12 minutes read", "1 mins read", "05 minute read", "5 min", "5 mi",
	"5  min read", "5\tmin read", "5min read", "2025-10-13", "321 people were injured", "5 min read ",
	"Tag: x", "tags: a, b", "The end", "the", "Zebra", "[link]", "~", "Share", "sHaRe ThIs", "ſhare",
	"Sponsored", "Print", "Email", "Related", "Kelvin", "Advertisement", "By", "by Anna",
}

// TestMayBeBoilerLine checks that the cheap test says yes to every line boilerLine matches.
func TestMayBeBoilerLine(t *testing.T) {
	lines := append(append([]string{}, mayBeLines...), equivLines...)
	for _, l := range lines {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l), " " + l + " "} {
			if boilerLine.MatchString(s) && !mayBeBoilerLine(strings.TrimSpace(s)) {
				t.Errorf("mayBeBoilerLine(%q) = false, but boilerLine matches", s)
			}
		}
	}
}

// TestIsNavWord checks the length filter in front of the map of section names.
func TestIsNavWord(t *testing.T) {
	for w := range navWords {
		for _, s := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isNavWord(s, true) {
				t.Errorf("isNavWord(%q) = false", s)
			}
		}
		if isNavWord(w+"s"+"x", true) && navWords[w+"sx"] == false {
			t.Errorf("isNavWord(%q) = true", w+"sx")
		}
	}
}

func FuzzMayBeBoilerLine(f *testing.F) {
	for _, l := range mayBeLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		trim := strings.TrimSpace(l)
		if boilerLine.MatchString(trim) && !mayBeBoilerLine(trim) {
			t.Errorf("mayBeBoilerLine(%q) = false, but boilerLine matches", trim)
		}
	})
}

func FuzzNextTextOnlyMark(f *testing.F) {
	for _, l := range equivLines {
		f.Add(l + "\n" + l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !textOnlyMark[s[want]] {
				want++
			}
			if got := nextTextOnlyMark(s, i); got != want {
				t.Fatalf("nextTextOnlyMark(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// checkLineSet adds the lines of text of 8 bytes or more to a lineSet and to a map, which must agree.
func checkLineSet(t *testing.T, text string) {
	set := getLineSet()
	defer set.release()
	seen := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		if len(l) < 8 {
			continue
		}
		if got, want := set.add(l), !seen[l]; got != want {
			t.Fatalf("add(%q) = %v, want %v", l, got, want)
		}
		seen[l] = true
	}
}

func TestLineSet(t *testing.T) {
	var b strings.Builder
	for i := range 3000 { // many lines of the same ends and length: equal hashes are likely
		fmt.Fprintf(&b, "The same opening %04d and the same end\n", i%1700)
		fmt.Fprintf(&b, "abcdefgh%dabcdefgh\n", i%900)
	}
	checkLineSet(t, b.String())
	for _, body := range equivBodies(t) {
		checkLineSet(t, body)
	}
}

func FuzzLineSet(f *testing.F) {
	f.Add("abcdefghij\nabcdefghij\nabcdefghik\n0123456789012345678901\n")
	f.Fuzz(func(t *testing.T, text string) { checkLineSet(t, text) })
}

func FuzzCountBinaryCtrl(f *testing.F) {
	for _, l := range equivLines {
		f.Add([]byte(l + "\n\x01\x02 " + l))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want := 0
		for _, c := range b {
			want += int(binaryCtrl[c])
		}
		if got := countBinaryCtrl(b); got != want {
			t.Fatalf("countBinaryCtrl(%q) = %d, want %d", b, got, want)
		}
	})
}

// TestIsBoilerLine checks that the fast yes agrees with boilerLine, and that it says yes to the
// template lines of the generated articles.
func TestIsBoilerLine(t *testing.T) {
	lines := append(append([]string{}, mayBeLines...), equivLines...)
	lines = append(lines, "Share this article", "Read more", "Follow us on Twitter", "Sign up for our newsletter",
		"All rights reserved.", "Advertisement", "Related stories", "4 min read", "12 Minutes Read", "© 2025 X",
		"copyright © x", "Tags: a", "read more\nx", "Subscribe\u00a0now", "subscribe\xff", "SHARE", "5 mins  read")
	for _, l := range lines {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l)} {
			s = strings.TrimSpace(s)
			if isBoilerLine(s) && !boilerLine.MatchString(s) {
				t.Errorf("isBoilerLine(%q) = true, but boilerLine does not match", s)
			}
		}
	}
	for _, s := range []string{"Share this article", "Read more", "Follow us on Twitter", "4 min read", "Advertisement"} {
		if !isBoilerLine(s) {
			t.Errorf("isBoilerLine(%q) = false", s)
		}
	}
}

func FuzzIsBoilerLine(f *testing.F) {
	for _, l := range append(append([]string{}, mayBeLines...), equivLines...) {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		s := strings.TrimSpace(l)
		if isBoilerLine(s) && !boilerLine.MatchString(s) {
			t.Errorf("isBoilerLine(%q) = true, but boilerLine does not match", s)
		}
	})
}

func checkCredit(t *testing.T, l string) {
	if m, sure := creditMatch(l); sure && m != creditLine.MatchString(l) {
		t.Errorf("creditMatch(%q) = %v, sure; creditLine says %v", l, m, !m)
	}
	if isCreditLine(l) != creditLine.MatchString(l) {
		t.Errorf("isCreditLine(%q) disagrees with creditLine", l)
	}
}

func TestCreditMatch(t *testing.T) {
	lines := append(append([]string{}, mayBeLines...), equivLines...)
	lines = append(lines, "Photo: x", "photos :", "PHOTOGRAPH credit : x", "File photo: x", "file  photo: x",
		"Image credit:", "image credits:", "Credit credit:", "Video\t:", "Illuſtration: x", "Fire in X: y",
		"Photo credit", "photocredit:", "pictures:", "graphics:", "graphic credit\t: x", "photo:", "photo")
	for _, l := range lines {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l), " " + l} {
			checkCredit(t, s)
		}
	}
}

func FuzzCreditMatch(f *testing.F) {
	for _, l := range append(append([]string{}, mayBeLines...), equivLines...) {
		f.Add(l)
	}
	f.Add("photo credit : x")
	f.Fuzz(func(t *testing.T, l string) { checkCredit(t, l) })
}

// TestIsWideSpace compares isWideSpace with unicode.IsSpace on every character from U+0080 and on
// cut and invalid sequences.
func TestIsWideSpace(t *testing.T) {
	for r := rune(0x80); r <= 0x10ffff; r++ {
		s := string(r)
		if got, want := isWideSpace(s+"x"), unicode.IsSpace(r) && utf8.ValidRune(r); got != want {
			t.Fatalf("isWideSpace(%q) = %v, want %v", s, got, want)
		}
		for i := 1; i < len(s); i++ {
			rr, _ := utf8.DecodeRuneInString(s[:i])
			if isWideSpace(s[:i]) != unicode.IsSpace(rr) {
				t.Fatalf("isWideSpace(%q) wrong", s[:i])
			}
		}
	}
}

func FuzzIsWideSpace(f *testing.F) {
	f.Add("\u2000x")
	f.Fuzz(func(t *testing.T, s string) {
		r, _ := utf8.DecodeRuneInString(s)
		if s != "" && s[0] >= 0x80 && isWideSpace(s) != unicode.IsSpace(r) {
			t.Fatalf("isWideSpace(%q) = %v", s, isWideSpace(s))
		}
	})
}

func FuzzMatchDateLine(f *testing.F) {
	for _, l := range equivLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := matchDateLine(l), dateLine.FindStringSubmatchIndex(l); !reflect.DeepEqual(got, want) {
			t.Fatalf("matchDateLine(%q) = %v, want %v", l, got, want)
		}
	})
}

func FuzzIsNavLine(f *testing.F) {
	for _, l := range equivLines {
		f.Add(l)
	}
	f.Add("world | Politics")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := isNavLine(l), refIsNavLine(l); got != want {
			t.Fatalf("isNavLine(%q) = %v, want %v", l, got, want)
		}
	})
}
