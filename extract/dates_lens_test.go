package extract

import (
	"bytes"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestPreparedLensMatchBuilt checks that the length codes prepare makes with the facts are those
// the date extractor builds itself for a document without them.
func TestPreparedLensMatchBuilt(t *testing.T) {
	texts := []string{
		"",
		"Officials said on Monday that 31 people died. The Mayor, Jane Smith, said: “We mourn.”",
		"KYIV (Reuters) — Russia’s strikes on 8/8/2025 hit mid-August; the Kremlin's 2024 plan … é à.",
	}
	for _, text := range texts {
		a := &model.Article{Text: text}
		for _, recycle := range []bool{false, true} {
			var d *Doc
			if recycle {
				b := prepPool.Get().(*prepBufs)
				d = prepare(a, Options{}, b)
			} else {
				d = Prepare(a, Options{})
			}
			c := &dateCtx{d: d}
			c.buildLens()
			got := append([]byte(nil), c.lens...)
			own := &dateCtx{d: &Doc{Sentences: d.Sentences}}
			own.buildLens()
			if !bytes.Equal(got, own.lens) || len(c.lensStart) != len(own.lensStart) {
				t.Fatalf("%q: prepared %v, built %v", text, got, own.lens)
			}
			if len(d.Sentences) > 0 && &c.lens[0] != &d.lens[0] {
				t.Fatalf("%q: the prepared codes were not used", text)
			}
		}
	}
}
