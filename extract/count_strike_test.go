package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStrikeCounts: strikers are one figure however their walkout is told ("are on strike",
// "walked out", "went on strike", "joined the strike", "took part in the walkout", "staged a
// strike"); delegates walking out of talks, trusts on strike and people joining a march are not.
func TestStrikeCounts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"About 36,000 nurses are on strike in Leeds.", "quantity|count|nurs|nurses|strike|leeds|"},
		{"About 36,000 nurses went on strike in Leeds.", "quantity|count|nurs|nurses|strike|leeds|"},
		{"Some 36,000 nurses walked out in Leeds on Tuesday.", "quantity|count|nurs|nurses|strike|leeds|"},
		{"More than 36,000 nurses joined the strike in Leeds.", "quantity|count|nurs|nurses|strike|leeds|"},
		{"Around 4,000 teachers took part in the walkout in Leeds.", "quantity|count|teacher|teachers|strike|leeds|"},
		{"About 2,000 workers staged a 48-hour strike in Leeds.", "quantity|count|worker|workers|strike|leeds|"},
		{"Some 3,000 staff were still on strike in Leeds.", "quantity|count|staf|staff|strike|leeds|"},
		{"The union said 32,000 members at 44 trusts had joined the strike.", "quantity|count|member|members|strike||"},
		{"The union says about 36,000 members at 44 trusts are on strike.", "quantity|count|member|members|strike||"},
		{"The walkout by 32,000 nurses in Leeds was the largest since December.", "quantity|count|nurs|nurses|strike|leeds|"},
		{"Industrial action by 4,000 teachers in Leeds began on Monday.", "quantity|count|teacher|teachers|strike|leeds|"},
		// not strikers
		{"A report by 12 experts in Leeds.", ""},
		{"Some 32 delegates walked out of the talks in Leeds.", "quantity|count|delegat|delegates|walk out||"},
		{"About 2,000 workers joined the march in Paris.", "quantity|count|worker|workers|join||"},
		{"Some 300 schools were on strike in Leeds.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "a", tc.text, "count") {
				if c.Value != "44" {
					got = append(got, c.Key)
				}
			}
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tc.want}, got)
		})
	}
}
