package extract

import "sync"

// A crowd's size is one figure however its people and their action are named: "About 80,000
// people marched in Paris", "More than 100,000 demonstrators took to the streets of Paris", "some
// 50,000 protesters rallied", "60,000 people demonstrated" all count the protesters, and police and
// organisers' figures for one march conflict. crowdCount keys such counts as protesters who
// protested, keeping the place.

// crowdStems are the stems of the nouns (people, demonstrators, protesters, marchers) and of the
// verbs (marched, protested, demonstrated, rallied, took to the streets, joined or turned out
// for a protest; not "gathered": mourners and fans gather too) of a crowd; built on first use, as stem reads tables built by init.
var crowdStems = sync.OnceValue(func() (s struct{ nouns, verbs map[string]bool }) {
	s.nouns, s.verbs = map[string]bool{}, map[string]bool{}
	for _, w := range []string{"people", "demonstrators", "protesters", "protestors", "marchers"} {
		s.nouns[stem(w)] = true
	}
	for _, w := range []string{"march", "protest", "demonstrate", "rally", "take", "join", "turn"} {
		s.verbs[stem(w)] = true
	}
	s.verbs["turn out"] = true // as a verb with its particle is keyed
	return s
})

// protestNouns name what a crowd joins or turns out for: "joined the protests", "turned out for
// the march".
var protestNouns = map[string]bool{
	"protest": true, "protests": true, "march": true, "marches": true, "rally": true, "rallies": true,
	"demonstration": true, "demonstrations": true,
}

// crowdCount keys the count q as a crowd of protesters when its noun and verb say so: "took" only
// "to the streets", "joined" and "turned out" only for a protest named after them.
func (d *Doc) crowdCount(s *Sent, q *qty) {
	cs := crowdStems()
	if len(q.what) != 1 || !cs.nouns[q.what[0]] || !cs.verbs[q.verb] {
		return
	}
	v := q.last + 1 // the verb: the first word after the count's noun that is no auxiliary
	for v < len(s.Tokens) && v <= q.last+4 && (s.lowerIs(v, wAux) || stem(s.Lower(v)) == q.what[0] || s.Lower(v) == "of") {
		v++
	}
	switch q.verb {
	case stem("take"):
		if s.Lower(v+1) != "to" || s.Lower(v+3) != "streets" {
			return
		}
		// "took to the streets of Paris": the city the streets are in
		if q.scope == "" && s.Lower(v+4) == "of" {
			if p, ok := d.nameAt(s, v+5); ok {
				q.scope = p.Name
			}
		}
	case stem("join"), stem("turn"), "turn out":
		found := false
		for k := v + 1; k < len(s.Tokens) && k <= v+4; k++ {
			found = found || protestNouns[s.Lower(k)]
		}
		if !found {
			return
		}
	}
	q.what = d.stems(0, []string{stem("protesters")})
	q.unit = "protesters"
	q.verb, q.verbAs = stem("protest"), "protested"
}
