package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndicatorKeys: the names reporters give the headline inflation and unemployment rates key
// alike, a country named before the indicator is its scope as "in the UK" is, and the indicators'
// other measures ("core", "food price", "services", "youth") stay apart.
func TestIndicatorKeys(t *testing.T) {
	keyOf := func(text string) string { return onlyKey(t, "percent", text) }
	same := [][2]string{
		{"UK inflation rose to 3.6% in October.", "Inflation in the UK rose to 3.6% in October."},
		{"UK inflation rose to 3.6% in October.", "British inflation rose to 3.6% in October."},
		{"UK inflation rose to 3.6% in October.", "Britain's inflation rate rose to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Consumer price inflation reached 3.6 per cent in October."},
		{"Inflation rose to 3.6% in October.", "CPI inflation was 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Headline inflation rose to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Annual inflation hit 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "The inflation rate rose to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "The annual rate of inflation rose to 3.6% in October."},
		{"Unemployment rose to 5.1% in October.", "The jobless rate rose to 5.1% in October."},
		{"Unemployment rose to 5.1% in October.", "The unemployment rate rose to 5.1% in October."},
		{"Food price inflation climbed to 4.9% in October.", "Food inflation climbed to 4.9% in October."},
		{"Germany's jobless rate held at 6.3% in October.", "Unemployment in Germany was 6.3% in October."},
		{"Inflation held steady at 3.6% in October.", "Inflation was 3.6% in October."},
		{"Annual euro zone inflation rose to 2.1% in October.", "Inflation in the eurozone rose to 2.1% in October."},
		{"Figures showed Tokyo inflation rose to 2.1% in October.", "Inflation in Tokyo rose to 2.1% in October."},
		// a growing economy is its GDP
		{"Britain's economy grew 0.3% in the third quarter.", "UK GDP grew 0.4% in the third quarter."},
		{"The UK economy grew 0.4% in the third quarter.", "GDP in the UK rose 0.4% in the third quarter."},
		{"The German economy contracted 0.2% in the third quarter.", "Germany's GDP shrank 0.1% in the third quarter."},
	}
	for _, p := range same {
		assert.Equal(t, keyOf(p[0]), keyOf(p[1]), "%q and %q", p[0], p[1])
	}
	differ := [][2]string{
		{"UK inflation rose to 3.6% in October.", "US inflation rose to 3.6% in October."},
		{"UK inflation rose to 3.6% in October.", "Inflation rose to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Core inflation eased to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Food price inflation climbed to 3.6% in October."},
		{"Consumer price inflation rose to 3.6% in October.", "Food price inflation climbed to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Wage inflation rose to 3.6% in October."},
		{"Inflation rose to 3.6% in October.", "Services inflation held at 3.6% in October."},
		{"Inflation rose to 2.1% in October.", "Figures showed Tokyo inflation rose to 2.1% in October."},
		{"Unemployment rose to 5.1% in October.", "Youth unemployment rose to 5.1% in October."},
		{"Inflation rose to 3.6% in October.", "Inflation expectations rose to 3.6% in October."},
		{"Unemployment rose to 5.1% in October.", "The interest rate rose to 5.1% in October as unemployment climbed."},
		{"The UK economy grew 0.4% in the third quarter.", "The German economy grew 0.4% in the third quarter."},
		{"The economy grew 0.4% in the third quarter.", "The economy shrank 0.4% in the third quarter."},
		{"The economy grew 0.4% in the third quarter.", "The economy grew 0.4% in the second quarter."},
	}
	for _, p := range differ {
		assert.NotEqual(t, keyOf(p[0]), keyOf(p[1]), "%q and %q", p[0], p[1])
	}
}

// TestIndicatorStory: a report that names no country corroborates its story's one country's
// figure of the same value; two countries' figures are no rivals.
func TestIndicatorStory(t *testing.T) {
	conflicts, agreed := storyFindings(t, "UK inflation rose to 3.6% in October.", "Consumer price inflation reached 3.6 per cent in October.")
	assert.Len(t, conflicts, 0)
	assert.Len(t, agreed, 1)
	conflicts, _ = storyFindings(t, "UK inflation rose to 3.6% in October.", "US inflation rose to 3.1% in October.")
	assert.Len(t, conflicts, 0)
	conflicts, agreed = storyFindings(t, "UK inflation rose to 3.6% in October.", "Inflation rose to 3.8% in October.")
	assert.Len(t, conflicts, 0, "a figure with no country only corroborates")
	assert.Len(t, agreed, 0)
}
