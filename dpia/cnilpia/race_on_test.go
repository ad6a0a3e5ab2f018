//go:build race

package cnilpia_test

// raceEnabled reports whether the tests run under the race detector,
// which makes every allocation and memory access many times dearer.
const raceEnabled = true
