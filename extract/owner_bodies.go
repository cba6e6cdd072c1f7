package extract

// ownerBodyStart is where the owner's name that ends at token k and starts at j begins when it is
// a body's name holding "of" or "for" ("the Royal College of Nursing said it would", "the Bank of
// England will cut"): ownerOf's capitalised run stops at "of" and would name "Nursing" or
// "England". The run is carried back as the speaker readers carry it (bodyStart), without an
// article opening the sentence ("The Royal College of Nursing" is "Royal College of Nursing", as
// it is in mid-sentence).
func ownerBodyStart(s *Sent, j, k int) int {
	b := bodyStart(s, j, k)
	// "Germany's Bank of England": the name stops at a possessor, as ownerOf's run does
	for m := b; m < j && s.Lower(m) != "of" && s.Lower(m) != "for"; m++ {
		if s.lowerIs(m, wFunction) || isPossessive(s.Lower(m)) {
			b = m + 1
		}
	}
	return b
}

// bodyOfAt reports whether word j of ws is the "of" or "for" inside a body's name read forward
// ("said the Royal College of Nursing", "said the Bank of England"): a body's noun before it, a
// capitalised word after. A speaker phrase cut there named "Royal College", which reads as a
// person's name.
func bodyOfAt(ws []word, j, b int) bool {
	if j < 1 || j+1 >= b || ws[j].punct || ws[j+1].punct || !ws[j+1].cap || !ws[j-1].cap {
		return false
	}
	if l := ws[j].lower(); l != "of" && l != "for" {
		return false
	}
	return bodyOfNouns[ws[j-1].lower()]
}
