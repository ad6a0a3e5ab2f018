package main

import (
	"maps"
	"slices"
)

// sortedKeys returns the keys of m in order, so that findings come in the
// same order on every run.
func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }
