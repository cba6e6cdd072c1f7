package report

import (
	"fmt"
	"io"
	"strconv"

	"github.com/crosscheck/crosscheck/model"
)

// WriteMentionsTable lists what was read without being a claim, or besides one: every number,
// amount, percentage, date and duration (`claims --mentions`), one per row in text order.
func WriteMentionsTable(w io.Writer, ms []model.Mention) error {
	t := newTable(w)
	t.Header("Kind", "Text", "Read as", "Source", "Line")
	for _, m := range ms {
		if err := t.Append(m.Kind, Terminal(m.Text), Terminal(m.Normalized), Terminal(m.Source), strconv.Itoa(m.Pos.Line)); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", plural(len(ms), "mention"))
	return err
}
