package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestStrikeEvent: a strike is a walkout when its sentence speaks of labour and not of war.
func TestStrikeEvent(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Rail workers will begin a 48-hour strike on Friday.", "walkout"},
		{"The union called off the strike on Tuesday.", "walkout"},
		{"Nurses went on strike on Monday over pay.", "walkout"},
		{"A general strike brought the country to a halt on Monday.", "walkout"},
		{"General Petrov ordered the strike on Tuesday.", "attack"}, // an officer, not a general strike
		{"The strike on Kharkiv happened on Friday.", "attack"},
		{"A Russian missile strike hit Kharkiv on Friday.", "attack"},
		{"The strike killed five workers at the plant on Friday.", "attack"}, // war words win
		{"The strike will begin at midnight on Friday.", "attack"},           // nothing says labour
	} {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: tt.text}, Options{})
		got := ""
		for i := range d.Sentences {
			s := &d.Sentences[i]
			for k := range s.Tokens {
				if w := s.Lower(k); w == "strike" || w == "strikes" {
					got = eventNounAt(s, k)
				}
			}
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
