package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestStrikeEnding: a strike that ends, is called off or suspended is a walkout; a strike with a
// target, war words, or another verb between it and "ended" stays an attack.
func TestStrikeEnding(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The strike is expected to end on Friday.", "walkout"},
		{"The strike will finally end on Friday.", "walkout"},
		{"The strike was called off on Tuesday.", "walkout"},
		{"Bosses hope to end the strike by Friday.", "walkout"},
		{"The company suspended its strike on Monday.", "walkout"},
		// near misses
		{"The strike on Friday ended a two-week truce.", "attack"},   // "on Friday ended": no verb group
		{"Trump called off the strike on Iran on Friday.", "attack"}, // a target
		{"The missile strike was called off on Tuesday.", "attack"},  // war words win
		{"The strike will begin at midnight on Friday.", "attack"},   // nothing says labour
		{"The strike hit the depot and ended the siege.", "attack"},  // "hit": not an ending of the strike
	} {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: tt.text}, Options{})
		got := ""
		for i := range d.Sentences {
			s := &d.Sentences[i]
			for k := range s.Tokens {
				if w := s.Lower(k); w == "strike" {
					got = eventNounAt(s, k)
				}
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
