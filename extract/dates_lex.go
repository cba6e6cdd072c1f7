package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/segment"
)

// dtVform is the grammatical form of a verb token.
type dtVform uint8

const (
	formBase dtVform = 1 << iota // "visit"
	formS                        // "visits"
	formPast                     // "visited", "met"
	formPP                       // "visited", "met", "begun"
	formIng                      // "visiting"
	// formSVerb marks an -s form that is never a plural noun ("expires", "begins", "takes"): a
	// verb even after a lower-case noun ("the contract expires"), where "talks" or "visits" are
	// read as nouns
	formSVerb
)

// dtSVerbLemmas are the verbs whose -s form no news writer uses as a noun: what a thing or an
// event does at a date ("the contract expires", "the trial begins", "the ceasefire takes effect").
// Verbs whose -s form is also a noun stay out: talks, visits, strikes, votes, calls, plans,
// returns, signs, passes, delays, launches, stalls, ends, starts, breaks, holds; and so do verbs
// whose -s form is a noun elsewhere ("leaves", "under wraps", "free kicks"). "Comes" is read only
// before "into" ("comes into force"): "the move comes after the talks on Friday collapsed" dates
// the collapse, and "comes" would take the date.
var dtSVerbLemmas = []string{
	"expire", "begin", "take", "go", "happen", "occur", "reopen", "resume", "restart", "close",
	"conclude", "convene", "commence", "collapse", "finish", "open", "enter", "arrive", "continue",
	"suspend", "postpone", "erupt", "falter", "fail",
}

// dtVerbForm is one surface form of a verb.
type dtVerbForm struct {
	lemma string
	form  dtVform
}

// dtVerbs maps a lower-case surface form to its lemma and form(s). Built from verbList at start-up.
var dtVerbs = map[string]dtVerbForm{}

// verbList: one verb a line, "base" for regular verbs, or "base past pp [s ing]" for others.
// It covers the verbs news writing dates things with; other "-ed" words are read as past forms.
const dtVerbList = `
visit; travel traveled traveled travels traveling; travel travelled travelled travels travelling; arrive; attack; bomb; shell
invade; resign; arrest; detain; release; elect; vote; deploy; withdraw withdrew withdrawn; annex; return; depart; launch
start; end; finish; conclude; close; open; reopen; resume; restart; collapse; stall; fail; falter; sign; approve; pass
adopt; ratify ratified ratified ratifies ratifying; endorse; postpone; delay; suspend; cancel canceled canceled cancels canceling
cancel cancelled cancelled cancels cancelling; announce; confirm; report; state; warn; claim; post; add; insist; explain
stress; note; tweet; declare; reveal; disclose; indicate; acknowledge; estimate; expect; schedule; plan planned planned plans planning
agree; hope; want; decide; aim; intend; promise; pledge; vow; threaten; order; call; talk; host; stage; convene; complete
expire; gather; protest; rally rallied rallied rallies rallying; march; kill; die died died dies dying; happen; occur occurred occurred occurs occurring
take took taken takes taking; hold held held holds holding; meet met met meets meeting; begin began begun begins beginning
break broke broken breaks breaking; come came come comes coming; go went gone goes going; fly flew flown flies flying
leave left left leaves leaving; speak spoke spoken speaks speaking; say said said says saying; tell told told tells telling
write wrote written writes writing; set set set sets setting; hit hit hit hits hitting; strike struck struck strikes striking
make made made makes making; give gave given gives giving; see saw seen sees seeing; win won won wins winning
lose lost lost loses losing; become became become becomes becoming; bring brought brought brings bringing
send sent sent sends sending; put put put puts putting; run ran run runs running; stand stood stood stands standing
sit sat sat sits sitting; keep kept kept keeps keeping; find found found finds finding; know knew known knows knowing
think thought thought thinks thinking; show showed shown shows showing; seek sought sought seeks seeking; reach
sell sold sold sells selling; buy bought bought buys buying; pay paid paid pays paying; build built built builds building
raise; rise rose risen rises rising; fall fell fallen falls falling; drop dropped dropped drops dropping; shake shook shaken shakes shaking
search; lift; impose; introduce; unveil; publish; present; deliver; issue; file; submit; mark; celebrate; attend
lead led led leads leading; face; prepare; propose; offer; accept; reject; discuss; negotiate; urge; ask; demand; move
shift; push; pull; try tried tried tries trying; use; name; appoint; nominate; replace; sack; oust ousted ousted ousts ousting
capture; seize; retake retook retaken retakes retaking; liberate; destroy; damage; injure; wound; evacuate; rescue
shoot shot shot shoots shooting; crash; explode; erupt; flood; burn; storm; enter; exit; land; sail; drive drove driven drives driving
fight fought fought fights fighting; stay; remain; continue; kick; wrap wrapped wrapped wraps wrapping; step stepped stepped steps stepping
quit quit quit quits quitting; free freed freed frees freeing; inaugurate; swear swore sworn swears swearing; convict; sentence; rule
head; tour; receive; welcome; greet; summon; dispatch; fire; lay laid laid lays laying; be was been is being
are were been are being; have had had has having; do did done does doing; get got gotten gets getting; grow grew grown grows growing
`

// irregular lemma → extra forms that share the base's row ("were" is a past of "be").
func init() {
	for _, row := range strings.FieldsFunc(dtVerbList, func(r rune) bool { return r == ';' || r == '\n' }) {
		f := strings.Fields(row)
		if len(f) == 0 {
			continue
		}
		base := f[0]
		past, pp, s, ing := dtVerbForms(base, f)
		dtAddVerb(base, base, formBase)
		dtAddVerb(s, base, formS)
		dtAddVerb(past, base, formPast)
		dtAddVerb(pp, base, formPP)
		dtAddVerb(ing, base, formIng)
	}
	for _, l := range dtSVerbLemmas {
		sf := dtInflectS(l)
		if v, ok := dtVerbs[sf]; ok && v.lemma == l {
			v.form |= formSVerb
			dtVerbs[sf] = v
		}
	}
	dtVerbShapes = newWordSet(keysOf(dtVerbs, nil))
	dtVerbTab = newDtVerbTable(dtVerbs)
}

func dtAddVerb(w, lemma string, f dtVform) {
	v := dtVerbs[w]
	if v.lemma == "" {
		v.lemma = lemma
	}
	if v.lemma == lemma {
		v.form |= f
	}
	dtVerbs[w] = v
}

func dtIsVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func dtInflectS(b string) string {
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x"):
		return b + "es"
	case strings.HasSuffix(b, "y") && len(b) > 1 && !dtIsVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ies"
	}
	return b + "s"
}

func dtInflectEd(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && len(b) > 1 && !dtIsVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ied"
	}
	return b + "ed"
}

func dtInflectIng(b string) string {
	if strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") && len(b) > 2 {
		return b[:len(b)-1] + "ing"
	}
	return b + "ing"
}

// dtNotVerbsEd are words ending in -ed that are no past forms.
var dtNotVerbsEd = map[string]bool{
	"red": true, "bed": true, "need": true, "seed": true, "speed": true, "feed": true, "hundred": true,
	"indeed": true, "shed": true, "breed": true, "creed": true, "greed": true, "weed": true, "deed": true,
	"sled": true, "fled": false, "naked": true, "wicked": true, "sacred": true, "kindred": true,
	"embed": true, "united": true, "limited": true, "armed": true, "related": true, "advanced": true,
	"skilled": true, "detailed": true, "unprecedented": true, "alleged": true, "so-called": true,
	"renewed": true, "unexpected": true, "expanded": true, "unnamed": true, "ousted": false,
}

// dtVerbRead reads token k as a verb: its lemma and form (dtVerbAt keeps the answer). Unknown
// lower-case words ending in -ed are past forms of themselves.
func dtVerbRead(s *Sent, k int) (dtVerbForm, bool) {
	w := s.Lower(k)
	if w == "" {
		return dtVerbForm{}, false
	}
	if uint(k) < uint(len(s.facts)) {
		// the facts tell the words dtVerbOf knows: most are refused without the shape filter
		if s.facts[k]&fDtVerb != 0 {
			if v, ok := dtVerbTab.getListed(w); ok {
				return v, true
			}
		}
	} else if v, ok := dtVerbOf(w); ok {
		return v, true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !dtCap(&s.Tokens[k]) && !strings.Contains(w, "-") && !dtNotVerbsEd[w] {
		return dtVerbForm{lemma: w, form: formPast | formPP}, true
	}
	return dtVerbForm{}, false
}

// modals and auxiliaries that decide tense.
var dtFutureAux = map[string]bool{"will": true, "'ll": true, "shall": true, "would": true, "wo": true}

// dtFutureFrames take an infinitive of a future event: "is due to meet", "plans to visit".
var dtFutureFrames = map[string]bool{
	"due": true, "set": true, "expected": true, "scheduled": true, "planned": true, "plans": true, "plan": true,
	"planning": true, "going": true, "intends": true, "intend": true, "hopes": true, "hope": true, "wants": true,
	"want": true, "agreed": true, "agree": true, "poised": true, "slated": true, "aims": true, "expects": true,
	"expect": true, "prepared": true, "preparing": true, "ready": true, "likely": true, "promised": true,
	"pledged": true, "vowed": true, "decided": true, "threatened": true, "is": true, "are": true, "am": true,
}

// dtPresentBe and pastBe mark the tense of a following participle.
var dtPresentBe = map[string]bool{"is": true, "are": true, "am": true, "'s": true, "'re": true, "be": true, "being": true}
var dtPastBe = map[string]bool{"was": true, "were": true, "been": true, "had": true, "has": true, "have": true, "did": true}

// dtFutureWords in a clause point forward: "the upcoming visit on Sunday".
var dtFutureWords = map[string]bool{"upcoming": true, "forthcoming": true, "planned": true, "scheduled": true, "expected": true, "due": true, "next": true, "coming": true}
var dtPastWords = map[string]bool{"ago": true, "previous": true, "earlier": true, "previously": true, "already": true, "recent": true, "recently": true}

// dtVerbForms reads the forms of a verb table row f (base, then past and past participle, then the
// -s and -ing forms when irregular): those the row leaves out are inflected from base.
func dtVerbForms(base string, f []string) (past, pp, s, ing string) {
	if len(f) < 3 {
		past = dtInflectEd(base)
		return past, past, dtInflectS(base), dtInflectIng(base)
	}
	past, pp = f[1], f[2]
	if len(f) >= 5 {
		return past, pp, f[3], f[4]
	}
	return past, pp, dtInflectS(base), dtInflectIng(base)
}

// dtCap is t.IsCapitalized(), its ASCII case inlined: the date readers ask it token after token.
func dtCap(t *segment.Token) bool {
	if x := t.Text; len(x) > 0 && x[0] < utf8.RuneSelf {
		return x[0]-'A' < 26
	}
	return dtCapSlow(t)
}

// dtCapSlow is dtCap of a text not starting with ASCII, out of line so that dtCap inlines.
//
//go:noinline
func dtCapSlow(t *segment.Token) bool { return t.IsCapitalized() }
