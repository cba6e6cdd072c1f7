package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestResponseTimes: how fast responders got there is their response time, keyed by who
// responded; a journey's length and a time after an event are not.
func TestResponseTimes(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Police arrived within three minutes.", "quantity|duration|respons police|minutes||"},
		{"Officers were at the scene within five minutes.", "quantity|duration|respons police|minutes||"},
		{"Police said officers had arrived within three minutes of the first call.", "quantity|duration|respons police|minutes||"},
		{"Paramedics reached the scene within eight minutes.", "quantity|duration|respons ambulance|minutes||"},
		{"Emergency services were on the scene within 11 minutes.", "quantity|duration|respons|minutes||"},
		{"The gunman was killed by officers who reached the scene within four minutes.", "quantity|duration|respons police|minutes||"},
		// not response times
		{"The plane arrived in 40 minutes.", ""},
		{"The first ambulance arrived 12 minutes after the call.", ""},
		{"The talks ended within three hours of the start.", "quantity|duration|start|minutes||"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "a", tc.text, "duration") {
				got = append(got, c.Key)
			}
			if tc.want == "" {
				for _, k := range got {
					assert.NotContains(t, k, "respons")
				}
				return
			}
			assert.Equal(t, []string{tc.want}, got)
		})
	}
}
