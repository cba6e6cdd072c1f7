package extract

// lettersAt is isLetters(a[start:end]), read eight bytes at a time: a word shorter than eight
// bytes is read with the bytes of a that follow it, masked off, when a has them. appendWords has
// it written out, so that it inlines there.
func lettersAt(a string, start, end int) bool {
	if n := uint(end - start); n-1 < 7 && uint(start)+8 <= uint(len(a)) {
		return lettersShort(le64(a[start:]), n)
	}
	return lettersLong(a, start, end)
}

// lettersShort is letters8 of the first n bytes of x (0 < n < 8): the bytes past them count as 'a'.
func lettersShort(x uint64, n uint) bool {
	mask := ^uint64(0) >> ((64 - 8*n) & 63)
	return letters8(x&mask | 0x6161616161616161&^mask)
}

// le64 reads the first eight bytes of a, little-endian (one load).
func le64(a string) uint64 {
	_ = a[7]
	return uint64(a[0]) | uint64(a[1])<<8 | uint64(a[2])<<16 | uint64(a[3])<<24 |
		uint64(a[4])<<32 | uint64(a[5])<<40 | uint64(a[6])<<48 | uint64(a[7])<<56
}

// lettersLong is lettersAt for words of eight bytes or more, and at the end of a.
func lettersLong(a string, start, end int) bool {
	if end-start < 8 {
		return isLetters(a[start:end])
	}
	if end-start <= 16 { // two reads that may overlap
		return letters2x8(le64(a[start:]), le64(a[end-8:]))
	}
	for k := start; k+8 < end; k += 8 {
		if !letters8(le64(a[k:])) {
			return false
		}
	}
	return letters8(le64(a[end-8:]))
}

// letters8 reports whether all eight bytes of x are ASCII letters (isLetters' test, c|0x20 in
// 'a'..'z', on every byte at once). Each byte's high bit must be clear in x (ASCII), set in
// y+0x1f (y ≥ 'a') and clear in y+0x05 (y ≤ 'z'); a byte that is not ASCII fails the first
// test whatever its carry does to its neighbour.
func letters8(x uint64) bool {
	const hi = 0x8080808080808080
	y := x | 0x2020202020202020
	return (y+0x1f1f1f1f1f1f1f1f)&^(y+0x0505050505050505)&^x&hi == hi
}

// letters2x8 is letters8(x) && letters8(y).
func letters2x8(x, y uint64) bool {
	const hi = 0x8080808080808080
	bx, by := x|0x2020202020202020, y|0x2020202020202020
	return (bx+0x1f1f1f1f1f1f1f1f)&^(bx+0x0505050505050505)&^x&
		(by+0x1f1f1f1f1f1f1f1f)&^(by+0x0505050505050505)&^y&hi == hi
}
