package extract

import "strings"

// A prison term belongs to the person sentenced: in a trial of several defendants, "Derek Hale
// was sentenced to seven years" and "Mark Ellis was jailed for four years" are two sentences,
// not two reports of one. A term whose person the sentence names is keyed by that person's
// surname; one that names no one ("Two developers were jailed for four years each", a headline's
// "Former mayor jailed for 7 years") keeps the key of a prison term alone, as before.

// sentencedAround is the surname of the person sentenced by the verb of sentencing ("sentenced",
// "jailed", "imprisoned") at or shortly before token to, or "": the proper-name subject of the
// verb, read as people are read (a surname alone resolves to the full name named before).
func (d *Doc) sentencedAround(s *Sent, to int) string {
	for v := to; v >= 0 && v >= to-4; v-- {
		if st := stem(s.Lower(v)); st == "sentenc" || st == "jail" || st == "imprison" {
			return d.sentencedBy(s, v)
		}
	}
	return ""
}

// sentencedBy is the surname of the person the verb at v sentences: its subject, when that is a
// person's name ("Derek Hale was sentenced", "Developer Mark Ellis was jailed"), or "".
func (d *Doc) sentencedBy(s *Sent, v int) string {
	owner := d.ownerOf(s, v)
	if owner == "" {
		// "Derek Hale, 61, was jailed", "Mark Ellis, a developer, was jailed": the name before
		// the appositive
		k := v - 1
		for k >= 0 && s.classAt(k)&wAux != 0 {
			k--
		}
		if m := appositiveStart(s, k); m > 0 {
			owner = d.ownerOf(s, m)
		}
	}
	if owner == "" || d.people == nil {
		return ""
	}
	p := d.resolvePerson(owner)
	if !d.people.personLike(p) {
		return ""
	}
	return p[strings.LastIndexByte(p, ' ')+1:]
}
