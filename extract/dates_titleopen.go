package extract

// A Title Case headline capitalises every word: "Fee Talks Collapse", "Pension Strike Called
// Off". The common word opening it (commonOpener) is no name even though a capitalised word
// follows, when that word is an event noun ("Talks", "Strike", "Vote"): Title Case made it so, and
// "Fee" would otherwise key the talks as a participant that sentence case ("Fee talks
// collapse") does not name. A capitalised word that is no event noun ("Power Station", "Fire
// Brigade") still lets a name start at the opener.

// titleCommonNext reports whether the capitalised token k, after a common opening word, is an
// event noun capitalised by a headline's Title Case: no name of its own.
func titleCommonNext(s *Sent, k int) bool {
	return eventNounAt(s, k) != ""
}

// titleCommonWord reports whether token k of a Title Case sentence ("Pension Strike Called Off on
// Monday", "Power Station Closes on Friday") is a word Title Case capitalised and no name: a
// function word or particle ("Off") or a verb form ("Closes", "Called"), as at a sentence's
// opening (nameWord). w is its lower case, possessives trimmed.
func titleCommonWord(s *Sent, k int, w string) bool {
	if k == 0 || s.title == 2 {
		return false
	}
	// the word first: most capitalised words are names, and the sentence's case is then not read
	switch w {
	case "off", "up", "down", "out", "back", "over", "away":
	default:
		if !isFunctionWord(w) && (s.dateFactsAt(k)&fDtVerb == 0 || dtVerbLemma(w) == "") {
			return false
		}
	}
	return titleCaseSent(s)
}
