package load

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLooseFrontMatter: flat "key: value" lines with a colon in a value are read as written;
// anything YAML refuses for another reason keeps its error.
func TestLooseFrontMatter(t *testing.T) {
	as, err := parseMarkdown("c.md", []byte("---\ntitle: Nordvik Motors: what the results mean\noutlet: Auto Analyst\npublished: 2026-02-06T10:00:00Z\n---\nBody text here.\n"))
	if assert.NoError(t, err) && assert.Len(t, as, 1) {
		a := as[0]
		assert.Equal(t, "Nordvik Motors: what the results mean", a.Title)
		assert.Equal(t, "Auto Analyst", a.Outlet)
		if assert.NotNil(t, a.Published) {
			assert.Equal(t, "2026-02-06", a.Published.Format("2006-01-02"))
		}
	}
	for _, fm := range []string{
		"title: Good\noutlet: [unclosed",
		"title: a\n  b: c",
		"title: \"open: x",
		"- a list: x",
		"title: x: y\nnot a pair",
	} {
		_, err := parseMarkdown("x.md", []byte("---\n"+fm+"\n---\nBody text here.\n"))
		assert.Error(t, err, fm)
	}
}
