package extract

import "strings"

// The date event's key and subject as strings, as the extractor wrote them before it appended
// them into one buffer per document (appendKey, appendSubject): the references that
// TestSubjectKeyAppend and TestKeyWith hold those to.

// key renders the grouping key, or "" when the event is too vague to be compared safely.
func (ev dateEvent) key() string { return ev.keyWith() }

// keyWith is key with the texts of extra appended when it is not "": the key and its suffix in
// one allocation.
func (ev dateEvent) keyWith(extra ...string) string {
	if ev.head == "" {
		return ""
	}
	more := 0
	for _, x := range extra {
		more += len(x)
	}
	var b strings.Builder
	if ev.statement {
		if len(ev.parts) == 0 || ev.topic == "" {
			return ""
		}
		// "date|statement|speaker|topic"
		b.Grow(len("date|statement|") + len(ev.parts[0]) + 1 + len(ev.topic) + more)
		b.WriteString("date|statement|")
		b.WriteString(ev.parts[0])
		b.WriteByte('|')
		b.WriteString(ev.topic)
	} else {
		if len(ev.parts) == 0 && !dtKeyedAlone[ev.head] && !(ev.head == "talks" && ev.life != "") && !ev.alone && ev.thing == "" {
			return ""
		}
		// "date|head|life|role|seq|thing|parts…", the empty and default fields left out
		n := len("date|") + len(ev.head) + len(ev.life) + len(ev.role) + len(ev.seq) + len(ev.thing) + len("|expected") + 4 + more
		for _, p := range ev.parts {
			n += len(p) + 1
		}
		b.Grow(n)
		b.WriteString("date|")
		b.WriteString(ev.head)
		field := func(f string) {
			b.WriteByte('|')
			b.WriteString(f)
		}
		if ev.life != "" {
			field(ev.life)
		}
		if ev.role != "" && ev.role != "at" {
			field(ev.role)
		}
		if ev.seq != "" {
			field(ev.seq)
		}
		if ev.thing != "" {
			field(ev.thing)
		}
		if ev.hedged {
			field("expected")
		}
		for _, p := range ev.parts {
			field(p)
		}
	}
	for _, x := range extra {
		b.WriteString(x)
	}
	return b.String()
}

// subject renders the event readably: "start of invasion", "visit · Moscow, Steve Witkoff".
func (ev dateEvent) subject() string {
	var buf [128]byte // written on the stack: one string is made of it
	return string(ev.appendSubject(buf[:0]))
}
