package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTitlesNormalize(t *testing.T) {
	tab := DefaultTitles()
	tests := []struct {
		title string
		want  string // Post.String(); "" when no post
	}{
		{"US Permanent Representative to NATO", "permanent representative to nato (us)"},
		{"US Ambassador to NATO", "permanent representative to nato (us)"},
		{"US Army Secretary", "army secretary (us)"},
		{"US Secretary of the Army", "army secretary (us)"},
		{"Ukraine's Defense Minister", "defence minister (ukraine)"},
		{"Ukrainian Minister of Defence", "defence minister (ukraine)"},
		{"Interior Minister", "interior minister"},
		{"the acting US envoy to the UN", "envoy to un (us)"},
		{"head of NATO’s Military Committee", "military committee head (nato)"},
		{"an Army spokesperson", "army spokesperson"},
		{"Kremlin spokesman", "kremlin spokesperson"},
		{"spokeswoman for the Kremlin", "kremlin spokesperson"},
		{"Microsoft's CEO", "microsoft chief executive"},
		{"Microsoft chief executive officer", "microsoft chief executive"},
		{"Then-Defense Secretary", "former defence secretary"},
		{"Former German chancellor", "former chancellor (germany)"},
		{"President of Ukraine", "president (ukraine)"},
		{"the country's defence minister", "defence minister"},
		{"Minister of Foreign Affairs", "foreign minister"},
		{"Deputy Minister of Foreign Affairs", "deputy foreign minister"},
		{"Russian Deputy Foreign Minister", "deputy foreign minister (russia)"},
		{"the UN secretary-general", "secretary general (un)"},
		{"Ukraine's ambassador to the United States", "ambassador to us (ukraine)"},
		{"NATO ambassador", "permanent representative to nato"},
		{"chairman of the Joint Chiefs of Staff", "chair of joint chiefs of staff"},
		{"Joint Chiefs Chairman", "chair of joint chiefs of staff"},
		{"U.S. Vice President", "vice president (us)"},
		{"Sen.", "senator"},
		{"Supreme Leader", "supreme leader"},
		{"President-elect", "incoming president"},
		{"Prime Minister designate", "incoming prime minister"},
		{"president of the European Central Bank", "president (ecb)"},
		{"Gen.", ""},
		{"counterpart", ""},
		{"the top Democrat on the Foreign Relations Committee", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			p, ok := tab.Normalize(tt.title)
			if tt.want == "" {
				assert.False(t, ok, "got %q", p.String())
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, p.String())
			// the canonical rendering reads back to the same post
			assert.Equal(t, p.String(), tab.ParseCanonical(p.String()).String())
		})
	}
}

func TestTitlesCompatible(t *testing.T) {
	tab := DefaultTitles()
	tests := []struct {
		a, b string
		want bool
	}{
		{"US Permanent Representative to NATO", "US Ambassador to NATO", true},
		{"US Army Secretary", "Secretary of the Army", true},
		{"Defence Minister", "Minister", true},
		{"Ukraine's Defense Minister", "Defence Minister", true},
		{"Interior Minister", "Defence Minister", false},
		{"Ukrainian President", "Russian President", false},
		{"Deputy Foreign Minister", "Foreign Minister", false},
		{"Vice President", "President", false},
		{"Secretary of State", "Secretary", true},
		{"NATO chief", "NATO Secretary General", true},
		{"former Prime Minister", "Foreign Minister", true},
		{"special envoy", "US envoy", true},
		{"Army Secretary", "Navy Secretary", false},
		{"acting Interior Minister", "Interior Minister", true},
		// posts held together
		{"Deputy Prime Minister", "Digital Affairs Minister", true},
		{"Vice-Premier", "Foreign Minister", true},
		{"First Deputy Prime Minister", "Finance Minister", true},
		{"Deputy Prime Minister", "Prime Minister", false},
		{"Deputy Prime Minister", "President", false},
		{"Deputy Foreign Minister", "Interior Minister", false},
		{"Ukrainian Deputy Prime Minister", "Russian Foreign Minister", false},
		{"Finance Minister and Deputy Prime Minister", "Finance Minister", true},
		{"Finance Minister and Deputy Prime Minister", "Interior Minister", true}, // a deputy PM's
		{"Foreign Minister and Defence Minister", "Interior Minister", false},
		{"Secretary of State for Health and Social Care", "Secretary of State for Defence", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" ~ "+tt.b, func(t *testing.T) {
			pa, ok := tab.Normalize(tt.a)
			require.True(t, ok)
			pb, ok := tab.Normalize(tt.b)
			require.True(t, ok)
			assert.Equal(t, tt.want, tab.Compatible(pa.String(), pb.String()))
			assert.Equal(t, tt.want, tab.Compatible(pb.String(), pa.String()), "symmetric")
		})
	}
}

func TestTitlesWithEquivalences(t *testing.T) {
	tab := DefaultTitles()
	a, _ := tab.Normalize("police chief")
	b, _ := tab.Normalize("chief constable")
	assert.NotEqual(t, a.Office, b.Office)
	ext, err := tab.WithEquivalences([]string{"chief constable = police chief"}, "crosscheck.yaml")
	require.NoError(t, err)
	a, _ = ext.Normalize("police chief")
	b, ok := ext.Normalize("Chief Constable")
	require.True(t, ok)
	assert.Equal(t, a.Office, b.Office)
	// the default table is untouched
	b, _ = tab.Normalize("chief constable")
	assert.Equal(t, "chief constable", b.Office)
}

func TestParseTitlesErrors(t *testing.T) {
	_, err := ParseTitles(strings.NewReader("[nonsense]\nx = y\n"), "extra.txt")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "extra.txt:1")
	_, err = ParseTitles(strings.NewReader("# c\nlonely\n"), "extra.txt")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "extra.txt:2")
	_, err = ParseTitles(strings.NewReader("a =  = b\n"), "extra.txt")
	require.Error(t, err)
}

// TestAliasLookupKey checks that the stack-built key finds what Key finds.
func TestAliasLookupKey(t *testing.T) {
	a := DefaultAliases()
	for _, n := range []string{"J.D. Vance", "JD Vance", "  Volodymyr   Zelensky ", "U.S.", "Kyiv's", "O'Brien", "kyiv", "", "a-b", "Zelenskyy"} {
		_, want := a.canon[Key(n)]
		if got := a.Known(n); got != want {
			t.Errorf("Known(%q) = %v, want %v", n, got, want)
		}
	}
}
