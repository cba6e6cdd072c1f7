package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCasualtyEventKind: the event a toll belongs to comes from an event word, not from an event word
// that names a body or a thing ("the fire service said" in a flood story).
func TestCasualtyEventKind(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The flood killed 14 people in Harwick, the fire service said.", "flood"},
		{"Floodwaters killed 12 people in Harwick, fire crews said.", "flood"},
		{"The storm killed five people, the fire brigade said.", "storm"},
		{"The fire killed 14 people in Harwick, the fire service said.", "fire"},
		{"A blaze killed three people in Harwick.", "fire"},
		{"Six people died in Harwick when flood defences failed.", ""},
		{"The death toll from cholera in Kasai has risen to 127.", "outbreak"},
		{"A cholera outbreak in Kasai has killed 112 people.", "outbreak"},
		{"Measles has killed 14 children in the district since January.", "outbreak"},
		{"Eleven people were killed when a passenger train derailed near Vranje.", "crash"},
		{"A gunman opened fire at the mall, killing five people.", "shooting"},
		{"Soldiers returned fire, and two attackers were killed.", "shooting"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			cs := claimsOf(t, "a", tc.text, "casualty")
			require.NotEmpty(t, cs)
			assert.Equal(t, tc.want, cs[0].Context)
		})
	}
}
