package extract

// A player's transfer is a deal too: "Arsenal have signed Declan Rice from West Ham in a deal
// worth £105m", "Rice joined Arsenal for a fee of £105m", "West Ham sold Rice to Arsenal in a
// £105m deal". What changes hands is the player, so the fee is keyed as the deal's value with
// the player as its owner, as a takeover's price is keyed with the company bought (dealPrice):
// each club's report of one transfer then meets the other's, and one club's two signings never do.

// transferNouns carry a transfer's fee: "a deal worth", "a fee of", "a £105m move".
var transferNouns = map[string]bool{
	"deal": true, "fee": true, "move": true, "transfer": true, "switch": true,
}

// transferLinks stand between a transfer noun and its fee: "a deal reportedly worth", "a fee
// believed to be", "a fee of around".
var transferLinks = map[string]bool{
	"worth": true, "of": true, "valued": true, "at": true, "reportedly": true, "believed": true,
	"thought": true, "understood": true, "to": true, "be": true, "initial": true, "about": true,
	"around": true, "some": true, "roughly": true, "nearly": true, "almost": true, "up": true,
	"potentially": true, "rising": true, "an": true, "a": true, "reported": true,
}

// transferVerbs move the player they take as object: "signed Rice", "sold Rice to Arsenal";
// joinVerbs the player who is their subject: "Rice joined Arsenal".
var transferVerbs = map[string]bool{
	"sign": true, "signs": true, "signed": true, "signing": true, "sell": true, "sells": true,
	"sold": true, "selling": true,
}

var joinVerbs = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}

// transferFeeNoun reports whether the amount q is a transfer noun's fee: the noun before it
// over links ("in a deal worth £105m", "for a fee of £105m") or after it ("a £105m move").
func (s *Sent) transferFeeNoun(q *qty) bool {
	k := q.first - 1
	for n := 0; n < 5 && k >= 0 && transferLinks[s.Lower(k)] && !transferNouns[s.Lower(k)]; n++ {
		k--
	}
	if k < q.first-1 && transferNouns[s.Lower(k)] {
		return true
	}
	j := q.last + 1
	if s.Lower(j) == "-" {
		j++
	}
	return transferNouns[s.Lower(j)] && !s.lowerWord(j+1)
}

// transferParty is the player a transfer fee q is paid for: the person a transfer verb before
// the fee moves, "" when none is named or the one named is no person ("Vodafone signed a deal
// worth €2bn with Nokia" is no transfer).
func (d *Doc) transferParty(s *Sent, q *qty) string {
	if !s.transferFeeNoun(q) || titleCaseSent(s) {
		return ""
	}
	for v := q.first - 1; v >= 0; v-- {
		w := s.Lower(v)
		if w == ";" || w == "." {
			break
		}
		name := ""
		switch {
		case transferVerbs[w]:
			k := v + 1
			if s.Lower(k) == "of" { // "completed the signing of Declan Rice"
				k++
			}
			name = s.objectName(k)
		case joinVerbs[w]:
			name = d.ownerOf(s, v)
		default:
			continue
		}
		return d.personNamed(name)
	}
	return ""
}
