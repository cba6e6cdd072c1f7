package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpelledAlike(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Anna Lindqvist", "Anna Lindquist", true},        // one letter changed
		{"Jens Stoltenberg", "Jens Stoltenburg", true},    // one letter changed
		{"Olga Brennan", "Olga Brenan", true},             // one letter dropped
		{"Piet Larsen", "Piet Larssen", true},             // one letter added
		{"Mark Jakobsen", "Mark Jaokbsen", true},          // two letters swapped
		{"Mary-Ann Novak", "Mary-Ann Nowak", true},        // given names compared whole
		{"Kaja Kallas", "Kaja Kallas", false},             // the same name is not a misspelling
		{"Anna Lindqvist", "Ana Lindqvist", false},        // a given name changed: another person
		{"Maria Holm", "Maria Helm", false},               // surnames this short differ too easily
		{"Anna Lindqvist", "Anna Lindgren", false},        // more than one letter
		{"Ivan Petrenko", "Ivan Fetrenko", false},         // a changed first letter
		{"Lindqvist", "Anna Lindquist", false},            // a surname alone
		{"Anna Maria Lindqvist", "Anna Lindquist", false}, // other given names
		{"Anna Lindqvist", "Anna Lindqvist-Berg", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, spelledAlike(tt.a, tt.b))
			assert.Equal(t, tt.want, spelledAlike(tt.b, tt.a), "symmetric")
		})
	}
}

func TestOneEdit(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"abcde", "abxde", true}, {"abcde", "abde", true}, {"abcde", "abcdef", true}, {"abcde", "bacde", true},
		{"abcde", "abced", true}, {"abcde", "abcde", false}, {"abcde", "axcdy", false}, {"abcde", "abc", false},
		{"abcde", "acbed", false}, {"", "a", true}, {"ä", "a", true},
	} {
		assert.Equal(t, tt.want, oneEdit([]rune(tt.a), []rune(tt.b)), "%q %q", tt.a, tt.b)
	}
}
