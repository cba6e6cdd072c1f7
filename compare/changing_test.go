package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// state is a count of a state at the time of writing: homes without power in Ravel.
func state(src, value string, n float64) model.Claim {
	return model.Claim{
		Type: model.TypeQuantity, Kind: "count", Key: "quantity|count|hom|homes|without power|ravel|",
		Subject: "homes without power · Ravel", Measure: "count", Source: src, Value: value, Current: true,
		Quantity: &model.Quantity{Interval: model.Exact(n), Unit: "homes"},
	}
}

// TestChangingState: a state at the time of writing that differs between days is a change (a
// warning, evolving, oldest first), in either direction; between sources of one day, or with a
// publication time unknown, it stays a conflict.
func TestChangingState(t *testing.T) {
	tests := []struct {
		name     string
		claims   []model.Claim
		pub      map[string]string
		severity model.Severity
		evolving bool
		latest   string
	}{
		{"falling over two days", []model.Claim{state("a", "1,500", 1500), state("b", "600", 600)},
			map[string]string{"a": "2025-08-10T09:00:00Z", "b": "2025-08-11T09:00:00Z"}, model.SeverityWarning, true, "600"},
		{"rising over two days, the later source first", []model.Claim{state("b", "2,000", 2000), state("a", "1,500", 1500)},
			map[string]string{"a": "2025-08-10T09:00:00Z", "b": "2025-08-11T09:00:00Z"}, model.SeverityWarning, true, "2,000"},
		// deliberately not
		{"two sources of one day", []model.Claim{state("a", "1,500", 1500), state("b", "600", 600)},
			map[string]string{"a": "2025-08-10T09:00:00Z", "b": "2025-08-10T20:00:00Z"}, model.SeverityError, false, ""},
		{"a publication time unknown", []model.Claim{state("a", "1,500", 1500), state("b", "600", 600)},
			map[string]string{"a": "2025-08-10T09:00:00Z"}, model.SeverityError, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(sourcesAB(tt.pub), tt.claims, Options{})
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, model.KindConflict, f.Kind)
			assert.Equal(t, tt.severity, f.Severity)
			assert.Equal(t, tt.evolving, f.Evolving)
			assert.Equal(t, tt.latest, f.Latest)
			if tt.evolving {
				assert.Equal(t, "a", f.Claims[0].Source, "oldest first")
			}
		})
	}
}
