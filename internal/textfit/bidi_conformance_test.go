package textfit

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// ucdDir is where the Debian package unicode-data installs the Unicode
// Character Database.
const ucdDir = "/usr/share/unicode/"

// openUCD opens a file of the Unicode Character Database. When it is
// missing the test is skipped, unless DPIAKIT_REQUIRE_UCD is 1 (as in CI,
// which installs the files), in which case it fails.
func openUCD(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(ucdDir + name)
	if errors.Is(err, fs.ErrNotExist) {
		if os.Getenv("DPIAKIT_REQUIRE_UCD") == "1" {
			t.Fatalf("%s%s is missing and DPIAKIT_REQUIRE_UCD=1", ucdDir, name)
		}
		t.Skipf("%s%s is missing (install unicode-data)", ucdDir, name)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// conformanceCase is one test case of the UAX #9 conformance files.
type conformanceCase struct {
	line      int
	classes   []bidiClass
	runes     []rune  // nil in BidiTest.txt, which is class based
	direction int     // 0 left to right, 1 right to left, 2 auto
	levels    []level // removedLevel where the file says x
	order     []int   // visual order of the indices
	paraLevel level   // resolved paragraph level; removedLevel if not given
}

// inScope reports whether a case holds no explicit formatting character
// and no paragraph separator before its last character: this package
// supports neither explicit embeddings nor paragraphs inside a line.
func (c *conformanceCase) inScope() bool {
	for i, class := range c.classes {
		switch class {
		case classLRE, classRLE, classLRO, classRLO, classPDF, classLRI, classRLI, classFSI, classPDI:
			return false
		case classB:
			if i != len(c.classes)-1 {
				return false
			}
		}
	}
	return true
}

// paragraphLevel returns the paragraph level for the case's direction
// field, using P2–P3 on the classes for auto.
func (c *conformanceCase) paragraphLevel() level {
	switch c.direction {
	case 0:
		return 0
	case 1:
		return 1
	}
	for _, class := range c.classes {
		switch class {
		case classL:
			return 0
		case classR, classAL:
			return 1
		}
	}
	return 0
}

// check runs the case through resolveLevels and reorderLevels and reports
// any difference from the expected levels and order.
func (c *conformanceCase) check(t *testing.T, file string) bool {
	t.Helper()
	paraLevel := c.paragraphLevel()
	if c.paraLevel != removedLevel && paraLevel != c.paraLevel {
		t.Errorf("%s:%d: paragraph level %d, want %d", file, c.line, paraLevel, c.paraLevel)
		return false
	}
	runes := c.runes
	if runes == nil {
		runes = make([]rune, len(c.classes)) // class-based: no brackets
	}
	levels := resolveLevels(runes, c.classes, paraLevel)
	if !slices.Equal(levels, c.levels) {
		t.Errorf("%s:%d: levels %v, want %v", file, c.line, levels, c.levels)
		return false
	}
	if order := reorderLevels(levels); !slices.Equal(order, c.order) {
		t.Errorf("%s:%d: order %v, want %v", file, c.line, order, c.order)
		return false
	}
	return true
}

// parseLevels parses a space-separated list of levels, x for none.
func parseLevels(s string) ([]level, error) {
	var levels []level
	for _, f := range strings.Fields(s) {
		if f == "x" {
			levels = append(levels, removedLevel)
			continue
		}
		n, err := strconv.ParseUint(f, 10, 7)
		if err != nil {
			return nil, err
		}
		levels = append(levels, level(n))
	}
	return levels, nil
}

// parseIndices parses a space-separated list of indices.
func parseIndices(s string) ([]int, error) {
	var indices []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		indices = append(indices, n)
	}
	return indices, nil
}

// TestBidiCharacterConformance runs every case of BidiCharacterTest.txt
// that is in scope (no explicit formatting characters, no paragraph
// separator inside the text) through the resolution and reordering, and
// also checks Visual's string against the expected order with mirroring
// applied at odd levels.
func TestBidiCharacterConformance(t *testing.T) {
	f := openUCD(t, "BidiCharacterTest.txt")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	run, passed, skipped, lineNo := 0, 0, 0, 0
	for sc.Scan() {
		lineNo++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, ";")
		if len(fields) != 5 {
			t.Fatalf("BidiCharacterTest.txt:%d: %d fields", lineNo, len(fields))
		}
		c := conformanceCase{line: lineNo}
		for _, h := range strings.Fields(fields[0]) {
			v, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatalf("BidiCharacterTest.txt:%d: %v", lineNo, err)
			}
			c.runes = append(c.runes, rune(v))
			c.classes = append(c.classes, classOf(rune(v)))
		}
		var errs [4]error
		c.direction, errs[0] = strconv.Atoi(strings.TrimSpace(fields[1]))
		var para []level
		para, errs[1] = parseLevels(fields[2])
		c.levels, errs[2] = parseLevels(fields[3])
		c.order, errs[3] = parseIndices(fields[4])
		if err := errors.Join(errs[:]...); err != nil || len(para) != 1 {
			t.Fatalf("BidiCharacterTest.txt:%d: bad line: %v", lineNo, err)
		}
		c.paraLevel = para[0]
		if !c.inScope() {
			skipped++
			continue
		}
		run++
		ok := c.check(t, "BidiCharacterTest.txt")
		if ok && !visualMatches(t, &c) {
			ok = false
		}
		if ok {
			passed++
		}
		if run-passed > 20 {
			t.Fatalf("too many failures; stopping")
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("BidiCharacterTest.txt: %d cases run, %d passed, %d skipped as out of scope", run, passed, skipped)
	if run == 0 || passed != run {
		t.Errorf("%d of %d cases passed", passed, run)
	}
}

// visualMatches checks Visual on the case's text against the characters in
// the expected order, mirrored where their expected level is odd.
func visualMatches(t *testing.T, c *conformanceCase) bool {
	t.Helper()
	dir := Direction(c.direction)
	if c.direction == 2 {
		dir = ParagraphDirection(string(c.runes))
	}
	var want strings.Builder
	for _, i := range c.order {
		r := c.runes[i]
		if c.levels[i]%2 == 1 {
			if m, ok := mirrorOf(r); ok {
				r = m
			}
		}
		want.WriteRune(r)
	}
	if got := visual(string(c.runes), dir, false); got != want.String() {
		t.Errorf("BidiCharacterTest.txt:%d: Visual = %+q, want %+q", c.line, got, want.String())
		return false
	}
	return true
}

// bidiTestClasses maps the class names used in BidiTest.txt to classes.
var bidiTestClasses = map[string]bidiClass{
	"L": classL, "R": classR, "AL": classAL, "EN": classEN, "ES": classES,
	"ET": classET, "AN": classAN, "CS": classCS, "NSM": classNSM, "BN": classBN,
	"B": classB, "S": classS, "WS": classWS, "ON": classON,
	"LRE": classLRE, "LRO": classLRO, "RLE": classRLE, "RLO": classRLO, "PDF": classPDF,
	"LRI": classLRI, "RLI": classRLI, "FSI": classFSI, "PDI": classPDI,
}

// TestBidiClassConformance runs the in-scope cases of BidiTest.txt, which
// lists sequences of classes rather than characters, once for each
// paragraph direction its bitset names.
func TestBidiClassConformance(t *testing.T) {
	f := openUCD(t, "BidiTest.txt")
	sc := bufio.NewScanner(f)
	var levels []level
	var order []int
	run, passed, skipped, lineNo := 0, 0, 0, 0
	for sc.Scan() {
		lineNo++
		text, _, _ := strings.Cut(sc.Text(), "#")
		text = strings.TrimSpace(text)
		var err error
		switch {
		case text == "":
			continue
		case strings.HasPrefix(text, "@Levels:"):
			levels, err = parseLevels(strings.TrimPrefix(text, "@Levels:"))
		case strings.HasPrefix(text, "@Reorder:"):
			order, err = parseIndices(strings.TrimPrefix(text, "@Reorder:"))
		case strings.HasPrefix(text, "@"):
			continue
		default:
			input, bits, found := strings.Cut(text, ";")
			set, perr := strconv.ParseUint(strings.TrimSpace(bits), 16, 8)
			if !found || perr != nil {
				t.Fatalf("BidiTest.txt:%d: bad line", lineNo)
			}
			c := conformanceCase{line: lineNo, levels: levels, order: order, paraLevel: removedLevel}
			for _, name := range strings.Fields(input) {
				class, ok := bidiTestClasses[name]
				if !ok {
					t.Fatalf("BidiTest.txt:%d: unknown class %q", lineNo, name)
				}
				c.classes = append(c.classes, class)
			}
			if !c.inScope() {
				skipped++
				continue
			}
			for bit, direction := range []int{2, 0, 1} { // 1 auto, 2 LTR, 4 RTL
				if set&(1<<bit) == 0 {
					continue
				}
				c.direction = direction
				run++
				if c.check(t, "BidiTest.txt") {
					passed++
				}
			}
			if run-passed > 20 {
				t.Fatalf("too many failures; stopping")
			}
		}
		if err != nil {
			t.Fatalf("BidiTest.txt:%d: %v", lineNo, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("BidiTest.txt: %d cases run, %d passed, %d lines skipped as out of scope", run, passed, skipped)
	if run == 0 || passed != run {
		t.Errorf("%d of %d cases passed", passed, run)
	}
}
