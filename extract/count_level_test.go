package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLevelCounts: a level told with the thing counted before its verb and no noun after the
// figure ("cases rose to 4,500", "the waiting list stood at 7.6 million") is a count keyed by
// that thing, one verb for rose to, stood at and reached; changes, prices, tolls and names are not.
func TestLevelCounts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The waiting list in England stood at 7.6 million.", "quantity|count|wait list|list|stand at|england|"},
		{"The waiting list in England has risen to 7.6 million.", "quantity|count|wait list|list|stand at|england|"},
		{"The waiting list for hospital treatment in England stood at 7.6 million.", "quantity|count|wait list|list|stand at|england|"},
		{"Officials said infections in Harwick have risen to 4,500.", "quantity|count|infection|infections|stand at|harwick|"},
		{"Unemployment in Harwick rose to 2.9 million.", "quantity|count|unemployment|unemployment|stand at|harwick|"},
		{"Asylum applications reached 12,000, the ministry said.", "quantity|count|application|applications|stand at||"},
		{"Hospital admissions climbed sharply to 1,200.", "quantity|count|admission|admissions|stand at||"},
		// an outbreak's cases are a case count (count_cases.go)
		{"In the cholera outbreak, confirmed cases in Harwick rose to 4,500.", "quantity|count|confirm cas|cases|record|harwick|"},
		// a part of its owner's whole (ofWholeCount)
		{"The union said 32,000 of its members had joined the strike.", "quantity|count|member|members|strike||"},
		{"The company will cut 1,200 of its 5,000 staff in Germany.", "quantity|count|staf|staff|cut|germany|"},
		{"Two of the victims were children.", ""},
		{"Half of them left.", ""},
		// an opening capital may be a name: read only when the text writes the word in lower case
		{"Infections in Harwick have risen to 4,500.", ""},
		{"Infections in Harwick have risen to 4,500 as infections spread.", "quantity|count|infection|infections|stand at|harwick|"},
		// not levels of a count
		{"Sales rose by 500 to 4,500.", ""},
		{"Siemens rose to 120.", ""},
		{"Siemens shares rose to 120.", ""},
		{"Temperatures in Harwick rose to 40.", ""},
		{"The index rose to 4,500.", ""},
		{"The list rose to 4,500.", ""},
		{"Deaths in Harwick rose to 26.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "a", tc.text, "count") {
				got = append(got, c.Key)
			}
			if tc.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, []string{tc.want}, got)
		})
	}
}
