package extract

// presentMeasure is the measure of a casualty verb's present form, which a headline uses for
// an event past: "Police arrest 45 protesters", "Blast injures 12", "Crews rescue 30 miners";
// "" for any other word. ("kill" and "kills" are in measureLeft already.) A switch, not a map:
// it is asked of the word before nearly every figure.
func presentMeasure(w string) string {
	switch w {
	case "arrest", "arrests", "detain", "detains":
		return "arrested"
	case "injure", "injures", "wound", "wounds":
		return "injured"
	case "rescue", "rescues":
		return "rescued"
	case "evacuate", "evacuates":
		return "evacuated"
	}
	return ""
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
	m := presentMeasure(s.Lower(k))
	if m == "" || unrealisedBefore[s.Lower(k-1)] || !headlineSent(s) {
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
