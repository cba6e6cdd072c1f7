package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/normalize"
)

// TestFactFindSameLength: find compares a slot's word with loads that overlap; every listed word
// with one byte changed, at each place, is another word of the same length, found only when it is
// listed too.
func TestFactFindSameLength(t *testing.T) {
	tab := factTable(normalize.DefaultTitles())
	words := []string{"abcdefghijklmnopqrstuvwxyz0123456789", "international-long"}
	for w := range tab.m {
		words = append(words, w)
	}
	for w := range wordClasses {
		words = append(words, w)
	}
	for _, w := range words {
		for k := 0; k < len(w); k++ {
			b := []byte(w)
			b[k] ^= 0x01
			v := string(b)
			if got, want := tab.get(v), tab.m[v]; got != want {
				t.Fatalf("get(%q) = %v, want %v", v, got, want)
			}
			if f, c := tab.getBoth(v); f != tab.m[v] || c != wordClasses[v] {
				t.Fatalf("getBoth(%q) = %v %v, want %v %v", v, f, c, tab.m[v], wordClasses[v])
			}
		}
	}
}
