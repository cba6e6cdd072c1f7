package compare

import (
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestPersonScopedTerms: a prison term (or a count of charges) that names no one takes the one
// person its story gives that figure to, marked Inferred with that person's context, and then
// conflicts with a different value; not when the story sentences two people, not a term given
// to several at once, nor when its own source gives the named term another value.
func TestPersonScopedTerms(t *testing.T) {
	const (
		bare   = "quantity|duration|sentenc|years||"
		larsen = "quantity|duration|sentenc|years|larsen|"
		hale   = "quantity|duration|sentenc|years|hale|"
		each   = "quantity|duration|sentenc each|years||"
		cBare  = "quantity|charge|charg fraud|counts|convict||"
		cNamed = "quantity|charge|charg fraud|counts|convict|larsen|"
	)
	claim := func(src, key string, v float64) model.Claim {
		kind, unit := "duration", "years"
		if key == cBare || key == cNamed {
			kind, unit = "charge", "counts"
		}
		ctx := ""
		if key == larsen || key == cNamed {
			ctx = "Piet Larsen"
		} else if key == hale {
			ctx = "Derek Hale"
		}
		return model.Claim{ID: src + key, Type: model.TypeQuantity, Kind: kind, Source: src, Key: key, Subject: key, Context: ctx, Value: "v",
			Quantity: &model.Quantity{Interval: model.Interval{Low: v, High: v}, Unit: unit}}
	}
	tests := []struct {
		name     string
		cs       []model.Claim
		conflict bool
	}{
		{"one defendant: the unnamed term is his", []model.Claim{claim("a", bare, 7), claim("b", larsen, 9)}, true},
		{"one defendant: the unnamed count is his", []model.Claim{claim("a", cBare, 12), claim("b", cNamed, 14)}, true},
		{"one defendant, same term: no conflict", []model.Claim{claim("a", bare, 9), claim("b", larsen, 9)}, false},
		{"two defendants: left unnamed", []model.Claim{claim("a", bare, 7), claim("b", larsen, 9), claim("c", hale, 4)}, false},
		{"a term given to several", []model.Claim{claim("a", each, 7), claim("b", larsen, 9)}, false},
		{"the source names the term with another value", []model.Claim{claim("a", bare, 4), claim("a", larsen, 9), claim("b", larsen, 9)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(nil, tt.cs, Options{})
			got := false
			for _, f := range fs {
				if f.Kind == model.KindConflict {
					got = true
				}
			}
			if got != tt.conflict {
				t.Errorf("conflict %v, want %v: %+v", got, tt.conflict, fs)
			}
		})
	}
	if personScoped(&model.Claim{Kind: "charge", Key: "quantity|charge|charg each|counts|convict||"}) || personScoped(&model.Claim{Kind: "duration", Key: each}) || !personScoped(&model.Claim{Kind: "duration", Key: "quantity|duration|sentenc possibl|years||"}) {
		t.Error("personScoped: a term of several takes no one; a possible term does")
	}
}

// TestPersonScopedShuffle: a term or count that names no one and the named one it may take
// share a partition, so that a sharded run lends as one run does (the scope's partition).
func TestPersonScopedShuffle(t *testing.T) {
	for _, p := range [][2]string{
		{"quantity|duration|sentenc|years||", "quantity|duration|sentenc|years|larsen|"},
		{"quantity|charge|charg fraud|counts|convict||", "quantity|charge|charg fraud|counts|convict|larsen|"},
	} {
		kind := "duration"
		if p[0][9:15] == "charge" {
			kind = "charge"
		}
		a := model.Claim{Type: model.TypeQuantity, Kind: kind, Key: p[0]}
		b := model.Claim{Type: model.TypeQuantity, Kind: kind, Key: p[1]}
		if ShuffleKey(a) != ShuffleKey(b) {
			t.Errorf("%q and %q in partitions %q and %q", p[0], p[1], ShuffleKey(a), ShuffleKey(b))
		}
	}
}
