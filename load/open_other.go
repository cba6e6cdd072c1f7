//go:build !linux

package load

// plainOpenFlags: see open_linux.go.
const plainOpenFlags = 0
