package extract

// A strike is an attack in a war story and a walkout in a labour one: "the strike on Kharkiv"
// and "the rail strike will begin at midnight" are different events, and a walkout called off is
// no attack postponed. strikeEvent tells them apart from the words of the sentence.

// labourWords show a strike is a walkout: who strikes, over what, or a strike's labour name.
var labourWords = map[string]bool{
	"union": true, "unions": true, "union's": true, "workers": true, "workers'": true, "staff": true,
	"employees": true, "walkout": true, "walkouts": true, "pay": true, "wage": true, "wages": true,
	"pension": true, "pensions": true, "picket": true, "pickets": true, "industrial": true,
	"teachers": true, "nurses": true, "doctors": true, "drivers": true, "pilots": true, "dockers": true,
	"miners": true, "nationwide": true, "24-hour": true, "48-hour": true,
	"72-hour": true, "hunger": true, "rail": true, "tube": true, "postal": true, "members": true,
}

// warWords show a strike is an attack, whatever else the sentence says.
var warWords = map[string]bool{
	"missile": true, "missiles": true, "drone": true, "drones": true, "air": true, "killed": true,
	"wounded": true, "bomb": true, "bombs": true, "military": true, "troops": true, "army": true,
	"artillery": true, "rocket": true, "rockets": true, "airstrike": true, "airstrikes": true,
	"retaliatory": true, "pre-emptive": true, "preemptive": true, "nuclear": true,
}

// strikeEvent is the event the noun "strike" names in s: "walkout" when the sentence speaks of
// labour and not of war ("Rail workers will begin a 48-hour strike on Friday", "the union called
// off the strike"), else "attack".
func strikeEvent(s *Sent) string {
	labour := false
	for i := range s.Tokens {
		w := s.Lower(i)
		if warWords[w] {
			return "attack"
		}
		// "general" only as a strike's name: "General Smith ordered a strike" is an officer's
		labour = labour || labourWords[w] || w == "strike" && s.Lower(i-1) == "on" && s.Lower(i+1) != "on" ||
			w == "general" && s.Lower(i+1) == "strike" || w == "strike" && strikeEnding(s, i) // dates_strikeend.go
	}
	if labour {
		return "walkout"
	}
	return "attack"
}
