package extract

import "strings"

// dtVerbListMore adds to dtVerbList (dates_lex.go) the news verbs it lacked, in its row format
// ("base", or "base past pp [s ing]"). A date attaches to the nearest verb before it: a verb the
// table does not know is stepped over, and the date goes to a verb or event noun further back
// ("the talks collapsed after negotiators drew up the plan on Tuesday" dated the collapse). Past
// forms in -ed were read already (as their own lemma); the irregular pasts and the base, -s and
// -ing forms of a future ("will draw up", "will appear") were not. The lemmas the event tables
// name (statement verbs "deny", "admit", "argue"; stages "commence", "carry out", "join") are
// here too: an -ed form read as its own lemma ("denied") missed the table's entry ("deny").
//
// A row opened by "!" adds only the past and participle: its base is a common noun too ("tear
// gas", "a deal", "a price freeze", "a ring road"), and a noun read as a verb would end the scan
// before the verb of the clause. Verbs whose base is as often a noun and whose past is the base
// (cut, cast, split, spread, broadcast, forecast, burst) are left out for the same reason, and so
// are words that are also common names or places at a sentence's opening ("Bury", "Hunt").
const dtVerbListMore = `
draw drew drawn; spend spent spent; shut shut shut shuts shutting; sink sank sunk; sweep swept swept
!tear tore torn; throw threw thrown; undergo underwent undergone undergoes undergoing; uphold upheld upheld
catch caught caught catches catching; choose chose chosen; !deal dealt dealt; dig dug dug digs digging; feel felt felt
flee fled fled flees fleeing; forbid forbade forbidden forbids forbidding; !freeze froze frozen; hang hung hung
hear heard heard; hide hid hidden; hurt hurt hurt; lend lent lent; mislead misled misled
overthrow overthrew overthrown; ride rode ridden; !ring rang rung; steal stole stolen; teach taught taught teaches teaching
undertake undertook undertaken; understand understood understood; wear wore worn; withhold withheld withheld
beat beat beaten; arise arose arisen; !spin spun spun; oversee oversaw overseen oversees overseeing
override overrode overridden; rebuild rebuilt rebuilt; rewrite rewrote rewritten; withstand withstood withstood
sleep slept slept; bend bent bent; forgive forgave forgiven; forget forgot forgotten forgets forgetting
overcome overcame overcome; overtake overtook overtaken; foresee foresaw foreseen foresees foreseeing; !slide slid slid
shrink shrank shrunk; weep wept wept
focus; outline; halt; inspect; investigate; examine; condemn; criticise; criticize; praise; restore; reduce; expand
extend; accuse; sue; imprison; execute; hospitalise; hospitalize; displace; overturn; dismiss
acquit acquitted acquitted acquits acquitting; plead; testify testified testified testifies testifying; appear
defend; oppose; repeal; amend; enact; implement; merge; acquire; hire; settle; resolve; mediate; inform; notify notified notified notifies notifying
expel expelled expelled expels expelling; deport; extradite; indict; confiscate; retaliate; respond; react
denounce; mourn; commemorate; identify identified identified identifies identifying; verify verified verified verifies verifying
slate; commence; conduct; carry carried carried carries carrying; join
emphasize; emphasise; argue; deny denied denied denies denying; predict; suggest; admit admitted admitted admits admitting
reiterate; comment; concede; proclaim; intercept; reconnect; tighten; relax; renew; finalize; finalise; evict; overrule; certify certified certified certifies certifying
`

func init() {
	dtAddVerbRows(dtVerbListMore)
	for _, l := range dtSVerbLemmas {
		// as dates_lex.go marks them: "commences" is a verb after a noun ("the trial commences")
		if sf := dtInflectS(l); dtVerbs[sf].lemma == l {
			v := dtVerbs[sf]
			v.form |= formSVerb
			dtVerbs[sf] = v
		}
	}
	// the lookups built from dtVerbs in dates_lex.go's init, built again with the rows above
	dtVerbShapes = newWordSet(keysOf(dtVerbs, nil))
	dtVerbTab = newDtVerbTable(dtVerbs)
}

// dtAddVerbRows adds the rows of a verb list to dtVerbs, as dates_lex.go's init reads dtVerbList;
// a row opened by "!" adds its past and participle only.
func dtAddVerbRows(list string) {
	for _, row := range strings.FieldsFunc(list, func(r rune) bool { return r == ';' || r == '\n' }) {
		f := strings.Fields(row)
		if len(f) == 0 {
			continue
		}
		pastOnly := strings.HasPrefix(f[0], "!")
		base := strings.TrimPrefix(f[0], "!")
		past, pp, s, ing := dtVerbForms(base, f)
		if !pastOnly {
			dtAddVerb(base, base, formBase)
			dtAddVerb(s, base, formS)
			dtAddVerb(ing, base, formIng)
		}
		dtAddVerb(past, base, formPast)
		dtAddVerb(pp, base, formPP)
	}
}
