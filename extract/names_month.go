package extract

import "sort"

// surnameWords are months and weekdays the word lists keep out of names that are also surnames:
// "Theresa May", "Billy Sunday". Read as a name only where the words around them say so
// (calendarSurname). Common words that are surnames too ("Doris Day", "Kanye West") are left
// out: personLike refuses a name holding them.
var surnameWords = map[string]bool{
	"january": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "monday": true, "friday": true, "sunday": true,
}

// calendarSurname reports whether word i, a word isNameWord refuses at once, is a surname:
//   - after a known given name, with a speech verb, a possessive or an appositive after it
//     ("Theresa May said", "Theresa May has told", "Theresa May's government", "Theresa May,
//     the former prime minister,") or a title or a speech verb before the given name ("Former
//     prime minister Theresa May", "said Theresa May");
//   - after an honorific ("Mrs May");
//   - after a capitalised post, with a speech verb or a possessive after it ("Prime Minister May
//     said").
//
// "in May", "on Friday", "Kate on Friday" and "Election Day" stay dates and words: a
// preposition or an unknown word stands before them. An unknown given name is not enough:
// "Apple Friday said" is a company and a day in wire style, "the governor Friday said" a post
// and a day.
func (pp *people) calendarSurname(ws []word, i int) bool {
	w := &ws[i]
	if i == 0 || !maySurname(w) {
		return false
	}
	prev := &ws[i-1]
	if prev.cap && !prev.punct && pp.isHonorificWord(*prev) {
		return true // "Mrs May", "Dr. Day"
	}
	if prev.cap && !prev.punct && prev.nkeys() == 1 && prev.kf&fHead != 0 && (w.poss || speechAfter(ws, i+1)) {
		return true // "Prime Minister May said", "Prime Minister May's deal"
	}
	if prev.poss || !prev.cap || !pp.isNameWord(ws, i-1) || givenNameGender(prev.text()) == genderUnknown {
		return false
	}
	if w.poss || speechAfter(ws, i+1) || pp.appositiveAfter(ws, i+1) {
		return true
	}
	// a title (or honorific) right before the given name, "Prime Minister Theresa May", or a
	// speech verb: "…,” said Theresa May", "he told Theresa May"
	g := i - 2
	if g < 0 || ws[g].punct {
		return false
	}
	l := ws[g].lower()
	return pp.isTitleWord(ws[g]) || pp.isHonorificWord(ws[g]) || speechVerbs[l] || quoteVerbs[l]
}

// appositiveAfter reports whether an appositive or a relative clause about a person opens at
// word j: "Theresa May, the former prime minister,", "Theresa May, who".
func (pp *people) appositiveAfter(ws []word, j int) bool {
	if j+1 >= len(ws) || ws[j].text() != "," {
		return false
	}
	n := &ws[j+1]
	switch n.lower() {
	case "who", "whose", "the", "a", "an":
		return true
	}
	return !n.punct && pp.isTitleWord(*n) && !n.cap // "Theresa May, former prime minister,"
}

// speechAfter reports whether a speech verb stands at word j, or after an auxiliary or two
// ("has said", "also told").
func speechAfter(ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+3; k++ {
		l := ws[k].lower()
		if speechVerbs[l] || quoteVerbs[l] {
			return !participles[l] // "Theresa May saying" is no subject
		}
		if !quoteAux(l) {
			return false
		}
	}
	return false
}

// maySurname is calendarSurname's first test, read at once: a capitalised surnameWords word.
func maySurname(w *word) bool {
	return w.cap && !w.punct && w.nkeys() == 1 && w.kf&fNotPlace != 0 && surnameWords[w.lower()]
}

// calendarSurnameAt reports whether token tok of sentence si is a month or weekday read as a
// surname ("Sunday" in "Billy Sunday said"): the hook for the date readers, which must not read
// it as a date (weekdayAt and the month readers in dates_expr.go would call it). False before
// the article's names are indexed.
func (d *Doc) calendarSurnameAt(si, tok int) bool {
	pp := d.people
	if pp == nil || si < 0 || si >= len(pp.words) {
		return false
	}
	ws := pp.words[si]
	i := sort.Search(len(ws), func(k int) bool { return int(ws[k].tok) >= tok })
	if i >= len(ws) || int(ws[i].tok) != tok || ws[i].joined != 0 {
		return false
	}
	return !ws[i].maybeName && pp.calendarSurname(ws, i)
}
