package dpia_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// updating reports whether -update was given: the flag, defined with the
// signature vectors' test, also rewrites the golden files of TestGolden.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenNow is the date the golden findings are computed on.
var goldenNow = dpiakit.Date{Year: 2026, Month: 11, Day: 23}

// TestGolden decodes every example document, the published DPIAs the
// examples carry and the lawful corpus, and checks two things against
// files under testdata/golden: that encoding the decoded document gives
// the canonical text back unchanged (a canonical document round-trips
// byte for byte, any other document reaches its canonical form in one
// step), and the findings Validate reports, one per line. A new document
// under examples/*/ or testdata/lawful/ is covered by adding it; run
// `go test ./dpia -run TestGolden -update` to write its golden files, and
// read them before committing.
func TestGolden(t *testing.T) {
	var docs []string
	for _, pattern := range []string{"../examples/*/*.json", "testdata/lawful/*.json"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, m...)
	}
	if len(docs) < 20 {
		t.Fatalf("found %d documents; the examples and the lawful corpus hold more", len(docs))
	}
	for _, doc := range docs {
		name := strings.TrimPrefix(strings.TrimPrefix(doc, "../"), "testdata/")
		name = strings.ReplaceAll(strings.TrimSuffix(name, ".json"), "/", "_")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(doc)
			if err != nil {
				t.Fatal(err)
			}
			a, err := dpia.Decode(bytes.NewReader(in), nil)
			if err != nil {
				t.Fatalf("decode %s: %v", doc, err)
			}
			var enc bytes.Buffer
			if err := dpia.Encode(&enc, a); err != nil {
				t.Fatalf("encode %s: %v", doc, err)
			}
			again, err := dpia.Decode(bytes.NewReader(enc.Bytes()), nil)
			if err != nil {
				t.Fatalf("decode the encoding of %s: %v", doc, err)
			}
			var enc2 bytes.Buffer
			if err := dpia.Encode(&enc2, again); err != nil {
				t.Fatalf("encode %s again: %v", doc, err)
			}
			if !bytes.Equal(enc.Bytes(), enc2.Bytes()) {
				t.Errorf("%s: encoding is not stable: a second round trip changes it", doc)
			}
			if strings.HasPrefix(doc, "../examples/") && !bytes.Equal(in, enc.Bytes()) {
				t.Errorf("%s: the example is not in canonical form: Encode changes it", doc)
			}

			var out strings.Builder
			fmt.Fprintf(&out, "# %s: findings on %s\n", strings.TrimPrefix(doc, "../"), goldenNow)
			for _, f := range a.Validate(&dpia.ValidateOptions{Now: goldenNow}) {
				fmt.Fprintf(&out, "%s %s %s: %s\n", f.Severity, f.Rule, f.Path, f.Message)
			}
			checkGolden(t, filepath.Join("testdata", "golden", name+".findings"), out.String())
		})
	}
}

// checkGolden compares got with the golden file at path, or rewrites the
// file under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run with -update to accept, then review the diff):\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}
