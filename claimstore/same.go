package claimstore

import (
	"math"

	"github.com/crosscheck/crosscheck/model"
)

// Same reports whether two claims are equal in every field (pointers by what they point to;
// numbers by their bits, so that the encoding's round trip is the test of equality).
func Same(a, b *model.Claim) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Kind == b.Kind && a.Source == b.Source &&
		a.Key == b.Key && a.Subject == b.Subject && a.Measure == b.Measure && a.Value == b.Value &&
		a.Context == b.Context && a.Attribution == b.Attribution && a.Part == b.Part &&
		a.Draft == b.Draft && a.Inferred == b.Inferred && a.Cumulative == b.Cumulative && a.Current == b.Current &&
		a.Evidence == b.Evidence && a.ValueSpan == b.ValueSpan && a.Text == b.Text && a.Pos == b.Pos &&
		sameQuantity(a.Quantity, b.Quantity) && sameDate(a.Date, b.Date) && sameRole(a.Role, b.Role) &&
		sameQuote(a.Quote, b.Quote)
}

func sameQuantity(a, b *model.Quantity) bool {
	if a == nil || b == nil {
		return a == b
	}
	return math.Float64bits(a.Low) == math.Float64bits(b.Low) && math.Float64bits(a.High) == math.Float64bits(b.High) &&
		a.LowOpen == b.LowOpen && a.HighOpen == b.HighOpen && a.Unbounded == b.Unbounded && a.Approx == b.Approx &&
		a.Unit == b.Unit && a.Currency == b.Currency
}

func sameDate(a, b *model.DateValue) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameRole(a, b *model.Role) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameQuote(a, b *model.Quote) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
