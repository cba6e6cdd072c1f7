package load

import (
	"github.com/crosscheck/crosscheck/model"
)

// parseText reads a plain-text article: the first line may carry the publication date, boilerplate
// lines are removed, the first headline-like line is the title.
func parseText(name string, data []byte) ([]*model.Article, error) {
	s, err := decodeView(data) // every string returned is built anew
	if err != nil {
		return nil, err
	}
	c := cleanValidBody(s, true, true) // decodeView made it valid UTF-8
	a := &model.Article{Format: "text", Text: c.text}
	a.Title = c.title
	a.Published = c.published
	if isBlank(a.Text) {
		return nil, errEmpty
	}
	return []*model.Article{a}, nil
}
