package render

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dpiakit/dpiakit/dpia"
)

// FuzzRender decodes arbitrary documents and renders those that decode:
// HTML must stay well formed and neither backend may fail or panic.
func FuzzRender(f *testing.F) {
	for _, name := range seedNames() {
		data, err := os.ReadFile(filepath.Join("..", "examples", name, name+".json"))
		if err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1"}`))
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","title":"<script>x</script>","need":{"summary":"a\n\nb\r\nc"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpia.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		var page bytes.Buffer
		if err := HTML(&page, a, Options{IncludeGuidance: true, IncludeFindings: true}); err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(page.String()); err != nil {
			t.Fatal(err)
		}
		if err := PDF(io.Discard, a, Options{}); err != nil {
			t.Fatal(err)
		}
	})
}
