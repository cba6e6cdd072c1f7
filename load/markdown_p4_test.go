package load

import (
	"strings"
	"testing"
)

// refMarkdownLine is markdownLine as it was, with the expressions cutting the markers.
func refMarkdownLine(l string) string {
	switch mdOpening(l) {
	case '-', '*', '_':
		if mdRule.MatchString(l) {
			return ""
		}
	}
	if mayBeHeading(l) {
		l = mdHeading.ReplaceAllString(l, "")
	}
	if mdOpening(l) == '>' {
		l = mdQuote.ReplaceAllString(l, "")
	}
	if mayBeListItem(l) {
		l = mdList.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "](") {
		l = mdImage.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
	}
	if strings.IndexByte(l, '*') >= 0 || strings.IndexByte(l, '_') >= 0 || strings.IndexByte(l, '`') >= 0 {
		l = dropEmphasis(l)
	}
	return l
}

func checkMarkdownLineP4(t *testing.T, l string) {
	if got, want := markdownLine(l), refMarkdownLine(l); got != want {
		t.Fatalf("markdownLine(%q) = %q, want %q", l, got, want)
	}
}

func TestMarkdownLineP4(t *testing.T) {
	cases := append([]string{"# a", "   ## b", "    # c", "####### d", "###### e", "#\tx", "#", "# ", "> q",
		">q", "   >  q", "    > q", ">", "> # h", "# > q", "- a", "1. b", "123) c", "1234. d", "  * e", "-x",
		"> - item", "# 1. x", "1.", "1. ", "+\t\tz", ">\t", "## ### x", "-  ", " 12.\fx",
		"---", "* * *", "- - -", "___", "  ***  ", "-- -x", "-\t-\t-", "--", "    ---", "-*_", "- -", "_ _ _ _"}, markdownCases...)
	for _, l := range cases {
		checkMarkdownLineP4(t, l)
	}
}

func FuzzMarkdownLineP4(f *testing.F) {
	for _, l := range markdownCases {
		f.Add(l)
	}
	f.Add("  > ## 12) x")
	f.Fuzz(checkMarkdownLineP4)
}
