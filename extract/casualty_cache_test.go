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

// TestTakenCache checks that the figure ranges money, percents, durations and magnitudes keep for
// counts (takenRead) are those takenByOthers reads, over recycled documents.
func TestTakenCache(t *testing.T) {
	arts, _ := benchArticles()
	for i, a := range arts {
		if i >= 60 {
			break
		}
		b := prepPool.Get().(*prepBufs)
		d := prepare(a, Options{}, b)
		if len(d.Sentences) > 0 && func() bool { _, ok := d.takenRead(nil, &d.Sentences[0]); return ok }() {
			t.Fatalf("%s: figures of an earlier document taken as read", a.ID)
		}
		ExtractDoc(d)
		for si := range d.Sentences {
			s := &d.Sentences[si]
			got, ok := d.takenRead(nil, s)
			if !ok {
				t.Fatalf("%s sentence %d: figures not kept", a.ID, si)
			}
			want := takenByOthers(s)
			if len(got) != len(want) {
				t.Fatalf("%s sentence %d: kept %v, read %v", a.ID, si, got, want)
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("%s sentence %d: kept %v, read %v", a.ID, si, got, want)
				}
			}
		}
		d.release()
		clear(d.cas)
		b.cas = d.cas[:0]
		b.figs = d.figs
		prepPool.Put(b)
	}
}
