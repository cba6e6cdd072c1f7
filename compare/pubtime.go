package compare

import "time"

// A source that gives its publication day without a time of day ("published: 2026-02-07", a
// byline's "7 February 2026") is read as midnight UTC. Such a time orders the source before every
// source of other days, but not among those of its own day: which came first is unknown.

// untimed reports whether publication time t is a day without a time of day.
func untimed(t time.Time) bool {
	u := t.UTC()
	return u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0
}

// pubLabel shows publication time t as a message gives it: the day alone when the source gave
// no time of day.
func pubLabel(t time.Time) string {
	if untimed(t) {
		return t.UTC().Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}
