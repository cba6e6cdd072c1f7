package extract

import (
	"strings"
	"testing"
)

// TestMayVerbGroupWord: every word verbGroupStart's lists step over passes the filter.
func TestMayVerbGroupWord(t *testing.T) {
	words := []string{"", "x", "'ll", "’ll", "he'll", "they’ll", "quickly", "family", "ly", "n't"}
	words = append(words, keysOf(dtFrames, nil)...)
	for w := range notAdverbsLy {
		words = append(words, w)
	}
	for _, text := range []string{
		"Not also again already now then still just soon never even reportedly originally initially finally first later earlier previously formally officially publicly briefly only once jointly personally eventually last",
		"is are am was were be been being has have had will shall would wo may might could should must can to",
		"the minister said on Monday that talks were expected to resume and Witkoff would travel to Moscow",
	} {
		words = append(words, strings.Fields(strings.ToLower(text))...)
	}
	for _, w := range words {
		step := dtIsAdverb(w) || dtIsBe(w) || dtIsFutureAux(w) || dtIsModal(w) || w == "to" || w == "being" ||
			strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") || dtFrameSet.has(w)
		if step && !mayVerbGroupWord(w) {
			t.Errorf("mayVerbGroupWord(%q) = false for a word verbGroupStart steps over", w)
		}
	}
}
