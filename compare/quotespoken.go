package compare

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/model"
)

// Two outlets often write the same spoken words differently: one keeps a contraction ("We're
// throwing everything we have at it"), the other spells it out ("We are throwing …"); one
// hyphenates a compound ("a once-in-a-generation opportunity"), the other does not. Such a
// difference is house style, not an altered quotation: the words are read as spoken before they
// are compared.

// spokenSame reports whether a run of diff steps changes only how the same words are written.
func spokenSame(ops []model.DiffOp) bool {
	var del, ins []string
	for _, o := range ops {
		switch o.Op {
		case "-":
			del = appendSpoken(del, o.Text)
		case "+":
			ins = appendSpoken(ins, o.Text)
		}
	}
	return len(del) > 0 && slices.EqualFunc(del, ins, spokenEqual)
}

// spokenWordsEqual reports whether two quotations' words are the same words as spoken, ellipses
// aside.
func spokenWordsEqual(wa, wb []string) bool {
	return slices.EqualFunc(appendSpoken(nil, strings.Join(removeEllipses(wa), " ")),
		appendSpoken(nil, strings.Join(removeEllipses(wb), " ")), spokenEqual)
}

// appendSpoken appends the words of folded text s as spoken: hyphenated compounds split, and
// contractions spelled out. An ambiguous contraction gives its readings joined by "|": "it's"
// is "it is|has", "I'd" is "I had|would".
func appendSpoken(out []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		for part := range strings.SplitSeq(w, "-") {
			if part == "" {
				continue
			}
			out = appendUncontracted(out, fold1(part))
		}
	}
	return out
}

// appendUncontracted appends folded word w, a contraction spelled out.
func appendUncontracted(out []string, w string) []string {
	switch w {
	case "cannot":
		return append(out, "can", "not")
	case "won't":
		return append(out, "will", "not")
	case "can't":
		return append(out, "can", "not")
	case "shan't":
		return append(out, "shall", "not")
	case "let's":
		return append(out, "let", "us")
	}
	for _, c := range contractions {
		if len(w) > len(c.suffix) && strings.HasSuffix(w, c.suffix) {
			base := w[:len(w)-len(c.suffix)]
			if c.suffix == "'s" && !sBases[base] {
				break // a possessive: "the country's"
			}
			return append(out, base, c.spoken)
		}
	}
	return append(out, w)
}

// contractions are the endings spelled out, with the words they stand for.
var contractions = []struct{ suffix, spoken string }{
	{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'m", "am"},
	{"'d", "had|would"}, {"'s", "is|has"},
}

// sBases are the words whose "'s" is "is" or "has" rather than a possessive.
var sBases = map[string]bool{
	"it": true, "that": true, "he": true, "she": true, "there": true, "here": true, "what": true,
	"who": true, "where": true, "how": true, "when": true, "why": true, "everything": true,
	"nothing": true, "something": true, "everyone": true, "nobody": true, "this": true,
}

// spokenEqual reports whether two spoken words are the same, a contraction's word matching any
// of its readings.
func spokenEqual(a, b string) bool {
	if a == b {
		return true
	}
	return alternative(a, b) || alternative(b, a)
}

// alternative reports whether word w is one of the readings alts gives ("is|has").
func alternative(alts, w string) bool {
	if !strings.Contains(alts, "|") {
		return false
	}
	for r := range strings.SplitSeq(alts, "|") {
		if r == w || strings.Contains(w, "|") && alternative(w, r) {
			return true
		}
	}
	return false
}
