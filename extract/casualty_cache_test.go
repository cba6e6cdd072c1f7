package extract

import "testing"

// TestCasualtyCache checks that counts read from the casualties' readings what readCasualtyAt
// reads itself, over the benchmark articles, recycled documents included.
func TestCasualtyCache(t *testing.T) {
	arts, _ := benchArticles()
	for i, a := range arts {
		if i >= 60 {
			break
		}
		b := prepPool.Get().(*prepBufs)
		d := prepare(a, Options{}, b)
		casualties{}.Extract(d)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			for ni := range s.Numbers {
				if !isCount(&s.Numbers[ni]) {
					continue
				}
				m, c, ok := d.readCasualtyOf(s, ni)
				m2, c2, ok2 := readCasualtyAt(s, &s.Numbers[ni])
				if m != m2 || c != c2 || ok != ok2 {
					t.Fatalf("%s sentence %d number %d: cached %q %q %v, read %q %q %v", a.ID, si, ni, m, c, ok, m2, c2, ok2)
				}
			}
		}
		d.release()
		clear(d.cas)
		b.cas = d.cas[:0]
		prepPool.Put(b)
	}
}
