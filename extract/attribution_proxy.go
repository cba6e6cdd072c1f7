package extract

// proxyBefore is the index of the preposition joining a proxy to the name at token j ("a
// spokesman for Olga Brennan"), or 0: the spokesman speaks, on the named person's behalf. The
// name's titles, from token start, stand between them ("a spokesman for Prime Minister Keir
// Starmer", "Spokesman to Prime Minister Keir Starmer"): the words are still the spokesman's,
// not a statement by the Prime Minister.
func proxyBefore(s *Sent, start, j int) int {
	for _, p := range [2]int{j - 1, start - 1} {
		if p > 0 && (s.Lower(p) == "for" || s.Lower(p) == "to" || s.Lower(p) == "of") && proxyNouns[s.Lower(p-1)] {
			return p
		}
	}
	return 0
}
