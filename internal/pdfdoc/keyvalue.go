package pdfdoc

// KeyValue is one labelled value, a line of a [Document.KeyValues] list or
// of a title page.
type KeyValue struct {
	// Key is the label, for example "Controller".
	Key string
	// Value is the text shown beside the label; it may hold line breaks.
	Value string
}

// KeyValues draws a two-column list: labels in a tinted column at the left
// (a third of the width), values wrapping beside them. Rows break across
// pages like table rows. An empty list draws nothing.
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
	var cells [2]string
	d.drawGrid(g, len(rows), func(i int) []string {
		cells = [2]string{rows[i].Key, rows[i].Value}
		return cells[:]
	})
}
