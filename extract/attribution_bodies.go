package extract

import "github.com/crosscheck/crosscheck/segment"

// A body's name may hold "of" or "for": "the Oregon Department of Forestry", "the Ministry of
// Health", "the Office for National Statistics", "the Bank of England". The speaker readers take
// the last capitalised run of words before a speech verb or after "according to" as the name,
// which would credit "Forestry", "Health" or "England"; bodyStart carries such a run back to the
// body's noun.

// bodyOfNouns head the names of bodies that are followed by "of" or "for" and what they are of.
var bodyOfNouns = map[string]bool{
	"department": true, "ministry": true, "office": true, "bank": true, "bureau": true,
	"university": true, "institute": true, "centre": true, "center": true, "council": true,
	"board": true, "agency": true, "commission": true, "court": true, "federation": true,
	"association": true, "union": true, "organisation": true, "organization": true, "society": true,
	"academy": true, "college": true, "school": true, "chamber": true, "service": true,
	"authority": true, "committee": true, "foundation": true, "fund": true, "corporation": true,
	"league": true, "coalition": true, "alliance": true, "federal": true, "secretariat": true,
	"directorate": true, "inspectorate": true, "tribunal": true, "observatory": true, "hospital": true,
}

// bodyStart is where the body's name that the capitalised run starting at token start ends holds
// begins: "Oregon Department of Forestry" for the run "Forestry"; start itself when the run is no
// such name's tail. A run holding a person's title is left alone ("Bank of England Governor
// Andrew Bailey" names Andrew Bailey).
func bodyStart(s *Sent, start, end int) int {
	for m := start; m <= end; m++ {
		if isPersonTitle(s.Lower(m)) || s.has(m, fHead) {
			return start
		}
	}
	for {
		p := start - 1 // "of" or "for"
		if p < 1 || s.Lower(p) != "of" && s.Lower(p) != "for" {
			return start
		}
		h := p - 1 // the body's noun
		if t := s.Tokens[h]; t.Kind != segment.Word || !t.IsCapitalized() || !bodyOfNouns[s.Lower(h)] {
			return start
		}
		start = h
		// and the words naming it before its noun: "Oregon Department", "US Bureau"
		for start > 0 && h-start < 2 && s.Tokens[start-1].Kind == segment.Word && s.Tokens[start-1].IsCapitalized() &&
			!isPersonTitle(s.Lower(start-1)) && !s.has(start-1, fHead) {
			start--
		}
	}
}
