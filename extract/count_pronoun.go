package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// troops", "we will close 12 stores". What such a party counts, with the verb that counts it,
// names the figure ("2,400 jobs cut") however the party is referred to. "He", "she", "I" and
// "you" stand for persons, whose counts are their own ("he has visited 30 countries"), and
// "this" or "these" for anything at all: those figures keep a key of their own.
func partyPronoun(w string) bool {
	return w == "it" || w == "they" || w == "we"
}

// pronounOwner names the party a pronoun subject stands for when the sentence reports its words
// and names it ("Nordvik Motors said on Monday it would cut", "it would cut 2,400 jobs, Nordvik
// said"), so that the figures of two parties that say what they will do stay apart; "" when the
// speaker is a person ("Anna Berg said it would"), a common noun ("the company said") or none.
func (d *Doc) pronounOwner(s *Sent, at int) string {
	who := d.Attribution(d.original(s), at)
	if who == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(who); !unicode.IsUpper(r) || d.mayBePerson(who) {
		return ""
	}
	return d.Aliases.Canonical(who)
}
