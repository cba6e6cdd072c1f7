package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/model"
	"github.com/crosscheck/crosscheck/normalize"
)

// ShuffleKey is the partition a distributed run groups claims by before comparing them: Compare
// over each partition alone, findings put together and sorted with Sort, gives Compare over all
// claims. It is the claim's Key, except where Compare looks across keys:
//   - quotes meet by their words, whoever they are credited to (splitQuotes, compareQuotes):
//     they all share one partition;
//   - a post credited to a bare surname takes the one full name the corpus gives for that
//     surname (resolveSurnames): roles are partitioned by surname.
//
// A change to what Compare looks at across keys must be mirrored here; the pipeline's
// TestReducePerKey checks it.
func ShuffleKey(c model.Claim) string {
	switch {
	case c.Quote != nil && c.Type == model.TypeQuote:
		return "quote"
	case c.Role != nil:
		ws := strings.Fields(normalize.Key(c.Role.Person))
		if len(ws) == 0 {
			return c.Key
		}
		return "role|" + ws[len(ws)-1]
	}
	return c.Key
}
