package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
	"github.com/crosscheck/crosscheck/segment"
)

// slowWord is the word record as it was, with its texts as strings.
type slowWord struct {
	Start, End int
	Text       string
	keys       []string
	low        string
	kf, lf     facts
	tok        int32
	poss       bool
	cap        bool
	punct      bool
}

// asSlow reads a word's texts into the record it was.
func asSlow(w *word) slowWord {
	return slowWord{Start: w.Start, End: w.End, Text: w.text(), keys: w.keyList(), low: w.lower(),
		kf: w.kf, lf: w.lf, tok: w.tok, poss: w.poss, cap: w.cap, punct: w.punct}
}

// appendWordsSlow is appendWords as it was: each word built whole and appended.
func appendWordsSlow(out []slowWord, s *Sent, tab *factTab, text string) []slowWord {
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.Kind != segment.Word {
			out = append(out, slowWord{Start: tk.Start, End: tk.End, Text: tk.Text, low: s.Lower(i), lf: s.factsAt(i), punct: tk.Kind == segment.Punct, tok: int32(i)})
			continue
		}
		start, end, j := tk.Start, tk.End, i
		// initials: "U.S.", "J.D.", "F."
		if oneRune(tk.Text) && isUpperWord(tk.Text) {
			for j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End {
				end = toks[j+1].End
				j++
				if j+1 < len(toks) && toks[j+1].Kind == segment.Word && oneRune(toks[j+1].Text) && isUpperWord(toks[j+1].Text) && toks[j+1].Start == end {
					end = toks[j+1].End
					j++
					continue
				}
				break
			}
		} else if j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == tk.End {
			// an honorific, abbrevs or a short office noun ("Gen.", "Jr.", "Gov."): headAbbrev
			if l, f := s.Lower(i), s.factsAt(i); f&(fHonorific|fAbbrev) != 0 || f&fHead != 0 && len(l) <= 4 {
				end = toks[j+1].End
				j++
			}
		}
		w := slowWord{Start: start, End: end, cap: isUpperWord(tk.Text), tok: int32(i)}
		if j == i {
			w.Text, w.low, w.lf = tk.Text, s.Lower(i), s.factsAt(i)
			if isLetters(tk.Text) {
				// one plain word: its key is its lower case (normalize.TitleKeys)
				w.keys = s.lower[i : i+1 : i+1]
				w.kf = w.lf
				out = append(out, w)
				continue
			}
		} else {
			w.Text = text[start:end]
			w.low = strings.ToLower(w.Text)
			w.lf = tab.get(w.low)
		}
		w.keys, w.poss = normalize.TitleKeys(w.Text)
		if len(w.keys) == 1 {
			w.kf = tab.get(w.keys[0])
		}
		out = append(out, w)
		i = j
	}
	return out
}

// TestWordsAsSlow checks the words built in place, with their keys read by asciiWordKeys, against
// the words built whole with normalize.TitleKeys, on the generated corpus and a few hard lines.
func TestWordsAsSlow(t *testing.T) {
	arts, _ := benchArticles()
	arts = append(arts[:60], &model.Article{Text: "Gen. Mark Milley met U.S. Secretary-General António Guterres, J.D. Vance and Ursula von der Leyen. " +
		"Former Prime Minister Smith's deputy, Mr. Jones, said 1,200 well-known PARENTS' rights at 10:30 don't O'Brien's Kyiv’s co-op."},
		// words before a period: a sentence's last, and honorifics, abbrevs and office nouns
		&model.Article{Text: "Gov. Ann Lee met Sen. Tom Cole in St. Louis. They saw the Gov. Then Jr. spoke to Dr. Bo and the Pres. " +
			"A mayor met the king. The King. Power returned. Smith Jr. left. J. Smith and A. B. Jones came. Mt. Fuji is high."})
	// documents are released after use: the words are built on recycled arrays, the second round's
	// left dirty by other articles
	for round := 0; round < 2; round++ {
		for _, a := range arts {
			checkWordsAsSlow(t, a)
			if round == 1 {
				Prepare(arts[len(arts)-1-len(a.Text)%len(arts)], Options{}).release()
			}
		}
	}
}

// checkWordsAsSlow checks the words of a prepared article against appendWordsSlow; the document
// is released afterwards.
func checkWordsAsSlow(t *testing.T, a *model.Article) {
	t.Helper()
	d := Prepare(a, Options{})
	defer d.release()
	tab := factTable(d.titles())
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for _, tk := range s.Tokens {
			if tk.Text != a.Text[tk.Start:tk.End] { // appendWords reads the article for them
				t.Fatalf("token %q at %d: the article has %q", tk.Text, tk.Start, a.Text[tk.Start:tk.End])
			}
		}
		want := appendWordsSlow(make([]slowWord, 0, len(s.Tokens)), s, tab, a.Text)
		got := d.people.words[si]
		if len(got) != len(want) {
			t.Fatalf("%q: %d words, want %d", s.Text, len(got), len(want))
		}
		for i := range got {
			if g := asSlow(&got[i]); !reflect.DeepEqual(g, want[i]) {
				t.Fatalf("%q: word %d %+v, want %+v", s.Text, i, g, want[i])
			}
		}
	}
}

// titleCaseSlow is titleCase as it was.
func titleCaseSlow(ws []word) bool {
	n := 0
	for _, w := range ws {
		if w.punct || w.nkeys() == 0 || w.text()[0] >= '0' && w.text()[0] <= '9' {
			continue
		}
		n++
		if !w.cap && w.lf&fHeadlineSmall == 0 {
			return false
		}
	}
	return n >= 5
}

// TestTitleCaseAsSlow checks titleCase against titleCaseSlow on every sentence of the corpus and on
// headlines, with figures, initials and small words.
func TestTitleCaseAsSlow(t *testing.T) {
	arts, _ := benchArticles()
	arts = append(arts[:80], &model.Article{Text: "Biden Meets Zelensky in Kyiv After 2 Years of War\n\n" +
		"U.S. And EU Agree on $50 Billion Aid for Ukraine\n\nA Storm in the Night: 12 Dead as Rivers Rise\n\n" +
		"10 Things To Know About The 2025 Budget\n\nMr. Smith Goes To Washington Via The Back Door"})
	heads := 0
	for _, a := range arts {
		d := Prepare(a, Options{})
		for si, ws := range d.people.words {
			got, want := titleCase(ws), titleCaseSlow(ws)
			if got != want {
				t.Fatalf("%q: titleCase %v, want %v", d.Sentences[si].Text, got, want)
			}
			if got {
				heads++
			}
		}
	}
	if heads < 4 {
		t.Fatalf("%d headlines found, want at least the four written here", heads)
	}
}
