package extract

import "strings"

// A report often opens a sentence with what a party is before its name: "Rival Veltamotor said it
// would cut 300 jobs", "Carmaker Nordvik will shed 2,400 jobs", "Lender Nordbank agreed…". The
// opening capital makes the common noun look like the name's first word, and "Rival Veltamotor"
// would not meet "Veltamotor" elsewhere. These descriptors are left out of the owner's name.
// Only words that seldom begin a company's name are listed: "Union Pacific", "Bank Leumi", "State
// Street", "Giant Eagle" and "Group Lotus" keep their first word.

// ownerDescriptors are common nouns that describe a party before its name.
var ownerDescriptors = map[string]bool{
	"rival": true, "carmaker": true, "automaker": true, "retailer": true, "lender": true, "insurer": true,
	"airline": true, "broadcaster": true, "publisher": true, "regulator": true, "watchdog": true,
	"developer": true, "manufacturer": true, "operator": true, "conglomerate": true, "startup": true,
	"start-up": true, "investor": true, "supermarket": true, "grocer": true, "brewer": true, "miner": true,
	"housebuilder": true, "builder": true, "shipbuilder": true, "carrier": true, "utility": true,
	"exporter": true, "producer": true, "distributor": true, "chain": true, "landlord": true,
	"distiller": true, "wholesaler": true, "supplier": true, "contractor": true, "owner": true,
}

// openingDescriptor reports whether token j, opening the sentence before the rest of a name
// (j < k), is a descriptor of the party rather than part of its name.
func openingDescriptor(s *Sent, j, k int) bool {
	if j != 0 || k <= j || isAcronym(s.Tokens[j].Text) {
		return false
	}
	w := s.Lower(j)
	return ownerDescriptors[w] || len(w) > 6 && strings.HasSuffix(w, "maker") // "Chipmaker", "Drugmaker"
}
