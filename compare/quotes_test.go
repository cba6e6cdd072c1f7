package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// fold is the quote folding of the extractor, for tests: lower case, no punctuation, "…" kept.
func fold(s string) string {
	s = strings.ReplaceAll(normalize.Fold(s), "...", " … ")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '…' || r == '\'' || r == '-':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '…':
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "…", " … ")), " ")
}

func quote(src, speaker, words string, inferred bool) model.Claim {
	return model.Claim{
		Type: model.TypeQuote, Kind: "quote", Source: src, Key: "quote|" + normalize.Key(speaker),
		Subject: speaker + " · quote", Measure: "quote", Value: words, Attribution: speaker, Inferred: inferred,
		Quote: &model.Quote{Speaker: speaker, Words: words, Folded: fold(words)},
	}
}

func TestMatchQuotes(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       quoteRel
	}{
		{"identical", "I'm hoping he can have a breakthrough", "I’m hoping he can have a breakthrough.", relIdentical},
		{"case and punctuation", "This is the strongest signal we have sent", "THIS IS THE STRONGEST SIGNAL, we have sent!", relIdentical},
		{"excerpt", "every company behind it will pay a price", "Every tanker will be named, and every company behind it will pay a price", relExcerpt},
		{"overlapping excerpts", "we will win this war and we will rebuild", "and we will rebuild every school", relExcerpt},
		{"elision marked", "we will rebuild … every hospital", "we will rebuild every school and every hospital", relExcerpt},
		{"words left out silently", "we will rebuild every hospital", "we will rebuild every school and every hospital", relShortened},
		{"words changed", "I'm hoping he can have a breakthrough in Moscow this week", "I hope he can achieve a breakthrough in Moscow this week", relAltered},
		{"short and much changed: too little to tell from another statement", "I'm hoping he can have a breakthrough", "I hope he can achieve a breakthrough here", relNone},
		{"first word changed", "we will never accept a frozen conflict", "they will never accept a frozen conflict", relAltered},
		{"a different statement", "we need air defence not words", "we need more sanctions on Russian oil", relNone},
		{"a shared phrase only", "the war must end now and peace must come", "the war must end said nobody in the room today at all", relNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertMatch(t, tt.a, tt.b, tt.want)
		})
	}
}

// assertMatch checks that quotations a and b match as want says, either way round.
func assertMatch(t *testing.T, a, b string, want quoteRel) {
	t.Helper()
	m := matchQuotes(fold(a), fold(b))
	assert.Equal(t, want, m.rel, "%v", m.ops)
	m = matchQuotes(fold(b), fold(a))
	assert.Equal(t, want, m.rel, "symmetric: %v", m.ops)
}

func TestWordDiff(t *testing.T) {
	a := quote("a", "X", "I’m hoping he can have a breakthrough.", false)
	b := quote("b", "X", "I hope he can achieve a breakthrough", false)
	ops := QuoteDiff(a, b)
	var rebuiltA, rebuiltB []string
	for _, o := range ops {
		require.Contains(t, []string{"=", "-", "+"}, o.Op)
		if o.Op != "+" {
			rebuiltA = append(rebuiltA, o.Text)
		}
		if o.Op != "-" {
			rebuiltB = append(rebuiltB, o.Text)
		}
	}
	// words, not characters, and each side's own spelling
	assert.Equal(t, "I’m hoping he can have a breakthrough", strings.Join(rebuiltA, " "))
	assert.Equal(t, "I hope he can achieve a breakthrough", strings.Join(rebuiltB, " "))
	assert.Contains(t, ops, model.DiffOp{Op: "=", Text: "he can"})
	assert.Equal(t, "[-I’m hoping-] {+I hope+} he can [-have-] {+achieve+} a breakthrough", renderDiff(ops))
}

func TestQuoteFindings(t *testing.T) {
	tests := []struct {
		name     string
		claims   []model.Claim
		kind     model.Kind
		severity model.Severity
		message  string
		diff     bool
	}{
		{"altered", []model.Claim{
			quote("wire", "Kaja Kallas", "We are closing the loopholes that allow Moscow to keep financing its war machine", false),
			quote("blog", "Kaja Kallas", "We are closing the loopholes that allow Moscow to keep financing its war machine.", false),
			quote("paper", "Kallas", "We are closing the gaps that let Moscow keep funding its war machine", false),
		}, model.KindConflict, model.SeverityError, "altered quote: paper changes Kaja Kallas's words as blog, wire quote", true},
		{"shortened silently", []model.Claim{
			quote("a", "Vitali Klitschko", "We will rebuild every school and every hospital in this city", false),
			quote("b", "Vitali Klitschko", "We will rebuild every hospital in this city", false),
		}, model.KindConflict, model.SeverityWarning, "words left out without an ellipsis", true},
		{"misattributed", []model.Claim{
			quote("agency", "Andrii Sybiha", "There can be no lasting peace without justice for the victims", false),
			quote("daily", "Kaja Kallas", "There can be no lasting peace without justice for the victims.", false),
		}, model.KindConflict, model.SeverityError, "misattributed quote: agency credits", false},
		{"an inferred speaker never makes a misattribution", []model.Claim{
			quote("agency", "Andrii Sybiha", "Ukraine will never accept a frozen conflict on its territory", false),
			quote("daily", "Kaja Kallas", "Ukraine will never accept a frozen conflict on its territory", true),
		}, model.KindCorroborated, model.SeverityInfo, "2 sources quote Andrii Sybiha alike", false},
		{"a stock phrase by two people", []model.Claim{
			quote("a", "Andrii Sybiha", "We are ready to help", false),
			quote("b", "Kaja Kallas", "We are ready to help", false),
		}, model.KindSingle, model.SeverityInfo, "only", false},
		{"a misspelt surname is the same speaker, and the report says how each spells it", []model.Claim{
			quote("a", "Anna Lindqvist", "This is a once-in-a-generation opportunity to build a Nordic champion", false),
			quote("b", "Anna Lindquist", "This is a once-in-a-lifetime opportunity to build a Nordic champion", false),
		}, model.KindConflict, model.SeverityError, "the name is spelled “Anna Lindqvist” (a), “Anna Lindquist” (b)", true},
		{"the same words under a misspelt surname corroborate, not a misattribution", []model.Claim{
			quote("a", "Jens Stoltenberg", "Allies must step up their support for Ukraine this winter", false),
			quote("b", "Jens Stoltenburg", "Allies must step up their support for Ukraine this winter", false),
		}, model.KindCorroborated, model.SeverityInfo, "2 sources quote Jens Stoltenberg alike: “Allies must step up their support for Ukraine this winter”; the name is spelled", false},
		{"two given names are two people: a misattribution", []model.Claim{
			quote("a", "Maria Holm", "We will not accept any cuts to the pension fund", false),
			quote("b", "Anna Holm", "We will not accept any cuts to the pension fund", false),
		}, model.KindConflict, model.SeverityError, "misattributed quote", false},
		{"excerpt corroborates", []model.Claim{
			quote("a", "Matthew Whitaker", "I conveyed that this senseless war must end, and that peace is the only viable path forward", false),
			quote("b", "Whitaker", "peace is the only viable path forward", false),
		}, model.KindCorroborated, model.SeverityInfo, "2 sources quote Matthew Whitaker alike", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(nil, tt.claims, Options{})
			require.NotEmpty(t, fs)
			f := fs[0]
			assert.Equal(t, model.TypeQuote, f.Type)
			assert.Equal(t, tt.kind, f.Kind, f.Message)
			assert.Equal(t, tt.severity, f.Severity)
			assert.Contains(t, f.Message, tt.message)
			assert.Equal(t, tt.diff, len(f.Diff) > 0, "%v", f.Diff)
			// deterministic: the same input in another order gives the same findings
			rev := append([]model.Claim(nil), tt.claims...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			assert.Equal(t, fs, Compare(nil, rev, Options{}))
		})
	}
}

func TestQuoteCompatible(t *testing.T) {
	a := quote("a", "X Y", "we are closing the loopholes that allow Moscow to keep financing", false)
	b := quote("b", "X Y", "we are closing the gaps that let Moscow keep funding", false)
	c := quote("c", "X Y", "an entirely different statement about the weather today", false)
	assert.False(t, Compatible(a, b, 0), "altered")
	assert.True(t, Compatible(a, c, 0), "two statements can both be made")
	assert.True(t, Compatible(a, a, 0))
}

// TestBestSpeaker: a finding's speaker is the named one over a guessed one, then the fullest
// name, then the first in byte order, whatever the order of the claims (their sources' names).
func TestBestSpeaker(t *testing.T) {
	q := func(speaker string, guessed bool) *model.Claim {
		return &model.Claim{Quote: &model.Quote{Speaker: speaker}, Inferred: guessed}
	}
	tests := []struct {
		name string
		cs   []*model.Claim
		want string
	}{
		{"named over guessed", []*model.Claim{q("Olga Brennan", true), q("Tom Haley", false)}, "Tom Haley"},
		{"fullest name", []*model.Claim{q("Haley", false), q("Tom Haley", false)}, "Tom Haley"},
		{"a tie in byte order", []*model.Claim{q("Tom Haley", false), q("Thomas Haley", false)}, "Thomas Haley"},
		{"an empty speaker never wins", []*model.Claim{q("", false), q("Haley", true)}, "Haley"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, cs := range [][]*model.Claim{tt.cs, {tt.cs[1], tt.cs[0]}} {
				if got := bestSpeaker(cs); got != tt.want {
					t.Errorf("bestSpeaker = %q, want %q", got, tt.want)
				}
			}
		})
	}
}
