package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// Signature renders a claim as one comparable line, the form labeled corpora list their expected
// claims in:
//
//	casualty: killed 26 people
//	money: 104500000..<105500000 USD   ("$105 million": a rounded figure covers its last digit)
//	percent: 61.5..<62.5               ("62 percent"; "62.4%" is 62.35..<62.45)
//	count: 3000 reservists
//	duration: 50 days
//	magnitude: 6.4
//	date: 2025-08-08            (a range: 2025-10-21/2025-10-31; unresolved: "unresolved on Sunday")
//	role: Matthew Whitaker = permanent representative to nato
//	quote: Matthew Whitaker: i'm hoping he can have a breakthrough
//
// Quantities render their interval with model.Interval.String ("≥14", "~1200", "10..15").
func Signature(c model.Claim) string {
	var b strings.Builder
	b.WriteString(c.Kind)
	b.WriteString(": ")
	switch {
	case c.Quantity != nil:
		q := c.Quantity
		if c.Kind == "casualty" {
			b.WriteString(c.Measure + " ")
		}
		b.WriteString(q.Interval.String())
		if q.Currency != "" {
			b.WriteString(" " + q.Currency)
		} else if q.Unit != "" && q.Unit != "percent" && q.Unit != "magnitude" {
			b.WriteString(" " + q.Unit)
		}
	case c.Date != nil:
		if !c.Date.Resolved {
			b.WriteString("unresolved " + strings.ToLower(c.Date.Expression))
		} else {
			b.WriteString(c.Date.Start)
			if c.Date.End != "" {
				b.WriteString("/" + c.Date.End)
			}
		}
	case c.Role != nil:
		b.WriteString(c.Role.Person + " = " + c.Role.Post)
	case c.Quote != nil:
		b.WriteString(c.Quote.Speaker + ": " + c.Quote.Folded)
	default:
		b.WriteString(c.Value)
	}
	return b.String()
}
