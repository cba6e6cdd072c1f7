package extract

import "sync"

// Goods sent to a disaster or an outbreak are one figure however their delivery is told: "the WHO
// said it would send 40,000 doses", "the WHO is shipping 40,000 vaccine doses", "40,000 doses were
// delivered", "supplied 40,000 doses". Only for goods: troops and firefighters deployed or sent
// stay deployed (synonyms keys "send" so for people).

// deliverVerbs are the stems of the verbs that send goods (send and dispatch read as "deploi").
var deliverVerbs = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"send", "deploy", "dispatch", "ship", "deliver", "supply", "airlift", "fly in"} {
		m[stem(w)] = true
	}
	return m
})

// goodsNouns are the stems of goods that aid sends: doses and vaccines, tents, generators...
var goodsNouns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"doses", "vaccines", "vials", "tents", "generators", "blankets", "kits", "tarpaulins",
		"meals", "rations", "mosquito nets", "nets", "water purification tablets", "tablets", "pallets", "parcels"} {
		m[stem(w)] = true
	}
	return m
})

// deliverKey is the verb key of goods sent.
var deliverKey = sync.OnceValue(func() string { return stem("deliver") })

// goodsSent keys the count q of goods sent, shipped, delivered or supplied as delivered.
func goodsSent(q *qty) {
	if len(q.what) == 0 || !goodsNouns()[q.what[len(q.what)-1]] || !deliverVerbs()[q.verb] {
		return
	}
	q.verb = deliverKey()
}
