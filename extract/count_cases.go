package extract

import "sync"

// A disease's case count is one figure whatever verb tells it: "Officials have recorded 2,300
// suspected cases", "More than 2,300 suspected cases have been reported", "There have been 2,300
// suspected cases", "the toll rose to 127, with 2,100 suspected cases" all count suspected cases.
// Suspected, probable, confirmed and new cases are different counts (a lab confirms a share of
// the suspected ones; new cases are a day's or a week's), and are kept apart in the key.

// caseKinds are the words before "cases" that name which count it is, as keyed.
var caseKinds = map[string]string{
	"suspected": "suspect", "confirmed": "confirm", "laboratory-confirmed": "confirm",
	"lab-confirmed": "confirm", "probable": "probabl", "new": "new",
}

// caseVerbs are the stems of the verbs that record cases: one figure whichever of them is used.
var caseVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"record", "report", "confirm", "register", "detect", "identify", "log", "document", "count", "tally", "notify"} {
		m[stem(w)] = true
	}
	return m
})

// diseaseWords tell that "cases" are of an illness, not of a court or of wine.
var diseaseWords = map[string]bool{
	"cholera": true, "outbreak": true, "epidemic": true, "virus": true, "disease": true, "infection": true,
	"infections": true, "measles": true, "ebola": true, "covid": true, "covid-19": true, "mpox": true,
	"dengue": true, "malaria": true, "flu": true, "influenza": true, "diphtheria": true, "polio": true,
	"typhoid": true, "meningitis": true, "zika": true, "marburg": true, "anthrax": true, "plague": true,
	"hepatitis": true, "tuberculosis": true, "pandemic": true, "illness": true, "diarrhoea": true, "diarrhea": true,
}

// caseWhat are the keys of the case counts: the kind, then "cas".
var caseWhat = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{"": {stem("cases")}}
	for _, k := range caseKinds {
		m[k] = []string{k, stem("cases")}
	}
	return m
})

// caseCount keys a count of cases of a disease as recorded cases of its kind (suspected,
// confirmed...), whatever verb or none tells it: "there have been", "with 2,100 cases". A verb
// that does something else with the cases ("treated 300 cases") is kept.
func (d *Doc) caseCount(s *Sent, q *qty) {
	if len(q.what) != 1 || q.what[0] != stem("cases") || q.unit != "cases" {
		return
	}
	if q.verb != "" && !caseVerbs()[q.verb] {
		return
	}
	kind, kindAs := "", ""
	for k := q.num + 1; k < q.after; k++ {
		if v, ok := caseKinds[s.Lower(k)]; ok {
			kind, kindAs = v, s.Tokens[k].Text
		}
	}
	if kind == "" && confirmedCases(s, q) {
		kind, kindAs = "confirm", "confirmed" // "officials confirmed 300 cases", "300 cases have been confirmed"
	}
	if kind == "" && !d.diseaseNear(s) {
		return // "the court heard 2,300 cases"
	}
	q.what = caseWhat()[kind]
	q.verb = stem("record")
	q.cumulative = kind != "new" // a tally grows as an outbreak spreads; new cases are a day's
	if kindAs != "" {
		q.label = kindAs + " " + q.label // "suspected cases"
	}
	if q.verbAs == "" {
		q.verbAs = "recorded" // "there have been 2,300 cases", "with 2,300 cases"
	}
}

// diseaseNear reports whether s or the sentence before it names a disease or an outbreak.
func (d *Doc) diseaseNear(s *Sent) bool {
	if hasDiseaseWord(s) {
		return true
	}
	if d != nil && s.Index > 0 && s.Index <= len(d.Sentences) {
		return hasDiseaseWord(&d.Sentences[s.Index-1])
	}
	return false
}

func hasDiseaseWord(s *Sent) bool {
	for k := range s.Tokens {
		if diseaseWords[s.Lower(k)] {
			return true
		}
	}
	return false
}

// confirmedCases reports whether "confirm" is the verb of the cases q counts: just before the
// figure, or after the noun over auxiliaries.
func confirmedCases(s *Sent, q *qty) bool {
	if isConfirm(s.Lower(q.first - 1)) {
		return true
	}
	k := q.after + 1
	for n := 0; n < 3 && s.lowerIs(k, wAux); n++ {
		k++
	}
	return isConfirm(s.Lower(k))
}

func isConfirm(w string) bool {
	return w == "confirmed" || w == "confirm" || w == "confirms" || w == "confirming"
}
