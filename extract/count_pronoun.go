package extract

import (
	"strings"
)

// pronounBefore finds the pronoun subject of the verb at v ("it would cut", "they had laid off"),
// over auxiliaries, intent words and adverbs as subjectPronoun does; -1 when there is none.
func (s *Sent) pronounBefore(v int) int {
	if !s.subjectPronoun(v) {
		return -1
	}
	k := v - 1
	for k >= 0 && (s.classAt(k)&(wAux|wIntent) != 0 || strings.HasSuffix(s.Lower(k), "ly") && len(s.Lower(k)) > 4) {
		k--
	}
	return k
}

// partyPronoun reports whether w is a pronoun a report uses for a party it has named, as it uses
// "the company" or "the army": "Nordvik said it would cut 2,400 jobs", "they have deployed 500
// troops". What such a party counts, with the verb that counts it, names the figure ("2,400 jobs
// cut") however the party is referred to. "He", "she", "I" and "you" stand for persons, whose
// counts are their own ("he has visited 30 countries"), "we" mostly for the people a report
// quotes ("we have waited three summers"), and "this" or "these" for anything at all: those
// figures keep a key of their own.
func partyPronoun(w string) bool {
	return w == "it" || w == "they"
}

// pronounOwner names the party a pronoun subject stands for when the sentence reports its words
// and names it as the subject of the speech verb ("Nordvik Motors said on Monday it would cut",
// "it would cut 2,400 jobs, Nordvik said"), as ownerOf names it in "Nordvik Motors will cut": the
// two wordings are one claim, and the figures of two parties that say what they will do stay
// apart. "" when the speaker is a person ("Anna Berg said it would"), a common noun ("the company
// said") or none.
func (d *Doc) pronounOwner(s *Sent, p, at int) string {
	o := d.original(s)
	v := speechBefore(o, p)
	if v < 0 {
		// "it would cut 2,400 jobs, Nordvik said": the speaker credited for the figure
		if v = d.creditAt(o, at); v < 0 || !o.has(v, fSpeech) {
			return ""
		}
	}
	who := d.ownerOf(s, v) // read as written, or as titleOwner reads a Title Case line
	if who != "" && jointSubject(o, v) {
		return "" // "Acme and Beta said they would": not Beta alone
	}
	if who == "" && o == s {
		// "Brekke Components, the seat maker, said it": the speaker the attributions read
		who = speakerName(d.Attribution(o, at))
	}
	// a name of two words looks like a person's to mayBePerson ("Nordvik Motors", "Red Cross"):
	// a person is told by the gender the article gives the name ("Anna Berg", "Mr Berg")
	if who == "" || d.personGender(who) != genderUnknown || strings.IndexByte(who, ' ') < 0 && d.mayBePerson(who) {
		return ""
	}
	return who
}

// speechBefore finds the speech verb that reports the clause of the pronoun at p: "said it",
// "said on Monday it", "said that it", "which said it"; -1 when there is none.
func speechBefore(s *Sent, p int) int {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if s.has(k, fSpeech) {
			return k
		}
		if !s.isWord(k) || s.Lower(k) != "that" && s.Lower(k) != "on" && s.Lower(k) != "last" && s.classAt(k)&(wTime|wWeekday|wMonth) == 0 {
			return -1
		}
	}
	return -1
}

// creditAt is the token of the speech verb (or "according to") of the source Attribution
// credits for the value at token at, or -1.
func (d *Doc) creditAt(s *Sent, at int) int {
	best, bestDist := -1, 1<<30
	for _, c := range d.attributions(s) {
		dist := at - c.pos
		if dist < 0 {
			dist = -dist + 3 // as Attribution weighs them
		}
		if dist < bestDist && c.who != "" {
			best, bestDist = c.pos, dist
		}
	}
	return best
}

// speakerName is a speaker as an owner: a name, every word capitalised ("The Red Cross" is Red
// Cross, a name wrapped over two lines is one); "" for a common noun ("company", "Local
// officials" opening a sentence).
func speakerName(who string) string {
	ws := strings.Fields(who)
	if len(ws) > 1 && ws[0] == "The" {
		ws = ws[1:]
	}
	if len(ws) == 1 {
		// "Residents said they", "Officials said it": a common noun opening the sentence
		if l := strings.ToLower(ws[0]); pluralPerson(l) || sourceNouns[l] || anaphors[l] || commonSubjects[l] {
			return ""
		}
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
	}
	return strings.Join(ws, " ")
}

// jointSubject reports whether the name right before the speech verb at v is the last of several
// joined by "and" ("Acme and Beta said").
func jointSubject(s *Sent, v int) bool {
	k := v - 1
	for k >= 0 && v-k <= 4 && s.isWord(k) && s.Tokens[k].IsCapitalized() {
		k--
	}
	return k < v-1 && (s.Lower(k) == "and" || s.Lower(k) == "&")
}
