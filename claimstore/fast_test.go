package claimstore

import (
	"encoding/binary"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// ordinalRef is the former ordinal: strconv reads the digits and must write them back unchanged.
func ordinalRef(id, source string) (uint64, bool) {
	if len(id) <= len(source)+1 || id[:len(source)] != source || id[len(source)] != '#' {
		return 0, false
	}
	digits := id[len(source)+1:]
	n, err := strconv.ParseUint(digits, 10, 32)
	if err != nil || strconv.FormatUint(n, 10) != digits {
		return 0, false
	}
	return n, true
}

func TestOrdinalEqualsRef(t *testing.T) {
	for _, digits := range []string{"", "0", "00", "01", "1", "9", "10", "42", "+1", "-1", " 1", "1 ", "1a", "a1",
		"4294967295", "4294967296", "9999999999", "10000000000", "04294967295", "18446744073709551616", "１"} {
		id := "src#" + digits
		n, ok := ordinal(id, "src")
		wn, wok := ordinalRef(id, "src")
		require.Equal(t, wok, ok, "%q", id)
		require.Equal(t, wn, n, "%q", id)
	}
}

func FuzzOrdinal(f *testing.F) {
	for _, s := range []string{"a#1", "a#01", "a#4294967296", "ab", "#", "a#"} {
		f.Add(s, "a")
	}
	f.Fuzz(func(t *testing.T, id, source string) {
		n, ok := ordinal(id, source)
		wn, wok := ordinalRef(id, source)
		if ok != wok || n != wn {
			t.Fatalf("ordinal(%q, %q) = %d, %v; want %d, %v", id, source, n, ok, wn, wok)
		}
	})
}

// TestSourceShortcut: a block is the same bytes whether the claims share their Source string or
// each hold a copy of their own (which the shortcut by pointer does not see).
func TestSourceShortcut(t *testing.T) {
	per, _ := benchClaims(nil)
	voc := NewVocabulary()
	shared, copies := Encoder{Vocabulary: voc}, Encoder{Vocabulary: voc}
	for _, cs := range per[:40] {
		own := make([]model.Claim, len(cs))
		for i := range cs {
			own[i] = cs[i]
			own[i].Source = strings.Clone(cs[i].Source)
		}
		a, aoffs := shared.Encode(cs)
		b, boffs := copies.Encode(own)
		require.Equal(t, b, a)
		require.Equal(t, boffs, aoffs)
	}
}

// FuzzVarints: the decoder reads every uvarint and zigzag varint as encoding/binary does, and
// fails where it fails.
func FuzzVarints(f *testing.F) {
	for _, b := range [][]byte{{0}, {0x7f}, {0x80, 1}, {0xff, 0x7f}, {0x80, 0x80, 1}, {0x80}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2}} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := decoder{b: b}
		u := d.uint()
		wu, n := binary.Uvarint(b)
		if (d.err != nil) != (n <= 0) || d.err == nil && (u != wu || d.i != n) {
			t.Fatalf("uint(% x) = %d, %d bytes, %v; want %d, %d", b, u, d.i, d.err, wu, n)
		}
		d = decoder{b: b}
		v := d.int()
		wv, n := binary.Varint(b)
		if (d.err != nil) != (n <= 0) || d.err == nil && (int64(v) != wv || d.i != n) {
			t.Fatalf("int(% x) = %d, %d bytes, %v; want %d, %d", b, v, d.i, d.err, wv, n)
		}
	})
}

// TestStrTableEqualsMap: the encoder's table of strings written finds what a map from the
// strings to their offsets finds, across growth and resets, with colliding hashes.
func TestStrTableEqualsMap(t *testing.T) {
	var tab strTable
	for round := 0; round < 3; round++ {
		tab.reset()
		var buf []byte
		want := map[string]uint32{}
		for i := 0; i < 5000*(round+1); i++ {
			s := strconv.Itoa(i*7919%(3000+round)) + strings.Repeat("x", i%5)
			h := tab.hash32(s)
			if round == 1 {
				h &= 3 // few hashes: every look-up compares bytes
			}
			off, slot, ok := tab.find(buf, s, h)
			w, wok := want[s]
			require.Equal(t, wok, ok, s)
			require.Equal(t, w, off, s)
			if !ok {
				at := uint32(len(buf))
				buf = binary.AppendUvarint(buf, uint64(len(s))<<2)
				buf = append(buf, s...)
				tab.add(slot, h, at)
				want[s] = at
			}
		}
	}
}
