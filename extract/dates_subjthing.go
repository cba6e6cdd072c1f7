package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// dtExpiryThing adjusts the words of a thing whose expiry is dated ("the current contract
// expires on December 31"). What expires is by default the thing in force: "current",
// "existing" and "present" add nothing ("the contract expires" is the same contract), while "new"
// names another one ("the new contract expires in 2030" is not the contract expiring this year).
// Other stages are left as phraseWords reads them: what begins or takes effect is by default the
// new one ("the new rules took effect" meets "the rules took effect").
func dtExpiryThing(s *Sent, lemma string, np dtSubjectPhrase, thing string) string {
	if lemma != "expire" && lemma != "end" && lemma != "lapse" {
		return thing
	}
	if strings.Contains(thing, "current") || strings.Contains(thing, "existing") || strings.Contains(thing, "present") {
		f := strings.Fields(thing)
		kept := f[:0]
		for _, w := range f {
			if w != "current" && w != "existing" && w != "present" {
				kept = append(kept, w)
			}
		}
		thing = strings.Join(kept, " ")
	}
	for j := np.lo + 1; j < np.head; j++ {
		if t := s.Tokens[j]; t.Kind == segment.Word && !dtCap(&t) && s.Lower(j) == "new" {
			return "new " + thing
		}
	}
	return thing
}
