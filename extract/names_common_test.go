package extract

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/model"
)

// TestCommonOpener checks which capitalised opening words read as names: common words do not,
// surnames, places and words the article capitalises inside a sentence do.
func TestCommonOpener(t *testing.T) {
	cases := []struct {
		text string
		sent int  // the sentence whose first word is asked about
		name bool // whether it may belong to a name
	}{
		{"Power was restored on Monday after the storm.", 0, false},
		{"Dock workers walked out at the port on Monday.", 0, false},
		{"Heavy rain fell across the region on Friday.", 0, false},
		{"Rice prices rose 12% in a week, traders said.", 0, false},
		{"Neighbour Tom Haley said the fire spread fast.", 0, false},
		{"The storm hit on Sunday. \"Power was out for two days,\" she said.", 1, false},
		{"Farmer Ken Brown said the harvest was lost.", 0, false},
		// surnames and places stay names
		{"Son Heung-min scored twice on Sunday.", 0, true},
		{"Paul Farmer founded the charity. Farmer said the clinic would reopen.", 1, true},
		{"Samantha Power said aid would arrive. Power said it was enough.", 1, true},
		{"Condoleezza Rice visited Kyiv. Rice said talks would resume.", 1, true},
		{"Bush said the plan was sound.", 0, true},
		{"Brown said the talks failed.", 0, true},
		{"Reading was hit by floods on Monday.", 0, true},
		{"Bath council closed roads on Monday.", 0, true},
		{"Nice was calm on Sunday.", 0, true},
		{"John Smith chairs the union. Smith said the strike would go on.", 1, true},
		// a name of its own may start with a common word: left as it was
		{"Power Station workers were evacuated.", 0, true},
		// a headline in Title Case capitalises every word: no evidence of a name
		{"Storm Leaves Thousands Without Power Across Kent. Power was restored on Monday.", 1, false},
	}
	for _, c := range cases {
		d := Prepare(&model.Article{Text: c.text}, Options{})
		pp := d.people
		if c.sent >= len(pp.words) {
			t.Fatalf("%q: %d sentences", c.text, len(pp.words))
		}
		ws := pp.words[c.sent]
		i := 0
		for i < len(ws) && ws[i].punct {
			i++
		}
		if got := pp.isNameWord(ws, i); got != c.name {
			t.Errorf("%q: %q name word %v, want %v", c.text, ws[i].text(), got, c.name)
		}
		d.release()
	}
}

// TestPersonNounNotInName checks that a noun for a person opening a sentence before a name is
// no part of the name: the article's terms and speakers name the person.
func TestPersonNounNotInName(t *testing.T) {
	cases := []struct {
		text  string
		term  string // a salient term expected
		wrong string // a term that must not be
	}{
		{"Fire destroyed a warehouse in Leeds. Neighbour Tom Haley said the blaze spread within minutes.", "tom haley", "neighbour tom haley"},
		{"Witness Anna Ruiz said she heard two blasts. Ruiz said the building shook.", "anna ruiz", "witness anna ruiz"},
		{"Firefighter Anna Kowalski said 12 crews attended.", "anna kowalski", "firefighter anna kowalski"},
	}
	for _, c := range cases {
		d := Prepare(&model.Article{Text: c.text}, Options{})
		terms := d.SalientTerms()
		if !slices.Contains(terms, c.term) || slices.Contains(terms, c.wrong) {
			t.Errorf("%q: terms %q, want %q and not %q", c.text, terms, c.term, c.wrong)
		}
		d.release()
	}
}

func TestDropPersonNoun(t *testing.T) {
	for in, want := range map[string]string{
		"Neighbour Tom Haley":  "Tom Haley",
		"Witness Anna Ruiz":    "Anna Ruiz",
		"Tom Haley":            "Tom Haley",
		"Witness Haley":        "Witness Haley", // one word left: no full name to keep
		"Driver":               "Driver",
		"Minnie Driver":        "Minnie Driver",
		"Power Station Worker": "Power Station Worker", // not a noun for a person
		"Émile Zola Street":    "Émile Zola Street",
	} {
		if got := dropPersonNoun(in); got != want {
			t.Errorf("dropPersonNoun(%q) = %q, want %q", in, got, want)
		}
	}
}
