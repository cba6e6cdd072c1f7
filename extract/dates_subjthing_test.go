package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
)

// TestDateExpiryThing: what expires is the thing in force, so "current" and "existing" drop from
// its key and "new" stays; other stages keep their words as before.
func TestDateExpiryThing(t *testing.T) {
	tests := []struct{ text, key, subject string }{
		{"The current contract expires on December 31.", "date|end|contract", "end of contract"},
		{"The existing contract expired on July 31.", "date|end|contract", "end of contract"},
		{"The contract expires on December 31.", "date|end|contract", "end of contract"},
		{"The new contract expires in 2030.", "date|end|new contract", "end of new contract"},
		{"The old contract expires on December 31.", "date|end|old contract", "end of old contract"},
		// other stages as before: what takes effect is by default the new one
		{"The new rules took effect on Monday.", "date|effect|rules", "entry into force of rules"},
		{"The current rules took effect on Monday.", "date|effect|current rules", "entry into force of current rules"},
	}
	for _, tt := range tests {
		cs := dateClaims(t, article(t, "a", "2025-08-06", tt.text))
		require.Len(t, cs, 1, tt.text)
		assert.Equal(t, tt.key, cs[0].Key, tt.text)
		assert.Equal(t, tt.subject, cs[0].Subject, tt.text)
	}
}

// TestDateExpiryThingCompare: the current and the unqualified contract expiring meet; the new
// contract's expiry is another event.
func TestDateExpiryThingCompare(t *testing.T) {
	checkDatePair(t, "2025-08-06", "The current contract expires on August 31.", "2025-08-06", "The contract expires on September 30.", model.KindConflict)
	checkDatePair(t, "2025-08-06", "The current contract expires on August 31.", "2025-08-07", "The contract expires on August 31.", model.KindCorroborated)
	checkDatePair(t, "2025-08-06", "The new contract expires on August 31, 2030.", "2025-08-06", "The contract expires on August 31.", model.KindSingle)
}
