package pdfdoc

// KeyValue is one labelled value, a line of a [Document.KeyValues] list or
// of a title page.
type KeyValue struct {
	// Key is the label, for example "Controller".
	Key string
	// Value is the text shown beside the label; it may hold line breaks.
	Value string
	// Placeholder marks a value that stands for an answer left empty
	// ("Not answered"): set in italic, in a colour of its own.
	Placeholder bool
	// Link is a web address the value links to, when set.
	Link string
	// Marks are drawn after the value (see [Marker]).
	Marks []Marker
}

// KeyValues draws a two-column list: labels in a tinted column at the left
// (a third of the width), values wrapping beside them. Rows break across
// pages like table rows; a list of up to eight rows that fits on a page is
// kept whole. An empty list draws nothing.
func (d *Document) KeyValues(rows []KeyValue) {
	if !d.begin() {
		return
	}
	defer d.recoverPanic()
	d.keyValueGrid(rows, false)
}

// keyValueGrid draws rows as a label | value grid; the title page variant
// has no tint and larger values.
func (d *Document) keyValueGrid(rows []KeyValue, titlePage bool) {
	if len(rows) == 0 {
		return
	}
	g, rowAt := d.keyValueLayout(rows, titlePage)
	d.drawGrid(g, len(rows), rowAt)
}

// keyValueLayout returns the grid of a label | value list and its rows.
func (d *Document) keyValueLayout(rows []KeyValue, titlePage bool) (*grid, func(i int) []string) {
	w := d.right - d.left
	g := &grid{size: sizeTable}
	if titlePage {
		g.size = sizeBody
		g.cols = []gridColumn{
			{width: 0.28 * w, face: styleRegular, color: colorMuted},
			{width: 0.72 * w, face: styleBold, color: colorText},
		}
	} else {
		g.cols = []gridColumn{
			{width: 0.32 * w, face: styleBold, color: colorMuted, fill: colorLabelFill, hasFill: true},
			{width: 0.68 * w, face: styleRegular, color: colorText},
		}
	}
	g.mark = keyValueMarks(rows)
	var cells [2]string
	return g, func(i int) []string {
		cells = [2]string{rows[i].Key, rows[i].Value}
		return cells[:]
	}
}

// keyValueMarks returns the marks of the values of rows, or nil when
// none has one.
func keyValueMarks(rows []KeyValue) func(r, c int) CellMark {
	for _, kv := range rows {
		if kv.Placeholder || kv.Link != "" || len(kv.Marks) > 0 {
			return func(r, c int) CellMark {
				if c != 1 {
					return CellMark{}
				}
				return CellMark{Placeholder: rows[r].Placeholder, Link: rows[r].Link, Marks: rows[r].Marks}
			}
		}
	}
	return nil
}
