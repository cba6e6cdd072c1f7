package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDeterminerBeforeSpeechVerb: a speech verb after a determiner opening a sentence ("An
// estimated 300 homes") is an adjective, not a speaker's verb: the determiner is credited as no
// one. Near misses keep their speakers.
func TestDeterminerBeforeSpeechVerb(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"an estimated", "An estimated 300 homes were destroyed in the fire.", "count", []string{""}},
		{"the estimated", "The estimated 300 homes were destroyed in the fire.", "count", []string{""}},
		{"a reported", "A reported 20 people died in the blast.", "casualty", []string{""}},
		{"another estimated", "Another estimated 50 homes were damaged by the storm.", "count", []string{""}},
		{"a further, with a speaker after", "A further 20 people were injured, police said.", "casualty", []string{"police"}},
		{"an estimated, with a speaker after", "An estimated 300 homes were destroyed, officials said.", "count", []string{"officials"}},
		// near misses: a real subject before the verb
		{"a body estimated", "Police estimated 300 homes were destroyed.", "count", []string{"Police"}},
		{"a titled outlet estimated", "The Times estimated 300 homes were destroyed.", "count", []string{"The Times"}},
		{"a person estimated", "Olga Brennan estimated 300 homes were destroyed.", "count", []string{"Olga Brennan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributionsOf(tt.text, tt.kind))
		})
	}
}
