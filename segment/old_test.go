package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The splitter as it was before the fast paths, for FuzzSame.

// Sentences splits text into sentences. Sentences never cross a paragraph break.
func SentencesOld(text string, opt Options) []Sentence {
	soft := opt.SoftWrap || hardWrappedOld(text)
	var out []Sentence
	para := 0
	start := 0
	for start < len(text) {
		end := paragraphEndOld(text, start, soft)
		out = splitParagraphOld(text, start, end, para, out)
		para++
		start = end
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	return out
}

// paragraphEnd finds where the paragraph starting at start ends.
func paragraphEndOld(text string, start int, soft bool) int {
	i := start
	for {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			return len(text)
		}
		lineStart := i
		i += nl
		if !soft {
			if !runsOnOld(text[lineStart:i], text[i+1:]) {
				return i
			}
			i++
			continue
		}
		// A blank line (only spaces) ends the paragraph.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j >= len(text) || text[j] == '\n' {
			return i
		}
		i++
	}
}

// hardWrapped reports whether plain text is wrapped at a fixed width, so that single newlines are
// soft: most lines long and of similar length, and most not ending a sentence.
func hardWrappedOld(text string) bool {
	lines, long, open := 0, 0, 0
	maxLen := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			continue
		}
		lines++
		if len(l) > maxLen {
			maxLen = len(l)
		}
		if len(l) >= 50 {
			long++
		}
		switch l[len(l)-1] {
		case '.', '!', '?', '"', ':':
		default:
			if !strings.HasSuffix(l, "”") {
				open++
			}
		}
	}
	return lines >= 4 && maxLen <= 100 && long*10 >= lines*7 && open*2 >= lines
}

// abbreviations that do not end a sentence when followed by a capital.

// months whose abbreviation does not end a sentence before a number ("Nov. 20").

// splitParagraph appends the sentences of text[start:end].
func splitParagraphOld(text string, start, end, para int, out []Sentence) []Sentence {
	quoted := quoteCursor{text: text, rs: quoteRegionsOld(text, start, end)}
	sentStart := start
	var emit func(s, e int)
	emit = func(s, e int) {
		for s < e && isSpaceByteOld(text[s]) {
			s++
		}
		for e > s && isSpaceByteOld(text[e-1]) {
			e--
		}
		if e-s > MaxSentence {
			// an over-long run without sentence breaks (lists, tables, garbage) is cut at a
			// clause or word boundary so that work per sentence stays bounded
			cut := clauseCutOld(text, s, s+MaxSentence)
			emit(s, cut)
			emit(cut, e)
			return
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Para: para})
		}
	}
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// swallow runs of terminal punctuation and closing quotes/brackets
		j := i + 1
		for j < end {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:end], "”") || strings.HasPrefix(text[j:end], "’") {
				j += len("”")
				continue
			}
			break
		}
		if j >= end {
			break
		}
		if !isSpaceByteOld(text[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < end && isSpaceByteOld(text[k]) {
			k++
		}
		if k >= end {
			break
		}
		if e := quoted.endAt(i); e >= 0 && j < e {
			i = j - 1
			continue
		}
		if !startsSentenceOld(text[k:end]) {
			i = j - 1
			continue
		}
		if c == '.' && !endsSentenceOld(text, sentStart, i, text[k:end]) {
			i = j - 1
			continue
		}
		emit(sentStart, j)
		sentStart = k
		i = k - 1
	}
	emit(sentStart, end)
	return out
}

// clauseCut finds a cut point in text(from, limit]: after the last ";" or ",", else the last space,
// else a character boundary.
func clauseCutOld(text string, from, limit int) int {
	for _, set := range []string{";", ",", " \t\n"} {
		if i := strings.LastIndexAny(text[from+MaxSentence/2:limit], set); i >= 0 {
			return from + MaxSentence/2 + i + 1
		}
	}
	for limit > from+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

func isSpaceByteOld(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// startsSentence reports whether s begins like a sentence: a capital, a digit or an opening quote.
func startsSentenceOld(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(' || r == '['
}

// endsSentence decides whether the period at dot ends a sentence, looking at the word before it.
func endsSentenceOld(text string, from, dot int, next string) bool {
	w := dot
	for w > from && !isSpaceByteOld(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := strings.ToLower(strings.TrimLeft(text[w:dot], "“‘'\"("))
	if word == "" {
		return true
	}
	if abbreviations[word] {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(next)
	if monthAbbrev[word] && unicode.IsDigit(nr) {
		return false
	}
	// A single capital letter is an initial ("J. D. Vance"), as is "J.D".
	if r, size := utf8.DecodeRuneInString(text[w:dot]); size == dot-w && unicode.IsUpper(r) {
		return false
	}
	if strings.Count(word, ".") >= 1 && len(word) <= 6 && !strings.ContainsAny(word, "0123456789") {
		return false // dotted abbreviations: "j.d", "a.m" is handled by the capital test below
	}
	return true
}

// quoteRegions finds balanced quotation spans in text[start:end] (curly pairs, or straight quotes
// paired in order). Unbalanced quotes give no regions, so splitting falls back to punctuation.
func quoteRegionsOld(text string, start, end int) [][2]int {
	var regions [][2]int
	open := -1
	straightOpen := -1
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch r {
		case '“':
			if open < 0 {
				open = i
			}
		case '”':
			if open >= 0 {
				regions = append(regions, [2]int{open, i + size})
				open = -1
			}
		case '"':
			if straightOpen < 0 {
				straightOpen = i
			} else {
				regions = append(regions, [2]int{straightOpen, i + size})
				straightOpen = -1
			}
		}
		i += size
	}
	if open >= 0 || straightOpen >= 0 {
		return nil
	}
	return regions
}

// runsOnOld is runsOn written plainly: the line ends with no sentence mark, the next opens in lower case.
func runsOnOld(line, next string) bool {
	next = strings.TrimLeft(next, " \t")
	if next == "" || next[0] < 'a' || next[0] > 'z' {
		return false
	}
	line = strings.TrimRight(line, " \t\r")
	if line == "" {
		return false
	}
	for _, end := range []string{",\"", ",'", ",”", ",’"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	for _, end := range []string{".", "!", "?", ":", ";", "\"", "'", ")", "]", "-", "*", "|", ">", "”", "’", "»", "…", "—", "–"} {
		if strings.HasSuffix(line, end) {
			return false
		}
	}
	return true
}
