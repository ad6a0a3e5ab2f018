//go:build ignore

// gen_arabic writes arabic_table.go: the Unicode joining type of every code
// point that is not non-joining (from ArabicShaping.txt, plus the derived
// rule that unlisted characters of general category Mn, Me and Cf are
// transparent), the Arabic presentation forms of each base letter and the
// mandatory lam-alef ligatures (from the <isolated>, <final>, <initial> and
// <medial> decompositions in UnicodeData.txt).
//
// Usage: go run gen_arabic.go [-ucd /usr/share/unicode] [-o arabic_table.go]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// maxRune is the largest Unicode code point.
const maxRune = 0x10FFFF

// lam is U+0644 ARABIC LETTER LAM, the first letter of every mandatory
// ligature.
const lam = 0x0644

// mandatoryAlefs are the alefs that form a mandatory ligature after lam
// (The Unicode Standard, section 9.2, "Ligatures").
var mandatoryAlefs = map[rune]bool{0x0622: true, 0x0623: true, 0x0625: true, 0x0627: true}

// formIndex maps a decomposition tag to the position of that form in the
// generated [4]uint16 arrays: isolated, final, initial, medial.
var formIndex = map[string]int{"<isolated>": 0, "<final>": 1, "<initial>": 2, "<medial>": 3}

// joiningNames maps a Joining_Type value of ArabicShaping.txt to the Go
// constant that stands for it in package textfit.
var joiningNames = map[string]string{
	"U": "joinNone",
	"R": "joinRight",
	"L": "joinLeft",
	"D": "joinDual",
	"C": "joinCausing",
	"T": "joinTransparent",
}

// unicodeRecord is the part of one UnicodeData.txt line the generator uses.
type unicodeRecord struct {
	first, last rune // a single code point, or a First/Last range
	category    string
	decomp      string
}

func main() {
	ucd := flag.String("ucd", "/usr/share/unicode", "directory holding UnicodeData.txt and ArabicShaping.txt")
	out := flag.String("o", "arabic_table.go", "output file")
	flag.Parse()

	records, err := readUnicodeData(filepath.Join(*ucd, "UnicodeData.txt"))
	if err != nil {
		log.Fatal(err)
	}
	explicit, err := readArabicShaping(filepath.Join(*ucd, "ArabicShaping.txt"))
	if err != nil {
		log.Fatal(err)
	}
	types := joiningTypes(records, explicit)
	forms, ligatures, err := presentationForms(records)
	if err != nil {
		log.Fatal(err)
	}
	src, err := render(types, forms, ligatures)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// readUnicodeData parses UnicodeData.txt, joining "<..., First>" and
// "<..., Last>" lines into one record.
func readUnicodeData(path string) ([]unicodeRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var records []unicodeRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ";")
		if len(fields) < 6 {
			continue
		}
		cp, err := parseRune(fields[0])
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(fields[1], ", Last>") && len(records) > 0 {
			records[len(records)-1].last = cp
			continue
		}
		records = append(records, unicodeRecord{first: cp, last: cp, category: fields[2], decomp: fields[5]})
	}
	return records, sc.Err()
}

// readArabicShaping parses ArabicShaping.txt into the explicitly listed
// joining type of each code point.
func readArabicShaping(path string) (map[rune]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	types := make(map[rune]string)
	for line := range strings.SplitSeq(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Split(line, ";")
		if len(fields) < 3 {
			continue
		}
		cp, err := parseRune(fields[0])
		if err != nil {
			return nil, err
		}
		jt := strings.TrimSpace(fields[2])
		if _, ok := joiningNames[jt]; !ok {
			return nil, fmt.Errorf("%04X: unknown joining type %q", cp, jt)
		}
		types[cp] = jt
	}
	return types, nil
}

// joiningTypes returns the joining type of every code point: the explicit
// value when ArabicShaping.txt lists it, T for other characters of general
// category Mn, Me or Cf, and U for the rest.
func joiningTypes(records []unicodeRecord, explicit map[rune]string) []string {
	types := make([]string, maxRune+1)
	for i := range types {
		types[i] = "U"
	}
	for _, rec := range records {
		switch rec.category {
		case "Mn", "Me", "Cf":
			for r := rec.first; r <= rec.last; r++ {
				types[r] = "T"
			}
		}
	}
	for r, jt := range explicit {
		types[r] = jt
	}
	return types
}

// presentationForms returns, for each base character with at least one
// single-character positional decomposition, its forms in the order
// isolated, final, initial, medial (0 where none exists), and, for each
// alef of a mandatory lam-alef ligature, the isolated and final ligature.
func presentationForms(records []unicodeRecord) (map[rune][4]rune, map[rune][2]rune, error) {
	forms := make(map[rune][4]rune)
	ligatures := make(map[rune][2]rune)
	for _, rec := range records {
		parts := strings.Fields(rec.decomp)
		if len(parts) < 2 {
			continue
		}
		idx, ok := formIndex[parts[0]]
		if !ok {
			continue
		}
		chars := make([]rune, 0, len(parts)-1)
		for _, p := range parts[1:] {
			r, err := parseRune(p)
			if err != nil {
				return nil, nil, err
			}
			chars = append(chars, r)
		}
		switch {
		case len(chars) == 1:
			f := forms[chars[0]]
			if f[idx] != 0 {
				return nil, nil, fmt.Errorf("%04X: two %s forms", chars[0], parts[0])
			}
			f[idx] = rec.first
			forms[chars[0]] = f
		case len(chars) == 2 && chars[0] == lam && mandatoryAlefs[chars[1]] && idx <= 1:
			l := ligatures[chars[1]]
			l[idx] = rec.first
			ligatures[chars[1]] = l
		}
	}
	for alef, l := range ligatures {
		if l[0] == 0 || l[1] == 0 {
			return nil, nil, fmt.Errorf("lam with %04X: incomplete ligature forms", alef)
		}
	}
	return forms, ligatures, nil
}

// render writes the Go source of arabic_table.go.
func render(types []string, forms map[rune][4]rune, ligatures map[rune][2]rune) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by gen_arabic.go from Unicode 15.0 UnicodeData.txt and ArabicShaping.txt; DO NOT EDIT.\n\n")
	b.WriteString("package textfit\n\n")

	b.WriteString("// joiningRanges lists, in ascending order and without overlap, the\n")
	b.WriteString("// ranges of code points whose joining type is not non-joining (U).\n")
	b.WriteString("var joiningRanges = [...]joiningRange{\n")
	for lo := 0; lo <= maxRune; {
		hi := lo
		for hi < maxRune && types[hi+1] == types[lo] {
			hi++
		}
		if types[lo] != "U" {
			fmt.Fprintf(&b, "\t{0x%04X, 0x%04X, %s},\n", lo, hi, joiningNames[types[lo]])
		}
		lo = hi + 1
	}
	b.WriteString("}\n\n")

	b.WriteString("// letterFormTable lists, in ascending order of base letter, the\n")
	b.WriteString("// presentation forms of every letter that has any.\n")
	b.WriteString("var letterFormTable = [...]letterForms{\n")
	for _, base := range sortedKeys(forms) {
		f := forms[base]
		if base > 0xFFFF || f[0] > 0xFFFF || f[1] > 0xFFFF || f[2] > 0xFFFF || f[3] > 0xFFFF {
			return nil, fmt.Errorf("%04X: form outside the Basic Multilingual Plane", base)
		}
		fmt.Fprintf(&b, "\t{0x%04X, [4]uint16{%s, %s, %s, %s}},\n", base, hex(f[0]), hex(f[1]), hex(f[2]), hex(f[3]))
	}
	b.WriteString("}\n\n")

	b.WriteString("// lamAlefTable lists, in ascending order of alef, the mandatory\n")
	b.WriteString("// ligatures of lam followed by that alef.\n")
	b.WriteString("var lamAlefTable = [...]lamAlefLigature{\n")
	for _, alef := range sortedKeys(ligatures) {
		l := ligatures[alef]
		fmt.Fprintf(&b, "\t{0x%04X, 0x%04X, 0x%04X},\n", alef, l[0], l[1])
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// hex formats a presentation form, writing 0 for a missing one.
func hex(r rune) string {
	if r == 0 {
		return "0"
	}
	return fmt.Sprintf("0x%04X", r)
}

// sortedKeys returns the keys of m in ascending order.
func sortedKeys[V any](m map[rune]V) []rune {
	keys := make([]rune, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// parseRune parses a hexadecimal code point such as "0644".
func parseRune(s string) (rune, error) {
	v, err := strconv.ParseUint(strings.TrimSpace(s), 16, 32)
	if err != nil {
		return 0, err
	}
	if v > maxRune {
		return 0, fmt.Errorf("code point %X out of range", v)
	}
	return rune(v), nil
}
