package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// subjectRef is dateEvent.subject as it was, before appendSubject.
func subjectRef(ev dateEvent) string {
	var b strings.Builder
	if ev.statement {
		n := len("statement") + len(" ()") + len(ev.topic)
		if len(ev.names) > 0 {
			n += len(" by ") + len(ev.names[0])
		}
		b.Grow(n)
		b.WriteString("statement")
		if len(ev.names) > 0 {
			b.WriteString(" by ")
			b.WriteString(ev.names[0])
		}
		if ev.topic != "" {
			b.WriteString(" (")
			b.WriteString(ev.topic)
			b.WriteString(")")
		}
		return b.String()
	}
	h := strings.ReplaceAll(ev.head, ":", " ") // "condemn:invasion" reads "condemn invasion"
	if h == "" {
		h = "date"
	}
	switch {
	case ev.thing != "" && ev.undergoer:
		// "resumption of port", "crash of cargo plane"
		if ev.stageWord != "" {
			h = ev.stageWord
		} else if n, ok := dtStageNouns[h]; ok {
			h = n
		}
		h += " of " + ev.thing
	case ev.thing != "":
		h = ev.thing + " " + h // "runoff vote"
	}
	if ev.hedged {
		h = "expected " + h
	}
	if ev.life == "" && ev.seq == "" && len(ev.names) == 0 && ev.role != "deadline" && ev.role != "until" && ev.role != "since" {
		return h // the event alone: nothing to write around it
	}
	n := len(h) + len(ev.seq) + len("resumption of  lasting until ")
	for _, name := range ev.names {
		n += len(name) + 4
	}
	b.Grow(n)
	switch ev.life {
	case "begin":
		b.WriteString("start of ")
	case "end":
		b.WriteString("end of ")
	case "resume":
		b.WriteString("resumption of ")
	case "collapse":
		b.WriteString("collapse of ")
	case "sign":
		b.WriteString("signing of ")
	case "approve":
		b.WriteString("approval of ")
	}
	if ev.seq != "" {
		b.WriteString(ev.seq)
		b.WriteByte(' ')
	}
	b.WriteString(h)
	switch ev.life {
	case "postpone":
		b.WriteString(" postponed")
	case "effect":
		b.WriteString(" takes effect")
	}
	switch ev.role {
	case "deadline":
		b.WriteString(" deadline")
	case "until":
		b.WriteString(" lasting until")
	case "since":
		b.WriteString(" since")
	}
	for i, name := range ev.names {
		if i == 0 {
			b.WriteString(" · ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(name)
	}
	return b.String()
}

// TestSubjectKeyAppend: appendSubject and appendKey write what subject and keyWith did, for the
// events of the corpus and for events made of random fields.
func TestSubjectKeyAppend(t *testing.T) {
	check := func(ev dateEvent) {
		if got, want := string(ev.appendSubject(nil)), subjectRef(ev); got != want {
			t.Fatalf("appendSubject of %+v = %q, want %q", ev, got, want)
		}
		for _, extra := range [][]string{nil, {"|", "2025-08-08", "/", ""}, {"|", "on sunday"}} {
			if got, want := string(ev.appendKey(nil, extra...)), ev.keyWith(extra...); got != want {
				t.Fatalf("appendKey(%q) of %+v = %q, want %q", extra, ev, got, want)
			}
		}
		if ev.keyed() != (ev.key() != "") {
			t.Fatalf("keyed of %+v = %v, key %q", ev, ev.keyed(), ev.key())
		}
	}
	arts, _ := benchArticles()
	n := 0
	for _, a := range arts[:80] {
		d := Prepare(a, Options{})
		c := takeDateCtx(d)
		for _, r := range readDates(d) {
			e := r.expr
			check(c.eventFor(r.sent, &e))
			n++
		}
		dropDateCtx(c)
	}
	if n < 500 {
		t.Fatalf("only %d events compared", n)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	pick := func(vs ...string) string { return vs[rng.IntN(len(vs))] }
	var stages []string
	for k := range dtStageNouns {
		stages = append(stages, k)
	}
	for range 20000 {
		ev := dateEvent{
			head:      pick("", "visit", "talks", "condemn:invasion", "vote", "a:b:c", pick(stages...), pick(stages...)),
			life:      pick("", "", "begin", "end", "resume", "collapse", "sign", "approve", "postpone", "effect"),
			role:      pick("", "at", "deadline", "until", "since"),
			seq:       pick("", "", "first", "again"),
			topic:     pick("", "", "the war"),
			statement: rng.IntN(4) == 0,
			thing:     pick("", "", "port", "cargo plane"),
			undergoer: rng.IntN(2) == 0,
			alone:     rng.IntN(3) == 0,
			stageWord: pick("", "", "closure"),
			hedged:    rng.IntN(3) == 0,
		}
		for range rng.IntN(4) {
			ev.parts = append(ev.parts, pick("moscow", "steve witkoff", "kyiv"))
			ev.names = append(ev.names, pick("Moscow", "Steve Witkoff", "Kyiv"))
		}
		check(ev)
	}
}
