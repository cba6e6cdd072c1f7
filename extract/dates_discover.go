package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// When a mishap was found: "the breach was detected on Feb. 19", "TechCorp first spotted the
// intrusion on February 17", "the leak was discovered on 17 February". Outlets date the finding
// of a breach, a leak or a flaw apart from its start, and disagree about it; the finding is one
// dated event of the story, keyed by the mishap found ("date|discover|breach").
//
// The verbs of finding (discover, detect, spot, uncover) are a stage ("discover") only of a
// mishap named as their subject or object: "the suspect was spotted on Monday at a cafe" is a
// sighting, "scientists discovered a new species" a finding of no mishap: both are a "finding",
// keyed by the names only, which recurs (a suspect is spotted again and again). "Found" and "identified" are left
// out: "the body was found on Monday", "the court found on Tuesday" are too often no mishap's
// discovery for a rule on the verb alone.

// dtDiscoverVerbs are the verb rows (dates_lex.go's format) of finding; "spot" adds only its past
// and participle: "a spot" is a noun, and a noun read as a verb ends the scan early.
const dtDiscoverVerbs = `discover; detect; uncover; !spot spotted spotted`

// dtFoundThings map the head of a mishap that is found to the word it is keyed by: outlets call
// one breach a hack, an intrusion or a cyberattack (a story has one). Faults, cracks and bugs are
// keyed by their own word: a story may find a crack in a bridge and a fault in its signals.
var dtFoundThings = map[string]string{
	"breach": "breach", "hack": "breach", "intrusion": "breach", "cyberattack": "breach",
	"cyber-attack": "breach", "ransomware": "breach", "malware": "breach",
	"leak": "leak", "leaks": "leak", "spill": "spill",
	"fault": "fault", "faults": "fault", "flaw": "flaw", "flaws": "flaw", "defect": "defect",
	"defects": "defect", "bug": "bug", "vulnerability": "vulnerability", "glitch": "glitch",
	"crack": "crack", "cracks": "crack", "contamination": "contamination", "outbreak": "outbreak",
	"fraud": "fraud",
}

func init() {
	dtAddVerbRows(dtDiscoverVerbs)
	for _, l := range []string{"discover", "detect", "uncover", "spot"} {
		dtLifeVerbs[l] = "discover"
	}
	dtStageNouns["discover"] = "discovery"
	recurringEvents["finding"] = true // as dtRecurring (dates_switch.go)
	// the lookups built from dtVerbs (dates_lex.go, dates_subjverbs.go), built again with the rows
	// above whichever init runs last
	dtVerbShapes = newWordSet(keysOf(dtVerbs, nil))
	dtVerbTab = newDtVerbTable(dtVerbs)
}

// discoveryEvent settles the event of a date on a verb of finding at verbK (read as the stage
// "discover"): the finding of a mishap named as the verb's subject ("the breach was detected") or
// object ("detected the breach") is keyed by the mishap alone; any other finding ("the suspect
// was spotted") is a recurring "finding" of the names the verb reads.
func (c *dateCtx) discoveryEvent(s *Sent, e *dateExpr, verbK int, ev *dateEvent) {
	if verbK < 0 || ev.statement || ev.life != "discover" && ev.head != "discover" {
		return
	}
	// "first spotted", "initially detected": a finding is the first sighting
	if ev.seq == "first" {
		ev.seq = ""
	}
	if ev.life == "discover" {
		// the stage of an event noun: "the fire was spotted". An attack found after the fact is
		// a hack ("the attack was detected on Feb. 19", "the raid, which it discovered"), unless
		// the sentence speaks of war
		if ev.head == "attack" && !dtWarSentence(s) {
			c.found(ev, "breach")
		}
		return
	}
	if ev.undergoer {
		if w, ok := dtFoundThings[ev.thing[strings.LastIndexByte(ev.thing, ' ')+1:]]; ok {
			ev.thing, ev.stageWord = w, "discovery"
			return
		}
	} else if w, ok := dtFoundObject(s, verbK, e.first); ok {
		c.found(ev, w)
		return
	} else if w, ok := dtFoundAntecedent(s, verbK); ok {
		c.found(ev, w) // "a breach the company first spotted on February 17"
		return
	}
	// no mishap found: a finding of a person or a thing, keyed by the names the verb reads. A
	// suspect is spotted again and again: findings recur (dtRecurring), and two sources meet
	// only on the same date
	ev.head, ev.thing, ev.undergoer, ev.stageWord = "finding", "", false, ""
	c.resetParts(ev)
	c.verbParticipants(s, e, verbK, ev)
}

// dtFoundObject reads the object of a verb of finding at v, before the date at first: a mishap
// after determiners and modifiers ("detected a data breach"), keyed by its word.
func dtFoundObject(s *Sent, v, first int) (string, bool) {
	for k := v + 1; k < first && k <= v+5; k++ {
		w := s.Lower(k)
		if t, ok := dtFoundThings[w]; ok {
			return t, true
		}
		if !(dtDefinite[w] || w == "a" || w == "an" || dtIsPossessive(w) || dtModifierWord(w) && !dtCap(&s.Tokens[k])) {
			return "", false
		}
	}
	return "", false
}

// found makes ev the finding of the mishap keyed by thing, with no participant: one story has one
// breach, which outlets credit to the company, the hackers or no one.
func (c *dateCtx) found(ev *dateEvent, thing string) {
	c.resetParts(ev)
	ev.head, ev.life, ev.thing, ev.undergoer, ev.stageWord, ev.alone = "discover", "", thing, true, "discovery", false
}

// dtFoundAntecedent reads the mishap a relative clause of finding at v is about: "a breach (that)
// the company first spotted", "the leak which engineers detected". Its subject (a pronoun, or a
// noun phrase of up to four words) is stepped over back to "that"/"which" or the mishap.
func dtFoundAntecedent(s *Sent, v int) (string, bool) {
	k := verbGroupStart(s, v)
	for n := 0; k >= 0 && n < 4; n++ {
		w := s.Lower(k)
		if t, ok := dtFoundThings[w]; ok && n > 0 {
			return t, true
		}
		if w == "that" || w == "which" {
			t, ok := dtFoundThings[s.Lower(k-1)]
			return t, ok
		}
		if s.Tokens[k].Kind != segment.Word || dtIsClauseStop(w) {
			return "", false
		}
		if _, isVerb := dtVerbAt(s, k); isVerb && !dtCap(&s.Tokens[k]) {
			return "", false
		}
		k--
	}
	return "", false
}

// dtWarSentence reports whether s holds a word of war (warWords, dates_strike.go).
func dtWarSentence(s *Sent) bool {
	for i := range s.Tokens {
		if warWords[s.Lower(i)] {
			return true
		}
	}
	return false
}
