package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// ShuffleKey is the partition a distributed run groups claims by before comparing them: Compare
// over each partition alone, findings put together and sorted with Sort, gives Compare over all
// claims. It is the claim's Key, except where Compare looks across keys:
//   - quotes meet by their words, whoever they are credited to (splitQuotes, compareQuotes):
//     they all share one partition;
//   - a post credited to a bare surname takes the one full name the corpus gives for that
//     surname (resolveSurnames): roles are partitioned by surname;
//   - a planned figure without its deadline may take the one deadline its story gives it
//     (resolveDeadlines): figures with a deadline are partitioned by their key without it;
//   - a figure without a scope may take the one scope its story gives it (resolveScopes):
//     quantities are partitioned by their key without their scope (and without a deadline);
//     the person of a prison term or a count of charges is its scope (personScoped).
//
// A change to what Compare looks at across keys must be mirrored here; the pipeline's
// TestReducePerKey checks it.
func ShuffleKey(c model.Claim) string {
	return ShuffleKeyOf(&c)
}

// ShuffleKeyOf is ShuffleKey of *c: a run asks it of every claim, which as a value is a copy of
// some three hundred bytes each time.
func ShuffleKeyOf(c *model.Claim) string {
	switch {
	case c.Quote != nil && c.Type == model.TypeQuote:
		return "quote"
	case c.Role != nil:
		last := lastField(normalize.Key(c.Role.Person))
		if last == "" {
			return c.Key
		}
		return "role|" + last
	case c.Type == model.TypeQuantity:
		// a figure and its scoped key meet in one partition: a report without the scope may take
		// it (resolveScopes)
		key := scopeShuffleKey(c)
		// a planned figure and its deadline's key meet in one partition: a report without the
		// deadline may take it (resolveDeadlines)
		if strings.Contains(key, deadlineMark) {
			if base, ok := deadlineBase(key); ok {
				return base
			}
		}
		return key
	}
	return c.Key
}

// lastField is the last of strings.Fields(s) ("" for none), without the slice of them all:
// Fields splits at unicode.IsSpace (its ASCII path at the same six bytes).
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}

// countFields is len(strings.Fields(s)), without the slice of them.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// AppendShuffleKey is ShuffleKeyOf, with a key that ShuffleKeyOf would make (a quantity key
// without its scope) written into buf instead: the string returned may share buf's bytes, and
// is valid until buf is written again. A run asks it of every claim, only to number the key.
func AppendShuffleKey(buf []byte, c *model.Claim) (string, []byte) {
	if c.Type != model.TypeQuantity || c.Role != nil || c.Quote != nil && c.Type == model.TypeQuote {
		return ShuffleKeyOf(c), buf
	}
	key := c.Key
	i, j, ok := scopeSlot(c)
	if ok && i != j {
		buf = append(append(buf[:0], key[:i]...), key[j:]...)
		key = unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	if strings.Contains(key, deadlineMark) {
		return ShuffleKeyOf(c), buf // rare: made as ShuffleKeyOf makes it
	}
	return key, buf
}
