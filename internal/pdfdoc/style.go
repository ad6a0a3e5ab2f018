package pdfdoc

// RGB is a colour with 8-bit red, green and blue components.
type RGB struct {
	R, G, B uint8
}

// dark reports whether text on a fill of c should be white: its perceived
// brightness (ITU-R BT.601 weights) is below the middle.
func (c RGB) dark() bool {
	return 299*int(c.R)+587*int(c.G)+114*int(c.B) < 140*1000
}

// The palette: sober, high-contrast, printable in grey.
var (
	colorText       = RGB{33, 37, 41}
	colorMuted      = RGB{96, 104, 112}
	colorAccent     = RGB{28, 61, 107}
	colorRule       = RGB{200, 206, 214}
	colorHeaderFill = RGB{228, 234, 242}
	colorZebra      = RGB{246, 248, 250}
	colorLabelFill  = RGB{243, 245, 248}
	colorWhite      = RGB{255, 255, 255}
	// colorPlaceholder sets the notes that stand for answers left empty
	// apart from answers: a dark amber, 6:1 on white, a mid grey in
	// print.
	colorPlaceholder = RGB{146, 84, 0}
	// colorMark is the state mark across each page ("Draft"), drawn at
	// markOpacity over the page.
	colorMark = RGB{190, 38, 45}
	// colorAlert sets a value that is wrong where it stands (see
	// CellMark.Alert): a red, 5.9:1 on white.
	colorAlert = RGB{190, 38, 45}
)

// markOpacity is the opacity of the state mark: light enough to read the
// page through, dark enough to survive a photocopy.
const markOpacity = 0.13

// Type sizes (pt) and the line height factor.
const (
	sizeBody    = 10.0
	sizeSmall   = 8.5
	sizeTable   = 9.0
	sizePath    = 7.0 // JSON paths, monospaced
	sizeMargin  = 8.0 // header and footer
	sizeTitle   = 24.0
	lineFactor  = 1.38
	cellPadX    = 5.0
	cellPadY    = 3.5
	blockGap    = 8.0 // space between blocks
	marginSide  = 56.0
	marginTop   = 64.0
	marginBelow = 62.0
)

// lineHeight is the distance between baselines for a font size.
func lineHeight(size float64) float64 { return size * lineFactor }

// baseline returns the baseline of a line of text in a line box of height
// h starting at top, with the glyphs centred vertically.
func baseline(top, h, size float64) float64 { return top + h/2 + 0.32*size }
