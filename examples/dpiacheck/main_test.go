package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// testDate fixes the date of time-dependent rules.
var testDate = dpiakit.Date{Year: 2025, Month: 1, Day: 1}

// exampleDocuments returns the documents the example programs write.
func exampleDocuments(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../*/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	return files
}

func runCheck(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut, testDate)
	return status, out.String(), errOut.String()
}

func TestExampleDocuments(t *testing.T) {
	for _, f := range exampleDocuments(t) {
		t.Run(f, func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			a, err := dpia.Decode(bytes.NewReader(data), nil)
			require.NoError(t, err)
			findings := a.Validate(&dpia.ValidateOptions{Now: testDate})
			want := exitOK
			if findings.HasErrors() {
				want = exitFindings
			}
			status, out, errOut := runCheck(t, "", "-now", "2025-01-01", f)
			assert.Equal(t, want, status, errOut)
			assert.Empty(t, errOut)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, len(findings)+1)
			assert.Contains(t, lines[len(lines)-1], f+": ")
			for i, fd := range findings {
				assert.Contains(t, lines[i], " "+fd.Rule+" ", "line %d", i)
				assert.Contains(t, lines[i], fd.Message)
				assert.Regexp(t, `^`+regexpQuote(f)+`:[0-9]+: (error|warning|note) `, lines[i], "each finding has its line")
			}
		})
	}
}

func regexpQuote(s string) string {
	return strings.NewReplacer(".", `\.`, "/", `\/`).Replace(s)
}

func TestJSONOutput(t *testing.T) {
	files := exampleDocuments(t)
	status, out, errOut := runCheck(t, "", append([]string{"-format", "json", "-now", "2025-01-01"}, files...)...)
	require.Empty(t, errOut)
	require.NotEqual(t, exitBadInput, status)
	var got struct {
		Files []struct {
			File     string `json:"file"`
			Kind     string `json:"kind"`
			Findings []struct {
				Rule, Level, Path, Message, Ref string
				Line                            int
			} `json:"findings"`
		} `json:"files"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Files, len(files))
	for i, f := range got.Files {
		assert.Equal(t, files[i], f.File)
		assert.Equal(t, "dpia", f.Kind)
		for _, fd := range f.Findings {
			assert.NotEmpty(t, fd.Rule)
			assert.Contains(t, []string{"error", "warning", "note"}, fd.Level)
			assert.NotEmpty(t, fd.Message)
		}
	}
}

// sarifSchema compiles the SARIF 2.1.0 JSON Schema kept under testdata:
// sarif-2.1.0.json as shipped in the npm package
// @microsoft/sarif-multitool-linux 5.7.0 (the schema of the OASIS SARIF
// 2.1.0 standard, in the JSON Schema draft that package gives it).
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/sarif-2.1.0.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-schema-2.1.0.json"
	require.NoError(t, c.AddResource(url, doc))
	s, err := c.Compile(url)
	require.NoError(t, err)
	return s
}

func TestSARIFOutputIsValid(t *testing.T) {
	schema := sarifSchema(t)
	files := exampleDocuments(t)
	cnil := filepath.Join(t.TempDir(), "cnil.json")
	require.NoError(t, os.WriteFile(cnil, []byte(cnilExport), 0o600))
	status, out, errOut := runCheck(t, "", append([]string{"-format", "sarif", "-now", "2025-01-01", cnil}, files...)...)
	require.Empty(t, errOut)
	require.NotEqual(t, exitBadInput, status)
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	require.NoError(t, schema.Validate(doc))

	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.NotEmpty(t, run.Results)
	ids := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		ids[r.ID] = true
		assert.NotEmpty(t, r.Help.Text, r.ID)
	}
	for _, r := range dpia.Rules() {
		assert.True(t, ids[r.ID], "the catalogue rule %s is in the driver's rules", r.ID)
	}
	cnilResults := 0
	for _, res := range run.Results {
		require.Less(t, res.RuleIndex, len(run.Tool.Driver.Rules))
		assert.Equal(t, res.RuleID, run.Tool.Driver.Rules[res.RuleIndex].ID)
		require.Len(t, res.Locations, 1)
		if res.Locations[0].PhysicalLocation.ArtifactLocation.URI == cnil {
			cnilResults++
			continue
		}
		if len(res.Locations[0].LogicalLocations) > 0 {
			assert.NotNil(t, res.Locations[0].PhysicalLocation.Region, "a finding with a path in a document has its line")
		}
	}
	assert.Positive(t, cnilResults, "the CNIL export has findings")
	for _, r := range dpia.Rules() {
		if r.Ref == "" {
			continue
		}
		i := slicesIndex(run.Tool.Driver.Rules, r.ID)
		assert.Contains(t, run.Tool.Driver.Rules[i].Help.Text, r.Ref, "help text names the legal reference")
	}
}

func slicesIndex(rules []sarifRule, id string) int {
	for i, r := range rules {
		if r.ID == id {
			return i
		}
	}
	return -1
}

// cnilExport is a small export of the CNIL's PIA tool.
const cnilExport = `{"pia":{"id":1,"status":0,"name":"Video surveillance","author_name":"A","evaluator_name":"B","validator_name":"C","dpo_status":9},"answers":[],"measures":[]}`

func TestCNILExport(t *testing.T) {
	status, out, errOut := runCheck(t, cnilExport, "-now", "2025-01-01")
	assert.Empty(t, errOut)
	assert.NotEqual(t, exitBadInput, status)
	assert.Contains(t, out, "stdin: ")
	assert.Contains(t, out, "CNIL.out_of_range", "the import report is part of the findings")
}

func TestStandardInput(t *testing.T) {
	data, err := os.ReadFile(exampleDocuments(t)[0])
	require.NoError(t, err)
	_, fromFile, _ := runCheck(t, "", "-now", "2025-01-01", exampleDocuments(t)[0])
	status, out, errOut := runCheck(t, string(data), "-now", "2025-01-01", "-")
	assert.Empty(t, errOut)
	assert.NotEqual(t, exitBadInput, status)
	assert.Equal(t, strings.ReplaceAll(fromFile, exampleDocuments(t)[0], "stdin"), out)
}

func TestCleanDocumentExitsZero(t *testing.T) {
	status, out, errOut := runCheck(t, `{"schema":"dpiakit.dpia/v2"}`, "-format", "json", "-now", "2025-01-01")
	assert.Empty(t, errOut)
	var got struct {
		Files []struct{ Findings []struct{ Level string } }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	errs := 0
	for _, f := range got.Files[0].Findings {
		if f.Level == "error" {
			errs++
		}
	}
	if errs == 0 {
		assert.Equal(t, exitOK, status)
	} else {
		assert.Equal(t, exitFindings, status)
	}
}

func TestBadInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	for _, c := range []struct {
		name, stdin string
		args        []string
		wantErr     string
	}{
		{"not JSON", "nope", nil, "stdin:1: dpia: decode"},
		{"unknown member on line 3", "{\"schema\":\"dpiakit.dpia/v2\",\n\n\"titel\":\"x\"}", nil, `stdin:3: dpia: decode: titel: unknown field "titel"`},
		{"missing schema", `{"title":"x"}`, []string{"-"}, "schema: missing"},
		{"unreadable file", "", []string{missing}, "missing.json"},
		{"bad format", "", []string{"-format", "xml"}, `-format "xml"`},
		{"bad date", "", []string{"-now", "2025-02-30"}, "-now"},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _, errOut := runCheck(t, c.stdin, c.args...)
			assert.Equal(t, exitBadInput, status)
			assert.Contains(t, errOut, c.wantErr)
		})
	}
}

func TestBadInputAmongGoodOnesExitsTwo(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"schema":"dpiakit.dpia/v2","x":1}`), 0o600))
	status, out, errOut := runCheck(t, "", append(exampleDocuments(t), bad)...)
	assert.Equal(t, exitBadInput, status)
	assert.Contains(t, errOut, bad+":1:")
	assert.Contains(t, out, exampleDocuments(t)[0]+": ", "the good files are still reported")
}

func TestLineOfPath(t *testing.T) {
	doc := []byte("{\n  \"a\": {\n    \"b\": [\n      1,\n      {\"c d\": 2}\n    ]\n  },\n  \"e\": \"x\"\n}\n")
	lines := valueLines(doc)
	for path, want := range map[string]int{
		"":              1,
		"a":             2,
		"a.b":           3,
		"a.b[0]":        4,
		"a.b[1]":        5,
		`a.b[1]["c d"]`: 5,
		"e":             8,
		"a.missing":     2,
		"zz[3]":         1,
	} {
		assert.Equal(t, want, lineOfPath(lines, path), path)
	}
	assert.Equal(t, []string{"risks", "risks", "2", "inherent"}, pathTokens("risks.risks[2].inherent"))
	assert.Equal(t, []string{"notes", "a b", "c"}, pathTokens(`notes["a b"].c`))
}
