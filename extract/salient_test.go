package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

func TestSalientTerms(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the place of the lead, then a person named twice",
			"Floods killed 12 people in Piura on Monday.\n\nThe governor, Luis Neyra, visited the town. Neyra said 300 homes were destroyed.\n\nRescuers worked through the night. Roads were blocked. Schools were closed. Shops stayed shut.",
			"luis neyra|piura"},
		{"a name mentioned once, deep in the article, is background",
			"Floods killed 12 people in Piura on Monday.\n\nRescuers worked through the night. Roads were blocked. Schools were closed. Shops stayed shut.\n\nPrices of building materials rose 51% in Bangladesh since 2002.",
			"piura"},
		{"a variant spelling takes the canonical name",
			"A missile hit a building in Kiev on Tuesday, officials said.",
			"kyiv"},
		{"the most mentioned first",
			"Talks opened in Geneva on Monday. Delegates met in Geneva again on Tuesday and in Geneva on Wednesday. A team flew in from Rome on Monday.",
			"geneva|rome"},
		{"nothing named", "Prices rose 3% last month, the office said.", ""},
		{"a body's name joined by and is no person",
			"A fire gutted a mill in Halifax on Monday. West Yorkshire Fire and Rescue Service said 12 engines attended. The Greater Manchester Fire and Rescue Service sent 3 crews to Halifax.",
			"halifax"},
		{"days of the calendar are no names",
			"A fire broke out in Salford on Boxing Day. Police arrested a man on Dec. 27. The warehouse in Salford had closed on Christmas Eve.",
			"salford"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: tt.text}
			got := Prepare(a, Options{}).SalientTerms()
			if tt.name != "the most mentioned first" {
				got = slices.Sorted(slices.Values(got))
			}
			if s := strings.Join(got, "|"); s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}

func TestCalendarTerm(t *testing.T) {
	for key, want := range map[string]bool{
		"boxing day": true, "christmas eve": true, "dec": true, "friday": true, "august friday": true,
		"may": false, "theresa may": false, "salford": false, "march": true, "canada": false, "canada day": true,
	} {
		if got := calendarTerm(key); got != want {
			t.Errorf("calendarTerm(%q) = %v, want %v", key, got, want)
		}
	}
}

// TestExtractSetsTerms: extraction leaves the terms on the article's source, for a run's stories.
func TestExtractSetsTerms(t *testing.T) {
	a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: "Floods killed 12 people in Piura on Monday."}
	Extract(a, Options{})
	if strings.Join(a.Terms, "|") != "piura" {
		t.Errorf("terms %q", a.Terms)
	}
}
