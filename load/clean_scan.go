package load

import (
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// bodyScan is what scanBody learns of a body in one pass, for cleanBody: whether textOnly
// would drop or replace bytes of valid text, whether it would look at the text at all (a byte
// textOnlyMark marks: then text that is not valid UTF-8 changes), and singleSpaced's answer.
type bodyScan struct {
	drop, marked, single bool
}

// SWAR constants of scanBody.
const (
	scanOnes  = 0x0101010101010101
	scanLows  = 0x7f7f7f7f7f7f7f7f
	scanHighs = 0x8080808080808080
)

// zeroBytes marks the high bit of exactly the bytes of x that are 0 (no false marks, unlike
// the borrowing test of plainRun, so that every mark can be taken in turn).
func zeroBytes(x uint64) uint64 { return ^((x&scanLows + scanLows) | x | scanLows) }

// scanBody is textOnly's and singleSpaced's looks at s in one pass: it tests eight bytes at a
// time for a control character other than a newline, DEL, a byte beyond ASCII, and two spaces
// in a row, and only then looks at the marked bytes one by one.
func scanBody(s string) bodyScan {
	r := bodyScan{single: true}
	i := 0
	var lastSpace uint64 // 1 when the byte before s[i] is a space
	for ; i+8 <= len(s); i += 8 {
		// most text is plain sixteen bytes at a time: no byte below 0x20 or above 0x7e (a test
		// that may mark bytes after a marked one, never miss one), and no two spaces in a row
		// within them or across their start (a zero byte of u0|u0>>8|u1<<56 or u1|u1>>8)
		for i+16 <= len(s) {
			b := (*[16]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)) // s[i:i+16]
			x0 := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			x1 := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
				uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
			u0, u1 := x0^' '*scanOnes, x1^' '*scanOnes
			v0 := u0 | u0>>8 | u1<<56
			v1 := u1 | u1>>8 | 0xff<<56
			// (a byte's x0-0x20 needs no &^x0 beside |x0: a&^x|x is a|x)
			if ((x0-0x20*scanOnes)|x0|(x0+scanOnes)|(v0-scanOnes)&^v0|
				(x1-0x20*scanOnes)|x1|(x1+scanOnes)|(v1-scanOnes)&^v1)&scanHighs != 0 ||
				lastSpace != 0 && byte(x0) == ' ' {
				break // the chunk at i is read alone, below
			}
			lastSpace = 0
			if x1>>56 == ' ' {
				lastSpace = 1
			}
			i += 16
		}
		if i+8 > len(s) {
			break
		}
		t := s[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// most chunks are plain: no byte below 0x20 or above 0x7e (the first test may mark
		// a byte wrongly, never miss one), and no two spaces in a row, within the chunk (a
		// zero byte of y|y>>8, the top byte kept apart) or across its start
		y := x ^ ' '*scanOnes
		v := y | y>>8 | 0xff<<56
		if ((x-0x20*scanOnes)|(x&scanLows+scanOnes)|x|(v-scanOnes)&^v)&scanHighs == 0 &&
			(lastSpace == 0 || byte(x) != ' ') {
			lastSpace = 0
			if x>>56 == ' ' {
				lastSpace = 1
			}
			continue
		}
		ctrl := ^((x & scanLows) + 0x6060606060606060) &^ x & scanHighs // bytes below 0x20
		ctrl &^= zeroBytes(x ^ '\n'*scanOnes)
		m := ctrl | zeroBytes(x^0x7f*scanOnes) | x&scanHighs
		sp := zeroBytes(x ^ ' '*scanOnes)
		if sp&(sp>>8) != 0 || lastSpace&(sp>>7) != 0 {
			r.single = false
		}
		lastSpace = sp >> 63
		for m != 0 {
			j := i + bits.TrailingZeros64(m)/8
			m &= m - 1
			r.byteAt(s, j)
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if lastSpace != 0 {
				r.single = false
			}
			lastSpace = 1
			continue
		}
		lastSpace = 0
		if c < 0x20 && c != '\n' || c >= 0x7f {
			r.byteAt(s, i)
		}
	}
	return r
}

// byteAt notes what the byte at j, a control character other than a newline, DEL or a byte
// beyond ASCII, means to textOnly and singleSpaced.
func (r *bodyScan) byteAt(s string, j int) {
	c := s[j]
	if textOnlyMark[c] {
		r.marked = true
	}
	switch {
	case c < 0x20 || c == 0x7f:
		if c != '\t' {
			r.drop = true
		}
		if asciiSpace[c] != 0 {
			r.single = false // a tab, \v, \f or \r
		}
	case c == 0xc2:
		if j+1 < len(s) && s[j+1] >= 0x80 && s[j+1] <= 0x9f {
			r.drop = true // C1 control
		}
		if isWideSpace(s[j:]) {
			r.single = false
		}
	case c == 0xe2:
		if j+2 < len(s) && isBidiMark(s[j+1], s[j+2]) {
			r.drop = true
		}
		if isWideSpace(s[j:]) {
			r.single = false
		}
	case c == 0xe1 || c == 0xe3:
		if isWideSpace(s[j:]) {
			r.single = false
		}
	}
}

// textOnlySingle is textOnly(s) and singleSpaced of it; valid tells that s is known to be
// valid UTF-8. Most bodies need no change and are read once.
func textOnlySingle(s string, valid bool) (string, bool) {
	r := scanBody(s)
	if !r.marked || !r.drop && (valid || utf8.ValidString(s)) {
		return s, r.single
	}
	s = textOnly(s)
	return s, singleSpaced(s)
}
