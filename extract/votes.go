package extract

import (
	"strconv"
	"strings"
	"sync"
)

// Election results are keyed by who won them: in a story about several parties one party's 34%
// is no rival of another's 28%. A vote share or a seat count whose winner is a proper name read
// from the sentence ("Civic Union won 34% of the vote", "the Social Democrats came second with
// 27.8%", "ahead of the Greens on 9%", "Civic Union will have 61 seats") takes the name as its
// scope; one whose winner cannot be read is left as it was, so that it never meets an owned one.

// voteWinVerbs say that a party or candidate won a share of the vote or seats.
var voteWinVerbs = map[string]bool{
	"won": true, "wins": true, "win": true, "took": true, "takes": true, "take": true, "got": true,
	"gets": true, "secured": true, "secures": true, "secure": true, "received": true, "receives": true,
	"garnered": true, "polled": true, "captured": true, "obtained": true, "collected": true,
	"scored": true, "claimed": true,
}

// voteWinParticiples open a clause after the main one that tells what the subject won: "Civic
// Union won Sunday's election, taking 34% of the vote".
var voteWinParticiples = map[string]bool{
	"taking": true, "winning": true, "securing": true, "getting": true, "receiving": true,
	"garnering": true, "polling": true, "capturing": true, "obtaining": true, "collecting": true,
	"scoring": true, "claiming": true,
}

// seatHoldVerbs say that a party will sit in so many seats: "Civic Union will hold 61 seats".
var seatHoldVerbs = map[string]bool{"hold": true, "holds": true, "control": true, "controls": true}

// votePlaceVerbs say where a party finished: "came second with 27.8%", "finished third with 15%".
var votePlaceVerbs = map[string]bool{"came": true, "comes": true, "finished": true, "finishes": true, "placed": true, "ended": true}

// votePlaces are the places a party finishes in.
var votePlaces = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true,
	"top": true, "ahead": true, "behind": true,
}

// partyNouns follow a party's name and add nothing to it: "the Homeland party", "Labour Party".
var partyNouns = map[string]bool{"party": true, "bloc": true, "alliance": true, "coalition": true, "movement": true}

// electionWords show that a sentence is about an election result.
var electionWords = map[string]bool{
	"vote": true, "votes": true, "voters": true, "election": true, "elections": true, "ballot": true,
	"ballots": true, "party": true, "parties": true, "candidate": true, "candidates": true, "seats": true,
	"runoff": true, "run-off": true, "parliamentary": true, "presidential": true, "electoral": true,
	"results": true, "count": true, "constituency": true, "primary": true,
}

// pollWords mark a forecast rather than a result: a poll's 30% is another figure than the
// result's 34%, and is left as it was.
var pollWords = map[string]bool{
	"poll": true, "polls": true, "polling": true, "survey": true, "surveys": true, "projected": true,
	"projection": true, "projections": true, "forecast": true, "predicted": true, "exit": true,
	"expected": true, "opinion": true, "surveyed": true, "pollster": true, "pollsters": true,
}

// electionSentence reports whether s is about an election result and not a poll.
func (s *Sent) electionSentence() bool {
	elect, poll := s.electionWords()
	return elect && !poll
}

// electionWords reports whether s has words of an election and words of a poll.
func (s *Sent) electionWords() (elect, poll bool) {
	for i := range s.Tokens {
		w := s.Lower(i)
		poll = poll || pollWords[w]
		elect = elect || electionWords[w]
	}
	return elect, poll
}

// voteShare keys a vote share by its winner. q has been read by percentWhat: it is either a share
// "of the vote" or a bare percentage ("took 15.1%", "on 28%").
func (d *Doc) voteShare(s *Sent, q *qty) {
	if q.unit != "percent" || q.change != "" || q.prev || q.scope != "" && !isShareOfVote(q) {
		return
	}
	if isShareOfVote(q) {
		d.wonShare(q)
	}
	if len(q.what) > 0 && !isShareOfVote(q) && !ownNameRead(s, q) {
		return // turnout, tariffs, a stake: not a party's share
	}
	if elect, poll := s.electionWords(); poll || !elect && !d.electionNear(s) {
		return // a poll's figure, or no election in sight
	}
	if d.pastElection(s) {
		d.pastShare(s, q)
		return
	}
	owner := d.shareWinner(s, q)
	if owner == "" {
		return
	}
	q.what = d.stems(0, []string{"share", stem("vote")})
	q.label = "share of vote"
	q.scope = d.voteScope(s, q, owner)
	q.owner = ""
}

// wonShare writes a share of the vote q as every share is written, whether or not it is keyed by
// its winner below (a poll's word in the sentence, an earlier election): a share won ("won",
// "took", "secured") is a share of the vote whatever the verb, and its owner (its context) is
// written as a party's name is ("the Labour Party" and "Labour" meet).
func (d *Doc) wonShare(q *qty) {
	if q.owner != "" {
		q.owner = d.partyName(q.owner)
	}
	if voteWinStems()[q.what[len(q.what)-1]] {
		q.what = d.stems(0, []string{"share", stem("vote")})
		q.label = "share of vote"
	}
}

// pastShare keys the share of the vote q of an earlier election by its year (its period) and its
// winner as its context, so that an unowned share meets the one party a story gives that
// election and two parties never meet.
func (d *Doc) pastShare(s *Sent, q *qty) {
	if !isShareOfVote(q) {
		return
	}
	if w := d.shareWinner(s, q); w != "" {
		q.owner = w
	}
}

// voteWinStems are the stems of voteWinVerbs, as a share's key ends with them (built on first
// use: stem reads word tables built by init).
var voteWinStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range voteWinVerbs {
		m[stem(w)] = true
	}
	return m
})

// electionNear reports whether one of the two sentences before s is about an election result
// and none is about a poll: "The Social Democrats came second with 27.8%" follows the sentence
// that names the election, "Civic Union was on 30%" may follow the one that names a poll.
func (d *Doc) electionNear(s *Sent) bool {
	near := false
	for i := s.Index - 1; i >= 0 && i >= s.Index-2 && i < len(d.Sentences); i-- {
		elect, poll := d.Sentences[i].electionWords()
		if poll {
			return false
		}
		near = near || elect
	}
	return near
}

// ownNameRead reports whether the measure read for q is only the name that owns it: "Civic
// Union's 34% was the best result" reads "Civic Union" as what 34% measures.
func ownNameRead(s *Sent, q *qty) bool {
	k := q.first - 1
	if !isPossessive(s.Lower(k)) || !s.Tokens[k].IsCapitalized() || q.label == "" {
		return false
	}
	label, name := trimPossessive(q.label), trimPossessive(s.Tokens[k].Text)
	return strings.HasSuffix(name, label) || strings.HasSuffix(label, name)
}

// isShareOfVote reports whether q is a share "of the vote", "of the votes cast", "of ballots".
func isShareOfVote(q *qty) bool {
	if len(q.what) < 2 || q.what[0] != "share" {
		return false
	}
	vs := voteStems()
	vote, votes, ballot := vs[0], vs[1], vs[2]
	for _, w := range q.what[1:] {
		if w == vote || w == votes || w == ballot {
			return true
		}
	}
	return false
}

// voteStems are the stems of "vote", "votes" and "ballots", stemmed once (isShareOfVote is asked
// of every share), on first use: stem reads word tables built by init.
var voteStems = sync.OnceValue(func() [3]string { return [3]string{stem("vote"), stem("votes"), stem("ballots")} })

// pastElection reports whether s speaks of an earlier election ("In the 2022 election", "at the
// last election"): its figures are left as they were, not keyed as the result.
func (d *Doc) pastElection(s *Sent) bool {
	year := ""
	if p := d.Article.Published; p != nil {
		year = strconv.Itoa(p.Year()) // "April 12, 2026" in a story of 2026 is no earlier election
	}
	for i := range s.Tokens {
		switch w := s.Lower(i); w {
		case "last", "previous", "prior", "earlier", "ago", "outgoing":
			return true
		default:
			if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && hasDigit(w[2:]) && !strings.ContainsAny(w, ".,%") && w != year {
				return true
			}
		}
	}
	return false
}

// voteScope is the scope of a party's share or seats: the party, and a place or chamber it is
// limited to ("45% in the capital", "51 seats in the Senate"), which another figure must share.
func (d *Doc) voteScope(s *Sent, q *qty, owner string) string {
	if r := s.votingRound(); r != "" {
		owner += " " + r // "won the runoff with 52%" is not the first round's 40%
	}
	if place := d.scopeAround(s, q.first, q.last, q.after, nil); place != "" {
		return owner + " in " + place
	}
	if c := s.chamberAfter(q.after + 1); c != "" {
		return owner + " in " + c
	}
	return owner
}

// votingRound names the round of an election a sentence speaks of ("won the runoff", "in the
// first round"): "first round", "runoff", or "". A runoff named with "a" ("avoiding a runoff")
// is not the round of the figure.
func (s *Sent) votingRound() string {
	for i := range s.Tokens {
		switch w := s.Lower(i); {
		case (w == "runoff" || w == "run-off") && s.Lower(i-1) == "the",
			w == "round" && (s.Lower(i-1) == "second" || s.Lower(i-1) == "final") && s.Lower(i-2) == "the":
			return "runoff"
		case w == "round" && s.Lower(i-1) == "first" && s.Lower(i-2) == "the":
			return "first round"
		}
	}
	return ""
}

// chambers are houses a party wins seats in; "parliament" is left out: it names the one house
// a story is about.
var chambers = map[string]bool{
	"senate": true, "house": true, "assembly": true, "council": true, "chamber": true, "congress": true,
	"legislature": true, "lower": true, "upper": true,
}

// chamberAfter reads the chamber after a figure's phrase: "in the Senate", "in the lower house".
func (s *Sent) chamberAfter(j int) string {
	if s.Lower(j) != "in" && s.Lower(j) != "to" {
		return ""
	}
	for k := j + 1; k < len(s.Tokens) && k <= j+5; k++ {
		w := s.Lower(k)
		if chambers[w] {
			return w
		}
		if w == "parliament" || !s.isWord(k) && !hasDigit(w) && w != "-" {
			return ""
		}
	}
	return ""
}

// shareWinner reads who won the share q: the subject of a winning verb before it ("Civic Union won
// 34%", "… won Sunday's election with 34.2%"), of "came second with", the name before "on"
// ("ahead of the Social Democrats on 28%"), or the possessor ("Civic Union's 34%").
func (d *Doc) shareWinner(s *Sent, q *qty) string {
	k := q.first - 1
	if p := s.Lower(k); p == "on" {
		return d.partyBefore(s, k-1)
	}
	if isPossessive(s.Lower(k)) {
		return d.partyEndingAt(s, k)
	}
	// "48.8% for Raila Odinga"
	if s.Lower(q.last+1) == "for" && (len(q.what) == 0 || isShareOfVote(q)) {
		m := q.last + 2
		if s.Lower(m) == "the" {
			m++
		}
		if s.isWord(m) && s.Tokens[m].IsCapitalized() && !s.lowerIs(m, wFunction) {
			e := m
			for e+1 < len(s.Tokens) && e < m+3 && s.isWord(e+1) && s.Tokens[e+1].IsCapitalized() && !s.lowerIs(e+1, wFunction) {
				e++
			}
			return d.partyEndingAt(s, e)
		}
	}
	if s.Lower(k) == "with" {
		k--
	}
	// back to the verb of the clause, over its object ("won Sunday's parliamentary election")
	for j := k; j >= 0 && j > k-7; j-- {
		w := s.Lower(j)
		if voteWinVerbs[w] {
			return d.subjectParty(s, j)
		}
		if voteWinParticiples[w] && s.Lower(j-1) == "," {
			return d.mainClauseWinner(s, j-1)
		}
		if votePlaces[w] && votePlaceVerbs[s.Lower(j-1)] {
			return d.subjectParty(s, j-1)
		}
		if !s.isWord(j) && !isPossessive(w) || w == "and" || w == "but" || w == "while" || w == "than" || w == "from" || hasDigit(w) {
			return ""
		}
	}
	return ""
}

// mainClauseWinner reads the winner of the clause a participle's clause follows (its comma at
// token c): the subject of the one winning verb before it ("Civic Union won Sunday's election,
// taking 34%"); "" when there is none or more than one.
func (d *Doc) mainClauseWinner(s *Sent, c int) string {
	v := -1
	for j := c - 1; j >= 0; j-- {
		if voteWinVerbs[s.Lower(j)] {
			if v >= 0 {
				return ""
			}
			v = j
		}
	}
	if v < 0 {
		return ""
	}
	return d.subjectParty(s, v)
}

// subjectParty reads the proper-name subject of the verb at v, over auxiliaries and adverbs; "the
// party" (or "it") takes the one winner the two sentences before name ("The party will hold 38
// seats" after "The Reform Party won the election").
func (d *Doc) subjectParty(s *Sent, v int) string { return d.subjectPartyOr(s, v, true) }

// subjectPartyOr is subjectParty, looking back for what "the party" refers to only when refer is
// set (an antecedent is itself read without looking further back).
func (d *Doc) subjectPartyOr(s *Sent, v int, refer bool) string {
	k := v - 1
	for k >= 0 && (s.classAt(k)&(wAux|wIntent) != 0 || strings.HasSuffix(s.Lower(k), "ly") && len(s.Lower(k)) > 4) {
		k--
	}
	if k >= 0 && partyAnaphor(s, k) {
		if refer {
			return d.partyAntecedent(s)
		}
		return ""
	}
	if p := d.partyBefore(s, k); p != "" || k != 0 {
		return p
	}
	// "Ruto secured 50.49 percent": a name opening the sentence, read as owners are read
	return d.partyName(d.ownerOf(s, v))
}

// partyAnaphor reports whether the subject ending at token k refers back to a party: "the party"
// opening its clause, or "it" opening the sentence.
func partyAnaphor(s *Sent, k int) bool {
	switch s.Lower(k) {
	case "party":
		return k >= 1 && s.Lower(k-1) == "the" && (k == 1 || !s.isWord(k-2))
	case "it":
		return k == 0
	}
	return false
}

// partyAntecedent is the one winner the two sentences before s name as the subject of a winning
// verb ("The Reform Party won Sunday's election"), nearest first; "" when none does, or when the
// nearest that does names two.
func (d *Doc) partyAntecedent(s *Sent) string {
	for i := s.Index - 1; i >= 0 && i >= s.Index-2 && i < len(d.Sentences); i-- {
		t := &d.Sentences[i]
		found := ""
		for j := range t.Tokens {
			w := t.Lower(j)
			if !voteWinVerbs[w] && !(votePlaces[w] && votePlaceVerbs[t.Lower(j-1)]) {
				continue
			}
			v := j
			if !voteWinVerbs[w] {
				v = j - 1
			}
			p := d.subjectPartyOr(t, v, false)
			switch {
			case p == "":
			case found == "":
				found = p
			case found != p:
				return ""
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// partyBefore reads a party or candidate name ending at token k: a run of capitalised words
// ("Civic Union", "the Social Democrats"), with a party noun after it ("the Homeland party"); ""
// when token k is no such name (a pronoun, "the party", a sentence-opening common noun).
func (d *Doc) partyBefore(s *Sent, k int) string {
	if partyNouns[s.Lower(k)] && k > 0 && s.Tokens[k-1].IsCapitalized() {
		k--
	}
	return d.partyEndingAt(s, k)
}

// partyEndingAt reads the capitalised name ending at token k (a possessive "Civic Union's" ends
// it), at most four words, stopping at a possessor before it ("Marta Kovac's Civic Union").
func (d *Doc) partyEndingAt(s *Sent, k int) string {
	if k < 0 || !s.isWord(k) || !s.Tokens[k].IsCapitalized() || s.lowerIs(k, wFunction) {
		return ""
	}
	j := k
	for j > 0 && k-j < 3 && s.isWord(j-1) && s.Tokens[j-1].IsCapitalized() && !s.lowerIs(j-1, wFunction) && !isPossessive(s.Lower(j-1)) {
		j--
	}
	if j == 0 && k == 0 {
		return "" // one capitalised word opening the sentence may be a common noun
	}
	if s.Lower(j-1) == "of" {
		if p := d.partyBefore(s, j-2); p != "" {
			return p // "the Reform Party of Prime Minister Kristen Michal": the party, not its leader
		}
	}
	if s.lowerIs(j-1, wPlacePrep) && s.Lower(j-1) != "of" {
		return "" // "in Valdoria": a place, not who
	}
	switch s.Lower(j - 1) {
	case "and", "or", "&", "nor", "plus", "by", "with", "than":
		return "" // "the Greens and Liberals won 20%", "led by Marta Kovac, won": not one winner
	}
	return d.partyName(joinTokens(s, j, k))
}

// partyName is the key of a winner's name: a party's name as partyKey writes it, a person's
// surname ("William Ruto" and "Ruto" meet; a surname alone resolves to the full name named before).
func (d *Doc) partyName(name string) string {
	name = partyKey(name)
	if name == "" || d.people == nil {
		return name
	}
	if p := d.resolvePerson(name); d.people.personLike(p) {
		return p[strings.LastIndexByte(p, ' ')+1:]
	}
	return name
}

// partyKey writes a party name so that its wordings meet: "the Civic Union", "Civic Union party"
// and "Civic Union's" are "Civic Union".
func partyKey(name string) string {
	name = trimPossessive(name)
	name = strings.TrimPrefix(name, "The ")
	for _, n := range []string{" party", " Party", " bloc", " Bloc", " alliance", " Alliance"} {
		if t := strings.TrimSuffix(name, n); t != name && t != "" {
			name = t
			break
		}
	}
	return name
}

// seatWinner keys a seat count by who won it: "Civic Union won 58 seats", "Civic Union will have
// 61 seats", "Civic Union won 58 of the 150 seats". Winning, taking and having seats after an
// election are one figure; gaining or losing seats is a change and is left as it was.
func (d *Doc) seatWinner(s *Sent, q *qty) {
	if q.unit != "seats" || q.change != "" || q.prev {
		return
	}
	k := q.first - 1
	if !voteWinVerbs[s.Lower(k)] && !s.lowerIs(k, wPossess) && !seatHoldVerbs[s.Lower(k)] {
		return
	}
	if !s.lowerIs(k, wPossess) && !s.electionSentence() {
		return
	}
	if d.pastElection(s) {
		return
	}
	owner := d.subjectParty(s, k)
	if owner == "" {
		return
	}
	q.verb, q.verbAs = "win", "won"
	q.what = d.stems(0, []string{stem("seats")})
	q.label = "seats"
	q.scope = d.voteScope(s, q, owner)
	q.owner = ""
}

// seatsOfTotal reads "58 of the 150 seats" after the figure ending at last: the token of "seats"
// and whether it was found.
func (s *Sent) seatsOfTotal(last int) (int, bool) {
	j := last + 1
	if s.Lower(j) != "of" {
		return 0, false
	}
	j++
	if s.Lower(j) == "the" {
		j++
	}
	if !hasDigit(s.Lower(j)) {
		return 0, false
	}
	j++
	if s.Lower(j) == "-" {
		j++
	}
	for s.Lower(j) == "available" || s.Lower(j) == "contested" || s.Lower(j) == "parliamentary" {
		j++
	}
	if w := s.Lower(j); w == "seats" || w == "seat" {
		return j, true
	}
	return 0, false
}
