package extract

// withNamedModifier puts the capitalised word that tells one thing sold from another into the
// words w of its noun phrase p: "sold its Swedish unit for $2bn" and "sold its Norwegian unit
// for $3bn" are two sales, not one price twice ("unit sell"). The words of a phrase leave
// names out, as scopes; here the name is what the thing is. (A report that writes only "sold
// the unit" no longer meets either: a missed corroboration costs less than a false conflict.)
func (d *Doc) withNamedModifier(s *Sent, p np, w []string) []string {
	for k := p.first; k < p.last; k++ {
		if k > 0 && s.isWord(k) && s.Tokens[k].IsCapitalized() && !s.lowerIs(k, wFunction) && !isPossessive(s.Lower(k)) {
			return d.stems(0, []string{stem(s.Lower(k))}, w)
		}
	}
	return w
}
