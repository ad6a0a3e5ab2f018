package render

import (
	"bytes"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/dpia"
)

// concurrentRenders and concurrentWorkers size the concurrency tests: a
// server renders many documents at once, on more goroutines than cores.
const concurrentRenders, concurrentWorkers = 100, 8

// concurrentRenderCount returns the number of documents to render at
// once: concurrentRenders, or a quarter of it under -short.
func concurrentRenderCount() int {
	if testing.Short() {
		return concurrentRenders / 4
	}
	return concurrentRenders
}

// seedDocument is a seed with the options it is rendered with: guidance
// and the findings appendix, so that every part of the outline is built,
// and uncompressed page streams, which halve the time of a PDF under the
// race detector (the embedded font is compressed regardless, so the
// engine's compression still runs on every goroutine).
type seedDocument struct {
	a    *dpia.Assessment
	opts Options
}

// loadSeedDocuments loads the four seeds with their findings.
func loadSeedDocuments(t *testing.T) []seedDocument {
	t.Helper()
	var docs []seedDocument
	for _, name := range seedNames() {
		a := loadSeed(t, name)
		docs = append(docs, seedDocument{a: a, opts: Options{
			IncludeGuidance: true, IncludeFindings: true, Findings: a.Validate(dpiaOptions()),
			GeneratedOn: fixedDay(), Uncompressed: true,
		}})
	}
	return docs
}

// TestConcurrentRendersMatchSequential renders 100 documents (25 under
// -short), the four seeds in turn, on 8 goroutines, in both backends, and checks that every
// output is byte for byte the output of a sequential render: renders
// share no state. Run it with -race.
func TestConcurrentRendersMatchSequential(t *testing.T) {
	docs := loadSeedDocuments(t)
	wantHTML := make([][]byte, len(docs))
	wantPDF := make([][]byte, len(docs))
	for i, d := range docs {
		wantHTML[i] = []byte(renderHTML(t, d.a, d.opts))
		wantPDF[i] = renderPDF(t, d.a, d.opts)
	}

	type output struct {
		html, pdf []byte
		err       error
	}
	outputs := make([]output, concurrentRenderCount())
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range concurrentWorkers {
		wg.Go(func() {
			for job := range jobs {
				d := docs[job%len(docs)]
				var page, pdf bytes.Buffer
				err := HTML(&page, d.a, &d.opts)
				if err == nil {
					err = PDF(&pdf, d.a, &d.opts)
				}
				outputs[job] = output{html: page.Bytes(), pdf: pdf.Bytes(), err: err}
			}
		})
	}
	for job := range len(outputs) {
		jobs <- job
	}
	close(jobs)
	wg.Wait()

	for job, out := range outputs {
		seed := job % len(docs)
		require.NoError(t, out.err, "render %d (%s)", job, seedNames()[seed])
		assert.True(t, bytes.Equal(wantHTML[seed], out.html), "render %d (%s): the HTML differs from the sequential render", job, seedNames()[seed])
		assert.True(t, bytes.Equal(wantPDF[seed], out.pdf), "render %d (%s): the PDF differs from the sequential render", job, seedNames()[seed])
	}
}

// TestConcurrentRendersOfOneAssessment renders the same *dpia.Assessment,
// with the same Options (and findings), in both backends and validates it,
// all at once on 8 goroutines: the outputs match a sequential render and
// the assessment is left as it was (its encoding is unchanged). Run it
// with -race.
func TestConcurrentRendersOfOneAssessment(t *testing.T) {
	for _, d := range loadSeedDocuments(t) {
		var before bytes.Buffer
		require.NoError(t, dpia.Encode(&before, d.a))
		wantHTML := renderHTML(t, d.a, d.opts)
		wantPDF := renderPDF(t, d.a, d.opts)
		wantFindings := d.a.Validate(dpiaOptions())

		const rounds = 2
		errs := make(chan error, concurrentWorkers*rounds)
		var mismatches sync.Map
		var wg sync.WaitGroup
		for w := range concurrentWorkers {
			wg.Go(func() {
				for r := range rounds {
					switch (w + r) % 3 {
					case 0:
						var page bytes.Buffer
						errs <- HTML(&page, d.a, &d.opts)
						if page.String() != wantHTML {
							mismatches.Store("html", true)
						}
					case 1:
						var pdf bytes.Buffer
						errs <- PDF(&pdf, d.a, &d.opts)
						if !bytes.Equal(pdf.Bytes(), wantPDF) {
							mismatches.Store("pdf", true)
						}
					case 2:
						if !slices.Equal(d.a.Validate(dpiaOptions()), wantFindings) {
							mismatches.Store("validate", true)
						}
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		mismatches.Range(func(key, _ any) bool {
			t.Errorf("%s: a concurrent %s differs from the sequential one", d.a.Title, key)
			return true
		})

		var after bytes.Buffer
		require.NoError(t, dpia.Encode(&after, d.a))
		assert.Equal(t, before.String(), after.String(), "%s: rendering and validating changed the assessment", d.a.Title)
	}
}
