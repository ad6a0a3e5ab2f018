package pdfdoc

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// WriteEngineFloor writes what the engine alone produces for one empty
// page with the first n of the whole faces registered (1 to 4: regular,
// bold, italic, monospaced), each from its own copy, as the engine's
// documentation shows, and no text: the cost and size below which no
// document with those faces can go. The render benchmarks compare a
// document against it in the same run. It is not used to write documents.
func WriteEngineFloor(w io.Writer, n int) error {
	if n < 1 || n > int(styleCount) {
		return fmt.Errorf("pdfdoc: engine floor: %d faces, want 1 to %d", n, styleCount)
	}
	pdf := gofpdf.New("P", "pt", "A4", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(time.Unix(0, 0))
	pdf.SetModificationDate(time.Unix(0, 0))
	for s := range fontStyle(n) {
		pdf.AddUTF8FontFromBytes(s.family(), s.engineStyle(), bytes.Clone(s.ttf()))
	}
	pdf.AddPage()
	return pdf.Output(w)
}
