package compare

import "github.com/crosscheck/crosscheck/model"

// Bucket names the claims a claim can ever meet: Compare never puts claims of different buckets
// in one group, so the findings of Compare over all claims are those of Compare over each bucket
// (or over any unions of whole buckets), put in order with Sort. This lets a large run compare
// bucket by bucket, on several cores, without holding every claim decoded at once. Roles meet
// across keys (a surname resolves to the one full name that holds it) and quotes meet across
// keys (by their words), so each of those families is one bucket; other claims meet by key.
// Bucket is "" for a claim that meets no other (no key, not a role, not a quote): Compare
// leaves it out.
func Bucket(c *model.Claim) string {
	switch {
	case c.Type == model.TypeRole || c.Role != nil:
		return "\x00role"
	case c.Type == model.TypeQuote || c.Quote != nil:
		return "\x00quote"
	}
	return c.Key
}
