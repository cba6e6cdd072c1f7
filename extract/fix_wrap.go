package extract

import "strings"

// oneLine writes a name that a hard-wrapped text breaks over two lines ("the Red\nCross",
// "Maria\nLopes") with single spaces, as a name written on one line: the two are one source.
// Text without a line break or tab is returned as it is, without allocating.
func oneLine(t string) string {
	if strings.IndexByte(t, '\n') < 0 && strings.IndexByte(t, '\r') < 0 && strings.IndexByte(t, '\t') < 0 && !strings.Contains(t, "  ") {
		return t
	}
	return strings.Join(strings.Fields(t), " ")
}
