package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/segment"
)

// This file reads the figures of business and deal stories so that two outlets' figures meet
// although each tells them with its own verbs. The price of a takeover ("agreed to buy Kystbank
// for €2.3bn", "a €2.3bn takeover", "will pay €2.1bn for Kystbank", "a deal worth $69bn") is one
// deal value, told apart from another deal's by the company bought (or the buyer) where one is
// named; a count of customers or staff is one figure whether the company has, serves or employs
// them; "annual cost savings" are "cost savings a year"; a share move is the company's, wherever
// its exchange is. What a figure does not say stays apart: a bid or a stake's price is no deal
// value, customers lost are not customers, shares that rose are not shares that fell.

// buyVerbs buy or sell a company: the price "for" which it changes hands is the deal's.
var buyVerbs = map[string]bool{
	"buy": true, "buys": true, "bought": true, "buying": true, "acquire": true, "acquires": true,
	"acquired": true, "acquiring": true, "purchase": true, "purchases": true, "purchased": true,
	"purchasing": true, "sell": true, "sells": true, "sold": true, "selling": true,
}

// takeVerbs buy a company with "over": "took over Kystbank for €2bn".
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// payVerbs pay a price "for" a company: "will pay €2.1bn for Kystbank".
var payVerbs = map[string]bool{"pay": true, "pays": true, "paid": true, "paying": true}

// dealNouns name a change of hands whose price a figure may give; a "bid" or an "offer" is not
// one (it may be raised or refused), nor a "stake" (a part).
var dealNouns = map[string]bool{
	"deal": true, "takeover": true, "take-over": true, "acquisition": true, "merger": true,
	"buyout": true, "purchase": true,
}

// plainDeals are deal nouns that name other deals as well ("an arms deal", "a purchase of
// jets"): they give a takeover's price only in a sentence that tells of one (takeoverCue).
var plainDeals = map[string]bool{"deal": true, "purchase": true}

// dealModifiers may stand between a price and its deal noun: "a €2.3bn all-cash takeover".
var dealModifiers = map[string]bool{
	"all-cash": true, "cash": true, "all-stock": true, "stock": true, "cash-and-stock": true,
	"agreed": true, "proposed": true, "recommended": true, "friendly": true, "hostile": true,
	"planned": true, "landmark": true, "blockbuster": true, "mega": true, "megadeal": true,
	"takeover": true, "acquisition": true, "merger": true, "buyout": true, "leveraged": true,
}

// dealLinks join a deal noun to its price: "the deal, worth €2bn", "the takeover was valued at".
var dealLinks = map[string]bool{
	"worth": true, "valued": true, "priced": true, "at": true, "is": true, "was": true, "be": true,
	"will": true, "would": true, "been": true, ",": true, "which": true, "that": true, "reportedly": true,
	"values": true, "valuing": true, "about": true, "around": true, "some": true, "roughly": true,
	"nearly": true, "almost": true, "estimated": true, "an": true, "up": true, "to": true,
}

// hedges stand between a verb and its amount: "will pay about €2bn".
var hedges = map[string]bool{"about": true, "around": true, "some": true, "roughly": true, "nearly": true, "almost": true, "approximately": true, "up": true, "to": true}

// dealWhat is the key of a deal's price: read only.
var dealWhat = []string{"deal"}

// dealPrice keys the price of a takeover as the deal's value, its Context the company bought
// (or, when that is not named, the buyer): the verb or noun that carries the price ("buy",
// "pay", "takeover", "deal") is no part of it. It reports whether q is one.
func (d *Doc) dealPrice(s *Sent, q *qty) bool {
	if q.rate != "" || q.prev || q.change != "" {
		return false // "€12 a share", "up from €2bn": no deal's whole price
	}
	party, ok := "", false
	if v, ok2 := s.buyVerbBefore(q.first); ok2 {
		party, ok = d.buyParty(s, v), true
		if party == "" {
			return false // "sold the tower for HK$3.2bn": a price of no company named
		}
	} else if v := s.skipHedgesBack(q.first - 1); payVerbs[s.Lower(v)] {
		// "will pay €2.1bn for Kystbank": the price of the company after "for", when one is named
		if s.Lower(q.last+1) != "for" {
			return false
		}
		if party = s.headName(skipDeterminers(s, q.last+2)); party == "" || !d.tellsTakeover() {
			return false // "will pay €2bn for Ukraine" in a story of aid is no price of a company
		}
		ok = true
	} else if n, ok2 := s.dealNounAfter(s.afterConversion(q.last + 1)); ok2 {
		party, ok = d.dealParty(s, n, q), true
	} else if n, ok2 := s.dealNounBefore(q.first - 1); ok2 {
		party, ok = d.dealParty(s, n, q), true
	}
	if !ok {
		// a player's transfer (fix_deal.go): the player is what changes hands
		if party = d.transferParty(s, q); party == "" {
			return false
		}
	}
	if t := d.boughtBy(party); t != "" {
		party = t // the buyer named, its purchase named elsewhere: keyed as the company bought
	}
	q.what, q.label, q.verb, q.verbAs = dealWhat, "deal value", "", ""
	q.owner = d.Aliases.Canonical(party)
	q.scope, q.noScope = "", true // a deal is one wherever a report places it
	return true
}

// skipHedgesBack returns the first token from k back that is no hedge ("about", "up to").
func (s *Sent) skipHedgesBack(k int) int {
	for k >= 0 && hedges[s.Lower(k)] {
		k--
	}
	return k
}

// buyVerbBefore finds the verb that buys or sells a company "for" the amount at first: "agreed
// to buy Danish rival Kystbank for", "took over Kystbank for", "be bought by Nordbanken for".
// A figure between them ("buy a 60% stake in Kystbank for") makes the price a part's.
func (s *Sent) buyVerbBefore(first int) (int, bool) {
	k := s.skipHedgesBack(first - 1)
	if s.Lower(k) != "for" {
		return 0, false
	}
	for v := k - 1; v >= 0 && v >= k-9; v-- {
		w := s.Lower(v)
		if buyVerbs[w] || w == "over" && takeVerbs[s.Lower(v-1)] {
			return v, true
		}
		if t := &s.Tokens[v]; t.Kind == segment.Number || hasDigit(w) || w == "." || w == ";" || w == ":" {
			return 0, false
		}
	}
	return 0, false
}

// buyParty is the company a buying verb at v changes hands: its object ("buy Danish rival
// Kystbank", "sell Kystbank to"), or in the passive its subject ("Kystbank agreed to be bought
// by Nordbanken"); failing that, the buyer.
func (d *Doc) buyParty(s *Sent, v int) string {
	if titleCaseSent(s) {
		return "" // a Title Case headline names nothing its capitals can tell
	}
	if s.partObject(v + 1) {
		return "" // "bought a stake in the company for €1bn": a part's price
	}
	if s.Lower(v+1) == "by" {
		if name := d.ownerOf(s, s.passiveHead(v)); name != "" {
			return name
		}
		return s.headName(v + 2)
	}
	if name := s.objectName(v + 1); name != "" {
		return name
	}
	if !s.companyObject(v + 1) {
		return "" // "will buy Patriot systems for $2bn": no company changes hands
	}
	if sellVerbs[s.Lower(v)] {
		// "sell its unit to Nordbanken for": the buyer, not the seller, whose other sales are
		// other deals
		for k := v + 1; k < len(s.Tokens) && k < v+8 && s.Lower(k) != "for"; k++ {
			if s.Lower(k) == "to" {
				return s.headName(skipDeterminers(s, k+1))
			}
		}
		return ""
	}
	if s.Lower(v) == "over" {
		v--
	}
	return d.ownerOf(s, v)
}

// sellVerbs are the buyVerbs that sell.
var sellVerbs = map[string]bool{"sell": true, "sells": true, "sold": true, "selling": true}

// partWords name a part of a company bought: its price is not the company's.
var partWords = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "holding": true, "holdings": true,
	"interest": true, "assets": true, "portion": true, "part": true, "minority": true, "majority": true,
	"bonds": true, "debt": true, "tickets": true, "rights": true,
}

// partObject reports whether the object from token j up to "for" speaks of a part of a company:
// "a stake in", "a minority holding", "shares in".
func (s *Sent) partObject(j int) bool {
	for k := j; k < len(s.Tokens) && k < j+8; k++ {
		w := s.Lower(k)
		if w == "for" || !s.isWord(k) && w != "-" && w != "," {
			return false
		}
		if partWords[w] {
			return true
		}
	}
	return false
}

// companyNouns name a company bought without its name: "buy its rival for", "acquire the
// lender for".
var companyNouns = map[string]bool{
	"company": true, "firm": true, "business": true, "group": true, "rival": true, "competitor": true,
	"lender": true, "bank": true, "insurer": true, "carrier": true, "airline": true, "maker": true,
	"manufacturer": true, "retailer": true, "chain": true, "operator": true, "startup": true,
	"start-up": true, "subsidiary": true, "division": true, "unit": true, "producer": true,
	"developer": true, "publisher": true, "studio": true, "club": true, "brand": true, "owner": true,
}

// companyObject reports whether the object from token j on is a company not named: "its rival",
// "the Danish lender" (the phrase's last word before "for", "to" or "by").
func (s *Sent) companyObject(j int) bool {
	last := ""
	for k := j; k < len(s.Tokens) && k < j+6; k++ {
		w := s.Lower(k)
		if w == "for" || w == "to" || w == "by" || !s.isWord(k) {
			break
		}
		last = w
	}
	return companyNouns[last]
}

// passiveHead walks back from a passive participle over "be", "been", "to", "agreed to be": the
// token before which ownerOf reads the subject.
func (s *Sent) passiveHead(v int) int {
	k := v
	for k > 0 && (s.lowerIs(k-1, wAux|wIntent) || s.Lower(k-1) == "to") {
		k--
	}
	return k
}

// objectName reads a company named as the object of a verb from token j on: the name that heads
// the phrase ("Danish rival Kystbank", "Kystbank, the Danish lender", "the Swedish group
// Nordbanken"), not a capitalised adjective ("its Spanish unit").
func (s *Sent) objectName(j int) string {
	for k := j; k < len(s.Tokens) && k < j+7; k++ {
		w := s.Lower(k)
		if w == "for" || w == "to" || w == "by" || w == "in" || w == "from" || !s.isWord(k) && w != "-" {
			break
		}
		if name := s.headName(k); name != "" {
			return name
		}
	}
	return ""
}

// describing reports whether a capitalised word describes the name after it, a place joined to
// a participle: "Riga-based", "Copenhagen-listed", "London-headquartered".
func describing(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z'
}

// headName reads a run of capitalised words from token k that ends a phrase (a function word,
// punctuation or the end follow it): "Kystbank" of "Kystbank, the", not "Spanish" of "Spanish
// unit". The first word of a sentence is a name only when others write it so (a company usually is).
func (s *Sent) headName(k int) string {
	if k <= 0 || k >= len(s.Tokens) || !s.isWord(k) || !s.Tokens[k].IsCapitalized() || s.lowerIs(k, wFunction) {
		return ""
	}
	// "Riga-based Baltija Bank", "Latvia's Baltija Bank": the name is after the describing words
	for k < len(s.Tokens) && (isPossessive(s.Lower(k)) || describing(s.Tokens[k].Text)) && s.isWord(k+1) && s.Tokens[k+1].IsCapitalized() {
		k++
	}
	j := k
	for j+1 < len(s.Tokens) && s.isWord(j+1) && s.Tokens[j+1].IsCapitalized() && !s.lowerIs(j+1, wFunction) && !isPossessive(s.Lower(j)) {
		j++
	}
	if n := j + 1; n < len(s.Tokens) && s.lowerWord(n) && !s.lowerIs(n, wFunction|wAux) || isPossessive(s.Lower(j)) {
		return "" // a capitalised word before a common noun ("Spanish unit"), a possessor ("Ukraine's")
	}
	return joinTokens(s, k, j)
}

// dealNounAfter finds a deal noun the amount at j-1 modifies: "a €2.3bn takeover", "in a 2.1
// billion euro deal", "€2.3bn all-cash acquisition of". The noun ends its phrase: "a €2bn
// takeover bid" is a bid's, "a $2bn arms deal" no takeover's.
func (s *Sent) dealNounAfter(j int) (int, bool) {
	n := -1
	for k := j; k < j+3 && s.isWord(k); k++ {
		w := s.Lower(k)
		if dealNouns[w] {
			n = k
			continue
		}
		if !dealModifiers[w] {
			break
		}
	}
	if n < 0 {
		return 0, false
	}
	if next := n + 1; s.lowerWord(next) && !s.lowerIs(next, wFunction|wAux) {
		return 0, false // "takeover bid", "deal fees"
	}
	if plainDeals[s.Lower(n)] && !s.takeoverCue() {
		return 0, false
	}
	return n, true
}

// dealNounBefore finds a deal noun linked to the amount whose token before is k: "a deal worth
// $69bn", "the takeover, valued at $4.1bn,", "the deal values Kystbank at €2.3bn", "the
// acquisition of Kystbank for €2.3bn". A deal only dated by it ("debt after the merger was €5bn")
// is not one.
func (s *Sent) dealNounBefore(k int) (int, bool) {
	k = s.skipHedgesBack(k)
	if s.Lower(k) == "for" {
		// "the acquisition (of Kystbank) for €2.3bn"
		k--
		if m := s.nameRunBack(k); m < k+1 && s.Lower(m-1) == "of" {
			k = m - 2
		}
	} else {
		linked, valued := false, false
		for n := 0; n < 10 && k >= 0; n++ {
			w := s.Lower(k)
			if dealLinks[w] {
				linked = linked || w != "," && w != "an"
				k--
				continue
			}
			// "values Kystbank at": the company valued, between the verb and "at"
			if m := s.nameRunBack(k); m <= k && s.Lower(k+1) == "at" && (s.Lower(m-1) == "values" || s.Lower(m-1) == "valuing") {
				k, valued = m-1, true
				continue
			}
			break
		}
		if !linked {
			return 0, false
		}
		if valued && dealNouns[s.Lower(k)] {
			return k, true // "the deal values Brightwater at £1.4bn": a company is valued, so bought
		}
		// "the takeover of Kystbank, valued at €2.3bn": the company the deal is of, before the link
		if m := s.nameRunBack(k); m <= k && (s.Lower(m-1) == "of" || s.Lower(m-1) == "for") {
			k = m - 2
		}
	}
	w := s.Lower(k)
	if !dealNouns[w] {
		return 0, false
	}
	if p := s.Lower(s.skipDeterminersBack(k - 1)); p == "after" || p == "before" || p == "since" || p == "following" || p == "until" || p == "post" {
		return 0, false
	}
	if plainDeals[w] && !s.takeoverCue() {
		return 0, false
	}
	return k, true
}

// nameRunBack returns the first token of the run of capitalised words ending at k (k+1 when k is
// none).
func (s *Sent) nameRunBack(k int) int {
	m := k + 1
	for m-1 >= 0 && s.isWord(m-1) && s.Tokens[m-1].IsCapitalized() && !s.lowerIs(m-1, wFunction) {
		m--
	}
	return m
}

// takeoverCue reports whether a sentence tells of a company changing hands: a buying verb, "take
// over", or a deal noun other than the plain ones.
func (s *Sent) takeoverCue() bool {
	for k := range s.Tokens {
		w := s.Lower(k)
		if buyVerbs[w] && !sellVerbs[w] || dealNouns[w] && !plainDeals[w] || w == "over" && takeVerbs[s.Lower(k-1)] {
			return true
		}
	}
	return false
}

// dealParty is the company a deal noun at n changes hands: named after it ("takeover of
// Kystbank", "deal for Kystbank", "deal to buy Kabel", "merger with"), bought elsewhere in the
// sentence ("Nordbanken to buy Kystbank in a €2.1bn deal"), the possessor before the price
// ("Nordbanken's €2.3bn takeover"), or the sentence's named subject ("Vodafone agreed a €2.3bn
// deal"); "" when none is named.
func (d *Doc) dealParty(s *Sent, n int, q *qty) string {
	if titleCaseSent(s) {
		return ""
	}
	switch s.Lower(n + 1) {
	case "of", "for", "with":
		if name := s.headName(skipDeterminers(s, n+2)); name != "" {
			return name
		}
	case "by":
		// "a €2.3bn takeover by Nordbanken": the buyer, whose purchase the text may name (boughtBy)
		if name := s.headName(skipDeterminers(s, n+2)); name != "" {
			return name
		}
	case "to":
		if buyVerbs[s.Lower(n+2)] {
			if name := s.objectName(n + 3); name != "" {
				return name
			}
		}
	}
	for v := range s.Tokens {
		if w := s.Lower(v); buyVerbs[w] || w == "over" && takeVerbs[s.Lower(v-1)] {
			if name := d.buyParty(s, v); name != "" {
				return name
			}
		}
	}
	if q.scope != "" {
		return q.scope // "Nordbanken's €2.3bn takeover" (possessorBefore)
	}
	// the sentence's named subject: the verb after its opening capitalised words
	if m := s.nameRunEnd(0); m > 0 {
		return d.ownerOf(s, m)
	}
	return ""
}

// nameRunEnd returns the token after the run of capitalised words from k (k when there is none).
func (s *Sent) nameRunEnd(k int) int {
	for k < len(s.Tokens) && s.isWord(k) && s.Tokens[k].IsCapitalized() {
		k++
	}
	return k
}

// conversion reports whether amount i of qs restates the one before it in another currency:
// "2.3 billion euros ($2.5 billion)", "€2.3bn, or about $2.5bn". A conversion is no claim of its
// own: the reporter's exchange rate would make two outlets' figures differ.
func conversion(s *Sent, qs []qty, i int) bool {
	if i == 0 {
		return false
	}
	p, q := &qs[i-1], &qs[i]
	if p.currency == q.currency || p.currency == "" {
		return false
	}
	k := s.skipHedgesBack(q.first - 1)
	switch {
	case s.Lower(k) == "(" && k == p.last+1:
		return true
	case s.Lower(k) == "or" && (k == p.last+1 || k == p.last+2 && s.Lower(p.last+1) == ","):
		return true
	}
	return false
}

// savingsWhat is the key of cost savings, however named: read only.
var savingsWhat = []string{"cost", "sav"}

// yearWords say a sum is one a year: "annual cost savings", "yearly savings".
var yearWords = map[string]bool{"annual": true, "yearly": true, "annualised": true, "annualized": true}

// businessMoney keys the amounts of business stories that reporters tell apart only by their
// words: cost savings ("annual cost savings", "cost savings a year", "savings of €150m
// annually", "synergies"). An intention ("expects", "targets") is no part of what a figure
// measures. (rateAfter names "annually" and "per annum" "per year" at the source.)
func (d *Doc) businessMoney(s *Sent, q *qty) {
	if len(q.what) > 1 && intentStems[q.what[0]] {
		if sp := strings.IndexByte(q.label, ' '); sp > 0 && stem(strings.ToLower(q.label[:sp])) == q.what[0] {
			q.label = q.label[sp+1:]
		}
		q.what = q.what[1:]
	}
	yearly := false
	if len(q.what) > 1 && yearWords[q.what[0]] && savingsKey(q.what[1:]) {
		yearly = true // "€150m in annual synergies"
		q.what = q.what[1:]
	}
	if !savingsKey(q.what) {
		return
	}
	q.what, q.label = savingsWhat, "cost savings"
	if q.rate == "" && (yearly || s.yearWordNear(q)) {
		q.rate = "per year"
	}
}

// The stems the business readers look for are written out: the word tables stem reads are
// completed by init functions of files that run after this one (TestBusinessStems checks them).
var (
	// intentStems are the stems of verbs of intention a reader may take into a figure's noun
	// phrase ("expects annual cost savings of €180m"): expects, targets, plans, forecasts,
	// anticipates, predicts, eyes.
	intentStems = map[string]bool{"expect": true, "target": true, "plan": true, "forecast": true, "anticipat": true, "predict": true, "eye": true}
	// savingNouns: savings, synergies.
	savingNouns = map[string]bool{"sav": true, "synergi": true}
	costStem    = "cost"
	// costCutStems: cut (trim), reduce, lower (costs).
	costCutStems = map[string]bool{"cut": true, "reduc": true, "lower": true}
	// lightVerbs tell what a company has: has/have (countVerb writes "have"), serves, employs,
	// counts, boasts, numbers.
	lightVerbs = map[string]bool{"have": true, "serv": true, "emploi": true, "count": true, "boast": true, "number": true}
	// customerNouns: customers, clients; staffNouns: employees, staff (personnel, staffers), workers.
	customerNouns = map[string]bool{"customer": true, "client": true}
	staffNouns    = map[string]bool{"employe": true, "staf": true, "worker": true}
	// customers, employees, people, employs
	customerStem, employeeStem, personStem, employStem = "customer", "employe", "person", "emploi"
	// shareWhat is the key of a share move (shares): read only.
	shareWhat = []string{"shar"}
)

// savingsKey reports whether what is cost savings: "savings", "cost savings", "synergies", "cost
// synergies", "cut costs by" (not "household savings", "revenue synergies").
func savingsKey(what []string) bool {
	switch len(what) {
	case 1:
		return savingNouns[what[0]]
	case 2:
		// "cost savings", and costs cut by an amount: "cut costs by €180mn a year"
		return what[0] == costStem && savingNouns[what[1]] || what[1] == costStem && costCutStems[what[0]]
	}
	return false
}

// yearWordNear reports whether "annual" or "yearly" qualifies the savings of q: in the phrase
// before "of" ("annual cost savings of €180m") or after the amount ("€180m in annual savings").
func (s *Sent) yearWordNear(q *qty) bool {
	if s.Lower(q.first-1) == "of" {
		for k := q.first - 2; k >= 0 && k >= q.first-5 && s.lowerWord(k); k-- {
			if yearWords[s.Lower(k)] {
				return true
			}
		}
	}
	for k := q.last + 1; k <= q.after && k < len(s.Tokens); k++ {
		if yearWords[s.Lower(k)] {
			return true
		}
	}
	return false
}

// lightCount keys a company's count of customers or staff as what it has, whatever light verb
// tells it: "will have 4.1 million customers" = "will serve 4.3 million customers", "about 9,000
// employees" = "employ around 9,000 people" = "9,000 staff". Customers gained or lost, staff hired
// or cut keep their verbs: they are other figures.
func (d *Doc) lightCount(s *Sent, q *qty) {
	n := len(q.what)
	if n == 0 || !lightVerbs[q.verb] {
		return
	}
	noun := q.what[n-1]
	switch {
	case customerNouns[noun]:
		noun, q.unit = customerStem, "customers"
	case staffNouns[noun] || noun == personStem && q.verb == employStem:
		noun, q.unit = employeeStem, "employees"
	default:
		return
	}
	q.verb = "have"
	if q.owner == "" && s.combinedSubject(q.first) {
		// not either company's own ("Kystbank has 1.6 million customers"), and one group however
		// its noun is written: "the combined bank", "together the banks"
		q.owner = "combined group"
		q.what = d.stems(0, []string{noun})
		return
	}
	if noun != q.what[n-1] {
		q.what = d.stems(0, q.what[:n-1], []string{noun})
	}
}

// combinedWords tell that a subject is the group two companies make: "the combined bank", "the
// merged group", "the enlarged company", "together they have".
var combinedWords = map[string]bool{"combined": true, "merged": true, "enlarged": true, "together": true, "post-merger": true}

// combinedSubject reports whether the clause before the figure at first speaks of the group two
// companies make.
func (s *Sent) combinedSubject(first int) bool {
	for k := first - 1; k >= 0 && k >= first-10; k-- {
		w := s.Lower(k)
		if w == "," || w == ";" || w == "." || w == "which" || w == "while" || w == "but" {
			return false
		}
		if combinedWords[w] {
			return true
		}
	}
	return false
}

// shareMove keys a company's share move by the company, not the city of its exchange: "Shares in
// Kystbank rose 14% in Copenhagen" = "Kystbank shares jumped 11% in Copenhagen trading" =
// "Kystbank's stock climbed". A move of shares whose company is not named is left as it is read
// ("stocks in London fell 2%" is the market's). The direction stays in the key.
func (d *Doc) shareMove(s *Sent, q *qty) {
	if q.change == "" {
		return
	}
	company := ""
	for k := q.first - 1; k >= 0 && k >= q.first-8; k-- {
		w := s.Lower(k)
		if w == "." || w == ";" || hasDigit(w) {
			return
		}
		if w == "price" && s.Lower(k-1) == "share" {
			k--
			w = "share price"
		} else if w != "shares" && w != "stock" {
			continue
		}
		// "shares in Kystbank", "shares of Kystbank"
		if p := s.Lower(k + 1); (p == "in" || p == "of") && w == "shares" {
			company = s.headName(k + 2)
		}
		// "Kystbank shares", "Kystbank's stock", "Kystbank's share price"
		if company == "" && k > 0 && s.Tokens[k-1].IsCapitalized() && !s.lowerIs(k-1, wFunction) {
			// a sentence's capitalised first word is a company when the text writes it so
			// elsewhere: "Bank shares fell" is no company's
			if m := s.nameRunBack(k - 1); m > 0 || m < k-1 || d.openerName(strings.TrimSuffix(strings.TrimSuffix(s.Lower(0), "'s"), "’s")) {
				company = joinTokens(s, m, k-1)
			}
		}
		break
	}
	if company == "" || titleCaseSent(s) {
		return
	}
	q.what, q.label = shareWhat, "shares"
	q.scope = company
}

// skipDeterminersBack returns the first token from k back that is no determiner.
func (s *Sent) skipDeterminersBack(k int) int {
	for k >= 0 && s.lowerIs(k, wDeterminer) {
		k--
	}
	return k
}

// openerName reports whether w, a capitalised word opening a sentence, names a company: the text
// writes it capitalised inside a sentence, or it is no common opener and never written in lower
// case ("Nordbank shares fell", not "Bank shares fell" in a text that speaks of "the bank").
func (d *Doc) openerName(w string) bool {
	if capInsideSents(d.nearSentences(), w) {
		return true
	}
	if openWords[w] != 0 {
		return false
	}
	for si := range d.nearSentences() {
		t := &d.Sentences[si]
		for k := range t.Tokens {
			if t.Tokens[k].Text == w {
				return false
			}
		}
	}
	return true
}

// boughtBy returns the company the text says buyer buys ("Nordbank has agreed to buy Baltija
// Bank"), when party is such a buyer: a price given with the buyer alone ("Nordbank will pay
// €2.1bn", "Nordbank agrees €2.3bn takeover of Baltic lender") is that purchase's. "" when party
// buys nothing named, or more than one company.
func (d *Doc) boughtBy(party string) string {
	if party == "" {
		return ""
	}
	found := ""
	for _, p := range d.business().purchases {
		if p[0] != party {
			continue
		}
		if found != "" && found != p[1] {
			return ""
		}
		found = p[1]
	}
	if found == party {
		return ""
	}
	return found
}

// businessFacts are what the business readers read of a whole text once, on first need.
type businessFacts struct {
	read bool
	// takeover says the text or its headline tells of a company changing hands (takeoverCue)
	takeover bool
	// purchases are the buyer and the company bought of each purchase told with a buying verb
	purchases [][2]string
}

// business reads the text's businessFacts on first need.
func (d *Doc) business() *businessFacts {
	b := &d.biz
	if b.read {
		return b
	}
	b.read = true
	b.takeover = d.titleTellsTakeover()
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !s.takeoverCue() {
			continue
		}
		b.takeover = true
		if titleCaseSent(s) {
			continue
		}
		for v := range s.Tokens {
			w := s.Lower(v)
			if !(buyVerbs[w] && !sellVerbs[w] || w == "over" && takeVerbs[s.Lower(v-1)]) || s.Lower(v+1) == "by" {
				continue
			}
			u := v
			if w == "over" {
				u--
			}
			buyer := d.ownerOf(s, u)
			if buyer == "" {
				continue
			}
			if t := s.objectName(v + 1); t != "" {
				b.purchases = append(b.purchases, [2]string{buyer, d.Aliases.Canonical(t)})
			}
		}
	}
	return b
}

// tellsTakeover reports whether the text or its headline tells of a company changing hands
// (takeoverCue).
func (d *Doc) tellsTakeover() bool { return d.business().takeover }

// titleTellsTakeover reports whether the headline tells of a company changing hands: a feed
// item's headline ("Halvorsen to buy Brightwater") is not among its sentences.
func (d *Doc) titleTellsTakeover() bool {
	if d.Article == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(d.Article.Title)) {
		w = strings.Trim(w, ".,;:!?'\"‘’“”")
		if buyVerbs[w] && !sellVerbs[w] || dealNouns[w] && !plainDeals[w] {
			return true
		}
	}
	return false
}

// afterConversion returns the token after a bracketed restatement of an amount that starts at j
// ("€2.3bn ($2.5bn) takeover"), or j when there is none.
func (s *Sent) afterConversion(j int) int {
	if s.Lower(j) != "(" {
		return j
	}
	for k := j + 1; k < len(s.Tokens) && k < j+6; k++ {
		if s.Lower(k) == ")" {
			return k + 1
		}
	}
	return j
}

// nearSentences are the sentences the business readers look through for what a text says
// elsewhere (a takeover told, a buyer's purchase, a name written in lower case): a news article
// whole, only the opening of a long text (a chunk of a huge file), where a figure would otherwise
// cost a reading of thousands of sentences.
func (d *Doc) nearSentences() []Sent {
	if len(d.Sentences) > capInsideOnce {
		return d.Sentences[:capInsideOnce]
	}
	return d.Sentences
}
