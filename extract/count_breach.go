package extract

import "sync"

// A data breach's size is told with many verbs: "hackers stole the data of 9.8 million
// customers", "the details of 9,800,000 people were swiped", "9.8 million customers were
// affected", "the breach exposed 9.8 million users". breachCount keys all of these as people
// whose data was breached, so that outlets' figures meet (and 9.8 million against 12 million is
// seen). Customers, users, subscribers, clients, members, patients and people are one figure
// (reporters name the same people each of these ways); accounts and records are kept apart,
// since one customer may hold several. A breach count may grow as the company investigates.
// Not read: a theft or an exposure with no data named in the sentence ("thieves stole 300 cars",
// "12 workers were exposed to asbestos").

// breachVerbs are the verbs (as read, or as written) of a count of people whose data was taken.
var breachVerbs = map[string]bool{
	"stole": true, "stolen": true, "steal": true, "stealing": true, "exposed": true, "exposing": true,
	"compromised": true, "leaked": true, "accessed": true, "taken": true, "took": true, "swiped": true,
	"hacked": true, "breached": true, "affected": true, "affecting": true, "impacted": true,
	"obtained": true, "exfiltrated": true, "downloaded": true,
}

// dataWords tell that a sentence is about data: 1 for words that may name data in any story
// ("records show", "details of the victims"), 2 for words that name a breach or a hack.
var dataWords = map[string]int{
	"data": 1, "details": 1, "information": 1, "passwords": 1, "records": 1, "leak": 1,
	"breach": 2, "hack": 2, "hackers": 2, "hacker": 2, "cyberattack": 2, "cyber-attack": 2,
	"cyber": 2, "ransomware": 2, "hacked": 2, "breached": 2,
}

// affectVerbs say only that people were touched by something: such a count is a breach's only in
// a sentence that names a breach or a hack ("the breach affected 9.8 million customers"), never
// in one that merely names data ("the flood affected 3,000 people, records show").
var affectVerbs = map[string]bool{"affected": true, "affecting": true, "impacted": true}

// breachPeople are the nouns of people whose data was breached, keyed as one.
var breachPeople = map[string]bool{
	"customers": true, "users": true, "subscribers": true, "clients": true, "members": true,
	"patients": true, "people": true, "individuals": true, "consumers": true, "policyholders": true,
}

// breachWhat is the key of people whose data was breached.
var breachWhat = sync.OnceValue(func() []string { return []string{stem("customers")} })

// breachCount keys the count q as people (or accounts, records) whose data was breached when its
// verb or the data word before it ("the data of 9.8 million customers") says so; it runs after
// countVerb.
func (d *Doc) breachCount(s *Sent, q *qty) {
	if len(q.what) == 0 {
		return
	}
	noun := q.unit // the counted noun as written, in lower case
	if !breachPeople[noun] && noun != "accounts" && noun != "records" {
		return
	}
	level := dataSentence(s)
	if level == 0 || !breachVerbNear(s, q, level) {
		return
	}
	if breachPeople[noun] {
		q.what = breachWhat()
		q.unit = "customers"
	}
	q.verb, q.verbAs = "breach", "breached"
	q.cumulative = true
}

// dataSentence tells whether the sentence names a breach or a hack (2), only data (1) or
// neither (0).
func dataSentence(s *Sent) int {
	level := 0
	for k := range s.Tokens {
		level = max(level, dataWords[s.Lower(k)])
	}
	return level
}

// breachVerbNear finds the verb of a breach: the count's own verb ("9.8 million customers were
// affected", "exposed 10 million accounts"), or one before the data the count is of ("stole the
// personal data of 9.8 million customers").
func breachVerbNear(s *Sent, q *qty, level int) bool {
	if v := lastWord(q.verbAs); breachVerbs[v] && v != "taken" && v != "took" {
		// "three people were taken to hospital" is no breach, data centre or not
		return level == 2 || !affectVerbs[v]
	}
	k := q.first - 1
	if s.Lower(k) != "of" && s.Lower(k) != "on" && !(s.Lower(k) == "to" && s.Lower(k-1) == "belonging") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.Lower(j)
		if breachVerbs[w] {
			return level == 2 || !affectVerbs[w]
		}
		if !s.isWord(j) {
			return false
		}
	}
	// "the data of 9.8 million customers was stolen": the verb after the noun
	for j := q.last + 1; j < len(s.Tokens) && j <= q.last+5; j++ {
		if w := s.Lower(j); breachVerbs[w] {
			return level == 2 || !affectVerbs[w]
		}
	}
	return false
}

// lastWord is the last word of a verb as written ("walked out" → "out"), in lower case.
func lastWord(v string) string {
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == ' ' {
			v = v[i+1:]
			break
		}
	}
	return toLowerASCII(v)
}

func toLowerASCII(v string) string {
	b := []byte(v)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
