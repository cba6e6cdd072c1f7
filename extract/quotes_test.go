package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/extract"
	"github.com/crosscheck/crosscheck/model"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"speaker after, wrote on X", `"I conveyed that this senseless war must end," Matthew Whitaker wrote on X.`,
			[]string{"quote: Matthew Whitaker: i conveyed that this senseless war must end"}},
		{"speaker before, colon", "Volodymyr Zelensky said: “We agreed to maintain constant contact.”",
			[]string{"quote: Volodymyr Zelensky: we agreed to maintain constant contact"}},
		{"pronoun resolved to the subject named before", "Matthew Whitaker met Zelensky in Kyiv. “I’m hoping he can have a breakthrough,” he said.",
			[]string{"quote: Matthew Whitaker: i'm hoping he can have a breakthrough"}},
		{"split by its attribution", "Kaja Kallas arrived. “The door remains open,” she said, “but we will not negotiate under fire.”",
			[]string{"quote: Kaja Kallas: the door remains open but we will not negotiate under fire"}},
		{"inverted", "«We are ready to talk without preconditions,» said Dmitry Peskov.",
			[]string{"quote: Dmitry Peskov: we are ready to talk without preconditions"}},
		{"single marks and contractions", "‘We’re not at war with Russia,’ Keir Starmer said.",
			[]string{"quote: Keir Starmer: we're not at war with russia"}},
		{"scare quotes", "Washington is hoping to “lead” Russia and Ukraine to the table, Matthew Whitaker has said.", []string{}},
		{"short fragment", "Sergey Ryabkov described the position as coming from “common sense.”", []string{}},
		{"no speaker", "The banner read “No peace without justice for our children”.", []string{}},
		{"institution", "The ministry said the claims were “completely false and absurd”.", []string{"quote: the ministry: completely false and absurd"}},
		{"adjective, not a verb", "Zelensky said Kyiv respects Donald Trump’s stated priority and views “every realistic proposal positively.”",
			[]string{"quote: Volodymyr Zelensky: every realistic proposal positively"}},
		{"the description names the minister before", "Foreign Minister Andrii Sybiha arrived. “Turkey can play a key role,” the minister said.",
			[]string{"quote: Andrii Sybiha: turkey can play a key role"}},
		{"repeated in one article", "“We will not give up our land,” Zelensky said. Later: “We will not give up our land,” Zelensky said.",
			[]string{"quote: Volodymyr Zelensky: we will not give up our land"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, kindSignatures(t, tt.text, "quote"))
		})
	}
}

func TestQuoteClaimShape(t *testing.T) {
	text := "Whitaker arrived. Matthew Whitaker was blunt.\n\n“This war cannot go on indefinitely,” Whitaker said. “Both sides must face reality.”"
	a := &model.Article{Source: model.Source{ID: "a"}, Format: "text", Text: text}
	var qs []model.Claim
	for _, c := range extract.Extract(a, extract.Options{}) {
		if c.Type == model.TypeQuote {
			qs = append(qs, c)
		}
	}
	require.Len(t, qs, 2)
	q := qs[0]
	assert.Equal(t, "quote|matthew whitaker", q.Key)
	assert.Equal(t, "This war cannot go on indefinitely", q.Value)
	assert.Equal(t, q.Value, text[q.ValueSpan.Start:q.ValueSpan.End])
	assert.Equal(t, "Matthew Whitaker", q.Quote.Speaker)
	assert.Equal(t, "Matthew Whitaker", q.Attribution)
	assert.False(t, q.Inferred, "the surname is written")
	// the next quotation continues the speaker: inferred
	assert.Equal(t, "Matthew Whitaker", qs[1].Quote.Speaker)
	assert.True(t, qs[1].Inferred)
}

func TestFoldQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I’m hoping he can have a breakthrough.", "i'm hoping he can have a breakthrough"},
		{"Peace – led by President Trump's efforts – is the only path", "peace led by president trump's efforts is the only path"},
		{"We will rebuild ... every school", "we will rebuild … every school"},
		{"[Putin] must stop", "must stop"},
		{"He must … stop [it] now", "he must … stop … now"},
		{"ready to work 24/7 on 1,200 files", "ready to work 24 7 on 1,200 files"},
		{"Ilić said: “ÇA VA”", "ilic said ca va"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, extract.FoldQuote(tt.in))
		})
	}
}
