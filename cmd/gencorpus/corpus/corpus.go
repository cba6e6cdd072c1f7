// Package corpus generates a reproducible corpus of news articles for benchmarks: many stories,
// several outlets per story, planted conflicts and agreements, in plain text and Markdown.
package corpus

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Options shape a corpus.
type Options struct {
	// N is the number of articles.
	N int
	// Seed makes the corpus reproducible: the same seed and N give the same bytes.
	Seed uint64
}

// File is one generated article.
type File struct {
	Name  string // file name, unique within the corpus ("s00012-03-harbor-post.md")
	Story int    // index of its story
	Data  []byte
}

// Conflict kinds a story may carry: one of its outlets states a different value.
const (
	ConflictNone    = ""
	ConflictKilled  = "killed"
	ConflictRole    = "role"
	ConflictQuote   = "quote"
	ConflictAmount  = "amount"
	ConflictWeekday = "date"
)

// Story is what all outlets of one story report, and the one value a deviating outlet changes.
type Story struct {
	Index    int       `json:"index"`
	Place    string    `json:"place"`
	Country  string    `json:"country"`
	Event    string    `json:"event"`
	Date     time.Time `json:"date"`
	Killed   int       `json:"killed"`
	Injured  int       `json:"injured"`
	Official string    `json:"official"`
	Title    string    `json:"title"`
	Quote    string    `json:"quote"`
	Aid      int       `json:"aid_millions"`
	Currency string    `json:"currency"`
	Power    int       `json:"power_percent"`
	Files    []string  `json:"files"`
	// Conflict is the planted disagreement ("" for a story where every outlet agrees).
	Conflict string `json:"conflict,omitempty"`
	// Deviant is the file that states the other value, Values the two values as written.
	Deviant string   `json:"deviant,omitempty"`
	Values  []string `json:"values,omitempty"`

	outlets   []int
	event     int
	alt       string // the other title, quote, amount or weekday
	bgSeed    uint64 // background facts: every outlet of a story gives the same ones
	spokesman string
	devSlot   int
}

// Generate calls emit for every article, in file-name order, and returns the stories written.
// Articles depend only on the seed and their story, so a smaller N gives a prefix of a larger one.
func Generate(opt Options, emit func(File) error) ([]Story, error) {
	var stories []Story
	n := 0
	for s := 0; n < opt.N; s++ {
		st := newStory(opt.Seed, s)
		if rest := opt.N - n; len(st.outlets) > rest {
			st.outlets = st.outlets[:rest]
			if st.devSlot >= rest {
				st.Conflict, st.Values = ConflictNone, nil
			}
		}
		for slot := range st.outlets {
			f := article(opt.Seed, &st, slot)
			st.Files = append(st.Files, f.Name)
			if st.Conflict != ConflictNone && slot == st.devSlot {
				st.Deviant = f.Name
			}
			if err := emit(f); err != nil {
				return stories, err
			}
			n++
		}
		if len(st.Files) < 2 {
			st.Conflict, st.Values, st.Deviant = ConflictNone, nil, ""
		}
		stories = append(stories, st)
	}
	return stories, nil
}

// Articles returns the whole corpus in memory (for benchmarks).
func Articles(n int, seed uint64) []File {
	var out []File
	Generate(Options{N: n, Seed: seed}, func(f File) error { out = append(out, f); return nil })
	return out
}

// Size is the total number of bytes of files.
func Size(fs []File) int64 {
	var t int64
	for _, f := range fs {
		t += int64(len(f.Data))
	}
	return t
}

// placeName builds a town name from the story index: distinct for the first 18,000 stories.
func placeName(s int) string {
	a := syllables[s%len(syllables)]
	b := endings[(s/len(syllables))%len(endings)]
	name := a + strings.ToLower(syllables[(s*7+3)%len(syllables)]) + b
	if round := s / (len(syllables) * len(endings)); round > 0 {
		name = syllables[(round*11)%len(syllables)] + strings.ToLower(name)
	}
	return name
}

func newStory(seed uint64, s int) Story {
	r := rand.New(rand.NewPCG(seed, uint64(s)*2654435761+1))
	st := Story{Index: s, Place: placeName(s), Country: countries[r.IntN(len(countries))]}
	st.event = r.IntN(len(events))
	st.Event = events[st.event].noun
	st.Date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(330))
	st.Killed = 3 + r.IntN(140)
	if r.IntN(4) == 0 {
		st.Killed = 3 + r.IntN(16) // small counts are often written in words
	}
	st.Injured = st.Killed + 5 + r.IntN(200)
	st.Official = firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	tp := titles[r.IntN(len(titles))]
	st.Title, st.alt = tp[0], ""
	st.Quote = strings.ReplaceAll(quotes[r.IntN(len(quotes))], "%s", st.Place)
	st.Aid = 2 + r.IntN(300)
	st.Currency = []string{"$", "€", "£"}[r.IntN(3)]
	st.Power = 10 + r.IntN(80)
	st.bgSeed = r.Uint64()
	st.spokesman = firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	k := 2 + r.IntN(5) // outlets per story: 2..6
	perm := r.Perm(len(outlets))
	st.outlets = perm[:k]
	st.devSlot = r.IntN(k)
	switch p := r.IntN(100); {
	case p < 25:
		st.Conflict = ConflictKilled
		// A figure that rises over time is an update, not a contradiction: the deviating outlet
		// states a lower figure when it publishes last (Markdown carries a time) and a higher one
		// when its date line puts it first (plain text: midnight).
		other := st.Killed*2/3 - 1
		if other < 1 {
			other = 1
		}
		if !isMarkdown(st.outlets[st.devSlot]) {
			other = st.Killed*3/2 + 2
		}
		st.Values = []string{strconv.Itoa(st.Killed), strconv.Itoa(other)}
		st.alt = strconv.Itoa(other)
	case p < 33:
		st.Conflict = ConflictRole
		st.alt = tp[1]
		st.Values = []string{st.Title, tp[1]}
	case p < 41:
		st.Conflict = ConflictQuote
		st.alt = alterQuote(st.Quote)
		st.Values = []string{st.Quote, st.alt}
	case p < 49:
		st.Conflict = ConflictAmount
		other := st.Aid*3 + 10
		st.alt = strconv.Itoa(other)
		st.Values = []string{strconv.Itoa(st.Aid), strconv.Itoa(other)}
	case p < 55:
		st.Conflict = ConflictWeekday
		st.alt = st.Date.AddDate(0, 0, -2).Weekday().String()
		st.Values = []string{st.Date.Weekday().String(), st.alt}
	}
	return st
}

// alterQuote changes a quote the way misquotes do: a word swapped and the end dropped.
func alterQuote(q string) string {
	w := strings.Fields(q)
	for i, x := range w {
		switch x {
		case "everything":
			w[i] = "all"
		case "terrible":
			w[i] = "dark"
		case "night":
			w[i] = "day"
		case "victims":
			w[i] = "injured"
		case "rebuild":
			w[i] = "restore"
		case "extraordinary":
			w[i] = "great"
		}
	}
	if len(w) > 8 {
		w = w[:len(w)-2]
	}
	return strings.Join(w, " ")
}

func groupThousands(v int) string {
	s := strconv.Itoa(v)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func slug(s string) string {
	s = strings.ToLower(strings.TrimPrefix(s, "The "))
	return strings.ReplaceAll(s, " ", "-")
}

// isMarkdown: about 40% of outlets publish Markdown with front matter.
func isMarkdown(outlet int) bool { return outlet%5 < 2 }

// article writes the article of one outlet about a story.
func article(seed uint64, st *Story, slot int) File {
	r := rand.New(rand.NewPCG(seed^0x9e3779b97f4a7c15, uint64(st.Index)<<8|uint64(slot)))
	o := outlets[st.outlets[slot]]
	dev := st.Conflict != ConflictNone && slot == st.devSlot
	markdown := st.outlets[slot]%5 < 2              // about 40% of outlets publish Markdown
	wrapped := !markdown && st.outlets[slot]%7 == 3 // some plain-text outlets hard-wrap at 72 columns
	pub := st.Date.Add(time.Duration(8+slot) * time.Hour)
	if dev {
		pub = st.Date.Add(20 * time.Hour) // the deviating outlet publishes last: a lower later figure is a contradiction
	}
	ev := events[st.event]
	weekday := st.Date.Weekday().String()
	if dev && st.Conflict == ConflictWeekday {
		weekday = st.alt
	}
	title := st.Title
	if dev && st.Conflict == ConflictRole {
		title = st.alt
	}
	quote := st.Quote
	if dev && st.Conflict == ConflictQuote {
		quote = st.alt
	}
	aid := strconv.Itoa(st.Aid)
	if dev && st.Conflict == ConflictAmount {
		aid = st.alt
	}
	killed := st.Killed
	if dev && st.Conflict == ConflictKilled {
		killed, _ = strconv.Atoi(st.alt)
	}
	src := sources[r.IntN(len(sources))]

	headline := fmt.Sprintf("%s in %s: %s", cap1(ev.noun), st.Place, headVerb(r))
	if r.IntN(2) == 0 {
		headline = fmt.Sprintf("%s dead after %s in %s", countWord(killed, r), ev.noun, st.Place)
	}

	var paras []string
	paras = append(paras, lede(r, st, killed, weekday, src, dev && st.Conflict == ConflictKilled))
	paras = append(paras, fmt.Sprintf("%s people were injured, %s said, and %d of them remain in hospital.",
		cap1(injuredPhrase(r, st.Injured)), src, 1+st.Injured/4))
	roleP := fmt.Sprintf("%s %s visited %s on %s and promised help for the families.", cap1(title), st.Official, st.Place, weekday)
	if r.IntN(2) == 0 {
		roleP = fmt.Sprintf("The %s, %s, travelled to %s on %s.", title, st.Official, st.Place, weekday)
	}
	paras = append(paras, roleP)
	paras = append(paras, fmt.Sprintf("“%s,” %s told reporters.", quote, lastName(st.Official)))
	extra := []string{
		fmt.Sprintf("The government has pledged %s%s million in emergency aid for %s.", st.Currency, aid, st.Place),
		fmt.Sprintf("About %d%% of homes in the area were left without power.", st.Power),
	}
	bgs := r.Perm(len(background))
	nb := 8 + r.IntN(12) // background paragraphs
	bi := 0
	for p := 0; p < nb; p++ {
		var sents []string
		for k := 0; k < 3+r.IntN(3); k++ {
			t := bgs[bi%len(bgs)]
			sents = append(sents, fill(background[t], t, st, weekday))
			bi++
		}
		paras = append(paras, strings.Join(sents, " "))
		if p == 1 || p == 3 {
			paras = append(paras, extra[p/2])
		}
	}
	if r.IntN(6) == 0 {
		paras = append(paras, paras[0]) // some sites repeat the lede at the end
	}

	var b bytes.Buffer
	b.Grow(6000)
	if markdown {
		fmt.Fprintf(&b, "---\ntitle: %q\noutlet: %q\nurl: \"https://%s/news/%d\"\nauthor: %q\ndate: %s\n---\n\n# %s\n\n",
			headline, o.name, o.host, st.Index*100+slot, firstNames[r.IntN(len(firstNames))]+" "+lastNames[r.IntN(len(lastNames))],
			pub.Format(time.RFC3339), headline)
		for i, p := range paras {
			if i == 3 {
				fmt.Fprintf(&b, "> %s\n\n", p)
				continue
			}
			if i == 2 && r.IntN(2) == 0 {
				p = strings.Replace(p, st.Official, "**"+st.Official+"**", 1)
			}
			b.WriteString(wrap(p, 80))
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "*%s*\n", boilerplate[r.IntN(len(boilerplate))])
	} else {
		fmt.Fprintf(&b, "%s\n%s\n\n%s\n\n", pub.Format("2006-01-02"), headline, boilerplate[r.IntN(len(boilerplate))])
		for _, p := range paras {
			if wrapped {
				b.WriteString(wrap(p, 72))
			} else {
				b.WriteString(p)
			}
			b.WriteString("\n\n")
			if r.IntN(12) == 0 {
				b.WriteString(boilerplate[r.IntN(len(boilerplate))] + "\n\n")
			}
		}
	}
	ext := "txt"
	if markdown {
		ext = "md"
	}
	return File{
		Name:  fmt.Sprintf("s%05d-%d-%s.%s", st.Index, slot, slug(o.name), ext),
		Story: st.Index,
		Data:  b.Bytes(),
	}
}

func headVerb(r *rand.Rand) string {
	return []string{"what we know", "rescue efforts continue", "town in mourning", "survivors describe chaos"}[r.IntN(4)]
}

// lede is the opening sentence with the death toll, in one of several agreeing forms.
// An exact outlet never hedges: "at least 10" agrees with 17, so a planted conflict states a plain figure.
func lede(r *rand.Rand, st *Story, killed int, weekday, src string, exact bool) string {
	ev := events[st.event]
	form := r.IntN(5)
	if exact && form == 1 {
		form = 4
	}
	switch form {
	case 0:
		return fmt.Sprintf("%s %s killed %s people in %s on %s, %s said.", cap1(indefinite(ev.noun)), ev.noun, count(killed, r), st.Place, weekday, src)
	case 1:
		return fmt.Sprintf("At least %d people were killed when %s %s %s %s on %s.", killed, indefinite(ev.noun), ev.noun, ev.verb, st.Place, weekday)
	case 2:
		return fmt.Sprintf("%s people have died after %s %s %s %s in %s, according to %s.", cap1(count(killed, r)), indefinite(ev.noun), ev.noun, ev.verb, st.Place, st.Country, src)
	case 3:
		return fmt.Sprintf("The death toll from the %s in %s has risen to %d, %s said on %s.", ev.noun, st.Place, killed, src, weekday)
	default:
		return fmt.Sprintf("%s said %d people were killed in the %s in %s on %s.", cap1(src), killed, ev.noun, st.Place, weekday)
	}
}

// indefinite is the indefinite article for a noun.
func indefinite(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

func injuredPhrase(r *rand.Rand, n int) string {
	if r.IntN(2) == 0 {
		return "more than " + strconv.Itoa(n-n%5)
	}
	return strconv.Itoa(n)
}

// count writes a number in digits, or in words when it is small and the outlet likes words.
func count(n int, r *rand.Rand) string {
	if n < len(numberWords) && r.IntN(2) == 0 {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

func countWord(n int, r *rand.Rand) string { return cap1(count(n, r)) }

// fill replaces the slots of background template number ti with the story's facts; a number depends
// on the story, the template and the slot only, so outlets that use the same sentence agree.
func fill(t string, ti int, st *Story, weekday string) string {
	var b strings.Builder
	r := rand.New(rand.NewPCG(st.bgSeed, uint64(ti)))
	for i := 0; i < len(t); i++ {
		if t[i] == '{' && i+2 < len(t) && t[i+2] == '}' {
			switch c := t[i+1]; c {
			case 'P':
				b.WriteString(st.Place)
			case 'C':
				b.WriteString(st.Country)
			case 'W':
				b.WriteString(weekday)
			case 'N':
				b.WriteString(strconv.Itoa(2 + r.IntN(60)))
			case 'B':
				b.WriteString(groupThousands(5000 + r.IntN(900000)))
			case 'X':
				b.WriteString(strconv.Itoa(5 + r.IntN(60)))
			case 'Y':
				b.WriteString(strconv.Itoa(1990 + r.IntN(34)))
			case 'R':
				b.WriteString(st.spokesman)
			}
			i += 2
			continue
		}
		b.WriteByte(t[i])
	}
	s := b.String()
	if strings.HasPrefix(s, "the ") {
		s = "The " + s[4:]
	}
	return s
}

func cap1(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func lastName(full string) string {
	if i := strings.LastIndexByte(full, ' '); i >= 0 {
		return full[i+1:]
	}
	return full
}

// wrap breaks a paragraph into lines of at most width bytes (words are never split).
func wrap(p string, width int) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Fields(p) {
		if i > 0 {
			if col+1+len(w) > width {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// PlainText is a file's text without Markdown front matter, ending in a blank line: the form
// articles take when concatenated into one huge file.
func PlainText(f File) []byte {
	d := f.Data
	if bytes.HasPrefix(d, []byte("---\n")) {
		if end := bytes.Index(d[4:], []byte("\n---\n")); end >= 0 {
			d = d[4+end+len("\n---\n"):]
		}
	}
	out := make([]byte, 0, len(d)+2)
	out = append(out, bytes.TrimRight(d, "\n")...)
	return append(out, '\n', '\n', '\n')
}

// WriteDir writes files into dir (for benchmarks that load from disk).
func WriteDir(dir string, fs []File) error {
	for _, f := range fs {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
