package extract

// presentMeasures are the present forms of the casualty verbs, which a headline uses for an
// event past: "Police arrest 45 protesters", "Blast injures 12", "Crews rescue 30 miners".
// ("kill" and "kills" are in measureLeft already.)
var presentMeasures = map[string]string{
	"arrest": "arrested", "arrests": "arrested", "detain": "arrested", "detains": "arrested",
	"injure": "injured", "injures": "injured", "wound": "injured", "wounds": "injured",
	"rescue": "rescued", "rescues": "rescued", "evacuate": "evacuated", "evacuates": "evacuated",
}

// unrealisedBefore are words before a verb that make its act one not done: "may arrest",
// "threaten to arrest", "did not detain", "will rescue".
var unrealisedBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "may": true, "might": true, "must": true,
	"shall": true, "should": true, "can": true, "cannot": true, "not": true, "n't": true, "never": true,
	"'ll": true, "wo": true, "ca": true, "did": true, "do": true, "does": true,
}

// headlineMeasure reads the present casualty verb at k ("Police arrest 45 protesters") as the
// measure of the figure after it, only in a headline (a sentence with no closing stop): in a
// body, the present tells a habit ("police arrest 4,000 people a year") or a plan.
func headlineMeasure(s *Sent, k int) (string, bool) {
	m, ok := presentMeasures[s.Lower(k)]
	if !ok || unrealisedBefore[s.Lower(k-1)] || !headlineSent(s) {
		return "", false
	}
	return m, true
}

// headlineSent reports whether a sentence is a headline: short (a headline rarely runs past
// sixteen words) and ending without a full stop, question or exclamation mark.
func headlineSent(s *Sent) bool {
	if len(s.Tokens) > 20 {
		return false
	}
	switch s.Lower(len(s.Tokens) - 1) {
	case ".", "?", "!", "…", "\"", "”", "'", "’", ":", ";":
		return false
	}
	return true
}
