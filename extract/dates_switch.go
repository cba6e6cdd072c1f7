package extract

// The small word lists the date readers ask of every event or token, as switches: a string
// switch compares lengths and bytes, where a map look-up hashes the word first. Each says what
// its map says (TestDtSwitches).

// dtRecurring is recurringEvents[head].
func dtRecurring(head string) bool {
	switch head {
	case "attack", "protest", "call", "finding": // "finding": sightings (dates_discover.go)
		return true
	}
	return false
}

// dtKeyedAloneHead is dtKeyedAlone[head].
func dtKeyedAloneHead(head string) bool {
	switch head {
	case "invasion", "ceasefire", "annexation", "referendum", "inauguration", "summit":
		return true
	}
	return false
}

// dtFutureWord is dtFutureWords[w].
func dtFutureWord(w string) bool {
	switch w {
	case "upcoming", "forthcoming", "planned", "scheduled", "expected", "due", "next", "coming":
		return true
	}
	return false
}

// dtPastWord is dtPastWords[w].
func dtPastWord(w string) bool {
	switch w {
	case "ago", "previous", "earlier", "previously", "already", "recent", "recently":
		return true
	}
	return false
}

// dtBefalls is dtBefallVerbs[w].
func dtBefalls(w string) bool { return w == "crash" || w == "explosion" }

// dtHolidayPrep is dtHolidayPreps[w].
func dtHolidayPrep(w string) bool {
	switch w {
	case "on", "by", "until", "till", "through", "since", "from", "before", "after", "than":
		return true
	}
	return false
}
