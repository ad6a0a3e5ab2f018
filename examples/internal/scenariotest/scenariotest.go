// Package scenariotest holds the checks the example programs' tests
// share: that a run writes a PDF, an HTML page and the canonical JSON of
// each document, and that a failure to write is reported.
package scenariotest

import (
	"bytes"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// Run is the signature of an example program's run function.
type Run func(w io.Writer, outDir string, today dpiakit.Date) error

// Day is the date the tests run the programs on.
func Day() dpiakit.Date { return dpiakit.Date{Year: 2024, Month: 6, Day: 1} }

// CheckDocument runs a single-document program whose assessment is the
// canonical JSON document, and checks its summary and its three files.
func CheckDocument(t *testing.T, run Run, name string, document []byte) {
	t.Helper()
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, dir, Day()); err != nil {
		t.Fatalf("run: %v", err)
	}
	a, err := dpia.Decode(bytes.NewReader(document), nil)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	findings := a.Validate(&dpia.ValidateOptions{Now: Day()})
	if len(findings.Errors()) == 0 {
		t.Fatal("the example keeps the published document's defects, so it must report errors")
	}
	text := out.String()
	for _, want := range []string{a.Title, "Findings on 2024-06-01: ", findings.Errors()[0].String()} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q:\n%s", want, text)
		}
	}
	CheckOutputs(t, dir, name, a, document)
}

// CheckOutputs checks the three files written for an assessment: a whole
// PDF, an HTML page titled after it with the findings appendix, and JSON
// equal to wantJSON.
func CheckOutputs(t *testing.T, dir, name string, a *dpia.Assessment, wantJSON []byte) {
	t.Helper()
	pdf := readFile(t, filepath.Join(dir, name+".pdf"))
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(pdf), []byte("%%EOF")) {
		t.Errorf("%s.pdf is not a whole PDF file", name)
	}
	page := string(readFile(t, filepath.Join(dir, name+".html")))
	for _, want := range []string{"<title>" + template.HTMLEscapeString(a.Title) + "</title>", "Validation findings", "Generated on"} {
		if !strings.Contains(page, want) {
			t.Errorf("%s.html lacks %q", name, want)
		}
	}
	if doc := readFile(t, filepath.Join(dir, name+".json")); !bytes.Equal(doc, wantJSON) {
		t.Errorf("%s.json is not the document's canonical form", name)
	}
}

// CheckWriteErrors runs the program into a directory that cannot be
// created and expects the error back.
func CheckWriteErrors(t *testing.T, run Run) {
	t.Helper()
	blocked := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocked, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	err := run(&bytes.Buffer{}, filepath.Join(blocked, "out"), Day())
	if err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("run into a blocked directory: got %v, want a \"not a directory\" error", err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return data
}
