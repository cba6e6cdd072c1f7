package extract

import "strings"

// bodyTails end the names of bodies, not of people: "a spokeswoman for the British Red Cross"
// names no person "Red Cross" after a title "spokeswoman for the British", nor "a spokesman for
// the International Rescue Committee" one "Rescue Committee". (Surnames that are such words,
// "Court", "Bishop", are left out.)
var bodyTails = map[string]bool{
	"cross": true, "crescent": true, "committee": true, "ministry": true, "department": true,
	"agency": true, "council": true, "commission": true, "office": true, "bureau": true,
	"service": true, "services": true, "authority": true, "foundation": true, "federation": true,
	"association": true, "organisation": true, "organization": true, "society": true,
	"institute": true, "fund": true, "programme": true, "program": true, "union": true,
	"corporation": true, "coalition": true, "alliance": true, "secretariat": true,
	"directorate": true, "inspectorate": true, "tribunal": true, "observatory": true,
	"hospital": true, "university": true, "police": true, "army": true, "navy": true,
	"administration": true, "government": true, "party": true, "group": true, "bank": true,
}

// bodyNamed reports whether a name read after a title is a body's: its last word is a body's.
func bodyNamed(name string) bool {
	var buf [24]byte
	return bodyTails[string(lowerASCII(buf[:0], name[strings.LastIndexByte(name, ' ')+1:]))]
}
