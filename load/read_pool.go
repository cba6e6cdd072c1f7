package load

import "sync"

// The plain-text and Markdown parsers keep nothing of the bytes they read (see decodeView), so a
// folder of articles is read through a few reused buffers instead of one new zeroed buffer a file.

// maxPooledRead is the largest buffer kept for reuse: huge files get a buffer of their own.
const maxPooledRead = 1 << 20

// minPooledRead is the smallest buffer made for the pool, so that one buffer serves most articles.
const minPooledRead = 32 << 10

var readBufs sync.Pool // of *[]byte, empty

// getReadBuf returns an empty buffer of at least n bytes of capacity (at most the size limit and
// a byte), to read a file into.
func getReadBuf(n int) []byte {
	n = min(n, sizeLimit+1)
	if v := readBufs.Get(); v != nil {
		b := *v.(*[]byte)
		if cap(b) >= n {
			return b[:0]
		}
		readBufs.Put(v)
	}
	if n <= maxPooledRead {
		return make([]byte, 0, min(max(n, minPooledRead), sizeLimit+1))
	}
	return make([]byte, 0, n)
}

// putReadBuf gives a buffer back once nothing refers to its bytes any more.
func putReadBuf(b []byte) {
	if cap(b) == 0 || cap(b) > maxPooledRead {
		return
	}
	b = b[:0]
	readBufs.Put(&b)
}
