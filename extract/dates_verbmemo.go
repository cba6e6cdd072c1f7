package extract

// dtVerbMemo is dtVerbAt's answer for one token, once asked (known).
type dtVerbMemo struct {
	v         dtVerbForm
	ok, known bool
}

// dtVerbMemos holds the answers of dtVerbAt for the tokens of a document's sentences, a run per
// sentence (Sent.verbs) carved on the sentence's first question: the date readers ask of the
// same tokens about three times each.
type dtVerbMemos struct {
	buf []dtVerbMemo
}

// dtVerbAt reads token k as a verb: its lemma and form (dtVerbRead), kept for the next question
// of a prepared sentence.
func dtVerbAt(s *Sent, k int) (dtVerbForm, bool) {
	if uint(k) < uint(len(s.verbs)) {
		if m := &s.verbs[k]; m.known {
			return m.v, m.ok
		}
	}
	return dtVerbKeep(s, k)
}

// dtVerbKeep is dtVerbAt of a token not known yet: read, and kept when the sentence has memos.
//
//go:noinline
func dtVerbKeep(s *Sent, k int) (dtVerbForm, bool) {
	v, ok := dtVerbRead(s, k)
	if uint(k) >= uint(len(s.Tokens)) || s.memo == nil {
		return v, ok
	}
	if s.verbs == nil {
		s.verbs = s.memo.carve(len(s.Tokens))
	}
	s.verbs[k] = dtVerbMemo{v, ok, true}
	return v, ok
}

// carve returns n zeroed memos (nothing known) for one sentence. A full chunk is left to the
// sentences that hold it, and a new one taken. A chunk is zero past its length: made so, and
// cleared when released.
func (m *dtVerbMemos) carve(n int) []dtVerbMemo {
	if cap(m.buf)-len(m.buf) < n {
		m.buf = make([]dtVerbMemo, 0, max(1024, 2*cap(m.buf), n))
	}
	from := len(m.buf)
	m.buf = m.buf[:from+n]
	return m.buf[from : from+n : from+n]
}

// release empties the memos for the next document, keeping none of this one's words.
func (m *dtVerbMemos) release() {
	clear(m.buf)
	m.buf = m.buf[:0]
}
