package extract

import (
	"reflect"
	"slices"
	"testing"
)

// TestSentFields lists the fields of Sent: prepare writes each of them field by field into a
// recycled array (an earlier document's sentences), so a field added here must be written there.
func TestSentFields(t *testing.T) {
	var got []string
	for f := range reflect.TypeFor[Sent]().Fields() {
		got = append(got, f.Name)
	}
	want := []string{"Sentence", "Index", "Tokens", "Numbers", "lower", "facts", "sum", "cls", "casAt", "title", "verbs", "memo"}
	if !slices.Equal(got, want) {
		t.Fatalf("Sent has fields %v, want %v: write the new ones in prepare", got, want)
	}
}
