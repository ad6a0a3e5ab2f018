package render

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpiakit/dpiakit/dpia"
)

// FuzzRender runs the whole pipeline a server runs on a document a user
// sent: Decode, Validate, HTML with the findings appendix, PDF. Whatever
// decodes must validate and render without a panic: the HTML well formed
// and free of injected markup, the PDF written or refused for a limit.
func FuzzRender(f *testing.F) {
	for _, name := range seedNames() {
		data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1"}`))
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","title":"<script>x</script>","need":{"summary":"a\n\nb\r\nc"}}`))
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","title":"שלום (GDPR) עולם","need":{"summary":"مرحبا بالعالم ١٢٣ لا\nשָׁלוֹם abc"}}`))
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","need":{"questions":[{"text":"q","questions":[{"text":"<!--","answer":"]]>"}]}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpia.Decode(bytes.NewReader(data), nil)
		if err != nil {
			return
		}
		findings := a.Validate(dpiaOptions())
		opts := Options{IncludeGuidance: true, IncludeFindings: true, Findings: findings}
		var page bytes.Buffer
		if err := HTML(&page, a, &opts); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(page.String()); err != nil {
			t.Fatal(err)
		}
		if err := checkNoInjection(page.String()); err != nil {
			t.Fatal(err)
		}
		var pdf bytes.Buffer
		if err := PDF(&pdf, a, &opts); err != nil && !errors.Is(err, ErrLimit) {
			t.Fatal(err)
		} else if err == nil && !bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")) {
			t.Fatal("PDF wrote no PDF")
		}
	})
}
