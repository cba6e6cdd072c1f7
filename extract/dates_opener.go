package extract

import "github.com/crosscheck/crosscheck/segment"

// A sentence capitalises its first word whatever it is: "Power was restored on Tuesday",
// "Unemployment stood at 6% last year". Such a word is no participant of the event a date
// dates, or two sources writing "Power was restored" and "Electricity returned" would be keyed
// apart, and "Power" would join unrelated events as their named participant. The common opening
// words are the people reader's (names_common.go): a word of them opens no name unless the
// article writes it capitalised inside a sentence ("Samantha Power said … Power added") or a
// capitalised word follows it ("Power Station").

// dtOpensSentence reports whether token k stands where any word is capitalised: the sentence's
// first, or the first after an opening quote or a spaced dash ("MILLBROOK - Floodwaters that
// swept…", "(AP) — Flash floods killed").
func dtOpensSentence(s *Sent, k int) bool {
	if k == 0 {
		return true
	}
	p := &s.Tokens[k-1]
	if p.Kind != segment.Punct {
		return false
	}
	switch p.Text {
	case "\"", "“":
		return true
	case "-", "–", "—":
		return p.End < s.Tokens[k].Start // not inside a word: "Winston-Salem"
	}
	return false
}

// commonOpener reports whether w, the lower case of token k that opens its sentence, is a common
// word capitalised by its place (see above).
func (c *dateCtx) commonOpener(s *Sent, k int, w string) bool {
	kind := openWords[w]
	if kind == 0 {
		return false
	}
	if kind != openPerson && k+1 < len(s.Tokens) && s.Tokens[k+1].Kind == segment.Word && dtCap(&s.Tokens[k+1]) && !titleCommonNext(s, k+1) {
		return false // "Power Station", "Fire Brigade": a name of its own may start here
	}
	if c.capInside(w) {
		return false
	}
	return c.d.Aliases == nil || !c.d.Aliases.Known(s.Tokens[k].Text)
}
