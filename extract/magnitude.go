package extract

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/segment"
)

// magnitudes reads earthquake magnitudes: "a magnitude 6.4 earthquake", "a 6.1-magnitude quake",
// "the quake measured 7.8", "3.1 on the Richter scale", "M6.8". A main shock's magnitude is one
// figure per story; an aftershock's is compared only when it is the strongest one.
type magnitudes struct{}

func (magnitudes) Name() string { return "magnitude" }

// quakeNouns name seismic events, by class.
var quakeNouns = map[string]string{
	"earthquake": "earthquake", "earthquakes": "earthquake", "quake": "earthquake", "quakes": "earthquake",
	"temblor": "earthquake", "tremor": "earthquake", "tremors": "earthquake", "aftershock": "aftershock",
	"aftershocks": "aftershock", "foreshock": "foreshock", "foreshocks": "foreshock", "event": "",
}

// quakeNoun is quakeNouns[w].
func quakeNoun(w string) string { return quakeNouns[w] }

// measureVerbs give a magnitude when a quake is named in the sentence: "the quake measured 7.8".
var measureVerbs = map[string]bool{
	"measuring": true, "measured": true, "measure": true, "registered": true, "registering": true,
	"register": true, "recorded": true,
}

// readMagnitudes finds the magnitudes of a sentence.
func readMagnitudes(s *Sent) []qty { return readMagnitudesTo(nil, s) }

// readMagnitudesTo appends the magnitudes of a sentence to out.
func readMagnitudesTo(out []qty, s *Sent) []qty {
	// most sentences have no figure that could be a magnitude: skip the word scan for them
	if !anyMagnitudeCandidate(s) || !quakeSentence(s) { // the numbers first: the words are more
		return out
	}
	for ni := range s.Numbers {
		n := &s.Numbers[ni]
		if n.ID && !isMTag(s, n.NumFirst-2) || n.Ordinal || n.Year || n.Age || n.Date || n.Fraction || n.Prefix != "" || n.Scale != "" {
			continue
		}
		if n.Value <= 0 || n.Value >= 10.5 || n.Hedge == "range" {
			continue
		}
		first, last := n.First, n.Last
		decimal := strings.Contains(s.Tokens[n.NumFirst].Text, ".")
		p, pp := s.Lower(n.First-1), s.Lower(n.First-2)
		nx := s.Lower(n.Last + 1)
		ok := false
		switch {
		case isMTag(s, n.NumFirst-2):
			// "M6.8": the tokenizer reads "M6", ".", "8"
			v, err := strconv.ParseFloat(s.Tokens[n.NumFirst-2].Text[1:]+"."+s.Tokens[n.NumFirst].Text, 64)
			if err != nil {
				continue
			}
			out = append(out, qty{kind: "magnitude", first: n.NumFirst - 2, last: n.Last, num: n.NumFirst, iv: model.Exact(v), unit: "magnitude"})
			continue
		case p == "magnitude" || p == "-" && pp == "magnitude":
			ok = true
			first = n.First - 1
			if p == "-" {
				first--
			}
		case (p == "of" || p == "at") && (pp == "magnitude" || pp == "scale"):
			ok = true
		case p == "at" && near(s, n.First, "magnitude", 6):
			// "put the magnitude of Monday's earthquake at 7.7"
			ok = true
		case nx == "-" && s.Lower(n.Last+2) == "magnitude" || nx == "magnitude":
			ok = true
			last = n.Last + 2
			if nx == "magnitude" {
				last = n.Last + 1
			}
		case nx == "on" && s.Lower(n.Last+2) == "the" && s.Lower(n.Last+3) == "richter":
			ok = true
		case quakeNoun(nx) != "" && (decimal || p == "a" || p == "an"):
			ok = true
		case listed(p, wMeasureVerb) || p == "at" && listed(pp, wMeasureVerb):
			ok = decimal || nx == "on"
		case (p == "from" || p == "to") && decimal:
			// "upgraded the quake from 6.9 to 7.1"
			for k := 0; k < n.First; k++ {
				if strings.HasSuffix(s.Lower(k), "graded") || s.Lower(k) == "revised" {
					ok = true
				}
			}
		case p == "a" && decimal && (pp == "," || pp == "the"):
			// "the strongest aftershock, a 5.1, …"
			ok = true
		}
		if ok {
			out = append(out, qty{kind: "magnitude", first: first, last: last, num: n.NumFirst, iv: n.Interval, unit: "magnitude"})
		}
	}
	return out
}

// anyMagnitudeCandidate reports whether some number of the sentence passes the first tests of
// readMagnitudes; it only lets a sentence skip work, never decides a figure.
func anyMagnitudeCandidate(s *Sent) bool {
	for i := range s.Numbers {
		n := &s.Numbers[i]
		if n.ID && !isMTag(s, n.NumFirst-2) || n.Ordinal || n.Year || n.Age || n.Date || n.Fraction || n.Prefix != "" || n.Scale != "" {
			continue
		}
		if n.Value <= 0 || n.Value >= 10.5 || n.Hedge == "range" {
			continue
		}
		return true
	}
	return false
}

// quakeSentence reports whether the sentence names a quake or its scale.
func quakeSentence(s *Sent) bool {
	if len(s.cls) == len(s.lower) {
		// the word classes of a sentence with figures mark the words looked for
		for _, c := range s.cls {
			if c&wQuakeWord != 0 {
				return true
			}
		}
		return false
	}
	for k := range s.lower {
		w := s.lower[k]
		if quakeWordLen(len(w)) && (quakeNoun(w) != "" || w == "richter" || w == "seismic" || w == "magnitude") {
			return true
		}
	}
	return false
}

// quakeWordLen is true for the lengths of the quake words: a map lookup is skipped for the rest.
func quakeWordLen(n int) bool { return n >= 5 && n <= 11 }

// near reports whether word w stands within k tokens before token i.
func near(s *Sent, i int, w string, k int) bool {
	for j := i - 1; j >= 0 && j >= i-k; j-- {
		if s.Lower(j) == w {
			return true
		}
	}
	return false
}

// isMTag reports whether token k is "M6" glued to ".": the start of "M6.8".
func isMTag(s *Sent, k int) bool {
	if k < 0 || k+2 >= len(s.Tokens) || s.Tokens[k].Kind != segment.Word {
		return false
	}
	t := s.Tokens[k].Text
	return len(t) == 2 && (t[0] == 'M' || t[0] == 'm') && t[1] >= '1' && t[1] <= '9' && s.Tokens[k+1].Text == "." &&
		s.Tokens[k+1].Start == s.Tokens[k].End && s.Tokens[k+2].Start == s.Tokens[k+1].End
}

func (m magnitudes) Extract(d *Doc) []model.Claim {
	return d.quantityClaimsIn(readMagnitudesTo, func(s *Sent, qs []qty, i int) bool { return m.measure(d, s, qs, i) }, true)
}

// measure says what magnitude i of qs measures; every magnitude is a claim.
func (magnitudes) measure(_ *Doc, s *Sent, qs []qty, i int) bool {
	q := &qs[i]
	q.after = q.last
	q.prev = s.earlierFigure(q.first)
	q.what, q.label = quakeOf(s, q)
	q.noScope = true // a magnitude belongs to the event wherever the article says it happened
	return true
}

// quakeOf names the event a magnitude is of: the nearest quake noun; an aftershock only when it is
// the strongest (other aftershocks are many and never compared).
func quakeOf(s *Sent, q *qty) ([]string, string) {
	best, bestDist, at := "", 1<<30, -1
	for k := range s.Tokens {
		c := quakeNoun(s.Lower(k))
		if c == "" {
			continue
		}
		dist := k - q.last
		if k < q.first {
			dist = q.first - k
		}
		if dist < bestDist {
			best, bestDist, at = c, dist, k
		}
	}
	switch best {
	case "", "earthquake":
		return []string{"earthquak"}, "earthquake magnitude"
	case "foreshock":
		return []string{"foreshock"}, "foreshock magnitude"
	}
	lo := min(at, q.first)
	for k := max(0, lo-3); k < max(at, q.first); k++ {
		switch s.Lower(k) {
		case "strongest", "largest", "biggest", "powerful", "main", "major":
			return []string{"aftershock", "strongest"}, "strongest aftershock magnitude"
		}
	}
	return nil, "aftershock"
}
