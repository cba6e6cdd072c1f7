package extract

import "strings"

// oneLine writes a name that a hard-wrapped text breaks over two lines ("the Red\nCross",
// "Maria\nLopes") with single spaces, as a name written on one line: the two are one source.
// Text without a line break or tab (nearly all) is returned as it is, after one pass over its
// bytes, without allocating.
func oneLine(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] < ' ' {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return t
}
