package extract

// properBody reports whether ws[k:j] is an institution's proper name ending on a body's noun,
// every word capitalised: "Royal College" (of Nursing), "Royal Commission", "Brennan
// Foundation". Its capitalised words may read as a person's name ("Royal", "College") and
// "College" is no body in the title table, so describedPhrase took "the Royal College of
// Nursing said" for no description, while "the Bank of England said" was one.
func (d *Doc) properBody(ws []word, k, j int) bool {
	if j-k < 2 {
		return false // one word: "the College" is read as the table's bodies read it
	}
	head := &ws[j-1]
	if !head.cap || head.punct || head.poss {
		return false
	}
	if !bodyOfNouns[head.lower()] && !d.people.titles.IsBody(head.key()) {
		return false
	}
	for m := k; m < j-1; m++ {
		if w := &ws[m]; !w.cap || w.punct || w.poss {
			return false
		}
	}
	return true
}
