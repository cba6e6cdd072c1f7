package extract

// rateNouns name the period or unit of a rate adverb or Latin phrase, so "£300 daily", "£300 a
// day" and "£300 per day" key alike, and "annually", "a year" and "per annum" too; a suffix cut
// would read "daily" as "dai" and "annually" as "annua".
var rateNouns = map[string]string{
	"annually": "year", "yearly": "year", "annum": "year", "anum": "year",
	"monthly": "month", "weekly": "week", "daily": "day", "nightly": "night", "hourly": "hour",
	"quarterly": "quarter",
}

// rateNoun returns the noun a rate word names: "daily" → "day", "annum" → "year"; any other
// word ("week", "ounce", "share") is its own noun.
func rateNoun(w string) string {
	if n, ok := rateNouns[w]; ok {
		return n
	}
	return w
}
