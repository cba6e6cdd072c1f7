package extract

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadDateline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"TAMPA, Fla. (AP) — Hurricane Milton tore across Florida", "Tampa"},
		{"PORT ST. LUCIE — Sheriff Keith Pearson said Friday", "Port St Lucie"},
		{"KYIV, Ukraine — A missile struck", "Kyiv"},
		{"LONDON (Reuters) - Britain's economy grew", "London"},
		{"WINSTON-SALEM, N.C. (AP) — Flash floods", "Winston-Salem"},
		{"NEW YORK, N.Y. -- Stocks fell", "New York"},
		{"SEOUL, South Korea (AP) — North Korea fired", "Seoul"},
		{"BREAKING — Power was cut", ""},
		{"UPDATE - The toll rose", ""},
		{"NATO said on Monday that", ""},     // capitals, but no dash
		{"Tampa, Fla. (AP) — The storm", ""}, // a dateline is written in capitals
		{"A — B", ""},
		{"US — China talks", ""},
		{"NATO — The alliance said", ""},
		{"ST. PAUL, Minn. (AP) — Lawmakers", "St Paul"},
		{"KYIV (AP) no dash here", ""},
		{"", ""},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, readDateline(tt.text), "readDateline(%q)", tt.text)
	}
}
