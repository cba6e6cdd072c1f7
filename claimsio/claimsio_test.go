package claimsio

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// fill sets every exported field reachable from v to a non-zero value derived from seed, so that
// a field the codec loses shows up as a difference after a round trip.
func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + strings.Repeat("x", seed%5) + "\"<é>\n")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(seed + 1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(seed + 1))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(seed) + 0.1)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2025, 11, 19, 8, 30, 0, 0, time.FixedZone("", 2*3600))))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), seed+i)
			}
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), seed)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		fill(s.Index(0), seed)
		fill(s.Index(1), seed+1)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k := reflect.New(v.Type().Key()).Elem()
		fill(k, seed)
		e := reflect.New(v.Type().Elem()).Elem()
		fill(e, seed)
		m.SetMapIndex(k, e)
		v.Set(m)
	}
}

// TestRoundTripEveryField guards the seam: every field of model.Source and model.Claim (those
// added later included) survives writing and reading.
func TestRoundTripEveryField(t *testing.T) {
	var src model.Source
	fill(reflect.ValueOf(&src).Elem(), 1)
	src.ID = "a"
	src.Path = "in/a.txt"
	var c model.Claim
	fill(reflect.ValueOf(&c).Elem(), 3)
	c.ID, c.Source = "a#7", "a"
	ierr := model.InputError{Path: "in/b.pdf", Err: "not a text file"}

	var b bytes.Buffer
	require.NoError(t, Write(&b, []model.Source{src}, []model.Claim{c}, []model.InputError{ierr}))
	set := NewSet()
	require.NoError(t, set.Read(&b, "t.jsonl"))
	set.Finish(nil)
	require.Len(t, set.Sources, 1)
	require.Len(t, set.Claims, 1)
	assert.True(t, src.Published.Equal(*set.Sources[0].Published))
	assert.Equal(t, src.Published.Format(time.RFC3339), set.Sources[0].Published.Format(time.RFC3339))
	got := set.Sources[0]
	got.Published, src.Published = nil, nil
	assert.Equal(t, src, got)
	assert.Equal(t, c, set.Claims[0])
	assert.Equal(t, []model.InputError{ierr}, set.Errors)
}

func TestOneRecordPerLine(t *testing.T) {
	src := model.Source{ID: "a", Path: "a.txt"}
	c := model.Claim{ID: "a#1", Source: "a", Key: "quantity|killed|people|kyiv", Text: "A line\nbreak"}
	var b bytes.Buffer
	require.NoError(t, Write(&b, []model.Source{src}, []model.Claim{c}, nil))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 3)
	assert.Equal(t, `{"record":"schema","schema":"crosscheck.claims.jsonl/v1"}`, lines[0])
	assert.True(t, strings.HasPrefix(lines[2], `{"record":"claim","key":"quantity|killed|people|kyiv","source":{"ID":"a"`), lines[2])
}

func TestWriteRefusesOrphanClaim(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, nil, []model.Claim{{ID: "x#1", Source: "x"}}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x#1")
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"not json", "{\"record\":\"schema\",\"schema\":\"crosscheck.claims.jsonl/v1\"}\nnope\n", "f.jsonl:2: not a claims record"},
		{"other schema", `{"record":"schema","schema":"crosscheck.claims.jsonl/v9"}`, "f.jsonl:1: schema"},
		{"unknown record", `{"record":"mention"}`, "f.jsonl:1: unknown record \"mention\""},
		{"unknown field", `{"record":"source","source":{"ID":"a","Path":"a","Colour":"red"}}`, "f.jsonl:1: not a claims record"},
		{"claim without source", `{"record":"claim","claim":{"ID":"a#1"}}`, "f.jsonl:1: claim record without source"},
		{"claim of another source", `{"record":"claim","source":{"ID":"a","Path":"a"},"claim":{"ID":"b#1","Source":"b"}}`, "belongs to source"},
		{"bad claim id", `{"record":"claim","source":{"ID":"a","Path":"a"},"claim":{"ID":"a-1","Source":"a"}}`, "is not \"a\" + \"#\""},
		{"source record without source", `{"record":"source"}`, "without source"},
		{"error record without error", `{"record":"error"}`, "without error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewSet().Read(strings.NewReader(tt.input), "f.jsonl")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestReadLongLineAndNoFinalNewline(t *testing.T) {
	long := strings.Repeat("word ", 200000) // 1 MB of evidence, longer than the read buffer
	src := model.Source{ID: "a", Path: "a.txt"}
	var b bytes.Buffer
	require.NoError(t, Write(&b, []model.Source{src}, []model.Claim{{ID: "a#1", Source: "a", Text: long}}, nil))
	data := strings.TrimSuffix(b.String(), "\n")
	set := NewSet()
	require.NoError(t, set.Read(strings.NewReader(data), "f"))
	require.Len(t, set.Claims, 1)
	assert.Equal(t, long, set.Claims[0].Text)
}

// TestMergeCanonical: shards read in any order, with a file present in two shards and two files
// sharing a base name, give one canonical set.
func TestMergeCanonical(t *testing.T) {
	a := model.Source{ID: "x", Path: "in/a/x.txt"}
	b := model.Source{ID: "x", Path: "in/b/x.txt"} // same base name, another folder
	c := model.Source{ID: "c", Path: "in/c.txt"}
	shard := func(srcs []model.Source, claims []model.Claim, errs []model.InputError) *bytes.Buffer {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, srcs, claims, errs))
		return &buf
	}
	s1 := shard([]model.Source{b, c}, []model.Claim{{ID: "x#2", Source: "x", Value: "b2"}, {ID: "x#1", Source: "x", Value: "b1"}, {ID: "c#1", Source: "c", Value: "c1"}},
		[]model.InputError{{Path: "in/z.pdf", Err: "binary"}})
	s2 := shard([]model.Source{a, c}, []model.Claim{{ID: "x#1", Source: "x", Value: "a1"}, {ID: "c#1", Source: "c", Value: "c1"}},
		[]model.InputError{{Path: "in/z.pdf", Err: "binary"}, {Path: "in/d.pdf", Err: "binary"}})
	set := NewSet()
	require.NoError(t, set.Read(s1, "s1"))
	require.NoError(t, set.Read(s2, "s2"))
	set.Finish(func(arts []*model.Article) {
		seen := map[string]int{}
		for _, a := range arts {
			seen[a.ID]++
			if seen[a.ID] > 1 {
				a.ID = a.ID + "-2"
			}
		}
	})
	var ids, paths []string
	for _, s := range set.Sources {
		ids = append(ids, s.ID)
		paths = append(paths, s.Path)
	}
	assert.Equal(t, []string{"in/a/x.txt", "in/b/x.txt", "in/c.txt"}, paths)
	assert.Equal(t, []string{"x", "x-2", "c"}, ids)
	var got []string
	for _, c := range set.Claims {
		got = append(got, c.ID+"="+c.Value+"@"+c.Source)
	}
	assert.Equal(t, []string{"x#1=a1@x", "x-2#1=b1@x-2", "x-2#2=b2@x-2", "c#1=c1@c"}, got)
	assert.Equal(t, []model.InputError{{Path: "in/d.pdf", Err: "binary"}, {Path: "in/z.pdf", Err: "binary"}}, set.Errors)
}
