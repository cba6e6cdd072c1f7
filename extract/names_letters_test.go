package extract

import "testing"

// FuzzLettersAt checks lettersAt against isLetters on every span of a string.
func FuzzLettersAt(f *testing.F) {
	for _, s := range []string{"", "a", "Kyiv", "well-known", "ABCDEFGH", "abcdefghijklmnopq", "O'Brien", "Zürich",
		"az@[`{AZ", "hello world", "Zz\x80zzzzzzzzzz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 40 {
			s = s[:40]
		}
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				want := isLetters(s[i:j])
				if got := lettersAt(s, i, j); got != want {
					t.Fatalf("lettersAt(%q, %d, %d) = %v, want %v", s, i, j, got, want)
				}

			}
		}
	})
}

// TestLettersAtBytes checks every byte value at every place of short and long words.
func TestLettersAtBytes(t *testing.T) {
	for _, n := range []int{1, 3, 7, 8, 9, 15, 16, 17} {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				b := []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")[:n+5]
				b[at] = byte(c)
				s := string(b)
				if got, want := lettersAt(s, 0, n), isLetters(s[:n]); got != want {
					t.Fatalf("lettersAt(%q, 0, %d) = %v, want %v", s, n, got, want)
				}

			}
		}
	}
}
