package extract

// Emergency stories give how fast help came: "Police arrived within three minutes", "paramedics
// reached the scene in eight minutes", "officers were at the scene within five minutes". The
// figure is the responders' response time, keyed by who responded (police, firefighters,
// paramedics, ambulances), so that two outlets' times meet and three minutes against five is
// seen, while the police's and the ambulance's times stay two figures. Without a responder or
// "the scene" the length is no response time: "the plane arrived in 40 minutes" is a flight.
// Not read: "it took police 12 minutes to arrive" (keyed by its verb already), "arrived 12
// minutes after the call" (a time after an event, not a length of a response).

// responders map who responds to an emergency to the key of their response time.
var responders = map[string]string{
	"police": "police", "officers": "police", "officer": "police", "policemen": "police",
	"firefighters": "firefighters", "firefighter": "firefighters", "firemen": "firefighters",
	"fire": "firefighters", "paramedics": "ambulance", "paramedic": "ambulance", "ambulance": "ambulance",
	"ambulances": "ambulance", "medics": "ambulance", "crews": "", "rescuers": "", "responders": "",
	"services": "", "help": "",
}

// arrivalVerbs tell that responders got there.
var arrivalVerbs = map[string]bool{
	"arrived": true, "arrive": true, "arrives": true, "arriving": true, "reached": true, "reach": true,
	"responded": true, "respond": true, "responds": true, "attended": true, "got": true,
}

// responseTime keys the duration q as a response time when it is told "within", "in" or "after"
// it after responders' arrival; it runs when durationWhat found nothing else it measures.
func (d *Doc) responseTime(s *Sent, q *qty) {
	p := s.Lower(q.first - 1)
	if p != "within" && p != "in" && p != "after" {
		return
	}
	// "within three minutes of the first call" was read as a length of the call
	if len(q.what) > 0 && !(p == "within" && s.Lower(q.last+1) == "of") {
		return
	}
	k := q.first - 2
	scene := false
	// "at the scene", "on scene", "there"
	for n := 0; n < 4 && k >= 0; n++ {
		switch s.Lower(k) {
		case "scene", "site":
			scene = true
			k--
			continue
		case "at", "on", "the", "there", "to":
			k--
			continue
		}
		break
	}
	v := k
	if !arrivalVerbs[s.Lower(v)] && !(scene && (s.Lower(v) == "were" || s.Lower(v) == "was")) {
		return
	}
	if s.Lower(v) == "reached" || s.Lower(v) == "reach" {
		scene = true // "reached the scene", "reached the building": an object, skipped above or not
	}
	// the subject, over auxiliaries: "police had arrived"
	k = v - 1
	for k >= 0 && s.lowerIs(k, wAux) {
		k--
	}
	if w := s.Lower(k); w == "who" || w == "that" {
		k-- // "killed by officers who reached the scene within four minutes"
	}
	who, ok := responders[s.Lower(k)]
	if !ok && !scene {
		return
	}
	if s.Lower(k) == "services" && s.Lower(k-1) != "emergency" {
		who, ok = "", false
	}
	if s.Lower(k) == "help" && !scene {
		return
	}
	q.what = d.stems(1, []string{"respons"})
	if who != "" {
		q.what = append(q.what, who)
	}
	q.label = "response time"
	q.after = q.last
}
