package render

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// anchor is a place of the outline that shows the field at a JSON path,
// and what a reader calls that field there: the question or the heading
// it is printed under, or the row of a table. Validation findings about
// the field are marked at its anchor, and other parts of the document
// that cite the field name it by its label rather than by its path.
type anchor struct {
	label string
	// block is the index of the block in the outline's Blocks, or -1 for
	// a field of the title page (row) or a cell of tbl.
	block int
	// tbl is the table holding the cell at row and col, when set.
	tbl *table
	// row is the index of a field in a fields block or on the title
	// page, or the row of tbl; -1 marks the block itself.
	row, col int
	// element, when set, makes the anchor the place of a list: it returns
	// the place of the list's element i and of the field at rest inside
	// it (".inherent.likelihood"), and false when it shows none. The
	// places of a list's elements are found when asked for, so that a
	// list of many entries costs one anchor, not a path and a label per
	// entry.
	element func(i int, rest string) (anchor, bool)
}

// anchorAt records a as the place of the field at path, unless a place
// was recorded for it before: the first place in reading order wins. An
// empty path records nothing.
func (b *builder) anchorAt(path string, a anchor) {
	if path == "" {
		return
	}
	if b.anchors == nil {
		b.anchors = make(map[string]anchor)
	}
	if _, ok := b.anchors[path]; !ok {
		b.anchors[path] = a
	}
}

// anchorBlock records the block at index i as the place of the field at
// path.
func (b *builder) anchorBlock(path, label string, i int) {
	b.anchorAt(path, anchor{label: label, block: i, row: -1})
}

// anchorList records the table t, whose row i shows element i of the
// list at path, as the place of the list's elements: element names the
// row of element i and the column of the field at rest inside it (0 when
// rest is "" or not shown in a column of its own). The list itself has
// no place.
func (b *builder) anchorList(path string, t *table, element func(i int, rest string) (label string, col int)) {
	b.anchorAt(path, anchor{block: -1, row: -1, element: func(i int, rest string) (anchor, bool) {
		if i >= len(t.Rows) {
			return anchor{}, false
		}
		label, col := element(i, rest)
		return anchor{label: label, block: -1, tbl: t, row: i, col: col}, true
	}})
}

// subField is a field inside the elements of a list that a column of
// their table shows: its path below the element (".date"), its label
// and its column.
type subField struct {
	rest, label string
	col         int
}

// cellAt returns the column of the first of subs that holds rest, the
// rest of a path inside an element of a list (see anchorList), and place
// followed by its label; column 0 and place itself when none does.
func cellAt(rest, place string, subs ...subField) (string, int) {
	for _, s := range subs {
		if within(rest, s.rest) {
			return joinNonBlank(", ", place, s.label), s.col
		}
	}
	return place, 0
}

// anchorFields records the fields of the block at index i that name
// their path.
func (b *builder) anchorFields(i int, fs []field) {
	for j := range fs {
		if fs[j].path != "" {
			b.anchorAt(fs[j].path, anchor{label: fs[j].Label, block: i, row: j})
		}
	}
}

// placeOf returns the place that shows the field at path, or the nearest
// field holding it that has one (a finding about
// "risks.risks[0].inherent.rationale" is shown at the row of the risk),
// and whether there is one.
func (b *builder) placeOf(path string) (anchor, bool) {
	path = strings.TrimSpace(path)
	for p := path; p != ""; p = parentPath(p) {
		a, ok := b.anchors[p]
		switch {
		case !ok:
		case a.element == nil:
			return a, true
		default:
			if i, rest, ok := elementOf(path[len(p):]); ok {
				if at, ok := a.element(i, rest); ok {
					return at, true
				}
			}
		}
	}
	return anchor{}, false
}

// elementOf reads the start of the rest of a path below a list, "[3]"
// then rest: the index and rest, or false.
func elementOf(s string) (int, string, bool) {
	if len(s) < 3 || s[0] != '[' {
		return 0, "", false
	}
	end := strings.IndexByte(s, ']')
	if end < 2 || end > 10 {
		return 0, "", false
	}
	i, err := strconv.Atoi(s[1:end])
	if err != nil || i < 0 {
		return 0, "", false
	}
	return i, s[end+1:], true
}

// fieldName names the field at path for a reader: its label where the
// document shows it, with the part of the document that holds it,
// "“Will you be sharing data with anyone?” in Step 2: Describe the
// processing"; the part alone when the field is shown nowhere; and the
// text as written when it is not a path of the document (the assessment's
// own cross-reference, "see section 4").
func (b *builder) fieldName(path string) string {
	path = strings.TrimSpace(path)
	part := b.partTitle(path)
	a, ok := b.placeOf(path)
	label := strings.TrimSpace(a.label)
	switch {
	case ok && label != "" && part != "" && label != part:
		return b.tf("“%s” in %s", label, part)
	case ok && label != "":
		return label
	case part != "":
		return part
	}
	return path
}

// partTitle returns the heading of the part of the document that holds
// the field at path: its step, or the parties; "" for any other path.
func (b *builder) partTitle(path string) string {
	if s := dpia.StepOf(path); s.IsValid() {
		return b.stepTitle(s)
	}
	if path == "parties" || strings.HasPrefix(path, "parties.") {
		return b.t("Parties")
	}
	return ""
}

// deferredText is the text of a block that names a field which may be
// shown only later in the document: it is written once the whole body is
// built (see resolveDeferred).
type deferredText struct {
	block int
	// key is the format: its arguments are prefix, when set, then the
	// field's name.
	key, prefix, path string
}

// deferName adds, through add (note or empty), a block whose text is the
// format key applied to prefix (when set) and the name of the field at
// path, written once every field has its place.
func (b *builder) deferName(add func(string), key, prefix, path string) {
	i := len(b.out.Blocks)
	add(b.t(key)) // a placeholder in the right kind of block
	if len(b.out.Blocks) == i+1 {
		b.deferred = append(b.deferred, deferredText{block: i, key: key, prefix: prefix, path: path})
	}
}

// resolveDeferred writes the text of the blocks deferName added.
func (b *builder) resolveDeferred() {
	for _, d := range b.deferred {
		name := b.fieldName(d.path)
		text := b.tf(d.key, name)
		if d.prefix != "" {
			text = b.tf(d.key, d.prefix, name)
		}
		b.out.Blocks[d.block].Text = text
	}
}

// numberedFinding is a validation finding with its number in the
// appendix.
type numberedFinding struct {
	dpiakit.Finding
	number int
	step   dpia.Step
}

// severityRank orders severities for the appendix: errors first, then
// warnings, then the rest.
func severityRank(s dpiakit.Severity) int {
	switch s {
	case dpiakit.SeverityError:
		return 0
	case dpiakit.SeverityWarning:
		return 1
	}
	return 2
}

// severityTone is the tone of a finding's marker and section.
func severityTone(s dpiakit.Severity) tone {
	switch s {
	case dpiakit.SeverityError:
		return toneError
	case dpiakit.SeverityWarning:
		return toneWarning
	}
	return toneNotice
}

// stepRank orders the parts of the document: the title page and parties
// (no step) first, then the ICO steps in order.
func stepRank(s dpia.Step) int {
	if !s.IsValid() {
		return 0
	}
	return s.Number()
}

// numberFindings sorts the options' findings as the appendix lists them,
// by severity (errors first), then by step in the order of the document,
// keeping the validator's order within a step, and numbers them from 1.
func numberFindings(fs dpiakit.Findings) []numberedFinding {
	out := make([]numberedFinding, len(fs))
	for i, f := range fs {
		out[i] = numberedFinding{Finding: f, step: dpia.StepOf(f.Path)}
	}
	slices.SortStableFunc(out, func(x, y numberedFinding) int {
		return cmp.Or(cmp.Compare(severityRank(x.Severity), severityRank(y.Severity)), cmp.Compare(stepRank(x.step), stepRank(y.step)))
	})
	for i := range out {
		out[i].number = i + 1
	}
	return out
}

// markFindings puts a marker for each numbered finding at the place that
// shows its field (see placeOf); a finding about a field shown nowhere is
// marked at the heading of its step, or, outside the steps, at the
// heading of the document's own details.
func (b *builder) markFindings() {
	if len(b.findings) == 0 {
		return
	}
	steps := map[dpia.Step]int{}
	for i := range b.findings {
		f := &b.findings[i]
		m := marker{Number: f.number, Tone: severityTone(f.Severity)}
		a, ok := b.placeOf(f.Path)
		if !ok {
			a, ok = b.stepPlace(f.step, steps)
		}
		if !ok {
			a, ok = b.anchors[""]
		}
		if ok {
			b.putMark(a, m)
		}
	}
}

// stepPlace returns the level 1 heading of step s, looked up once per
// step and kept in seen (-1 when there is none).
func (b *builder) stepPlace(s dpia.Step, seen map[dpia.Step]int) (anchor, bool) {
	if !s.IsValid() {
		return anchor{}, false
	}
	i, ok := seen[s]
	if !ok {
		i = -1
		title := b.stepTitle(s)
		for j := range b.out.Blocks {
			if blk := &b.out.Blocks[j]; blk.Kind == kindHeading && blk.Level == 1 && blk.Text == title {
				i = j
				break
			}
		}
		seen[s] = i
	}
	return anchor{block: i, row: -1}, i >= 0
}

// putMark adds m at the place a.
func (b *builder) putMark(a anchor, m marker) {
	switch {
	case a.tbl != nil:
		a.tbl.mark(a.row, a.col, m)
	case a.block < 0:
		if a.row >= 0 && a.row < len(b.out.Cover) {
			b.out.Cover[a.row].Marks = append(b.out.Cover[a.row].Marks, m)
		}
	case a.block >= len(b.out.Blocks):
	case a.row >= 0:
		if blk := &b.out.Blocks[a.block]; blk.blockParts != nil && a.row < len(blk.Fields) {
			blk.Fields[a.row].Marks = append(blk.Fields[a.row].Marks, m)
		}
	default:
		blk := &b.out.Blocks[a.block]
		if blk.blockParts == nil {
			blk.blockParts = &blockParts{}
		}
		blk.Marks = append(blk.Marks, m)
	}
}
