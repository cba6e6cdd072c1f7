package claimsio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestTermsOnSourceLines: a source's terms travel on its source line only, and come back on the
// source however the lines are ordered.
func TestTermsOnSourceLines(t *testing.T) {
	src := model.Source{ID: "a", Path: "in/a.txt", Terms: []string{"piura", "luis neyra"}}
	claims := []model.Claim{{ID: "a#1", Source: "a", Key: "quantity|killed|people|piura", Value: "12"}}
	var b bytes.Buffer
	if err := Write(&b, []model.Source{src}, claims, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if n := strings.Count(b.String(), "luis neyra"); n != 1 {
		t.Errorf("terms written %d times, want once (the source line):\n%s", n, b.String())
	}
	// the claim line first, as a shuffle may deliver it
	swapped := strings.Join([]string{lines[0], lines[2], lines[1]}, "\n")
	for _, in := range []string{b.String(), swapped} {
		set := NewSet()
		if err := set.Read(strings.NewReader(in), "x"); err != nil {
			t.Fatal(err)
		}
		set.Finish(nil)
		if got := strings.Join(set.Sources[0].Terms, "|"); got != "piura|luis neyra" {
			t.Errorf("terms read %q", got)
		}
	}
}
