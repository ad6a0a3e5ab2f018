package dpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit"
	"github.com/dpiakit/dpiakit/dpia"
)

// vtSeedFiles returns the seed documents under examples/*/*.json, by
// directory name; files that cannot be read are left out.
func vtSeedFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	require.NoError(tb, err)
	out := make(map[string][]byte, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		out[filepath.Base(filepath.Dir(p))] = data
	}
	return out
}

// FuzzDecodeValidate checks that Validate never panics on any document
// Decode accepts, that its result is sorted and names catalogued rules
// only, and that it is the same on a second run.
func FuzzDecodeValidate(f *testing.F) {
	for _, data := range vtSeedFiles(f) {
		f.Add(data)
	}
	for _, doc := range []string{
		`{"schema":"dpiakit.dpia/v1"}`,
		`{"schema":"dpiakit.dpia/v1","regime":"uk-gdpr","date":"2021-02-05","planned_start":"2021-02-04",
		  "inventory":{"transfers_declared":"not_applicable","flows":[{"category":"Names","identifiable":"yes",
		  "locations":[{"country":"US"}]}],"transfers":[{"destination":"US","mechanism":"privacy_shield"}]}}`,
		`{"schema":"dpiakit.dpia/v1","regime":"eu-gdpr","parties":{"controller":{"public_authority":true},
		  "processors":[{"id":"a","role":"sub_processor","parent":"b"}]},
		  "necessity":{"candidate_claims":[{"basis":"6(1)(f)"},{"basis":"6(1)(ea)"}]}}`,
		`{"schema":"dpiakit.dpia/v1","necessity":{"rights":[{"right":"right_to_erasure","supported":"yes"}],
		  "claims":[{"purpose":"care","basis":"public task"}]},"processing":{"purposes":[{"id":"care"}]},
		  "inventory":{"items":[{"name":"Health","special":"health","purpose_refs":["care","x"]},
		  {"name":"Convictions","criminal_offence":true}]}}`,
		`{"schema":"dpiakit.dpia/v1","risks":{"matrix":{"name":"x"},"risks":[{"id":"00000000-0000-0000-0000-000000000000"}]}}`,
	} {
		f.Add([]byte(doc))
	}
	catalogue := map[string]bool{}
	for _, r := range dpia.Rules() {
		catalogue[r.ID] = true
	}
	now := dpiakit.Date{Year: 2026, Month: 11, Day: 23}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpia.Decode(bytes.NewReader(data), nil)
		if err != nil {
			return
		}
		for _, opts := range []dpia.ValidateOptions{{}, {Now: now}} {
			fs := a.Validate(&opts)
			for i, x := range fs {
				if !catalogue[x.Rule] {
					t.Fatalf("finding of uncatalogued rule: %v", x)
				}
				if i > 0 && fs[i-1].Path > x.Path {
					t.Fatalf("findings not sorted: %q before %q", fs[i-1].Path, x.Path)
				}
			}
			require.Equal(t, fs, a.Validate(&opts), "Validate is not deterministic")
		}
	})
}
