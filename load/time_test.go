package load

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseTime: the publication time forms of pages, feeds and news APIs.
func TestParseTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-08-13", "2025-08-13T00:00:00Z"},
		{"2025-08-13T07:42:00+03:00", "2025-08-13T07:42:00+03:00"},
		{"2025-08-13T07:42:00.000Z", "2025-08-13T07:42:00Z"},
		{"2025-08-13T07:42:00+0300", "2025-08-13T07:42:00+03:00"},
		{"2025-08-13T07:42:00.123+0300", "2025-08-13T07:42:00+03:00"},
		{"2025-08-13T07:42+03:00", "2025-08-13T07:42:00+03:00"},
		{"2025-08-13 07:42:00", "2025-08-13T07:42:00Z"},
		{"Wed, 13 Aug 2025 07:42:00 +0300", "2025-08-13T07:42:00+03:00"},
		{"Wed, 3 Sep 2025 07:42:00 +0000", "2025-09-03T07:42:00Z"},
		{"August 13, 2025", "2025-08-13T00:00:00Z"},
		{"13 Aug 2025", "2025-08-13T00:00:00Z"},
	}
	for _, tt := range tests {
		got, err := ParseTime(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got.Format(time.RFC3339), tt.in)
	}
	for _, bad := range []string{"", "yesterday", "08/13/2025", "13/08/2025"} {
		_, err := ParseTime(bad)
		assert.Error(t, err, "%q: ambiguous or relative forms are never guessed", bad)
	}
}
