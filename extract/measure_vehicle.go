package extract

// A crash story often gives the speed a train, car or plane was going at, and outlets disagree on
// it ("travelling at 95 km/h", "going at 120 kilometres per hour"). vehicleSpeedOf reads such a
// speed as the vehicle's speed: a motion verb before "at" and the figure, with a vehicle named in
// the sentence or the two before it. A storm's forward speed, a speed limit and a record are not.

// motionVerbs say a vehicle was moving at a speed.
var motionVerbs = map[string]bool{
	"travelling": true, "traveling": true, "travelled": true, "traveled": true, "going": true,
	"driving": true, "driven": true, "running": true, "moving": true, "speeding": true,
	"hurtling": true, "flying": true, "racing": true, "doing": true, "sailing": true,
}

// vehicleNouns name what moves at a speed in a crash story.
var vehicleNouns = map[string]bool{
	"train": true, "trains": true, "bus": true, "coach": true, "car": true, "cars": true,
	"lorry": true, "truck": true, "van": true, "vehicle": true, "plane": true, "aircraft": true,
	"jet": true, "helicopter": true, "ship": true, "ferry": true, "boat": true, "vessel": true,
	"motorcycle": true, "motorbike": true, "tram": true, "locomotive": true, "driver": true,
	"pilot": true, "motorist": true, "service": true, "express": true,
}

// stormNouns in a sentence make a speed a storm's (moving, or its winds), not a vehicle's.
var stormNouns = map[string]bool{
	"storm": true, "hurricane": true, "typhoon": true, "cyclone": true, "tornado": true,
	"wind": true, "winds": true,
}

// otherSpeeds before a figure make it another speed than the one a vehicle went at: "a speed limit
// of 80 km/h", "a top speed of 300 km/h", "a record 320 km/h".
var otherSpeeds = map[string]bool{
	"limit": true, "limited": true, "record": true, "maximum": true, "top": true, "designed": true,
}

// vehicleSpeedOf keys the speed q as a vehicle's: "was travelling at 95 km/h", "was going at 120
// kilometres per hour", "was doing 100 mph".
func vehicleSpeedOf(d *Doc, s *Sent, q *qty) bool {
	k := q.first - 1
	if s.Lower(k) == "at" {
		k--
	}
	if !motionVerbs[s.Lower(k)] {
		return false
	}
	if s.Lower(k) == "doing" && s.Lower(q.first-1) == "at" {
		return false // "doing at": not English for a speed
	}
	for j := range s.Tokens {
		if stormNouns[s.Lower(j)] || j < q.first && j >= q.first-4 && otherSpeeds[s.Lower(j)] {
			return false
		}
	}
	named := false
	for i := s.Index; i >= 0 && i >= s.Index-2 && i < len(d.Sentences) && !named; i-- {
		t := &d.Sentences[i]
		for j := range t.Tokens {
			if vehicleNouns[t.Lower(j)] {
				named = true
				break
			}
		}
	}
	if !named {
		return false
	}
	return setWhat(q, whatVehicleSpeed, "vehicle speed")
}

// whatVehicleSpeed is the key of a vehicle's speed.
var whatVehicleSpeed = []string{"vehicl", "speed"}
