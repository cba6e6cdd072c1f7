//go:build !linux

package load

// readPlainPooled reads a file found as a regular file in a walk (see read_linux.go).
func readPlainPooled(path string) ([]byte, error) { return readFile(path, true) }
