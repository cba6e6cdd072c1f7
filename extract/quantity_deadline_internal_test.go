package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// TestDeadlineAt: which years close a deadline, by the first year of each sentence.
func TestDeadlineAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Jobs will go by 2027.", true},
		{"Jobs will go by the end of 2027, it said.", true},
		{"Jobs will go by late 2027 and early 2028.", true},
		{"Jobs will go before 2030 at the latest.", true},
		{"Output fell by 2000 units.", false},
		{"Jobs went in 2024.", false},
		{"Jobs went by the 2024 deadline.", false},
		{"Jobs will go at the end of 2027.", false},
	}
	for _, tt := range tests {
		d := Prepare(&model.Article{Source: model.Source{ID: "t"}, Text: tt.text}, Options{})
		s := &d.Sentences[0]
		got, found := false, false
		for k := range s.Tokens {
			if s.Tokens[k].Kind == segment.Number && len(s.Lower(k)) == 4 {
				got, found = deadline(s, k), true
				break
			}
		}
		if !found || got != tt.want {
			t.Errorf("deadline(%q) = %v (year found: %v), want %v", tt.text, got, found, tt.want)
		}
	}
}
