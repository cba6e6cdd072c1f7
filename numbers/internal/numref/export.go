package numref

// Scaled is the reference scaled, for the tests of its rewrite.
func Scaled(digits, scale string) (float64, float64) { return scaled(digits, scale) }
