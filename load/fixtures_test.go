package load

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFixtureInputs loads fixtures/inputs as `crosscheck compare fixtures/inputs` does: every kind of
// newsroom input, each with its metadata, and nothing else (expect.json and sources.yaml are not
// articles).
func TestFixtureInputs(t *testing.T) {
	res := Load([]string{"../fixtures/inputs"}, Options{})
	require.Empty(t, res.Errors)
	type want struct {
		id, format, outlet, url, published string
	}
	wants := []want{
		{"romania-brasov-coach-crash", "json", "Balkan Roundup", "https://balkanroundup.example/romania-brasov-coach-crash", "2025-08-13T12:30:00+02:00"},
		{"maramures-floods", "json", "Balkan Roundup", "https://balkanroundup.example/maramures-floods", "2025-08-12T18:05:00+02:00"},
		{"dw-20250813-0917", "json", "Danube Wire", "https://danubewire.example/2025/08/13/romania-coach-crash", "2025-08-13T09:17:00Z"},
		{"dw-20250813-0940", "json", "Danube Wire", "https://danubewire.example/2025/08/13/fuel-prices", "2025-08-13T09:40:00Z"},
		{"correspondent-notes", "markdown", "Herald Field Desk", "", "2025-08-13T10:00:00+03:00"},
		{"radio-transcript", "text", "Radio Transilvania", "https://radiotransilvania.example/stiri/brasov-coach-crash", "2025-08-13T00:00:00Z"},
		{"herald-bus-crash", "html", "The Carpathian Herald", "https://carpathianherald.example/news/2025/08/13/brasov-bus-crash", "2025-08-13T07:42:00+03:00"},
	}
	require.Len(t, res.Articles, len(wants))
	for i, w := range wants {
		a := res.Articles[i]
		assert.Equal(t, w.id, a.ID)
		assert.Equal(t, w.format, a.Format, w.id)
		assert.Equal(t, w.outlet, a.Outlet, w.id)
		assert.Equal(t, w.url, a.URL, w.id)
		if assert.NotNil(t, a.Published, w.id) {
			assert.Equal(t, w.published, a.Published.Format(time.RFC3339), w.id)
		}
	}
	roundup := res.Articles[0]
	assert.Equal(t, "Romania\n\nTwelve people were killed when a coach left the DN1 road near Brașov on Tuesday night, Romania’s emergency service said.\n\n"+
		"Another 31 were injured, seven of them seriously.\n\nThe government declared a day of national mourning.\n", roundup.Text,
		"the JSON body's HTML is reduced to text, its script dropped")
}
