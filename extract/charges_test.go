package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestChargeCounts: a number of charges is keyed by its offence, its stage and its person, so
// that two reports of one count meet and a count charged never meets a count convicted.
func TestChargeCounts(t *testing.T) {
	tests := []struct{ text, value, key string }{
		{"He was convicted on 14 counts of fraud.", "14 counts", "quantity|charge|charg fraud|counts|convict||"},
		{"Piet Larsen was found guilty on 12 counts of fraud.", "12 counts", "quantity|charge|charg fraud|counts|convict|larsen|"},
		{"A jury found Piet Larsen guilty on 12 counts of wire fraud.", "12 counts", "quantity|charge|charg fraud|counts|convict|larsen|"},
		{"Piet Larsen faces 12 charges.", "12 charges", "quantity|charge|charg|counts|charg|larsen|"},
		{"Piet Larsen was charged with three counts of first-degree murder.", "three counts", "quantity|charge|charg murder|counts|charg|larsen|"},
		{"Piet Larsen pleaded guilty to two counts.", "two counts", "quantity|charge|charg|counts|plead|larsen|"},
		{"Piet Larsen pleaded not guilty to 12 federal charges.", "12 federal charges", "quantity|charge|charg|counts|charg|larsen|"},
		{"Piet Larsen was acquitted of two charges of bribery.", "two charges", "quantity|charge|charg briberi|counts|acquit|larsen|"},
		{"Piet Larsen was found not guilty on two counts.", "two counts", "quantity|charge|charg|counts|acquit|larsen|"},
		{"Three murder charges against Piet Larsen were dropped.", "Three murder charges", "quantity|charge|charg murder|counts|drop|larsen|"},
		{"The jury convicted him on 12 counts of fraud last week.", "12 counts", "quantity|charge|charg fraud|counts|convict||"},
		{"A jury found him guilty on 14 counts of fraud.", "14 counts", "quantity|charge|charg fraud|counts|convict||"},
		{"The jury convicted Piet Larsen on 14 counts.", "14 counts", "quantity|charge|charg|counts|convict|larsen|"},
		{"Piet Larsen was convicted in July on 14 counts of fraud.", "14 counts", "quantity|charge|charg fraud|counts|convict|larsen|"},
		// counts of several offences are the total
		{"Piet Larsen was convicted on 14 counts of wire fraud and money laundering.", "14 counts", "quantity|charge|charg|counts|convict|larsen|"},
		{"Piet Larsen was convicted on 14 counts of fraud and was jailed.", "14 counts", "quantity|charge|charg fraud|counts|convict|larsen|"},
		// two of the whole: the two at the clause's stage, the whole charged
		{"Piet Larsen was convicted on two of the 14 counts he faced.", "two of the 14 counts", "quantity|charge|charg|counts|convict|larsen|"},
		{"Piet Larsen was convicted on two of the 14 counts he faced.", "14 counts", "quantity|charge|charg|counts|charg||"},
		{"His co-defendant was convicted on 12 counts.", "12 counts", "quantity|charge|charg other|counts|convict||"},
		{"A grand jury returned a 12-count indictment against Piet Larsen.", "12-count", "quantity|charge|charg|counts|charg|larsen|"},
		{"Piet Larsen was convicted on all 34 counts.", "34 counts", "quantity|charge|charg|counts|convict|larsen|"},
		// counts given to several at once
		{"The two men were convicted on five counts each.", "five counts", "quantity|charge|charg each|counts|convict||"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.value, func(t *testing.T) {
			cs := claimsOf(t, "a", tt.text, "charge")
			for _, c := range cs {
				if c.Value == tt.value {
					assert.Equal(t, tt.key, c.Key)
					return
				}
			}
			t.Errorf("no charge %q in %+v", tt.value, cs)
		})
	}
}

// TestChargeCountsLeft: numbers of charges without a stage, and other charges, are no claim.
func TestChargeCountsLeft(t *testing.T) {
	for _, text := range []string{
		"The 14 counts carry a maximum of 20 years.",
		"Police have charged 14 people after the riot.",
		"The bank charged him $14 in fees.",
		"The vote counts in 14 districts were delayed.",
	} {
		assert.Empty(t, claimsOf(t, "a", text, "charge"), text)
	}
}

// TestChargeCountsCurrent: the charges a person faces may change as a case goes on (a later
// report's other figure is a change, compare.changing); a verdict's counts do not.
func TestChargeCountsCurrent(t *testing.T) {
	for text, current := range map[string]bool{
		"Piet Larsen faces 12 charges.":                 true,
		"Piet Larsen was charged with 12 counts.":       true,
		"Piet Larsen was convicted on 12 counts.":       false,
		"Piet Larsen pleaded guilty to two counts.":     false,
		"A jury returned a 12-count indictment on him.": true,
	} {
		cs := claimsOf(t, "a", text, "charge")
		if assert.Len(t, cs, 1, text) {
			assert.Equal(t, current, cs[0].Current, text)
		}
	}
}
