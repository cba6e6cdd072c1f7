package compare

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

func qty(src, value string, iv model.Interval, att string) model.Claim {
	return model.Claim{
		Type: model.TypeQuantity, Kind: "casualty", Key: "quantity|killed|people|sumy", Subject: "people killed · Sumy",
		Measure: "killed", Source: src, Value: value, Attribution: att, Cumulative: true,
		Quantity: &model.Quantity{Interval: iv, Unit: "people"},
	}
}

// sourcesAB are sources a and b, published at the RFC 3339 times pub gives them.
func sourcesAB(pub map[string]string) []model.Source {
	var srcs []model.Source
	for _, id := range []string{"a", "b"} {
		s := model.Source{ID: id}
		if p, ok := pub[id]; ok {
			s.Published = at(p)
		}
		srcs = append(srcs, s)
	}
	return srcs
}

func at(s string) *time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func TestIntervals(t *testing.T) {
	ex := model.Exact
	tests := []struct {
		name string
		a, b model.Interval
		tol  float64
		want bool
	}{
		{"equal", ex(26), ex(26), 0.1, true},
		{"different", ex(26), ex(31), 0.1, false},
		{"at least 14 holds 23", model.Interval{Low: 14, Unbounded: true}, ex(23), 0.1, true},
		{"at least 30 excludes 23", model.Interval{Low: 30, Unbounded: true}, ex(23), 0.1, false},
		{"more than 200 holds 312", model.Interval{Low: 200, LowOpen: true, Unbounded: true}, ex(312), 0.1, true},
		{"more than 200 excludes 200", model.Interval{Low: 200, LowOpen: true, Unbounded: true}, ex(200), 0.1, false},
		{"about 1,200 holds 1,180", model.Interval{Low: 1200, High: 1200, Approx: true}, ex(1180), 0.1, true},
		{"about 1,200 excludes 900", model.Interval{Low: 1200, High: 1200, Approx: true}, ex(900), 0.1, false},
		{"about 1,200 with no tolerance excludes 1,180", model.Interval{Low: 1200, High: 1200, Approx: true}, ex(1180), 0, false},
		{"nearly 200 holds 190", model.Interval{Low: 180, High: 200, HighOpen: true}, ex(190), 0.1, true},
		{"nearly 200 excludes 200", model.Interval{Low: 180, High: 200, HighOpen: true}, ex(200), 0.1, false},
		{"up to 300 holds 120", model.Interval{Low: 0, High: 300}, ex(120), 0.1, true},
		{"range 10..15 holds 12", model.Interval{Low: 10, High: 15}, ex(12), 0.1, true},
		{"two open ranges meet", model.Interval{Low: 14, Unbounded: true}, model.Interval{Low: 20, LowOpen: true, Unbounded: true}, 0.1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := qty("a", "", tt.a, ""), qty("b", "", tt.b, "")
			assert.Equal(t, tt.want, Compatible(a, b, tt.tol))
			assert.Equal(t, tt.want, Compatible(b, a, tt.tol), "symmetric")
		})
	}
}

func TestUnitsAndCurrenciesNeverMeet(t *testing.T) {
	a := qty("a", "$2.3 billion", model.Exact(2.3e9), "")
	b := qty("b", "€2.3 billion", model.Exact(2.1e9), "")
	a.Quantity.Currency, b.Quantity.Currency = "USD", "EUR"
	assert.True(t, Compatible(a, b, 0), "different currencies are not compared without a rate")
}

func TestDecide(t *testing.T) {
	tests := []struct {
		name     string
		claims   []model.Claim
		pub      map[string]string
		kind     model.Kind
		severity model.Severity
		evolving bool
		message  string
	}{
		{
			name:   "lone claim",
			claims: []model.Claim{qty("a", "26", model.Exact(26), "")},
			kind:   model.KindSingle, severity: model.SeverityInfo,
		},
		{
			name:   "agreeing sources",
			claims: []model.Claim{qty("a", "26", model.Exact(26), ""), qty("b", "twenty-six", model.Exact(26), "")},
			kind:   model.KindCorroborated, severity: model.SeverityInfo,
		},
		{
			name:   "plain contradiction, times unknown",
			claims: []model.Claim{qty("a", "26", model.Exact(26), "reports"), qty("b", "31", model.Exact(31), "Volodymyr Zelensky")},
			kind:   model.KindConflict, severity: model.SeverityError,
			message: "sources disagree: 26 (a) vs 31 (b); publication times unknown, so a figure that changed over time cannot be told from a contradiction; the sources credit different people (Volodymyr Zelensky vs reports)",
		},
		{
			name:   "toll rising over time is evolving",
			claims: []model.Claim{qty("a", "26", model.Exact(26), ""), qty("b", "31", model.Exact(31), "")},
			pub:    map[string]string{"a": "2025-11-19T08:00:00Z", "b": "2025-11-19T20:00:00Z"},
			kind:   model.KindConflict, severity: model.SeverityWarning, evolving: true,
			message: "figure rose from 26 to 31 between a (2025-11-19 08:00) and b (2025-11-19 20:00); the latest figure is 31",
		},
		{
			name:   "a day without a time of day is not earlier than a time of that day",
			claims: []model.Claim{qty("a", "26", model.Exact(26), ""), qty("b", "31", model.Exact(31), "")},
			pub:    map[string]string{"a": "2025-11-19T00:00:00Z", "b": "2025-11-19T20:00:00Z"},
			kind:   model.KindConflict, severity: model.SeverityError,
			message: "sources disagree: 26 (a) vs 31 (b); both published on 2025-11-19, one without a time of day, so which figure came first is unknown",
		},
		{
			name:   "a day without a time of day is earlier than the next day's",
			claims: []model.Claim{qty("a", "26", model.Exact(26), ""), qty("b", "31", model.Exact(31), "")},
			pub:    map[string]string{"a": "2025-11-19T00:00:00Z", "b": "2025-11-20T09:30:00Z"},
			kind:   model.KindConflict, severity: model.SeverityWarning, evolving: true,
			message: "figure rose from 26 to 31 between a (2025-11-19) and b (2025-11-20 09:30); the latest figure is 31",
		},
		{
			name:   "toll falling in the later source stays a contradiction",
			claims: []model.Claim{qty("a", "31", model.Exact(31), ""), qty("b", "26", model.Exact(26), "")},
			pub:    map[string]string{"a": "2025-11-19T08:00:00Z", "b": "2025-11-19T20:00:00Z"},
			kind:   model.KindConflict, severity: model.SeverityError,
		},
		{
			name:   "same official misreported",
			claims: []model.Claim{qty("a", "26", model.Exact(26), "police"), qty("b", "31", model.Exact(31), "police")},
			kind:   model.KindConflict, severity: model.SeverityError,
			message: "sources disagree: 26 (a) vs 31 (b); publication times unknown, so a figure that changed over time cannot be told from a contradiction; all credit police: at least one source misreports the same statement",
		},
		{
			name: "a source repeating itself is one claim",
			claims: []model.Claim{
				qty("a", "31", model.Exact(31), ""), qty("a", "31", model.Exact(31), ""),
			},
			kind: model.KindSingle, severity: model.SeverityInfo,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(sourcesAB(tt.pub), tt.claims, Options{})
			require.Len(t, fs, 1)
			f := fs[0]
			assert.Equal(t, tt.kind, f.Kind)
			assert.Equal(t, tt.severity, f.Severity)
			assert.Equal(t, tt.evolving, f.Evolving)
			if tt.message != "" {
				assert.Equal(t, tt.message, f.Message)
			}
		})
	}
}

func TestToleranceIsPerMeasure(t *testing.T) {
	claims := []model.Claim{
		qty("a", "about 1,200", model.Interval{Low: 1200, High: 1200, Approx: true}, ""),
		qty("b", "1,050", model.Exact(1050), ""),
	}
	srcs := []model.Source{{ID: "a"}, {ID: "b"}}
	assert.Equal(t, model.KindConflict, Compare(srcs, claims, Options{})[0].Kind, "12.5% off is outside the default 10%")
	assert.Equal(t, model.KindCorroborated, Compare(srcs, claims, Options{Tolerance: map[string]float64{"killed": 0.15}})[0].Kind)
	assert.Equal(t, model.KindCorroborated, Compare(srcs, claims, Options{Tolerance: map[string]float64{"": 0.15}})[0].Kind)
}

func TestDifferentEventsInOnePlaceNeverMeet(t *testing.T) {
	fire := qty("a", "8", model.Exact(8), "")
	fire.Context = "fire"
	flood := qty("b", "15", model.Exact(15), "")
	flood.Context = "flood"
	fs := Compare([]model.Source{{ID: "a"}, {ID: "b"}}, []model.Claim{fire, flood}, Options{})
	require.Len(t, fs, 2)
	for _, f := range fs {
		assert.Equal(t, model.KindSingle, f.Kind)
	}
}

func TestInferredPlaceNeedsMatchingEvent(t *testing.T) {
	a := qty("a", "8", model.Exact(8), "")
	b := qty("b", "15", model.Exact(15), "")
	b.Inferred = true
	fs := Compare([]model.Source{{ID: "a"}, {ID: "b"}}, []model.Claim{a, b}, Options{})
	require.Len(t, fs, 2, "a claim placed from context never raises a conflict on its own, nor agrees with a different figure")
	assert.Equal(t, model.KindSingle, fs[0].Kind)
	assert.Equal(t, model.KindSingle, fs[1].Kind)
	c := qty("c", "8", model.Exact(8), "")
	c.Inferred = true
	fs = Compare([]model.Source{{ID: "a"}, {ID: "b"}, {ID: "c"}}, []model.Claim{a, b, c}, Options{})
	require.Len(t, fs, 2)
	assert.Equal(t, model.KindCorroborated, fs[0].Kind, "8 and 8 agree")
	assert.Equal(t, model.KindSingle, fs[1].Kind, "15 stands alone")
	a.Context, b.Context = "attack", "attack"
	fs = Compare([]model.Source{{ID: "a"}, {ID: "b"}}, []model.Claim{a, b}, Options{})
	assert.Equal(t, model.KindConflict, fs[0].Kind)
}

// TestDirectReadingStandsForItsSource: a source that states a figure twice, first in a headline
// placed from context and then in a sentence that names the place, is read by the second; its
// figure then conflicts with another source's.
func TestDirectReadingStandsForItsSource(t *testing.T) {
	a := qty("a", "112", model.Exact(112), "health ministry")
	a.Context = "outbreak"
	headline := qty("b", "127", model.Exact(127), "")
	headline.Inferred = true
	body := qty("b", "127", model.Exact(127), "officials")
	body.Evidence = model.Span{Start: 40, End: 90}
	fs := Compare([]model.Source{{ID: "a"}, {ID: "b"}}, []model.Claim{a, headline, body}, Options{})
	require.Len(t, fs, 1)
	assert.Equal(t, model.KindConflict, fs[0].Kind, fs[0].Message)
	require.Len(t, fs[0].Claims, 2)
	assert.False(t, fs[0].Claims[1].Inferred, "b's claim read directly stands for b")
}

func TestCheck(t *testing.T) {
	draft := qty("draft", "34", model.Exact(34), "")
	draft.Draft = true
	other := model.Claim{Type: model.TypeQuantity, Kind: "casualty", Key: "quantity|evacuated|people|sumy", Source: "draft", Draft: true,
		Value: "250", Quantity: &model.Quantity{Interval: model.Exact(250), Unit: "people"}}
	srcA := qty("a", "32", model.Exact(32), "")
	srcB := qty("b", "31", model.Exact(31), "")
	srcB.Key = "quantity|killed|people|kyiv"
	srcC := qty("c", "31", model.Exact(31), "")
	srcC.Key = "quantity|killed|people|kyiv"
	srcs := []model.Source{{ID: "draft"}, {ID: "a"}, {ID: "b"}, {ID: "c"}}
	fs := Check(srcs, []model.Claim{draft, other, srcA, srcB, srcC}, CheckOptions{})
	require.Len(t, fs, 2, "sources are not compared with each other unless asked")
	assert.Equal(t, model.KindConflict, fs[0].Kind)
	assert.Equal(t, "the draft says 34; sources say 32 (a)", fs[0].Message)
	assert.Equal(t, model.KindUnsupported, fs[1].Kind)
	assert.Equal(t, model.SeverityWarning, fs[1].Severity)
	fs = Check(srcs, []model.Claim{draft, other, srcA, srcB, srcC}, CheckOptions{CrossSources: true})
	assert.Len(t, fs, 3)
}
