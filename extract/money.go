package extract

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/numbers"
)

// money reads amounts of money with their currency: "$105 million", "€2.3 billion", "2.3 billion
// euros", "£4m", "US$1.2bn", "CHF 4 million", "₹7,500 crore".
type money struct{}

func (money) Name() string { return "money" }

// signCurrency maps a sign or code written before an amount to its ISO 4217 code.
var signCurrency = map[string]string{
	"$": "USD", "us$": "USD", "us $": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "can$": "CAD",
	"hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "mx$": "MXN", "nt$": "TWD", "€": "EUR", "£": "GBP",
	"¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₦": "NGN",
	"rs": "INR", "rs.": "INR", "rmb": "CNY", "rp": "IDR",
}

// wordCurrency maps a currency named after an amount to its code; "pounds" alone is more often a
// weight, so only "pounds sterling" counts.
var wordCurrency = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "sterling": "GBP", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB",
	"rouble": "RUB", "ruble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH", "hryvnia's": "UAH",
	"francs": "CHF", "lira": "TRY", "liras": "TRY", "shekels": "ILS", "rand": "ZAR", "naira": "NGN",
	"dirhams": "AED", "riyals": "SAR", "zlotys": "PLN", "zloty": "PLN", "pesos": "MXN", "reais": "BRL",
	"kronor": "SEK", "kroner": "NOK", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "forints": "HUF",
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rub": "RUB", "uah": "UAH",
	"inr": "INR", "chf": "CHF", "cad": "CAD", "aud": "AUD",
}

// dollarCountries name the dollar meant: "Australian dollars", "Hong Kong dollars".
var dollarCountries = map[string]string{
	"australian": "AUD", "canadian": "CAD", "kong": "HKD", "zealand": "NZD", "singapore": "SGD",
	"taiwan": "TWD", "us": "USD", "american": "USD",
}

// moneyLinking words join a thing to its price: "a deal worth $2bn", "damage estimated at $3bn".
var moneyLinking = map[string]bool{
	"worth": true, "valued": true, "estimated": true, "put": true, "priced": true, "set": true,
	"totalled": true, "totaled": true, "totalling": true, "totaling": true, "totals": true, "total": true,
	"amounted": true, "amounting": true, "amounts": true, "reached": true, "reach": true, "reaches": true,
	"hit": true, "stood": true, "stands": true, "came": true, "rose": true, "fell": true, "climbed": true,
	"jumped": true, "dropped": true, "grew": true, "increased": true, "decreased": true, "declined": true,
	"traded": true, "trading": true, "trades": true, "closed": true, "rise": true, "fall": true,
	"soared": true, "slumped": true, "plunged": true, "surged": true, "climb": true, "remain": true,
	"remained": true, "is": true, "was": true, "were": true, "be": true, "of": true, "above": true,
	"below": true, "near": true, "around": true, "up": true, "down": true, "pegged": true, "capped": true,
	"fixed": true, "approximately": true,
}

// paymentForms say how an amount is paid, not what it pays for: "$6.7 billion in cash".
var paymentForms = map[string]bool{"cash": true, "stock": true, "shares": true, "bonds": true, "loans": true, "grants": true, "instalments": true, "installments": true}

// currencyWord is wordCurrency[w].
func currencyWord(w string) (string, bool) {
	cur, ok := wordCurrency[w]
	return cur, ok
}

// readMoney finds the amounts of a sentence.
func readMoney(s *Sent) []qty { return readMoneyTo(nil, s) }

// readMoneyTo appends the amounts of a sentence to out.
func readMoneyTo(out []qty, s *Sent) []qty {
	for i := range s.Numbers {
		n := &s.Numbers[i]
		if n.ID || n.Ordinal || n.Fraction {
			continue
		}
		// most numbers are no amount: the figure (a large struct) is built only for those that are
		if n.Prefix != "" {
			cur := signCurrency[strings.ToLower(n.Prefix)]
			if cur == "" {
				cur = strings.ToUpper(n.Prefix)
			}
			// a sign gives the currency: no word after the figure is read
			out = append(out, qty{kind: "money", first: n.First, last: n.Last, num: n.NumFirst, iv: n.Interval, unit: "money", currency: cur})
			continue
		}
		// a currency named after the figure: "2.3 billion euros", "3.8 million roubles", "5m USD"
		cur, last := "", n.Last
		j := n.Last + 1
		c, ok := "", false
		if s.lowerIs(j, wCurrencyWord) {
			c, ok = currencyWord(s.Lower(j)) // most words are none: the word classes say so at once
		}
		if ok && !(n.Year || n.Age || n.Date) {
			if c == "USD" && s.Lower(j) != "usd" {
				if cc, ok := dollarCountries[s.Lower(j-1)]; ok && j-1 > n.Last {
					c = cc
				}
			}
			cur, last = c, j
		} else if s.Lower(j) == "pounds" && s.Lower(j+1) == "sterling" {
			cur, last = "GBP", j+1
		} else if s.Lower(j) == "us" || s.Lower(j) == "australian" || s.Lower(j) == "canadian" || s.Lower(j) == "hong" {
			// "5 million US dollars", "3 billion Hong Kong dollars"
			k := j + 1
			if s.Lower(j) == "hong" {
				k++
			}
			if s.Lower(k) == "dollars" {
				cur, last = dollarCountries[s.Lower(k-1)], k
			}
		}
		if cur == "" {
			continue
		}
		out = append(out, qty{kind: "money", first: n.First, last: last, num: n.NumFirst, iv: n.Interval, unit: "money", currency: cur})
	}
	return out
}

func (m money) Extract(d *Doc) []model.Claim {
	return d.quantityClaimsIn(readMoneyTo, func(s *Sent, qs []qty, i int) bool { return m.measure(d, s, qs, i) }, true)
}

// measure says what amount i of qs measures; every amount is a claim but a conversion of the
// one before it ("2.3 billion euros ($2.5 billion)"), which restates it.
func (money) measure(d *Doc, s *Sent, qs []qty, i int) bool {
	q := &qs[i]
	if conversion(s, qs, i) {
		inherit(q, &qs[i-1]) // for a figure after it that takes the thing measured from it
		return false
	}
	d.moneyWhat(s, q)
	if len(q.what) == 0 && q.prev && i > 0 {
		inherit(q, &qs[i-1])
	}
	// a takeover's price, cost savings: business stories' figures keyed as one (business.go)
	if !d.dealPrice(s, q) {
		d.businessMoney(s, q)
	}
	return true
}

// inherit gives an earlier figure the thing of the figure it was replaced by, or the other way
// round: "up from $60", "rose from 3.4% to 3.2%".
func inherit(q, from *qty) {
	q.what, q.label, q.verb, q.verbAs, q.owner, q.scope = from.what, from.label, from.verb, from.verbAs, from.owner, from.scope
}

// isCount is n.IsCount(), read in place: the method's receiver is a copy of the large struct.
func isCount(n *numbers.Number) bool {
	return !n.Ordinal && !n.Year && !n.ID && !n.Age && !n.Date && !n.Fraction
}

// numberPositions lists the numerals of a sentence that may be figures.
func numberPositions(s *Sent) []int { return appendNumberPositions(nil, s) }

// appendNumberPositions appends the numerals numberPositions lists to dst.
func appendNumberPositions(dst []int, s *Sent) []int {
	for i := range s.Numbers {
		if n := &s.Numbers[i]; isCount(n) {
			dst = append(dst, n.NumFirst)
		}
	}
	return dst
}

// moneyWhat reads what an amount pays for: the noun it modifies ("a $105 million air defense
// package"), the noun after "in"/"of" ("€2.3 billion in aid"), the subject it is linked to ("the
// deal is worth $2bn", "the cost of the bridge at $3m"), or the verb that spends it ("pledged").
func (d *Doc) moneyWhat(s *Sent, q *qty) {
	q.after = q.last
	q.prev = s.earlierFigure(q.first)
	if p := s.Lower(q.first - 1); p == "from" && (s.Lower(q.first-2) == "up" || s.Lower(q.first-2) == "down") {
		q.prev = true
		return
	}
	if r, end := s.rateAfter(q.last + 1); r != "" {
		q.rate, q.after = r, end
	}
	// possessive owner before: "the EU's €50 billion facility"
	q.scope = s.possessorBefore(q.first)
	// attributive: "a $105 million air defense package"
	if q.rate == "" {
		if p := s.npAfter(q.last + 1); p.ok() && s.lowerOrName(p) {
			if w, label := d.words(s, p); len(w) > 0 {
				q.what, q.label, q.after = w, label, p.last
				if c, prep := s.complement(p.last + 1); c.ok() && prep == "of" {
					cw, cl := d.words(s, c)
					q.what = d.withComplement(q.what, cw)
					q.label += " of " + cl
					q.after = c.last
				}
				// "a $2bn deal with Boeing", "a package for Ukraine": the party, when named, tells
				// one deal from another while a report that leaves it out still meets either
				if prep := s.Lower(q.after + 1); prep == "with" || prep == "for" || prep == "from" || prep == "to" {
					if name, ok := d.nameAt(s, skipDeterminers(s, q.after+2)); ok && q.owner == "" {
						q.owner = name.Name
					}
				}
				return
			}
		}
	}
	// "€2.3 billion in aid", "$5m worth of weapons"
	j := q.after + 1
	if s.Lower(j) == "worth" {
		j++
	}
	if (s.Lower(j) == "in" || s.Lower(j) == "of") && !s.lowerIs(j+1, wPayment) {
		k := j + 1
		for s.Lower(k) == "the" || s.Lower(k) == "new" {
			k++
		}
		if p := s.npAfter(k); p.ok() && s.lowerWord(p.last) {
			if w, label := d.words(s, p); len(w) > 0 {
				q.what, q.label, q.after = w, label, p.last
				return
			}
		}
	}
	// "sold the tower for HK$3.2 billion": the verb and its object
	if s.Lower(q.first-1) == "for" {
		for v := q.first - 2; v >= 0 && v >= q.first-6; v-- {
			if s.moneyVerb(v) {
				d.verbWhat(s, q, v)
				if p := s.npAfter(skipDeterminers(s, v+1)); p.ok() && p.last < q.first-1 && s.lowerWord(p.last) {
					w, label := d.words(s, p)
					w = d.withNamedModifier(s, p, w) // "its Swedish unit" (fix_sale.go)
					q.what = d.stems(0, w, q.what)
					q.label += " " + label
				}
				return
			}
			if !s.isWord(v) {
				break
			}
		}
	}
	// the verb right before the amount spends or earns it: "raised nearly £40,000", "paid $5m"
	if v := q.first - 1; s.moneyVerb(v) && !s.lowerIs(v, wMoneyLink) {
		d.verbWhat(s, q, v)
		return
	}
	// a subject linked to the amount, or the verb that spends it
	k, _, _ := s.skipBack(q.first-1, wMoneyLink)
	linked := k < q.first-1
	for k >= 0 && (s.Lower(k) == "it" || s.Lower(k) == "them" || s.Lower(k) == "him" || s.Lower(k) == "her") {
		k-- // "valuing it at $157bn"
	}
	if s.moneyVerb(k) {
		d.verbWhat(s, q, k)
		return
	}
	head, comp, scope, owner := s.subjectBefore(k)
	if head.ok() {
		// "fined the bank CHF 4m", "cost taxpayers $850,000": the noun is an object, the verb measures
		v := head.first - 1
		for s.lowerIs(v, wDeterminer) {
			v--
		}
		if s.moneyVerb(v) && head.last == k && !linked {
			d.verbWhat(s, q, v)
			// "fined Barclays $5m", "fined the tech giant 3.8 million roubles": who pays or is paid
			if n := len(q.what); n > 0 && q.what[n-1] != "cost" {
				verb := q.what[n-1]
				if s.Tokens[head.last].IsCapitalized() {
					q.what = d.stems(0, []string{verb})
					q.scope = d.Aliases.Canonical(joinTokens(s, head.first, head.last))
				} else if s.lowerIs(head.last, wAnaphor) {
					q.what = d.stems(0, []string{verb}) // "fined the company": as the passive "the company was fined"
				} else {
					// the object's head, as the passive's subject gives it ("the charity was paid")
					q.what = d.stems(0, []string{stem(s.Lower(head.last)), verb})
					q.label = s.Tokens[v].Text + " " + s.Tokens[head.last].Text
				}
			}
			return
		}
		w, label := d.words(s, head)
		if comp.ok() {
			cw, cl := d.words(s, comp)
			w = d.withComplement(w, cw)
			label += " of " + cl
		}
		if len(w) > 0 {
			q.what, q.label = w, label
			if scope.ok() && q.scope == "" {
				sl := s.joinText(scope.first, scope.last) // the label words would give
				q.scope = sl
			}
			if owner != "" && q.scope == "" {
				q.scope = owner
			}
		}
	}
}

// verbWhat makes the verb at v what a figure measures ("pledged €2bn", "raised £40,000"), its
// named subject the owner; a price takes its subject ("the parade would cost") and a purchase its
// object ("spend €2.3bn on tram lines").
func (d *Doc) verbWhat(s *Sent, q *qty, v int) {
	q.what = d.stems(0, []string{stemAs(s.Lower(v), s.classAt(v))})
	q.label = s.Tokens[v].Text
	q.owner = d.ownerOf(s, v)
	if p := s.pronounBefore(v); p >= 0 {
		// "Nordvik said it would invest €2bn": the party the pronoun stands for, named as the
		// speaker; otherwise whose money it is is not said ("it pledged €2bn" may be any of the
		// donors a story names, so two such figures never meet)
		if q.owner = ""; partyPronoun(s.Lower(p)) {
			q.owner = d.pronounOwner(s, p, q.num)
		}
		if q.owner == "" {
			q.what = nil
			return
		}
	}
	if q.what[0] == "cost" {
		k := v - 1
		for k >= 0 && s.lowerIs(k, wAux) {
			k--
		}
		if head, comp, _, _ := s.subjectBefore(k); head.ok() {
			w, label := d.words(s, head)
			if comp.ok() {
				cw, cl := d.words(s, comp)
				w = d.withComplement(w, cw)
				label = d.joinLabel(label, " for ", cl)
			}
			q.what = d.stems(0, w, q.what)
			q.label = d.joinLabel(label, " ", q.label)
		}
		return
	}
	if w, label, ok := d.commonSubject(s, v); ok && q.owner == "" {
		// "the town received €200,000", "the appeal had raised £40,000": who gets or spends it
		q.what = d.stems(0, w, q.what)
		q.label = d.joinLabel(label, " ", q.label)
	}
	if p := s.Lower(q.last + 1); p == "on" || p == "for" || p == "into" {
		if np := s.npAfter(skipDeterminers(s, q.last+2)); np.ok() && s.lowerWord(np.last) {
			w, label := d.words(s, np)
			q.what = d.stems(0, w, q.what)
			q.label = d.joinLabel(q.label, " ", p, " ", label)
			q.after = np.last
		}
	}
}

// skipDeterminers returns the first token from k that is no determiner.
func skipDeterminers(s *Sent, k int) int {
	for s.lowerIs(k, wDeterminer) {
		k++
	}
	return k
}

// moneyVerb reports whether token k is a verb that spends, earns or values money.
func (s *Sent) moneyVerb(k int) bool {
	if !s.lowerWord(k) {
		return false
	}
	w := s.Lower(k)
	c := s.classAt(k)
	if c&wFunction != 0 && w != "worth" || c&(wMoneyLink|wAux) != 0 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || c&wIrregularPast != 0 || s.lowerIs(k-1, wAux) || s.Lower(k-1) == "to" ||
		w == "cost" || w == "costs" || w == "pay" || w == "pays" || w == "raise" || w == "spend" || w == "spends" || w == "earn" || w == "earns"
}

// lowerOrName reports whether a phrase ends in a common noun, or is a name ("Ukraine Facility").
func (s *Sent) lowerOrName(p np) bool {
	if s.lowerWord(p.last) {
		return true
	}
	for k := p.first; k <= p.last; k++ {
		if !s.Tokens[k].IsCapitalized() {
			return false
		}
	}
	return p.last > p.first
}
