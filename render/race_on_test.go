//go:build race

package render

// raceEnabled reports whether the tests run under the race detector,
// which changes what is allocated and kept.
const raceEnabled = true
