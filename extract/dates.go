package extract

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck/crosscheck/model"
)

// dates reads date claims: absolute dates ("August 8", "8 August 2025", "in 2022") and dates
// relative to the publication date ("on Sunday", "earlier this week", "last month"), each tied to
// the event it dates so that two sources dating the same event meet under one key.
//
// Relative dates are resolved against the article's publication date, with the tense of the
// governing verb deciding the direction ("visited on Sunday": the last Sunday; "will visit on
// Sunday": the next). Without a publication date they keep their expression, unresolved.
type dates struct{}

func (dates) Name() string { return "dates" }

// recentBefore and recentAfter bound the "recent" window around publication: dates inside it are
// the news of the article, dates before are background ("Witkoff, who visited Moscow in April"),
// dates after are upcoming (a vote scheduled for next year).
// Two sources' dates for one event only conflict within the same window, so an earlier occurrence
// of a recurring event is never mistaken for a misdated one.
const (
	recentBefore = 21 * 24 * time.Hour
	recentAfter  = 90 * 24 * time.Hour
)

// dateReading is one date expression read, resolved and tied to its event.
type dateReading struct {
	sent    *Sent
	expr    dateExpr
	dtTense dtTense
	value   model.DateValue
	p       dtSpan // resolved span, valid when value.Resolved
	valid   bool   // false for expressions that name no real day ("February 30")
}

// readDates reads every date expression of a document, in order.
func readDates(d *Doc) []dateReading { return appendReadings(nil, d) }

// appendReadings appends every date expression of a document, in order, to out.
func appendReadings(out []dateReading, d *Doc) []dateReading {
	// Published, or a dated dateline's day (dates_dateline.go)
	pub := d.datesPublished()
	eb := exprBufs.Get().(*[]dateExpr)
	exprs := *eb // reused from sentence to sentence, and from document to document
	defer func() {
		clear(exprs[:cap(exprs)]) // keep no document alive from the pool
		*eb = exprs[:0]
		exprBufs.Put(eb)
	}()
	first, numeric, anaphor := len(out), false, false
	var ref time.Time // the publication day, worked out once
	if pub != nil {
		ref = dtPubDay(*pub)
	}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		exprs = appendDates(exprs[:0], s)
		for i := range exprs {
			e := &exprs[i] // an expression and a reading are large: each is read and written in place
			if d.surnameInDate(si, s, e) {
				continue // "Billy Sunday said": a surname, no date
			}
			numeric = numeric || e.spec.num != 0
			anaphor = anaphor || e.spec.kind == specAnaphor
			out = append(out, dateReading{})
			r := &out[len(out)-1]
			r.sent, r.expr, r.valid = s, *e, true
			if dtNeedsTense(&e.spec, pub) {
				r.dtTense = dateTense(s, e) // else tenseUnknown: resolving reads no tense
			}
			r.value.Expression = d.Article.Text[e.start:e.end]
			if p, ok := dtResolveSpanAt(e.spec, pub != nil, ref, r.dtTense); ok {
				r.p = p
				r.value.Start, r.value.End = p.iso()
				r.value.Resolved = true
			} else if !e.spec.needsPub() || pub != nil {
				r.valid = false
			}
		}
	}
	if numeric {
		// a numeric date's order may hang on the document's other numeric dates
		pubYear := 0
		if pub != nil {
			pubYear = pub.Year()
		}
		dtSettleNumeric(out[first:], d.Article.URL, pubYear)
	}
	if anaphor {
		// "the same day": read from the date before it, once that is settled (dates_anaphor.go)
		dtResolveAnaphors(d, out[first:])
	}
	return out
}

// surnameInDate reports whether date expression e of sentence si holds a month or weekday that
// the article's names read as a surname ("Billy Sunday said", names_month.go).
func (d *Doc) surnameInDate(si int, s *Sent, e *dateExpr) bool {
	for k := e.first; k <= e.last && k < len(s.Tokens); k++ {
		// only a surnameWords word can be one, and each is a core word (fDateCore): the others
		// are refused by their facts, without calendarSurnameAt's search of the names
		if s.dateFactsAt(k)&fDateCore != 0 && dtCap(&s.Tokens[k]) && d.calendarSurnameAt(si, k) {
			return true
		}
	}
	return false
}

// dtNeedsTense reports whether dtResolveSpan reads the tense of a spec: only dates that leave the
// year or the week to choose do ("August 8", "on Sunday", "last week"); the tense of the others
// (a year given, "yesterday", "two days ago", "in 2022") is not worked out.
func dtNeedsTense(sp *dateSpec, pub *time.Time) bool {
	if sp.needsPub() && pub == nil {
		return false
	}
	switch sp.kind {
	case specDay, specWeekOf:
		return sp.year == 0
	case specMonth:
		return sp.year == 0 && sp.rel != "last" && sp.rel != "next" && sp.rel != "this"
	case specWeekday, specRelUnit:
		return true
	}
	return false
}

// exprBufs recycles the lists of one sentence's date expressions.
var exprBufs = sync.Pool{New: func() any { return new([]dateExpr) }}

// readingBufs recycles the readings of a document: they are scratch, read and dropped by Extract.
var readingBufs = sync.Pool{New: func() any { return new([]dateReading) }}

func (dates) Extract(d *Doc) []model.Claim {
	out := appendDateClaims(nil, d)
	if len(out) == 0 {
		return nil // as before: no claims is nil, not empty
	}
	return out
}

// appendPlainClaims appends the date claims to b.claims, with no quantity (plainAppender).
func (dates) appendPlainClaims(d *Doc, b *claimBufs) {
	b.claims = appendDateClaims(b.claims, d)
}

// appendDateClaims appends the date claims of d to out.
func appendDateClaims(out []model.Claim, d *Doc) []model.Claim {
	buf := readingBufs.Get().(*[]dateReading)
	rs := appendReadings((*buf)[:0], d)
	defer func() {
		clear(rs) // keep no document alive from the pool
		*buf = rs[:0]
		readingBufs.Put(buf)
	}()
	// the claims' dates, in one allocation of the size needed
	kept := 0
	for i := range rs {
		if dateClaimed(&rs[i]) {
			kept++
		}
	}
	var values []model.DateValue
	if kept > 0 {
		out = slices.Grow(out, kept)
		values = make([]model.DateValue, 0, kept)
	}
	c := takeDateCtx(d)
	defer dropDateCtx(c)
	// Published, or a dated dateline's day (dates_dateline.go)
	pub := d.datesPublished()
	var pubDay time.Time // worked out once, for every claim's recency
	if pub != nil {
		pubDay = dtPubDay(*pub)
	}
	first := len(out)
	b, at := c.strBuf[:0], c.strAt[:0] // the claims' keys and subjects, and where each is
	for i := range rs {
		r := &rs[i] // a reading is large: read in place, not copied
		if !dateClaimed(r) {
			continue
		}
		e := &r.expr
		s := r.sent
		ev := c.eventFor(s, e)
		values = append(values, r.value) // never grows: one per reading at most
		dv := &values[len(values)-1]
		// the key and the subject are written side by side: one string is made of those of
		// all the document's date claims, below
		from := len(b)
		switch {
		case !ev.corroborateOnly():
			b = ev.appendKey(b)
		// the same statement or strike is dated alike; another date is another one
		case dv.Resolved:
			b = ev.appendKey(b, "|", dv.Start, "/", dv.End)
		case ev.keyed():
			b = appendLower(append(ev.appendKey(b), '|'), dv.Expression)
		}
		k := len(b)
		b = ev.appendSubject(b)
		at = append(at, [3]int32{int32(from), int32(k), int32(len(b))})
		out = append(out, model.Claim{
			Type:        model.TypeDate,
			Kind:        "date",
			Measure:     "date",
			Value:       dv.Expression,
			Attribution: dateAttribution(d, s, e),
			Date:        dv,
			Evidence:    s.evidence(),
			ValueSpan:   model.Span{Start: e.start, End: e.end},
		})
		if dv.Resolved && pub != nil {
			out[len(out)-1].Context = dtRecency(r.p, pubDay)
		}
	}
	if len(at) > 0 {
		all := string(b)
		for i, x := range at {
			cl := &out[first+i]
			cl.Key, cl.Subject = all[x[0]:x[1]], all[x[1]:x[2]]
		}
	}
	c.strBuf, c.strAt = b[:0], at[:0]
	return out
}

// dateClaimed reports whether reading r makes a claim: "before August 8" bounds an event without
// dating it, a mention only.
func dateClaimed(r *dateReading) bool {
	return r.valid && r.expr.prep != "before" && r.expr.prep != "after"
}

// dateAttribution is d.Attribution without the date words it may mistake for a speaker
// ("… on Sunday was confirmed by the Kremlin" reads "Sunday" as the one who confirmed).
func dateAttribution(d *Doc, s *Sent, e *dateExpr) string {
	who := d.Attribution(s, e.first)
	if dtNamesDate(who) {
		return ""
	}
	return who
}

// dtNamesDate reports whether the lower case of who is a weekday or month name. ASCII text is
// lowered on the stack: the names are at most nine bytes, and most speakers are longer.
func dtNamesDate(who string) bool {
	var buf [len("wednesday")]byte
	if len(who) < len("may") {
		return false // most claims credit no one: no name that short
	}
	if len(who) > len(buf) {
		for i := 0; i < len(who); i++ {
			if who[i] >= 0x80 {
				return dtNamesDateSlow(who) // non-ASCII may shrink when lowered
			}
		}
		return false
	}
	for i := 0; i < len(who); i++ {
		c := who[i]
		if c >= 0x80 {
			return dtNamesDateSlow(who)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	w := buf[:len(who)]
	if _, ok := dtWeekdayNames[string(w)]; ok || dtMonthNames[string(w)] > 0 {
		return true
	}
	return false
}

// dtNamesDateSlow is dtNamesDate of any text.
func dtNamesDateSlow(who string) bool {
	w := strings.ToLower(who)
	_, ok := dtWeekdayNames[w]
	return ok || dtMonthNames[w] > 0
}

// dtRecency classes a resolved date against the publication day: "recent", "background" (before
// the window) or "upcoming" (after it). The two sides of the window are kept apart: an earlier
// occurrence ("the election was held in 2022") is no misdating of a planned one ("the election
// will be held in March 2027"), while two sources' dates for one planned event months ahead meet
// as upcoming, and are compared.
func dtRecency(p dtSpan, ref time.Time) string {
	switch {
	case p.lastDay().Before(ref.Add(-recentBefore)):
		return "background"
	case p.firstDay().After(ref.Add(recentAfter)):
		return "upcoming"
	}
	return "recent"
}

// DateMentions lists every date expression read in a document, whether or not a claim was built
// from it ("before August 8" included), for `claims --mentions`. Normalized is the ISO date or
// range ("2025-10-21/2025-10-31"), or "unresolved" when no publication date was known.
func DateMentions(d *Doc) []model.Mention {
	var out []model.Mention
	for _, r := range readDates(d) {
		if !r.valid {
			continue
		}
		norm := "unresolved"
		if r.value.Resolved {
			norm = r.value.Start
			if r.value.End != "" {
				norm += "/" + r.value.End
			}
		}
		out = append(out, model.Mention{
			Source:     d.Article.ID,
			Kind:       "date",
			Text:       r.value.Expression,
			Normalized: norm,
			Span:       model.Span{Start: r.expr.start, End: r.expr.end},
			Pos:        d.Article.Position(r.expr.start),
		})
	}
	return out
}
