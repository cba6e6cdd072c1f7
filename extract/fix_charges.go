package extract

import "github.com/crosscheck/crosscheck/segment"

// containVerbs say what a charging document holds: "the indictment contains 14 counts",
// "the complaint lists three charges".
var containVerbs = map[string]bool{
	"contains": true, "contain": true, "contained": true, "containing": true, "includes": true,
	"include": true, "included": true, "including": true, "lists": true, "listed": true,
	"listing": true, "comprises": true, "comprised": true, "sets": false,
}

// chargeDocs are the documents that hold charges: what they contain is the counts charged.
var chargeDocs = map[string]bool{
	"indictment": true, "indictments": true, "complaint": true, "sheet": true, "charge-sheet": true,
	"chargesheet": true, "information": false,
}

// containStage reads "the indictment contains 14 counts" (the verb at k): the counts charged,
// when a charging document is the verb's subject, at most eight words before it ("the
// superseding indictment against Larsen contains"). "The box contains 14 counts" is not.
func containStage(s *Sent, k int) bool {
	if !containVerbs[s.Lower(k)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := s.Lower(j)
		if chargeDocs[w] {
			return true
		}
		if w == "." || w == ";" || s.Tokens[j].Kind == segment.Number {
			return false
		}
	}
	return false
}

// sourceAfterComma reports whether the words from k (after an offence's comma) credit a source
// rather than name another offence: "14 counts of fraud, prosecutors said", "…, officials
// told reporters".
func sourceAfterComma(s *Sent, k int) bool {
	return sourceNouns[s.Lower(k)] || s.has(k+1, fSpeech)
}
