package extract

import "testing"

// TestBusinessStems checks the stems business.go writes out against stem.
func TestBusinessStems(t *testing.T) {
	for w, want := range map[string]string{
		"expects": "expect", "targets": "target", "plans": "plan", "forecasts": "forecast", "anticipates": "anticipat",
		"predicts": "predict", "eyes": "eye", "savings": "sav", "synergies": "synergi", "cost": "cost",
		"serves": "serv", "employs": "emploi", "counts": "count", "boasts": "boast", "numbers": "number",
		"customers": "customer", "clients": "client", "employees": "employe", "staff": "staf", "workers": "worker",
		"personnel": "staf", "staffers": "staf", "people": "person", "shares": "shar", "cut": "cut", "reduce": "reduc", "lower": "lower",
	} {
		if got := stem(w); got != want {
			t.Errorf("stem(%q) = %q, business.go has %q", w, got, want)
		}
	}
}
