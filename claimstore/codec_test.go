package claimstore

import (
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/load"
	"github.com/crosscheck/crosscheck/model"
)

// leaves calls f with every settable leaf field reachable from v (allocating nil pointers), so
// that a field added to model.Claim is seen by the tests below without anyone listing it.
func leaves(v reflect.Value, path string, f func(path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		leaves(v.Elem(), path, f)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				leaves(v.Field(i), path+"."+v.Type().Field(i).Name, f)
			}
		}
	default:
		f(path, v)
	}
}

// full returns a claim with every field set to a distinct value.
func full(t *testing.T) model.Claim {
	var c model.Claim
	n := 0
	leaves(reflect.ValueOf(&c).Elem(), "Claim", func(path string, v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf("%s-%d-é", path, n))
		case reflect.Int:
			v.SetInt(int64(n * 7))
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Float64:
			v.SetFloat(float64(n) + 0.25)
		default:
			t.Fatalf("%s: the claim codec does not know fields of kind %s; teach codec.go and same.go", path, v.Kind())
		}
	})
	return c
}

// roundTrip encodes and decodes claims, without a vocabulary and with one; both must agree.
func roundTrip(t *testing.T, cs []model.Claim) []model.Claim {
	t.Helper()
	var outs [2][]model.Claim
	for k, voc := range []*Vocabulary{nil, NewVocabulary()} {
		e := Encoder{Vocabulary: voc}
		block, offs := e.Encode(cs)
		out := make([]model.Claim, len(cs))
		for i, off := range offs {
			c, err := Decode(voc, block, off)
			require.NoError(t, err)
			out[i] = c
		}
		outs[k] = out
	}
	for i := range cs {
		require.True(t, Same(&outs[0][i], &outs[1][i]), "claim %d: with and without a vocabulary", i)
	}
	return outs[1]
}

func TestEveryFieldRoundTrips(t *testing.T) {
	c := full(t)
	ordinal := c
	ordinal.ID = ordinal.Source + "#12"
	odd := c
	odd.ID = odd.Source + "#012" // not canonical: kept as written
	neg := c
	neg.Quantity = &model.Quantity{Interval: model.Interval{Low: math.Inf(-1), High: math.Copysign(0, -1)}}
	neg.Evidence = model.Span{Start: 10, End: 3}
	neg.Pos = model.Position{Line: -1}
	cs := []model.Claim{c, ordinal, odd, neg, {}, c}
	got := roundTrip(t, cs)
	for i := range cs {
		require.Equal(t, cs[i], got[i], "claim %d", i)
		require.True(t, Same(&cs[i], &got[i]), "claim %d", i)
	}
}

func TestSameSeesEveryField(t *testing.T) {
	base := full(t)
	changed := 0
	probe := full(t)
	leaves(reflect.ValueOf(&probe).Elem(), "Claim", func(path string, v reflect.Value) {
		old := reflect.ValueOf(v.Interface())
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "x")
		case reflect.Int:
			v.SetInt(v.Int() + 1)
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Float64:
			v.SetFloat(v.Float() + 1)
		}
		require.False(t, Same(&base, &probe), "Same does not compare %s", path)
		got := roundTrip(t, []model.Claim{probe})[0]
		require.True(t, Same(&probe, &got), "%s does not survive the codec", path)
		v.Set(old)
		require.True(t, Same(&base, &probe), "%s restored", path)
		changed++
	})
	require.Greater(t, changed, 30)
	require.False(t, Same(&base, &model.Claim{}))
	var a, b model.Claim
	b.Quote = &model.Quote{}
	require.False(t, Same(&a, &b), "nil and empty pointers differ")
}

func TestRealClaimsRoundTrip(t *testing.T) {
	files, err := filepath.Glob("../fixtures/seeds/*.txt")
	require.NoError(t, err)
	cases, err := filepath.Glob("../fixtures/cases/*/*.md")
	require.NoError(t, err)
	files = append(files, cases...)
	require.NotEmpty(t, files)
	total := 0
	for _, f := range files {
		res := load.LoadInput(load.Input{Path: f}, load.Options{})
		for _, a := range res.Articles {
			cs := extract.Extract(a, extract.Options{})
			got := roundTrip(t, cs)
			require.Equal(t, cs, got, f)
			total += len(cs)
		}
	}
	require.Greater(t, total, 100)
}

func TestStoreAndFindings(t *testing.T) {
	c := full(t)
	c.ID = c.Source + "#1"
	d := c
	d.ID = c.Source + "#2"
	d.Value = "other"
	voc := NewVocabulary()
	s := NewStore(voc, 1)
	e := Encoder{Vocabulary: voc}
	block, offs := e.Encode([]model.Claim{c, d})
	s.Set(0, block, offs)
	require.Equal(t, 2, s.Claims())
	require.Equal(t, []model.Claim{c, d}, s.Block(0))

	fs := NewFindings(s)
	changed := d
	changed.Role = &model.Role{Person: "Marco Rubio"}
	h1 := fs.Add([]Ref{{0, 1}, {0, 0}})
	h2 := fs.Add([]Ref{fs.Extra(changed)})
	require.Equal(t, []model.Claim{d, c}, fs.FindingClaims(h1))
	require.Equal(t, []model.Claim{changed}, fs.FindingClaims(h2), "a changed claim is kept as changed")
	require.Equal(t, 1, s.Blocks(), "the changed claim went to a store of its own")
	require.Equal(t, 2, fs.FindingLen(h1))
	require.Equal(t, 0, fs.FindingLen(3))
	require.Nil(t, fs.FindingClaims(0))
	require.Nil(t, fs.FindingClaims(3))
}

func FuzzDecode(f *testing.F) {
	var e Encoder
	c := model.Claim{ID: "a#1", Source: "a", Key: "k", Text: "t", Quantity: &model.Quantity{}}
	block, _ := e.Encode([]model.Claim{c, c})
	f.Add(block, uint32(0))
	f.Add([]byte{0xff, 0x01, 0x03}, uint32(1))
	voc := NewVocabulary()
	voc.Intern("word")
	f.Fuzz(func(t *testing.T, b []byte, off uint32) {
		c, err := Decode(voc, b, off)
		if err != nil {
			return
		}
		// the fields reports show decode alike when the others are passed over
		var shown model.Claim
		if err := decodeFields(&shown, voc, b, off, nil, false); err != nil {
			t.Fatalf("shown fields: %v where the whole claim decodes", err)
		}
		if want := shownOnly(c); !Same(&want, &shown) {
			t.Fatalf("shown fields %+v, want %+v", shown, want)
		}
		// and alike with the source of a first claim at offset 0 known
		var sourced model.Claim
		if err := decodeSourced(&sourced, voc, b, off, nil, true, sourceOf(b, []uint32{0})); err != nil {
			t.Fatalf("sourced: %v where the claim decodes", err)
		}
		if !Same(&c, &sourced) {
			t.Fatalf("sourced %+v, want %+v", sourced, c)
		}
		// whatever decodes must encode and decode to itself
		got := roundTrip(t, []model.Claim{c})[0]
		if !Same(&c, &got) {
			t.Fatalf("round trip changed %+v into %+v", c, got)
		}
	})
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("s#1", "s", "key", "text é", "value", 1.5, 3, true)
	f.Fuzz(func(t *testing.T, id, src, key, text, value string, low float64, start int, quote bool) {
		c := model.Claim{ID: id, Source: src, Key: key, Text: text, Value: value, Subject: key,
			Quantity: &model.Quantity{Interval: model.Interval{Low: low, High: low}}, Evidence: model.Span{Start: start, End: start + len(text)}}
		if quote {
			c.Quote = &model.Quote{Words: text, Folded: value, Speaker: src}
		}
		cs := []model.Claim{c, c}
		got := roundTrip(t, cs)
		for i := range cs {
			if !Same(&cs[i], &got[i]) {
				t.Fatalf("round trip changed %+v into %+v", cs[i], got[i])
			}
		}
	})
}

func TestNumbersRoundTrip(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, 26, 0.5, -3, 1 << 52, 1<<52 + 2, 1 << 60, math.NaN(), math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64, 2.3e9} {
		c := model.Claim{Quantity: &model.Quantity{Interval: model.Interval{Low: f, High: -f}}}
		got := roundTrip(t, []model.Claim{c})[0]
		require.True(t, Same(&c, &got), "%v", f)
	}
}

func TestCutFromText(t *testing.T) {
	c := model.Claim{ID: "a#1", Source: "a", Text: "A strike killed 26 people, said Ann Lee.", Evidence: model.Span{Start: 100, End: 140},
		ValueSpan: model.Span{Start: 116, End: 118}, Value: "26", Attribution: "Ann Lee",
		Quote: &model.Quote{Words: "killed 26 people", Folded: "killed 26 people"}}
	other := c
	other.Value = "not in the text"
	other.ValueSpan = model.Span{Start: 500, End: 0}
	got := roundTrip(t, []model.Claim{c, other})
	require.Equal(t, []model.Claim{c, other}, got)
	var e Encoder
	short, _ := e.Encode([]model.Claim{c})
	long, _ := e.Encode([]model.Claim{other})
	require.Less(t, len(short), len(long), "pieces of the text are not written twice")
}

func TestShiftedBlocks(t *testing.T) {
	c := model.Claim{ID: "big#2", Source: "big", Text: "x", Evidence: model.Span{Start: 5, End: 9}, ValueSpan: model.Span{Start: 6, End: 7}, Pos: model.Position{Line: 2, Column: 3}}
	odd := c
	odd.ID = "other"
	var e Encoder
	block, offs := e.Encode([]model.Claim{c, odd})
	s := NewStore(nil, 2)
	s.Set(0, block, offs)
	s.SetShifted(1, block, offs, Shift{Offset: 100, Lines: 10, Ordinal: 40})
	require.Equal(t, []model.Claim{c, odd}, s.Block(0))
	moved := c
	moved.ID, moved.Evidence, moved.ValueSpan, moved.Pos.Line = "big#42", model.Span{Start: 105, End: 109}, model.Span{Start: 106, End: 107}, 12
	movedOdd := odd
	movedOdd.Evidence, movedOdd.ValueSpan, movedOdd.Pos.Line = moved.Evidence, moved.ValueSpan, 12
	require.Equal(t, []model.Claim{moved, movedOdd}, s.Block(1), "spans, lines and ordinal ids move; other ids stay")
}

func TestFrozenVocabulary(t *testing.T) {
	voc := NewVocabulary()
	e := Encoder{Vocabulary: voc}
	c := model.Claim{ID: "a#1", Source: "a", Key: "known", Subject: "known"}
	block, offs := e.Encode([]model.Claim{c})
	voc.Freeze()
	require.Panics(t, func() { voc.ID("new") })
	d := c
	d.Key = "new word"
	block2, offs2 := e.Encode([]model.Claim{d})
	got, err := Decode(voc, block, offs[0])
	require.NoError(t, err)
	require.Equal(t, c, got)
	got, err = Decode(voc, block2, offs2[0])
	require.NoError(t, err)
	require.Equal(t, d, got, "words new to a frozen vocabulary are written in full")
	require.Equal(t, 1, voc.Len())
}
