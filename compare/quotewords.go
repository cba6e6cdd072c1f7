package compare

import (
	"unicode"

	"github.com/crosscheck/crosscheck/model"
)

// quoteWords are the words of a batch of quotations, split and numbered once: candidatePairs and
// matchQuotes read them for every pair rather than splitting and folding each quotation again.
type quoteWords struct {
	ws    [][]string // the words of quotation i: strings.Fields of its Folded
	ids   [][]int32  // each word's number by fold1: equal numbers are the words a diff takes as equal
	count []int      // countWords of quotation i
	words int        // distinct numbers
	// per pair (diffRunes): the pair that last gave a number its rune, and that rune
	stamp []uint32
	runes []rune
	pair  uint32
}

// splitWords splits and numbers the words of the quotations cs.
func splitWords(cs []*model.Claim) *quoteWords {
	q := &quoteWords{ws: make([][]string, len(cs)), ids: make([][]int32, len(cs)), count: make([]int, len(cs))}
	size := 0
	for _, c := range cs {
		size += len(c.Quote.Folded)
	}
	// a word and its space take about six bytes: room for most batches' words at once
	ws := make([]string, 0, size/6+len(cs))
	for i, c := range cs {
		from := len(ws)
		ws = appendFields(ws, c.Quote.Folded)
		q.ws[i] = ws[from:len(ws):len(ws)]
	}
	ids := make([]int32, 0, len(ws))
	raw := map[string]int32{}    // a word as written: most recur, and need not be folded again
	folded := map[string]int32{} // fold1 of a word
	for i, w := range q.ws {
		from := len(ids)
		n := 0
		for _, s := range w {
			if s != "…" {
				n++
			}
			id, ok := raw[s]
			if !ok {
				f := fold1(s)
				if id, ok = folded[f]; !ok {
					id = int32(len(folded))
					folded[f] = id
				}
				raw[s] = id
			}
			ids = append(ids, id)
		}
		q.ids[i], q.count[i] = ids[from:len(ids):len(ids)], n
	}
	q.words = len(folded)
	q.stamp = make([]uint32, q.words)
	q.runes = make([]rune, q.words)
	return q
}

// diffRunes gives quotations i and j the runes wordDiffRaw's own numbering gives their words:
// private-use runes in the order words first appear, in i and then in j.
func (q *quoteWords) diffRunes(i, j int) (ri, rj []rune) {
	q.pair++
	next := 0
	enc := func(ids []int32) []rune {
		out := make([]rune, len(ids))
		for k, id := range ids {
			if q.stamp[id] != q.pair {
				q.stamp[id] = q.pair
				q.runes[id] = privateRune(next)
				next++
			}
			out[k] = q.runes[id]
		}
		return out
	}
	ri = enc(q.ids[i])
	rj = enc(q.ids[j])
	return ri, rj
}

// match is matchQuotes of quotations i and j of the batch cs.
func (q *quoteWords) match(cs []*model.Claim, i, j int) quoteMatch {
	a, b := cs[i].Quote.Folded, cs[j].Quote.Folded
	if a == b {
		return quoteMatch{rel: relIdentical, shared: q.count[i], ops: []model.DiffOp{{Op: "=", Text: a}}}
	}
	ri, rj := q.diffRunes(i, j)
	return matchWords(q.ws[i], q.ws[j], q.count[i], q.count[j], wordDiffRunes(q.ws[i], q.ws[j], ri, rj, false))
}

// appendFields appends the words of s, as strings.Fields splits it, to ws.
func appendFields(ws []string, s string) []string {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				ws = append(ws, s[start:i])
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		ws = append(ws, s[start:])
	}
	return ws
}
