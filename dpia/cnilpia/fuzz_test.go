package cnilpia_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
	"github.com/dpiakit/dpiakit/dpia/cnilpia"
)

// FuzzImport checks that Import never panics, and that what it imports
// validates, encodes, exports, and imports back to the same assessment.
func FuzzImport(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	require.NoError(f, err)
	bad, err := filepath.Glob(filepath.Join("testdata", "bad", "*"))
	require.NoError(f, err)
	for _, p := range append(paths, bad...) {
		data, err := os.ReadFile(p)
		require.NoError(f, err)
		f.Add(data)
	}
	for _, s := range []string{
		`{"pia":{}}`,
		`{"pia":{"id":3,"name":"x","status":2},"answers":[{"reference_to":211,"data":{"text":"<ul><li>a: b</li></ul><p>c</p>"}}]}`,
		`{"pia":{"dpo_opinion":"<b>ok</b>"},"answers":[{"reference_to":325,"data":{"text":"<h3>Further information (not in the CNIL questionnaire)</h3><p>x</p>","gauge":2}}],"measures":[],"evaluations":[{"reference_to":"3.2","gauges":{"x":1,"y":4}}],"comments":[]}`,
		`{"pia":{"structure_data":{"sections":[{"items":[{"questions":[{"id":119,"title":"Extra"}]}]}]}},"answers":[{"reference_to":119,"data":{"text":""}}]}`,
		`{"pia":{},"answers":[{"reference_to":324,"data":{"list":["Ghost measure"]}}],"measures":[{"id":4,"title":"Real"}],"evaluations":[{"reference_to":"3.1.4","status":2,"action_plan_comment":"do it"}],"comments":[{"reference_to":4,"for_measure":true,"description":"c"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, rep, err := cnilpia.Import(bytes.NewReader(data), nil)
		if err != nil {
			require.Nil(t, a)
			return
		}
		require.NotNil(t, a)
		for _, e := range rep.Entries {
			require.True(t, e.Kind.IsValid(), "report entry %v", e)
		}
		_ = a.Validate(nil)

		var enc bytes.Buffer
		require.NoError(t, dpia.Encode(&enc, a))

		var out bytes.Buffer
		require.NoError(t, cnilpia.Export(&out, a))
		b, _, err := cnilpia.Import(bytes.NewReader(out.Bytes()), nil)
		require.NoError(t, err)
		var encBack bytes.Buffer
		require.NoError(t, dpia.Encode(&encBack, b))
		require.Equal(t, enc.String(), encBack.String(), "export then import changes the assessment")
	})
}

// FuzzExport checks that Export takes any assessment the codec reads,
// that Import reads what it writes, and that a second round adds
// nothing.
func FuzzExport(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*", "*.json"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, name := range []string{"fitness-app.json", "template-export.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(f, err)
		a, _, err := cnilpia.Import(bytes.NewReader(data), nil)
		require.NoError(f, err)
		var buf bytes.Buffer
		require.NoError(f, dpia.Encode(&buf, a))
		f.Add(buf.Bytes())
	}
	f.Add([]byte(`{"schema":"dpiakit.dpia/v1","title":"x","status":"in_review","risks":{"matrix":{"name":"","likelihood":{"name":"","levels":null},"severity":{"name":"","levels":null},"overall":{"name":"","levels":null},"scoring":"","high_from":""},"risks":[{"id":"00000000-0000-4000-8000-000000000001","category":"disappearance","inherent":{"severity":"x"}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpia.Decode(bytes.NewReader(data), nil)
		if err != nil {
			return
		}
		var out bytes.Buffer
		require.NoError(t, cnilpia.Export(&out, a))
		b, _, err := cnilpia.Import(bytes.NewReader(out.Bytes()), nil)
		require.NoError(t, err)
		var again bytes.Buffer
		require.NoError(t, cnilpia.Export(&again, b))
		require.Equal(t, out.String(), again.String(), "a second export adds nothing")
	})
}
