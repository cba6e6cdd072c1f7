package extract

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/crosscheck/crosscheck/normalize"
)

// Salient terms are the few names an article is about: the places it reports from and the
// people it quotes or names, as keys ("kyiv", "marek haddad": a later "Haddad" is a mention of
// him). A run groups its articles into stories by the terms
// they share (package story), so a term must be what the story is about, not a name met in
// passing: a name counts when the article's lead names it or it is named twice or more. Names
// mentioned once, deep in the text ("prices rose 51% in Bangladesh since 2002"), are background
// that many stories share.

// maxTerms is how many terms an article keeps: its main places and people.
const maxTerms = 8

// leadSentences is how many of the first sentences make an article's lead (headline, dateline
// and the opening sentence or two, whatever the format puts first).
const leadSentences = 4

// salientTerm is one name of an article under consideration.
type salientTerm struct {
	key   string
	count int  // sentences that name it
	first int  // sentence of its first mention
	last  int  // sentence of its last mention so far
	lead  bool // named in the lead
	// owned: key is a string of this call's own (not the article's text or the word store),
	// kept as the term without a copy
	owned bool
}

// SalientTerms returns the article's salient terms, the most mentioned first (then the first
// mentioned, then by key), in strings of their own.
func (d *Doc) SalientTerms() []string {
	var buf [32]salientTerm
	ts := buf[:0]
	add := func(key string, sent int, owned bool) {
		if key == "" {
			return
		}
		for i := range ts {
			if ts[i].key == key {
				if ts[i].last != sent { // once per sentence
					ts[i].count++
					ts[i].first, ts[i].last = min(ts[i].first, sent), sent
				}
				ts[i].lead = ts[i].lead || sent < leadSentences
				return
			}
		}
		ts = append(ts, salientTerm{key: key, count: 1, first: sent, last: sent, lead: sent < leadSentences, owned: owned})
	}
	// places, as the place readers find them (canonical: "Kiev" is "Kyiv"), keyed at the end:
	// once a name, not once a mention
	for i := range d.Sentences {
		for _, p := range d.places(&d.Sentences[i]) {
			add(p.Name, i, false)
		}
	}
	// people by full name ("Peter Demir" and "Thomas Demir" are two people, in two stories),
	// mentioned in every sentence that has their surname as a word ("Demir said"): one pass
	// over the words, a short list of surnames or, for many, a map
	if pp := d.people; pp != nil && len(pp.lasts) > 0 {
		type person struct {
			last, key string
			owned     bool
			from, to  int // where its key is in kb
		}
		var pbuf [16]person
		ps := pbuf[:0]
		// the people's keys are written side by side, and one string is made of them all
		var kbuf [512]byte
		kb := kbuf[:0]
		// the first bytes and lengths of the surnames, "'s" or "’s" (or both) after them: most
		// words have neither, told without looking at their bytes or tokens
		var firsts [4]uint64
		var lens uint64
		for _, l := range pp.lasts {
			if n := len(l.last); n >= 2 {
				from := len(kb)
				kb = normalize.AppendKey(kb, l.full)
				ps = append(ps, person{last: l.last, from: from, to: len(kb)})
				firsts[l.last[0]>>6] |= 1 << (l.last[0] & 63)
				for _, x := range [...]uint{0, 2, 4, 6} {
					lens |= 1 << ((uint(n) + x) & 63) // modulo 64: a filter only
				}
			}
		}
		all := string(kb)
		for k := range ps {
			p := &ps[k]
			key := all[p.from:p.to]
			p.key, p.owned = trimJuniorKey(key), key != "" // a string of its own, as Key's were
		}
		var set map[string][]int // surname → people
		if len(ps) > len(pbuf) {
			set = make(map[string][]int, len(ps))
			for k, p := range ps {
				set[p.last] = append(set[p.last], k)
			}
		}
		for i := range d.Sentences {
			st := &d.Sentences[i]
			low := st.lower[:min(len(st.lower), len(st.Tokens))]
			for k, w := range low {
				if lens&(1<<(uint(len(w))&63)) == 0 || w == "" || firsts[w[0]>>6]&(1<<(w[0]&63)) == 0 {
					continue // a trimmed word keeps its first byte, or is "" and no surname
				}
				// a surname is written with a capital
				if t := st.Tokens[k].Text; t == "" {
					continue
				} else if c := t[0]; c < 'A' || c > 'Z' && c < 0x80 || c >= 0x80 && !st.Tokens[k].IsCapitalized() {
					continue
				}
				w = trimApostropheS(w)
				if set != nil {
					for _, k := range set[w] {
						add(ps[k].key, i, ps[k].owned)
					}
					continue
				}
				for _, p := range ps {
					if p.last == w {
						add(p.key, i, p.owned)
					}
				}
			}
		}
	}
	var kbuf [16]salientTerm
	keep := mostSalient(kbuf[:0], ts)
	if len(keep) == 0 {
		return nil
	}
	out := make([]string, 0, len(keep))
	for _, t := range keep {
		k := normalize.Key(t.key)
		if k != "" && !calendarTerm(k) && !slices.Contains(out, k) {
			if !t.owned && !freshKey(k, t.key) {
				k = strings.Clone(k) // the word store and the text are recycled
			}
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// mostSalient appends to keep the salient ones of terms, most mentioned first (then the first
// mentioned, then by key), at most maxTerms; an article with none keeps what it has, so that it
// can still be linked.
func mostSalient(keep, terms []salientTerm) []salientTerm {
	for _, t := range terms {
		if t.lead || t.count >= 2 {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 {
		keep = append(keep, terms...)
	}
	slices.SortStableFunc(keep, func(a, b salientTerm) int {
		if a.count != b.count {
			return b.count - a.count
		}
		if a.first != b.first {
			return a.first - b.first
		}
		return strings.Compare(a.key, b.key)
	})
	keep = keep[:min(len(keep), maxTerms)]
	return keep
}

// calendarTerm reports whether a term names a day of the calendar, not a place or a person: a
// holiday ("boxing day"), or months and weekdays only ("dec", "friday"). Every story of a week
// names the same days, so such a term would link stories that share nothing else. "may" alone
// stays: it is as likely a surname.
func calendarTerm(key string) bool {
	if calendarHolidays[key] {
		return true
	}
	for w := range strings.FieldsSeq(key) {
		_, month := dtMonthNames[w]
		_, day := dtWeekdayNames[w]
		if !(month && w != "may" || day) {
			return false
		}
	}
	return true
}

// calendarHolidays are the holiday phrases as terms ("boxing day"), joined once.
var calendarHolidays = func() map[string]bool {
	m := make(map[string]bool, len(dtHolidays))
	for _, h := range dtHolidays {
		if len(h.words) > 0 {
			m[strings.Join(h.words, " ")] = true
		}
	}
	return m
}()

// trimJuniorKey is trimJunior of a string: the key of a full name less a last "jr" or "sr"
// ("marek haddad jr" is "marek haddad").
func trimJuniorKey(k string) string {
	if i := strings.LastIndexByte(k, ' '); i > 0 {
		if w := k[i+1:]; w == "jr" || w == "sr" || w == "jr." || w == "sr." {
			return k[:i]
		}
	}
	return k
}

// trimApostropheS is w less a last "'s" and then a last "’s", as two TrimSuffix calls.
func trimApostropheS(w string) string {
	if n := len(w); n >= 2 && w[n-1] == 's' && w[n-2] == '\'' {
		w = w[:n-2]
	}
	if n := len(w); n >= 4 && w[n-1] == 's' && w[n-4:n-1] == "’" {
		w = w[:n-4]
	}
	return w
}

// freshKey reports whether k, normalize.Key(s), is a string of its own: Key returns s itself when
// s is a key already, else a string it built.
func freshKey(k, s string) bool {
	return k != "" && unsafe.StringData(k) != unsafe.StringData(s)
}
