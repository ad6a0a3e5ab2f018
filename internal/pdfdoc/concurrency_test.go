package pdfdoc_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dpiakit/dpiakit/internal/pdfdoc"
)

// TestConcurrentDocuments renders on 8 goroutines at once. Run with -race:
// the engine writes into the font bytes it is given, so sharing them
// between documents would be reported here. The documents also use the
// fallback faces (Arabic, a symbol).
func TestConcurrentDocuments(t *testing.T) {
	const workers = 8
	out := make([][]byte, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			d, err := pdfdoc.New(sampleOptions())
			if err != nil {
				errs[i] = err
				return
			}
			buildSample(d, 8)
			d.Paragraph("שלום עולם — مرحبا بالعالم ✓")
			var buf bytes.Buffer
			errs[i] = d.Write(&buf)
			out[i] = buf.Bytes()
		})
	}
	wg.Wait()
	for i := range workers {
		require.NoError(t, errs[i])
		require.True(t, bytes.Equal(out[0], out[i]), "document %d differs", i)
	}
	qpdfCheck(t, out[0])
}
