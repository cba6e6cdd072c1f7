package extract

import (
	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/numbers"
)

// ages reads a named person's age, the detail outlets most often get wrong about the people in a
// story: "Gary Whitfield, 61, was convicted" against "Whitfield, 62, …". An age is keyed by the
// person's full name (a surname alone resolves to the full name the article gives) and compared
// exactly: 61 and 62 conflict. Read: "Name, 61," "Name, aged 61," "Name (61)" and "the
// 61-year-old Name" / "a 61-year-old retired teacher, Name". Not read: ages of groups ("two men,
// aged 25 and 31"), ranges and hedges ("in his 60s", "about 60"), ages without a person's name
// ("a 61-year-old man"), and names that are no person's (a body, a place).
type ages struct{}

func init() { extractors = append(extractors, ages{}) }

func (ages) Name() string { return "age" }

func (ages) Extract(d *Doc) []model.Claim {
	var out []model.Claim
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for ni := range s.Numbers {
			n := &s.Numbers[ni]
			if n.Hedge != "" || n.Interval.Low != n.Interval.High || n.Value < 1 || n.Value > 120 || n.Year || n.Words {
				continue
			}
			// "Gary Whitfield (61)": an age by the press's custom, which the numbers do not mark
			if !n.Age && !(s.Lower(n.First-1) == "(" && s.Lower(n.Last+1) == ")" && !n.ID && !n.Ordinal && n.Scale == "" && n.Prefix == "") {
				continue
			}
			person := d.agedPerson(s, n)
			if person == "" {
				continue
			}
			vs := model.Span{Start: s.Tokens[n.NumFirst].Start, End: s.Tokens[n.NumFirst].End}
			att := d.Attribution(s, n.NumFirst)
			if att == person || d.resolvePerson(att) == person {
				att = "" // "Maria Lopez, 54, said": her age is the reporter's, not her statement
			}
			out = append(out, model.Claim{
				Type:        model.TypeQuantity,
				Kind:        "age",
				Key:         "quantity|age|" + normalize.Key(person),
				Subject:     person + " · age",
				Measure:     "age",
				Value:       d.Article.Text[vs.Start:vs.End],
				Attribution: att,
				Quantity:    &model.Quantity{Interval: model.Exact(n.Value), Unit: "years"},
				Evidence:    s.evidence(),
				ValueSpan:   vs,
			})
		}
	}
	return out
}

// agedPerson is the full name of the person whose age n gives, or "".
func (d *Doc) agedPerson(s *Sent, n *numbers.Number) string {
	i := n.NumFirst
	name := ""
	switch p := s.Lower(i - 1); {
	case p == "," && s.Lower(n.Last+1) == ",":
		name = d.ownerOf(s, i-1) // "Gary Whitfield, 61, was …"
	case p == "(" && s.Lower(n.Last+1) == ")" && s.lowerWord(n.Last+2) && s.Lower(n.Last+2) != "and" && s.Lower(n.Last+2) != "or" && bracketedNumbers(s) == 1:
		// "Gary Whitfield (61) was …"; not in a list, where brackets may hold anything ("goals
		// from Harry Kane (23) and Bukayo Saka (67)" are minutes)
		name = d.ownerOf(s, i-1)
	case p == "aged" && s.Lower(i-2) == "," && s.Lower(n.Last+1) != "and" && s.Lower(n.Last+1) != "to":
		name = d.ownerOf(s, i-2) // "Gary Whitfield, aged 61, …"
	case s.Lower(n.Last+1) == "-" && (s.Lower(n.Last+2) == "year-old" || s.Lower(n.Last+2) == "years-old"):
		name = nameAfterAge(s, n.Last+3) // "the 61-year-old Gary Whitfield"
	}
	if name == "" || d.people == nil {
		return ""
	}
	p := d.resolvePerson(name)
	if !d.people.personLike(p) {
		return ""
	}
	return p
}

// nameAfterAge reads the name a "61-year-old" qualifies, from token k: "the 61-year-old Gary
// Whitfield", "a 61-year-old retired teacher, Gary Whitfield"; "" when a lower-case word or two
// and no name follow ("a 61-year-old man").
func nameAfterAge(s *Sent, k int) string {
	for m := 0; m < 4 && k < len(s.Tokens) && s.isWord(k) && !s.Tokens[k].IsCapitalized(); m++ {
		k++
	}
	if k < len(s.Tokens) && s.Lower(k) == "," {
		k++ // "a retired teacher, Gary Whitfield"
	}
	j := k
	for j < len(s.Tokens) && j-k < 4 && s.isWord(j) && s.Tokens[j].IsCapitalized() {
		j++
	}
	if j-k < 2 {
		return "" // a full name: a single capitalised word may be a place or a post
	}
	return joinTokens(s, k, j-1)
}

// bracketedNumbers counts the numbers of sentence s that stand alone in brackets: "(61)".
func bracketedNumbers(s *Sent) int {
	c := 0
	for k := range s.Numbers {
		if n := &s.Numbers[k]; s.Lower(n.First-1) == "(" && s.Lower(n.Last+1) == ")" {
			c++
		}
	}
	return c
}
