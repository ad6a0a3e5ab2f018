package textfit

import (
	"strings"
)

// Width reports the advance width of r in font units (thousandths of the
// font size). It must return a value of at least zero for every rune.
type Width func(r rune) int

// Measure returns the width of s in font units.
func Measure(s string, width Width) int {
	total := 0
	for _, r := range s {
		total += width(r)
	}
	return total
}

// Wrap breaks s into lines no wider than max font units. Each "\n" in s
// ends a line (an empty line stays as ""). Lines break at spaces; a word
// wider than max is broken between runes, so text never overflows unless a
// single rune is wider than max, in which case that rune gets a line of its
// own. Spaces at a break are dropped, trailing spaces are trimmed, and
// leading spaces of a line from s (indentation) are kept. An empty s gives
// no lines.
func Wrap(s string, max int, width Width) []string {
	if s == "" {
		return nil
	}
	var lines []string
	for line := range strings.SplitSeq(s, "\n") {
		lines = wrapLine(lines, line, max, width)
	}
	return lines
}

// wrapLine appends the wrapped lines of one line of text (no "\n") to lines.
func wrapLine(lines []string, s string, max int, width Width) []string {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return append(lines, "")
	}
	runes := []rune(s)
	start := 0    // first rune of the line being filled
	used := 0     // width of runes[start:i]
	brk := -1     // last space in runes[start:i] that follows a non-space
	word := false // runes[start:i] holds a non-space
	i := 0
	// Each step either advances i or emits a line and moves start forward
	// (start never passes i), so 2*len(runes) steps always suffice.
	for steps := 0; i < len(runes) && steps <= 2*len(runes)+2; steps++ {
		r := runes[i]
		w := width(r)
		if r == ' ' && word {
			brk = i
		}
		if used+w <= max || i == start || r == ' ' {
			used += w
			word = word || r != ' '
			i++
			continue
		}
		end, next := i, i // break inside a word that is too long
		if brk > start {
			end, next = brk, brk+1 // break at the last space
		}
		lines = append(lines, strings.TrimRight(string(runes[start:end]), " "))
		for next < i && runes[next] == ' ' {
			next++
		}
		start = next
		used = Measure(string(runes[start:i]), width)
		brk = -1
		word = start < i
	}
	return append(lines, strings.TrimRight(string(runes[start:]), " "))
}

// Truncate returns s unchanged when it fits max font units, and otherwise
// the longest prefix of s that fits together with ellipsis, followed by
// ellipsis. When not even ellipsis fits, it returns "".
func Truncate(s string, max int, width Width, ellipsis string) string {
	if Measure(s, width) <= max {
		return s
	}
	budget := max - Measure(ellipsis, width)
	if budget < 0 {
		return ""
	}
	used := 0
	for i, r := range s {
		used += width(r)
		if used > budget {
			return strings.TrimRight(s[:i], " ") + ellipsis
		}
	}
	return s
}
