package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/model"
)

// TestCalendarSurnameAt: the hook the date readers may ask, token by token.
func TestCalendarSurnameAt(t *testing.T) {
	a := &model.Article{Source: model.Source{ID: "t"}, Format: "text", Text: "Billy Sunday said the vote was on Sunday."}
	d := Prepare(a, Options{})
	var got []int
	for k := range d.Sentences[0].Tokens {
		if d.calendarSurnameAt(0, k) {
			got = append(got, k)
		}
	}
	assert.Equal(t, []int{1}, got) // "Sunday" the surname, not "on Sunday"
}
