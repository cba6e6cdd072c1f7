package extract

import (
	"reflect"
	"testing"
)

// FuzzLeadCursor checks that pairing the marks of consecutive paragraphs with one shared cursor
// finds what pairing each paragraph on its own finds, paragraphs out of order included.
func FuzzLeadCursor(f *testing.F) {
	f.Add("She said “unbalanced. He said \"nested “quotes” here\" and left.” ‘single quotes’ «guillemets»", 10, 40, 70)
	f.Add("Ukraine's 'lead' — “We will,” he said, \"go\" ’tis x' 'y \xe2\x80 “\xe2\x80\x9d\xc2«»", 5, 30, 20)
	f.Fuzz(func(t *testing.T, s string, a, b, c int) {
		cuts := []int{0, a, b, c, len(s)}
		for i, x := range cuts {
			cuts[i] = min(max(x, 0), len(s))
		}
		cur := newLeadCursor()
		var got, want []quoteRegion
		for i := 0; i+1 < len(cuts); i++ {
			start, end := cuts[i], max(cuts[i], cuts[i+1])
			got = cur.paragraph(got, s, start, end)
			want = append(want, paragraphQuotesRef(s, start, end)...)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q cut at %v: got %v, want %v", s, cuts, got, want)
		}
	})
}
