package extract

// Headlines write a plan as a noun and an infinitive: "Minister to visit Kyiv on Friday", "Ferry
// walkout to end on Thursday", "Talks to resume on Monday". The "to" stands for "is to", a plan:
// the weekday is ahead. Only a headline (headlineSent) reads so: in a body, "ordered the troops
// to withdraw on Thursday" may date the order.

// dtHeadlineInfinitive reports whether the "to" at p opens a headline's infinitive of plan: a
// headline, and no verb before "to" (a noun or a name: "Minister to", "walkout to").
func dtHeadlineInfinitive(s *Sent, p int) bool {
	if p < 1 || !headlineSent(s) && !dtHeadlineStyle(s, p) { // with a full stop: dates_headstop.go
		return false
	}
	if _, isVerb := dtVerbAt(s, p-1); isVerb {
		return false // "sentenced to", "wants to": the verbs' own reading
	}
	w := s.Lower(p - 1)
	return !isFunctionWord(w) && !dtIsAdverb(w) && !dtHasDigit(w)
}
