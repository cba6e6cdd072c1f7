package report

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/cmd/gencorpus/corpus"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/pipeline"
)

// FuzzAppendString: appendString quotes any string as encoding/json does without HTML
// escaping, wherever in the eight-byte words the bytes that need escaping fall.
func FuzzAppendString(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, 0)
		f.Add(strings.Repeat("abcdefg", 3)+s+"0123456789abcdef", 5)
	}
	f.Fuzz(func(t *testing.T, s string, pad int) {
		s = strings.Repeat("x", pad&15) + s // move s across word boundaries
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendString(nil, s)) + "\n"; got != want.String() {
			t.Fatalf("%q: got %s, want %s", s, got, want.String())
		}
	})
}

// TestAppendStringEveryByte: each byte value, at each position of a word, escapes as
// encoding/json escapes it.
func TestAppendStringEveryByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 17; at++ {
			s := strings.Repeat("a", at) + string([]byte{byte(c)}) + strings.Repeat("b", 17-at)
			want, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
			if got := appendString(nil, s); !bytes.Equal(got, want) {
				t.Fatalf("byte %#x at %d: got %s, want %s", c, at, got, want)
			}
		}
	}
}

// TestAppendFloatWhole: whole numbers written as integers print as strconv's 'f' format does.
func TestAppendFloatWhole(t *testing.T) {
	var w jw
	for _, f := range []float64{1, -1, 26, 1e14, 1e15 - 1, -(1e15 - 1), 1e15, 123456789012345, 4503599627370497, math.Copysign(0, -1), 0, 0.5, -2.5e9} {
		got := string(w.appendFloat(nil, f))
		want, _ := json.Marshal(f)
		if got != string(want) {
			t.Errorf("%v: got %s, want %s", f, got, want)
		}
	}
}

// BenchmarkJSONFindings writes the findings of 1,000 generated articles, their claims decoded
// beforehand: the hand-written writer alone (MB/s of output).
func BenchmarkJSONFindings(b *testing.B) {
	dir := b.TempDir()
	if err := corpus.WriteDir(dir, corpus.Articles(1000, 1)); err != nil {
		b.Fatal(err)
	}
	rep := pipeline.Compare([]string{dir}, pipeline.Options{})
	rep.Materialize()
	var w jw
	write := func() {
		w.b = w.b[:0]
		for i := range rep.Findings {
			w.finding(&rep.Findings[i], rep.Findings[i].Claims)
		}
	}
	write()
	b.SetBytes(int64(len(w.b)))
	b.ReportAllocs()
	start := cputime.Process()
	for b.Loop() {
		write()
	}
	cputime.ReportMBs(b, start, int64(len(w.b)))
}

// TestAppendInt: appendInt writes what strconv writes.
func TestAppendInt(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 123456789, 999999999, 1e9, 1e9 + 1, math.MaxInt, -1, -10, -123, math.MinInt} {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Errorf("%d: got %s, want %s", n, got, want)
		}
	}
	for n := 0; n < 200000; n += 7 {
		if got, want := string(appendInt(nil, n)), strconv.Itoa(n); got != want {
			t.Fatalf("%d: got %s, want %s", n, got, want)
		}
	}
}

// TestJSONFailureWritesNothing: a small report with a number JSON cannot hold writes nothing,
// as encoding/json writes nothing.
func TestJSONFailureWritesNothing(t *testing.T) {
	rep := hostileReport()
	rep.Findings[0].Claims[0].Quantity.Low = math.NaN()
	var want, got bytes.Buffer
	if encode(&want, ToJSON(rep)) == nil || writeJSON(&got, rep, Options{}) == nil {
		t.Fatal("no error")
	}
	if want.Len() != 0 || got.Len() != 0 {
		t.Errorf("wrote %d and %d bytes", want.Len(), got.Len())
	}
}
